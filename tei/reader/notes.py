"""The notes section: "Footnote", "Footnotes", "Notes" headings; notes "1." or "[1]"."""
from __future__ import annotations

import re

from ..model import Block, Note
from .text import Group

NOTES_HEADINGS = {"footnote", "footnotes", "notes", "note", "endnotes", "end notes"}
NOTE_START = re.compile(r"^(?:\[(?P<bracketed>\d+)\]|(?P<dotted>\d+)\.)\s*")
EDITOR_SIGNATURE = re.compile(r"[–—-]\s*(?:The\s+)?Ed(?:itor|s?\.|itors)\.?\s*$")


def is_notes_heading(text: str) -> bool:
    return text.strip().rstrip(":").lower() in NOTES_HEADINGS


def starts_note(text: str) -> bool:
    """A line that opens a note: "1. ..." or "[1] ..."."""
    return bool(NOTE_START.match(text.strip()))


def split_at_numbers(groups: list[Group]) -> list[Group]:
    """Notes set on consecutive lines without a blank line between them: every line that
    opens with a note number starts a new paragraph, as the fidelity rule reads them."""
    result: list[Group] = []
    for group in groups:
        run: list = []
        for line in group.lines:
            if run and starts_note(line.text):
                result.append(Group(tuple(run)))
                run = []
            run.append(line)
        result.append(Group(tuple(run)))
    return result


def heading_and_rest(group: Group) -> tuple[str, Group | None] | None:
    """A notes heading, alone or as the first line of its paragraph (the notes following
    it without a blank line): the heading and the lines after it, else None."""
    first = group.lines[0].text
    if not is_notes_heading(first):
        return None
    return first.strip(), Group(group.lines[1:]) if len(group.lines) > 1 else None


def read_notes(groups: list[Group]) -> list[Note]:
    """Each numbered paragraph (or numbered line) starts a note; unnumbered paragraphs
    continue the last note as further paragraphs of it. Text before the first number is
    a note of its own, numbered after its position, so nothing is lost."""
    notes: list[Note] = []
    for group in split_at_numbers(groups):
        match = NOTE_START.match(group.text)
        if match:
            number = match.group("bracketed") or match.group("dotted")
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
