"""The register of persons, places, organisations and works, kept in TEI.

File shape (``tei/data/register.xml`` is the bundled one): a complete TEI document whose
``standOff`` holds ``listPerson``, ``listPlace``, ``listOrg`` and ``listBibl``, so that a
project validates its register with the same schema as its editions::

    <TEI xmlns="http://www.tei-c.org/ns/1.0">
      <teiHeader>…</teiHeader>
      <standOff>
        <listPerson>
          <person xml:id="pers-smirnov-in">
            <persName type="full"><forename>Ivan Nikitich</forename> <surname>Smirnov</surname></persName>
            <persName type="form">I.N. Smirnov</persName>
            <persName type="form" subtype="default">Smirnov</persName>
            <note>…</note>
            <idno type="wikidata">Q…</idno>
          </person>
        </listPerson>
        <listPlace>…<place xml:id="place-moscow"><placeName type="full">Moscow</placeName></place></listPlace>
        <listOrg>…<org xml:id="org-left-opposition"><orgName type="full">Left Opposition</orgName>…</org></listOrg>
        <listBibl>…<bibl xml:id="work-my-life"><title level="m">My Life</title></bibl></listBibl>
      </standOff>
    </TEI>

Name forms (TEI rule: ``persName``/``placeName``/``orgName`` children of an entry are
names *of* that entry; ``@type="full"`` is the name historians use, ``@type="form"`` a
form found in articles). The text of every name child is a form the matcher looks for;
``@subtype`` on a form states its matching rule:

``(none)``
    an unambiguous form: it matches wherever it occurs.
``default``
    a form shared with other entries (one surname, two people): this entry wins when
    the article's context does not decide.
``anaphoric``
    matches only after the article has named the entry in another form ("the Plenum"
    after "the Plenum of the CEC", "the Commissariat" after "People's Commissariat of
    Agriculture").
``initial``
    an initial alone ("V."): matches only when no capitalised word or further initial
    follows, so "V. I. Lenin" or "V. Smirnov" are never taken for it.

A form shared by several entries (or a person's bare ``surname`` that another entry
lists as a form) is resolved by :mod:`tei.passes.mentions`: the candidate the article named
most recently wins, else the ``default`` one; never the first in file order.
"""
from __future__ import annotations

import copy
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .xmlparse import safe_parser

from .errors import RegisterError
from .namespaces import TEI as T, XML_ID
from .responsibility import Editor

#: entry element -> (kind, name element, list element)
ENTRY_KINDS = {
    "person": ("person", "persName", "listPerson"),
    "place": ("place", "placeName", "listPlace"),
    "org": ("org", "orgName", "listOrg"),
    "event": ("event", "eventName", "listEvent"),
    "bibl": ("work", "title", "listBibl"),
}
#: kind -> the inline TEI element a mention of it becomes
MENTION_TAG = {"person": "persName", "place": "placeName", "org": "orgName", "event": "eventName", "work": "title"}
RULES = {"", "default", "anaphoric", "initial"}
#: the prefix of pointers into the corpus register (``etol:pers-stalin``)
PREFIX = "etol"
NCNAME = re.compile(r"^[A-Za-z_][\w.\-]*$")


def normalise(form: str) -> str:
    """The key a form is known by: typographic apostrophe, single spaces."""
    return re.sub(r"\s+", " ", form.replace("'", "’")).strip()


def apostrophe_closed(form: str) -> str:
    """A name as printed with a space after the apostrophe of an Irish or French prefix,
    closed up: "Einde O’ Callaghan" -> "Einde O’Callaghan", "D’ Arcy" -> "D’Arcy" (one
    capital before the apostrophe: "Jones’ Union" stays two words)."""
    return re.sub(r"\b([A-Z])’ (?=[A-Z])", r"\1’", form)


@dataclass(frozen=True)
class Form:
    """One name form of one entry, with its matching rule (``Form.rule``)."""

    text: str
    entry_id: str
    rule: str = ""
    full: bool = False


@dataclass
class Entry:
    """One register entry: its id, kind, names, and the TEI element it came from."""

    id: str
    kind: str  # person, place, org, work
    element: etree._Element
    line: int
    forms: list[Form] = field(default_factory=list)
    surname: str | None = None
    level: str | None = None  # for works: title/@level

    @property
    def tag(self) -> str:
        return MENTION_TAG[self.kind]

    @property
    def label(self) -> str:
        return self.forms[0].text if self.forms else self.id


class Register:
    """The entries of one register file, in file order, and their name forms.

    Build with :meth:`Register.load` (a path) or :meth:`Register.from_bytes`.
    """

    def __init__(self, entries: list[Entry], path: str | None = None, editor: Editor | None = None,
                 version: str | None = None):
        self.path = path
        #: which state of the register this is: its header's ``edition/@n``, else a
        #: digest of its bytes (the same file, the same version)
        self.version = version
        #: the register's responsible editor, from its header's titleStmt/editor
        self.editor = editor
        self._entries = entries
        self._by_id = {entry.id: entry for entry in entries}
        self._order = {entry.id: index for index, entry in enumerate(entries)}
        self.forms: dict[str, list[Form]] = {}
        for entry in entries:
            for form in entry.forms:
                self.forms.setdefault(normalise(form.text), []).append(form)
        self._matcher = None

    # -- loading ------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path) -> "Register":
        """Read a register file; a broken one raises :class:`RegisterError` with file:line."""
        path = Path(path)
        from .files import read_input

        return cls.from_bytes(read_input(path, "register (TEI)"), str(path))

    @classmethod
    def from_bytes(cls, data: bytes, path: str = "<register>") -> "Register":
        try:
            root = etree.fromstring(data, safe_parser())
        except etree.XMLSyntaxError as error:
            line = error.lineno or None
            duplicate = re.search(r"ID (\S+) already defined", error.msg or "")
            if duplicate:  # libxml2 checks xml:id uniqueness while parsing
                raise RegisterError(f"duplicate xml:id {duplicate.group(1)!r}", path, line) from None
            raise RegisterError(f"the register is not well-formed XML: {error.msg}", path, line) from None
        entries: list[Entry] = []
        seen: dict[str, int] = {}
        for element in root.iter(T + "person", T + "place", T + "org", T + "event", T + "bibl"):
            entry = _read_entry(element, path)
            if entry is None:
                continue
            if entry.id in seen:
                raise RegisterError(
                    f"duplicate xml:id {entry.id!r} (first at line {seen[entry.id]})", path, entry.line
                )
            seen[entry.id] = entry.line
            entries.append(entry)
        if not entries:
            raise RegisterError("the register has no person, place, org or bibl entry", path, root.sourceline)
        edition = root.find(f"{T}teiHeader/{T}fileDesc/{T}editionStmt/{T}edition")
        version = edition.get("n") if edition is not None and edition.get("n") else (
            "sha256:" + hashlib.sha256(data).hexdigest()[:16])
        return cls(entries, path, _read_editor(root), version)

    @classmethod
    def bundled(cls) -> "Register":
        from .resources import bundled_register

        return cls.load(bundled_register())

    # -- queries ------------------------------------------------------------------
    def __contains__(self, entry_id: str) -> bool:
        return entry_id in self._by_id

    def __getitem__(self, entry_id: str) -> Entry:
        return self._by_id[entry_id]

    def __iter__(self):
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def lookup(self, name: str, kind: str) -> str | None:
        """The id of the entry of ``kind`` (person/place/org/work, or its element name)
        whose name form is exactly ``name``; a shared form gives its ``default`` entry;
        None when unknown or undecidable (header names: author, transcriber)."""
        kind = {"persName": "person", "placeName": "place", "orgName": "org", "eventName": "event",
                "title": "work"}.get(kind, kind)
        key = normalise(name)
        candidates = self.forms.get(key) or self.forms.get(apostrophe_closed(key), [])
        forms = [f for f in candidates if self._by_id[f.entry_id].kind == kind]
        ids = list(dict.fromkeys(f.entry_id for f in forms))
        if len(ids) == 1:
            return ids[0]
        defaults = [f.entry_id for f in forms if f.rule == "default"]
        return defaults[0] if len(defaults) == 1 else None

    def entries(self, ids) -> list[etree._Element]:
        """Copies of the TEI entries with these ids, in register order, ``xml:id`` kept
        (for the edition's ``standOff``), each pointing at its entry in the corpus register
        with ``@sameAs="etol:ID"`` (:data:`PREFIX`, declared in the edition's
        ``listPrefixDef``; docs/decisions.md, section 2). Matching rules (``@subtype`` on
        forms) are register bookkeeping and are removed from the copies. Unknown ids raise
        KeyError."""
        wanted = sorted(set(ids), key=lambda i: self._order[i])
        copies = []
        for entry_id in wanted:
            element = copy.deepcopy(self._by_id[entry_id].element)
            for name in element.iter(T + "persName", T + "placeName", T + "orgName", T + "eventName", T + "title"):
                if name.get("type") == "form" and "subtype" in name.attrib:
                    del name.attrib["subtype"]
            for note in element.findall(T + "note[@type='evidence']"):
                element.remove(note)  # the recogniser's proposals: where and why, register bookkeeping
            if element.get("resp") != "#app-tei-etol-names":
                # an editor's @resp names someone the edition does not list: the entry
                # is the editor's, which an entry without @resp says (docs/decisions.md §3)
                element.attrib.pop("resp", None)
                element.attrib.pop("cert", None)
            element.tail = None
            element.set("sameAs", f"{PREFIX}:{entry_id}")
            copies.append(element)
        return copies

    @property
    def has_machine_entries(self) -> bool:
        """True when some entry still carries the recogniser's ``@resp``."""
        return any(entry.element.get("resp") == "#app-tei-etol-names" for entry in self._entries)

    def matcher(self):
        """The compiled name matcher of this register, built once (see tei.passes.mentions)."""
        if self._matcher is None:
            from .passes.mentions import Matcher

            self._matcher = Matcher(self)
        return self._matcher


def _read_editor(root: etree._Element) -> Editor | None:
    """The first ``titleStmt/editor`` of the register's header; a body when it holds an
    ``orgName``."""
    editor = root.find(f"{T}teiHeader/{T}fileDesc/{T}titleStmt/{T}editor")
    if editor is None:
        return None
    name = normalise("".join(editor.itertext()))
    return Editor(name, editor.find(f"{T}orgName") is not None) if name else None


def _read_entry(element: etree._Element, path: str) -> Entry | None:
    local = etree.QName(element).localname
    kind, name_tag, list_tag = ENTRY_KINDS[local]
    parent = element.getparent()
    if local == "bibl" and (parent is None or etree.QName(parent).localname != "listBibl"):
        return None  # a bibl inside an entry (a note's source), not a work entry
    entry_id = element.get(XML_ID)
    line = element.sourceline
    if not entry_id:
        raise RegisterError(f"<{local}> entry without xml:id", path, line)
    if not NCNAME.match(entry_id):
        raise RegisterError(f"xml:id {entry_id!r} is not an NCName", path, line)
    entry = Entry(entry_id, kind, element, line)
    for name in element.findall(T + name_tag):
        text = normalise("".join(name.itertext()))
        if not text:
            raise RegisterError(f"empty <{name_tag}> in entry {entry_id!r}", path, name.sourceline)
        rule = name.get("subtype", "") if name.get("type") == "form" else ""
        if rule not in RULES:
            raise RegisterError(
                f"unknown matching rule subtype={rule!r} (expected one of: default, anaphoric, initial)",
                path,
                name.sourceline,
            )
        entry.forms.append(Form(text, entry_id, rule, full=name.get("type") != "form"))
        surname = name.find(T + "surname")
        if surname is not None and surname.text and entry.surname is None:
            entry.surname = normalise(surname.text)
        if kind == "work" and entry.level is None:
            entry.level = name.get("level")
    if not entry.forms:
        raise RegisterError(f"entry {entry_id!r} has no <{name_tag}>", path, line)
    return entry
