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
from typing import Callable, Iterator

from lxml import etree

from .findings import ERROR, WARNING, Finding
from .locate import SourceLines, element_position, simple_path

TEI = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
NS = {"tei": TEI}
POINTER_ATTRIBUTES = ("ref", "target", "who", "resp", "corresp")
USE_ATTRIBUTES = ("ref", "corresp", "who", "target")  # what makes a standOff entry "used"
DATE_ATTRIBUTES = ("when", "notBefore", "notAfter", "from", "to")
CHOICE_PAIRS = ({"sic", "corr"}, {"orig", "reg"}, {"abbr", "expan"})
ISO_DATE = re.compile(r"^\d{4}(-\d\d(-\d\d(T\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)?)?)?)?$")

_q = etree.XPath
_TEXT_NOTES = _q("/tei:TEI/tei:text//tei:note", namespaces=NS)
_CHOICES = _q("/tei:TEI/tei:text//tei:choice | /tei:TEI/tei:teiHeader//tei:choice", namespaces=NS)
_STANDOFF = f"{{{TEI}}}standOff"
_ENTRY_TAGS = (f"{{{TEI}}}person", f"{{{TEI}}}place", f"{{{TEI}}}org")
_HEADER = _q("/tei:TEI/tei:teiHeader", namespaces=NS)
_POINTER_SET = frozenset(POINTER_ATTRIBUTES)
_DATE_SET = frozenset(DATE_ATTRIBUTES)
_BIBLSCOPE = f"{{{TEI}}}biblScope"
_LINKERS = frozenset({f"{{{TEI}}}ref", f"{{{TEI}}}ptr"})


class Index:
    """What the rules look up, gathered in one pass over the elements' attributes
    (measured: one Python pass costs less than one XPath with attribute predicates)."""

    def __init__(self, tree: etree._ElementTree):
        self.tree = tree
        self.ids: dict[str, list] = {}
        self.pointing: list[tuple] = []  # (element, {attribute: value}) for pointer attributes
        self.dated: list[tuple] = []  # (element, [(attribute, value)]) in document order
        self.used: set[str] = set()  # tokens of @ref/@corresp/@who/@target
        self.responsible: set[str] = set()  # tokens of @resp
        self.linked: set[str] = set()  # tokens of ref/@target and ptr/@target
        for element in tree.getroot().iter(etree.Element):
            items = element.items()
            if not items:
                continue
            pointers = dates = None
            for name, value in items:
                if name == XML_ID:
                    self.ids.setdefault(value, []).append(element)
                elif name in _POINTER_SET:
                    if pointers is None:
                        pointers = {}
                    pointers[name] = value
                    (self.used if name != "resp" else self.responsible).update(value.split())
                    if name == "target" and element.tag in _LINKERS:
                        self.linked.update(value.split())
                elif name in _DATE_SET and element.tag != _BIBLSCOPE:
                    if dates is None:
                        dates = []
                    dates.append((name, value))
            if pointers:
                self.pointing.append((element, pointers))
            if dates:
                self.dated.append((element, dates))


def local(element) -> str:
    return etree.QName(element).localname


def pointers_resolve(index: Index) -> Iterator[tuple]:
    """TEI-R001: each '#id' token of @ref, @target, @who, @resp, @corresp names an
    element of this document (URLs are not checked). One finding per element: the first
    unresolved token, attributes taken in that order."""
    ids = index.ids
    if all(t[1:] in ids for t in index.used | index.responsible if t.startswith("#")):
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
    for value, elements in index.ids.items():
        if len(elements) > 1:
            for element in elements:
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
    anchored or not; those anchored in the text increase in document order. One finding
    per note, the first of: a repeated number, a gap below it, a decrease."""
    notes = [note for note in _TEXT_NOTES(index.tree) if is_numbered(note)]
    # numbers compared as XPath's number() does (IEEE doubles), for the Schematron's sake
    counts: dict[float, int] = {}
    for note in notes:
        counts[float(note.get("n"))] = counts.get(float(note.get("n")), 0) + 1
    previous = None  # the last anchored numbered note so far, in document order
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
        elif not is_unanchored(note) and previous is not None and float(previous.get("n")) >= value:
            yield ("TEI-R004", note,
                   f"note numbered '{n}' comes after note '{previous.get('n')}' in the text; expected "
                   "the notes anchored in the text in increasing order of their numbers")
        if not is_unanchored(note):
            previous = note


def back_notes_anchored(index: Index) -> Iterator[tuple]:
    """TEI-R005: a note in back is pointed to by a ref/ptr, or points to its place;
    a note whose place the text does not show (``@anchored="false"``) is exempt, and
    reported by TEI-R013."""
    for note in _TEXT_NOTES(index.tree):
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
    for choice in _CHOICES(index.tree):
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


_HEADER_CHECKS = [
    ("TEI-R008", _q("tei:fileDesc/tei:titleStmt/tei:title[normalize-space()]", namespaces=NS),
     "the header has no title; expected a non-empty title in fileDesc/titleStmt"),
    ("TEI-R009", _q("tei:fileDesc/tei:titleStmt/tei:author[normalize-space()]", namespaces=NS),
     "the header names no author; expected an author in fileDesc/titleStmt "
     "(write <author>Anonymous</author> when the author is unknown)"),
    ("TEI-R010", _q("tei:fileDesc/tei:sourceDesc/tei:bibl[tei:date[@when or normalize-space()]]", namespaces=NS),
     "the source is not described; expected a bibl with a date in fileDesc/sourceDesc"),
    ("TEI-R011", _q("tei:fileDesc/tei:publicationStmt/tei:availability", namespaces=NS),
     "the header states no availability; expected an availability in fileDesc/publicationStmt"),
]


def header_complete(index: Index) -> Iterator[tuple]:
    """TEI-R008 ... R011: title, author, dated source bibl, availability."""
    for header in _HEADER(index.tree):
        for code, query, message in _HEADER_CHECKS:
            if not query(header):
                yield (code, header, message)


def entries_used(index: Index) -> Iterator[tuple]:
    """TEI-R012 (warning): each person, place, org in standOff is referred to."""
    root = index.tree.getroot()
    if root.tag != f"{{{TEI}}}TEI":
        return
    entries = (entry for standoff in root.iterchildren(_STANDOFF) for entry in standoff.iter(*_ENTRY_TAGS)
               if entry.get(XML_ID) is not None)
    for entry in entries:
        ident = entry.get(XML_ID)
        if f"#{ident}" not in index.used:
            yield ("TEI-R012", entry,
                   f"{local(entry)} '{ident}' in standOff is never referred to; expected a "
                   f"ref=\"#{ident}\" on a name in the document, or remove the entry")


def unanchored_notes_reported(index: Index) -> Iterator[tuple]:
    """TEI-R013 (warning): a note of the text whose place the text does not show
    (``@anchored="false"``: the encoder found no marker for it in the source)."""
    for note in _TEXT_NOTES(index.tree):
        if is_unanchored(note):
            yield ("TEI-R013", note,
                   f"{note_named(note)} has no anchor in the text: its marker was not found in the source")


RULES: list[Callable[[Index], Iterator[tuple]]] = [
    pointers_resolve, ids_unique, notes_numbered, back_notes_anchored, choices_paired,
    dates_iso, header_complete, entries_used, unanchored_notes_reported,
]
WARNING_CODES = frozenset({"TEI-R012", "TEI-R013"})


class RulesEngine:
    """Runs :data:`RULES` on a parsed document."""

    path = None

    def check(self, parsed, source: SourceLines) -> Iterator[Finding]:
        index = Index(parsed.tree)
        for rule in RULES:
            for code, element, message in rule(index):
                line, col = element_position(element, source)
                severity = WARNING if code in WARNING_CODES else ERROR
                yield Finding(code, message, parsed.name, line, col, severity, simple_path(element))
