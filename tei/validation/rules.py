"""The project's rules (TEI-R001 ...) in Python over lxml: the same rules, findings and
messages as schemas/tei-etol.sch, about eight times faster than its compiled XSLT.

schemas/tei-etol.sch states the rules for every Schematron processor (Oxygen and other
editors run it through the ``<?xml-model?>`` instruction; ``tei validate --schema
schemas/tei-etol.sch`` runs it too). ``tei validate`` runs this module by default
because bench/bench_validate.py measured the compiled Schematron at 8x the cost of
parsing the document, this module at under 1x. A test checks that both give the same
findings on every fixture and on hundreds of mutated articles.

Each rule is one function taking the document's :class:`Index` and yielding
``(code, element, message)``; :data:`RULES` lists them in code order.
"""
from __future__ import annotations

import re
from functools import cached_property
from typing import Callable, Iterator

from lxml import etree

from .findings import ERROR, WARNING, Finding
from .locate import SourceLines, element_position, simple_path

from ..namespaces import TEI_NS as TEI, XML_ID
NS = {"tei": TEI}
POINTER_ATTRIBUTES = ("ref", "target", "who", "resp", "corresp", "ana")
USE_ATTRIBUTES = ("ref", "corresp", "who", "target")  # what makes a standOff entry "used"
DATE_ATTRIBUTES = ("when", "notBefore", "notAfter", "from", "to")
CHOICE_PAIRS = ({"sic", "corr"}, {"orig", "reg"}, {"abbr", "expan"})
ISO_DATE = re.compile(r"^\d{4}(-\d\d(-\d\d(T\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)?)?)?)?$")

_q = etree.XPath
_TEI_ROOT, _TEXT, _TEI_HEADER = f"{{{TEI}}}TEI", f"{{{TEI}}}text", f"{{{TEI}}}teiHeader"
_NOTE, _CHOICE = f"{{{TEI}}}note", f"{{{TEI}}}choice"
_STANDOFF = f"{{{TEI}}}standOff"
_ENTRY_TAGS = (f"{{{TEI}}}person", f"{{{TEI}}}place", f"{{{TEI}}}org", f"{{{TEI}}}event", f"{{{TEI}}}bibl")
_BIBLSCOPE = f"{{{TEI}}}biblScope"
_LINKERS = frozenset({f"{{{TEI}}}ref", f"{{{TEI}}}ptr"})


_USE_NAMES = frozenset(USE_ATTRIBUTES)
_OTHER_POINTERS = frozenset(POINTER_ATTRIBUTES) - _USE_NAMES
#: every attribute a rule reads
_READ = frozenset({XML_ID, *POINTER_ATTRIBUTES, *DATE_ATTRIBUTES})


class Index:
    """What the rules look up, gathered in one pass over the elements' attributes.

    A valid document is the common case, and costs one walk of the tree, reading each
    element's attributes once: the rules first ask the sets built here (do all pointers
    resolve? is an xml:id repeated? are all dates ISO?) and group attributes by element
    only when there is something to report. Measured on the generated corpus: the walk
    costs about half a parse; XPaths with attribute predicates cost more, and one XPath
    over every attribute about the same.
    """

    def __init__(self, tree: etree._ElementTree):
        self.tree = tree
        # (element, attribute, value) for each attribute a rule reads, in document order
        # keys(), then get() of the few read: lxml's items() is quadratic in the number of
        # attributes (an element with 20,000 took 2 s)
        found = [(e, n, e.get(n)) for e in tree.getroot().iter() for n in e.keys() if n in _READ]
        self.found = found
        id_pairs: list[tuple] = []  # (xml:id, element)
        uses: list[str] = []  # values of @ref, @corresp, @who, @target
        others: list[str] = []  # values of @resp and @ana: pointers that use no entry
        dates: list[tuple] = []  # (element, attribute, value) of date attributes
        for element, name, value in found:  # one pass, not one per kind
            if name == XML_ID:
                id_pairs.append((value, element))
            elif name in _USE_NAMES:
                uses.append(value)
            elif name in _OTHER_POINTERS:
                others.append(value)
            else:
                dates.append((element, name, value))
        self.id_pairs = id_pairs
        self.ids: dict = dict(id_pairs)  # xml:id -> element (the last, if repeated)
        self.repeated = len(self.ids) != len(id_pairs)
        self.dates = dates
        used = " ".join(uses).split()  # tokens, split once from the joined values
        self.used = set(used)
        self.other_pointers = set(" ".join(others).split())
        #: the xml:ids named by '#id' tokens: of @ref/@corresp/@who/@target; of any pointer
        self.named_by_use = _named(used)
        self.named = self.named_by_use | _named(self.other_pointers)

    @cached_property
    def linked(self) -> set[str]:
        """Tokens of ref/@target and ptr/@target."""
        values = [v for e, n, v in self.found if n == "target" and e.tag in _LINKERS]
        return set(" ".join(values).split())

    def elements_with_id(self, value: str) -> list:
        return [e for v, e in self.id_pairs if v == value]

    @property
    def pointing(self) -> list[tuple]:
        """(element, {attribute: value}) for each element with pointer attributes."""
        pointers = [t for t in self.found if t[1] in POINTER_ATTRIBUTES]
        return [(element, dict(pairs)) for element, pairs in _by_element(pointers)]

    @property
    def dated(self) -> list[tuple]:
        """(element, [(attribute, value)]) for each element with date attributes, but
        biblScope, whose @from and @to are pages."""
        return _by_element([(e, n, v) for e, n, v in self.dates if e.tag != _BIBLSCOPE])

    @cached_property
    def notes(self) -> list:
        """The notes of the text (any note inside a <text>), in document order."""
        return [note for text in self.texts for note in text.iter(_NOTE)]

    @cached_property
    def choices(self) -> list:
        """Every choice of the document, in document order."""
        return list(self.tree.getroot().iter(_CHOICE))

    @cached_property
    def texts(self) -> list:
        """The outermost <text> elements (one in a TEI document)."""
        return self._outermost(_TEXT)

    @cached_property
    def headers(self) -> list:
        """The teiHeaders (one in a TEI document; a teiHeader never holds another)."""
        return self._outermost(_TEI_HEADER)

    def _outermost(self, tag: str) -> list:
        root = self.tree.getroot()
        if root.tag == _TEI_ROOT:  # the common case: the root's children, without a walk
            return list(root.iterchildren(tag))
        return [e for e in root.iter(tag) if next(e.iterancestors(tag), None) is None]


def _named(tokens) -> set[str]:
    """The ids that '#id' tokens name ({'a', 'b'} for '#a', '#b', 'http://x#y')."""
    return {t[1:] for t in tokens if t[:1] == "#"}


def _by_element(found: list[tuple]) -> list[tuple]:
    """(element, [(attribute, value), ...]) from (element, attribute, value) triples,
    in document order."""
    groups: list[tuple] = []
    for element, name, value in found:
        if not groups or groups[-1][0] is not element:
            groups.append((element, []))
        groups[-1][1].append((name, value))
    return groups


def local(element) -> str:
    return etree.QName(element).localname


def pointers_resolve(index: Index) -> Iterator[tuple]:
    """TEI-R001: each '#id' token of @ref, @target, @who, @resp, @corresp names an
    element of this document (URLs are not checked). One finding per element: the first
    unresolved token, attributes taken in that order."""
    if index.named <= index.ids.keys():
        return  # every pointer resolves: nothing to look for, element by element
    for element, values in index.pointing:
        for name in POINTER_ATTRIBUTES:
            value = values.get(name)
            if not value:
                continue
            missing = [t for t in value.split() if t.startswith("#") and t[1:] not in index.ids]
            if missing:
                yield ("TEI-R001", element,
                       f"pointer '{missing[0]}' does not resolve; expected the xml:id of an element in this document")
                break


def ids_unique(index: Index) -> Iterator[tuple]:
    """TEI-R002: xml:id values are unique in the document."""
    if not index.repeated:
        return
    for value in index.ids:
        elements = index.elements_with_id(value)
        for element in elements if len(elements) > 1 else ():
            yield ("TEI-R002", element,
                   f"xml:id '{value}' is used {len(elements)} times; expected it once in the document")


def is_numbered(note) -> bool:
    """A note whose @n is a whole number as printed ("1", "12"); "*", "a", "" are not."""
    n = note.get("n") or ""
    return n.isascii() and n.isdigit()


def is_unanchored(note) -> bool:
    """A note whose place in the text is not shown (TEI ``@anchored="false"``)."""
    return note.get("anchored") == "false"


def note_named(note) -> str:
    """"note 2", or "note" when @n is empty or missing (as the Schematron's message reads
    once its white space is normalised)."""
    return " ".join(f"note {note.get('n') or ''}".split())


def notes_numbered(index: Index) -> Iterator[tuple]:
    """TEI-R004: the numbered notes of the text (@n a whole number; "*" or "a" are labels,
    not numbers, and are not counted) carry the numbers 1 ... k, each once, whether
    anchored or not. One finding per note, the first of: a repeated number, a gap below it.
    Their order in the text is TEI-R014's (a warning)."""
    notes = [note for note in index.notes if is_numbered(note)]
    # numbers compared as XPath's number() does (IEEE doubles), for the Schematron's sake
    counts: dict[float, int] = {}
    for note in notes:
        counts[float(note.get("n"))] = counts.get(float(note.get("n")), 0) + 1
    for note in notes:
        n = note.get("n")
        value = float(n)
        if counts[value] > 1:
            yield ("TEI-R004", note,
                   f"note numbered '{n}' repeats a number that {counts[value]} notes carry; expected each "
                   "number once (numbered notes are 1, 2, 3 ... without gaps or repeats)")
        elif value != 1 and not (value > 1 and value - 1 in counts):
            expected = int(value - 1) if value > 1 else 1
            yield ("TEI-R004", note,
                   f"note numbered '{n}'; expected n=\"{expected}\" (no note is numbered {expected}: "
                   "numbered notes are 1, 2, 3 ... without gaps or repeats)")



def notes_in_order(index: Index) -> Iterator[tuple]:
    """TEI-R014 (warning): the numbered notes anchored in the text follow the order of
    their numbers. A decrease is usually a marker tied to the wrong note, but some printed
    pages number their notes out of order: the encoder keeps the page's order, and the
    warning asks an editor to look."""
    previous = None  # the last anchored numbered note so far, in document order
    for note in index.notes:
        if not is_numbered(note) or is_unanchored(note):
            continue
        if previous is not None and float(previous.get("n")) > float(note.get("n")):
            yield ("TEI-R014", note,
                   f"note numbered '{note.get('n')}' comes after note '{previous.get('n')}' in the text; expected "
                   "the notes anchored in the text in increasing order of their numbers (unless the page prints them so)")
        previous = note


def back_notes_anchored(index: Index) -> Iterator[tuple]:
    """TEI-R005: a note in back is pointed to by a ref/ptr, or points to its place;
    a note whose place the text does not show (``@anchored="false"``) is exempt, and
    reported by TEI-R013."""
    for note in index.notes:
        if is_unanchored(note) or not any(a.tag == f"{{{TEI}}}back" for a in note.iterancestors()):
            continue
        ident = note.get(XML_ID)
        if ident and f"#{ident}" in index.linked:
            continue
        if (note.get("target") or "").strip().startswith("#"):
            continue
        yield ("TEI-R005", note,
               f"{note_named(note)} in back has no anchor; expected a ref or ptr with "
               f"target=\"#{ident or ''}\" in the text, or a @target on the note pointing to its place")


def choices_paired(index: Index) -> Iterator[tuple]:
    """TEI-R006: choice holds exactly sic+corr, orig+reg or abbr+expan."""
    for choice in index.choices:
        children = [c for c in choice if isinstance(c.tag, str)]
        names = {local(c) for c in children if c.tag.startswith(f"{{{TEI}}}")}
        if len(children) == 2 and names in CHOICE_PAIRS:
            continue
        shown = ", ".join(local(c) for c in children[:2]) + (", ..." if len(children) > 2 else "")
        yield ("TEI-R006", choice,
               f"choice holds {len(children)} children ({shown}); expected exactly sic+corr, orig+reg or abbr+expan")


def dates_iso(index: Index) -> Iterator[tuple]:
    """TEI-R007: @when, @notBefore, @notAfter, @from, @to are ISO 8601 (month 01-12,
    day 01-31); not on biblScope, whose @from/@to are pages. First bad one per element."""
    if all(_iso_date(value) for _, _, value in index.dates):
        return  # biblScope's pages included: nothing to report
    for element, dates in index.dated:
        for name, value in dates:
            if not _iso_date(value):
                yield ("TEI-R007", element,
                       f"@{name}=\"{value}\" is not an ISO 8601 date; expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss")
                break


def _iso_date(value: str) -> bool:
    if not ISO_DATE.match(value):
        return False
    if len(value) > 4 and not 1 <= int(value[5:7]) <= 12:
        return False
    return len(value) < 10 or 1 <= int(value[8:10]) <= 31


_HEADER_CHECKS = [  # (code, what must be there, relative to teiHeader, message)
    ("TEI-R008", "tei:fileDesc/tei:titleStmt/tei:title[normalize-space()]",
     "the header has no title; expected a non-empty title in fileDesc/titleStmt"),
    ("TEI-R009", "tei:fileDesc/tei:titleStmt/tei:author[normalize-space()]",
     "the header names no author; expected an author in fileDesc/titleStmt "
     "(write <author>Anonymous</author> when the author is unknown)"),
    ("TEI-R010", "tei:fileDesc/tei:sourceDesc/tei:bibl[tei:date[@when or normalize-space()]]"
     " | tei:fileDesc/tei:sourceDesc/tei:biblStruct[tei:monogr/tei:imprint/tei:date[@when or normalize-space()]]",
     "the source is not described; expected a bibl with a date, or a biblStruct with monogr/imprint/date, "
     "in fileDesc/sourceDesc"),
    ("TEI-R011", "tei:fileDesc/tei:publicationStmt/tei:availability",
     "the header states no availability; expected an availability in fileDesc/publicationStmt"),
]
# the four answers in one XPath call: "1111" when the header has all four
_HEADER_FLAGS = _q("concat(" + ", ".join(f"number(boolean({path}))" for _, path, _ in _HEADER_CHECKS) + ")",
                   namespaces=NS)


def header_complete(index: Index) -> Iterator[tuple]:
    """TEI-R008 ... R011: title, author, dated source bibl, availability."""
    for header in index.headers:
        flags = _HEADER_FLAGS(header)
        for (code, _, message), flag in zip(_HEADER_CHECKS, flags):
            if flag != "1":
                yield (code, header, message)


def entries_used(index: Index) -> Iterator[tuple]:
    """TEI-R012 (warning): each person, place, org, event and bibl in standOff is referred to."""
    named = index.named_by_use
    unused = [(v, e) for v, e in index.id_pairs if v not in named]
    for ident, entry in unused:
        if entry.tag in _ENTRY_TAGS and next(entry.iterancestors(_STANDOFF), None) is not None:
            yield ("TEI-R012", entry,
                   f"{local(entry)} '{ident}' in standOff is never referred to; expected a "
                   f"ref=\"#{ident}\" on a name in the document, or remove the entry")


def unanchored_notes_reported(index: Index) -> Iterator[tuple]:
    """TEI-R013 (warning): a note of the text whose place the text does not show
    (``@anchored="false"``: the encoder found no marker for it in the source)."""
    for note in index.notes:
        if is_unanchored(note):
            yield ("TEI-R013", note,
                   f"{note_named(note)} has no anchor in the text: its marker was not found in the source")


RULES: list[Callable[[Index], Iterator[tuple]]] = [
    pointers_resolve, ids_unique, notes_numbered, back_notes_anchored, choices_paired,
    dates_iso, header_complete, entries_used, unanchored_notes_reported, notes_in_order,
]
WARNING_CODES = frozenset({"TEI-R012", "TEI-R013", "TEI-R014"})


class RulesEngine:
    """Runs :data:`RULES` on a parsed document."""

    path = None
    name = "python"

    def check(self, parsed, source: SourceLines) -> Iterator[Finding]:
        index = Index(parsed.tree)
        for rule in RULES:
            for code, element, message in rule(index):
                line, col = element_position(element, source)
                severity = WARNING if code in WARNING_CODES else ERROR
                yield Finding(code, message, parsed.name, line, col, severity, simple_path(element))
