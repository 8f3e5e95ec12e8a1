"""The fidelity rule: no word of the article is lost or invented.

Source side, read straight from the page text (independently of the reader): the body
runs from the first line after the source and credit lines to the line before the notes
heading or "Top of page"; the notes are the text of each note without its number.
Markers such as "[1]", the notes heading and the note numbers are structure, not text:
a marker is taken out of the body exactly when the reader makes it an anchor, that is
when a note with its label ("1", "a", "*", "†") is left for it (the reader's
:data:`~tei.readers.etol.notes.NOTE_MARKER` and :func:`~tei.readers.etol.notes.take_markers`); a
note's number or symbol is the reader's :data:`~tei.readers.etol.notes.NOTE_START`.

TEI side: the words of ``text`` outside notes, less the title block that the reader
moves into the article's heads (``div[@type='article']/head`` and its ``dateline``
children); the notes' words in the order of the page's notes (the encoder's
``xml:id="noteK"`` is the K-th note of the page: a note kept in back because its marker
was not found, or one whose marker comes out of order, is compared in its place). ``choice`` is read as printed (``sic``/``orig``).

Words are compared after collapsing all white space, the no-break space included;
quotation marks, dashes and spellings count as printed.
"""
from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from .readers.etol.furniture import (
    is_credit, is_navigation, is_rights, is_source_line, is_top_of_page, parse_updated,
)
from .readers.etol.notes import NOTE_START, is_notes_heading, label, take_markers

TEI = "{http://www.tei-c.org/ns/1.0}"
NOTE_ID = re.compile(r"^note(\d+)$")
BLOCKS = {"p", "head", "dateline", "signed", "salute", "ab", "l", "item", "quote", "bibl", "note", "closer",
          "opener", "div", "cit", "epigraph", "byline", "trailer", "lg", "list", "label", "table", "row", "cell", "body", "back", "front"}
SKIP_READINGS = {"corr", "reg", "expan"}


def words(text: str) -> list[str]:
    return text.split()


def before_bottom_credits(lines: list[str], start: int, end: int) -> int:
    """The page's foot is header material, like the lines above the body: credit and
    rights lines, navigation lines and "Last updated" (pages without "Top of page" end
    with these). The region ends above them."""
    while end > start and (not lines[end - 1].strip() or is_credit(lines[end - 1].strip())
                           or is_rights(lines[end - 1].strip()) or is_navigation(lines[end - 1])
                           or parse_updated(lines[end - 1])):
        end -= 1
    return end


def without_markers(text: str, labels: Counter) -> str:
    """``text`` less the note markers that the notes ``labels`` (label -> how many notes)
    take, each replaced by a space (a marker is never part of a word)."""
    pieces, position = [], 0
    for match in take_markers(text, labels):
        pieces += [text[position:match.start()], " "]
        position = match.end()
    return "".join(pieces) + text[position:]


def source_parts(text: str) -> tuple[list[str], list[list[str]]]:
    """(body words, [words of each note]) of a page text, by the rule above."""
    lines = text.replace("\r\n", "\n").lstrip("\ufeff").split("\n")
    first = next((i for i, line in enumerate(lines) if is_source_line(line.strip()) or is_credit(line.strip())), None)
    if first is None:
        return [], []
    start = first
    while start < len(lines) and (not lines[start].strip() or is_source_line(lines[start].strip())
                                  or is_credit(lines[start].strip()) or is_rights(lines[start].strip())):
        start += 1
    end = next((i for i in range(start, len(lines))
                if is_notes_heading(lines[i]) or is_top_of_page(lines[i])), len(lines))
    has_notes = end < len(lines) and is_notes_heading(lines[end])
    if not has_notes:
        end = before_bottom_credits(lines, start, end)
    notes: list[list[str]] = []
    labels: Counter = Counter()
    if has_notes:
        stop = next((i for i in range(end + 1, len(lines)) if is_top_of_page(lines[i])), len(lines))
        stop = before_bottom_credits(lines, end + 1, stop)
        for line in lines[end + 1:stop]:
            match = NOTE_START.match(line.strip())
            if match:
                notes.append(words(line.strip()[match.end():]))
                labels[label(match)] += 1
            elif line.strip() and notes:
                notes[-1].extend(words(line))
    body = words(without_markers("\n".join(lines[start:end]), labels))
    return body, notes


def _collect(element: etree._Element, out: list[str], skip_notes: bool) -> None:
    name = etree.QName(element).localname if isinstance(element.tag, str) else None
    if name is None:
        out.append(element.tail or "")
        return
    block = name in BLOCKS
    if block:
        out.append(" ")
    if name not in SKIP_READINGS and not (skip_notes and name == "note"):
        out.append(element.text or "")
        for child in element:
            _collect(child, out, skip_notes)
    if block:
        out.append(" ")
    out.append(element.tail or "")


def text_words(element: etree._Element, skip_notes: bool = True) -> list[str]:
    """The words of an element as printed: corrections read as sic, notes left out."""
    out: list[str] = []
    tail = element.tail
    element.tail = None
    try:
        _collect(element, out, skip_notes)
    finally:
        element.tail = tail
    return words("".join(out))


def tei_parts(tree) -> tuple[list[str], list[list[str]]]:
    """(body words, [words of each note]) of an encoded article, by the rule above."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    ns = {"t": TEI[1:-1]}
    body = root.find(f"{TEI}text/{TEI}body")
    # work on a copy with the title block taken out
    copy = etree.fromstring(etree.tostring(body))
    for element in copy.xpath("t:div[@type='article']/t:head | t:div[@type='article']/t:dateline", namespaces=ns):
        parent = element.getparent()
        if element.tail and element.tail.strip():
            raise ValueError("text after a title-block element")
        parent.remove(element)
    body_words = text_words(copy)
    back = root.find(f"{TEI}text/{TEI}back")
    if back is not None:
        body_words += text_words(back)
    numbered = [note for note in root.iter(f"{TEI}note") if note.get("n")]
    notes = [text_words(note, skip_notes=False) for note in in_page_order(numbered)]
    return body_words, notes


def in_page_order(notes: list[etree._Element]) -> list[etree._Element]:
    """The notes in the order of the page's notes section when the encoder's ids
    (``noteK``) say it, else in document order."""
    positions = [NOTE_ID.match(note.get("{http://www.w3.org/XML/1998/namespace}id", "")) for note in notes]
    if all(positions):
        return [note for _, note in sorted(zip((int(m.group(1)) for m in positions), notes), key=lambda pair: pair[0])]
    return notes
