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


def read_notes(groups: list[Group]) -> list[Note]:
    """Each numbered paragraph starts a note; unnumbered ones continue the last note."""
    notes: list[Note] = []
    for group in groups:
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
