"""The notes section and the note markers of the text.

A note is opened in the notes section ("Footnote", "Footnotes", "Notes" headings) by its
number or symbol as printed: "1." or "[1]", "a." or "[a]", "*", "**", "†" or "[*]".
The text refers to it by a marker: "[1]", "[a]", "[*]", or a bare "*", "**", "†", "‡"
set right after a word or a punctuation mark. A note's ``n`` is its label as printed,
without brackets or dot ("1", "a", "*"); a marker matches a note with the same label.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

from ...model import Block, Note
from .text import LineGroup

NOTES_HEADINGS = {"footnote", "footnotes", "notes", "note", "endnotes", "end notes"}
#: a symbol used as a note label: one to three asterisks, or one or two daggers.
SYMBOL = r"\*{1,3}|[†‡]{1,2}"
#: a note's label at the start of its paragraph in the notes section. A letter must be
#: lower case and followed by a space ("a. The ..."), so that "A. Smith" or "a.m." do
#: not open notes; a symbol must be followed by text, so that "* * *" does not.
NOTE_START = re.compile(
    rf"^(?:\[(?P<bracketed>\d+|[a-z]|{SYMBOL})\]\s*"
    r"|(?P<dotted>\d+)\.\s*"
    r"|(?P<lettered>[a-z])\.\s+"
    rf"|(?P<symbol>{SYMBOL})(?![*†‡])\s*(?=[^\s*†‡]))"
)
#: a note marker in the text, with the white space before a bracketed one (the anchor
#: then sits right after the word it follows). A bracketed letter is a marker only when
#: no letter follows ("crit[i]cal" is an editor's supplied letter); a bare symbol only
#: when it is attached to what precedes it, so separators ("* * *", "***") never match.
NOTE_MARKER = re.compile(
    rf"\s*\[(?P<bracketed>\d+|{SYMBOL})\]"
    r"|\s*\[(?P<lettered>[a-z])\](?!\w)"
    rf"|(?<=[^\s*†‡])(?P<symbol>{SYMBOL})(?![*†‡])"
)
EDITOR_SIGNATURE = re.compile(r"[–—-]\s*(?:The\s+)?Ed(?:itor|s?\.|itors)\.?\s*$")


def label(match: re.Match) -> str:
    """The label of a :data:`NOTE_START` or :data:`NOTE_MARKER` match, as printed
    without brackets or dot: "1", "a", "*", "†"."""
    return next(value for value in match.groupdict().values() if value is not None)


def is_bracketed_number_or_symbol(match: re.Match) -> bool:
    """"[1]" or "[*]": a marker form that is never ordinary text, so one left without a
    note is worth a warning (a bare "*" or a "[a]" may well be text)."""
    return match.group("bracketed") is not None


#: every marker holds one of these: a text without any has none (a cheap test first,
#: since the marker pattern is costly to run over long paragraphs).
MARKER_CHARACTERS = ("[", "*", "†", "‡")


def may_hold_marker(text: str) -> bool:
    return any(character in text for character in MARKER_CHARACTERS)


def take_markers(text: str, available: Counter) -> Iterator[re.Match]:
    """The markers of ``text`` that stand for a note, in order: a marker counts when a
    note with its label is still unanchored (``available`` holds how many notes of each
    label are left, and is decremented), so each note takes the first unused marker
    that matches it and a marker repeated beyond its notes stays text."""
    if not any(available.values()) or not may_hold_marker(text):
        return
    for match in NOTE_MARKER.finditer(text):
        key = label(match)
        if available.get(key, 0) > 0:
            available[key] -= 1
            yield match


def is_notes_heading(text: str) -> bool:
    return text.strip().rstrip(":").lower() in NOTES_HEADINGS


def starts_note(text: str) -> bool:
    """A line that opens a note: "1. ...", "[1] ...", "a. ...", "[a] ...", "* ...", "† ..."."""
    return bool(NOTE_START.match(text.strip()))


def split_at_numbers(groups: list[LineGroup]) -> list[LineGroup]:
    """Notes set on consecutive lines without a blank line between them: every line that
    opens with a note number starts a new paragraph, as the fidelity rule reads them."""
    result: list[LineGroup] = []
    for group in groups:
        run: list = []
        for line in group.lines:
            if run and starts_note(line.text):
                result.append(LineGroup(tuple(run)))
                run = []
            run.append(line)
        result.append(LineGroup(tuple(run)))
    return result


def heading_and_rest(group: LineGroup) -> tuple[str, LineGroup | None] | None:
    """A notes heading, alone or as the first line of its paragraph (the notes following
    it without a blank line): the heading and the lines after it, else None."""
    first = group.lines[0].text
    if not is_notes_heading(first):
        return None
    return first.strip(), LineGroup(group.lines[1:]) if len(group.lines) > 1 else None


def read_notes(groups: list[LineGroup]) -> list[Note]:
    """Each numbered paragraph (or numbered line) starts a note; unnumbered paragraphs
    continue the last note as further paragraphs of it. Text before the first number is
    a note of its own, numbered after its position, so nothing is lost."""
    notes: list[Note] = []
    for group in split_at_numbers(groups):
        match = NOTE_START.match(group.text)
        if match:
            number = label(match)
            block = Block("p", group.text[match.end():], group.line,
                          breaks=[b - match.end() for b in group.breaks if b > match.end()])
            notes.append(Note(number, [block], group.line))
        elif notes:
            notes[-1].blocks.append(Block("p", group.text, group.line, breaks=group.breaks))
        else:
            notes.append(Note(str(len(notes) + 1), [Block("p", group.text, group.line, breaks=group.breaks)], group.line))
    for note in notes:
        if EDITOR_SIGNATURE.search(note.blocks[-1].text):
            note.resp = "editor"
    return notes
