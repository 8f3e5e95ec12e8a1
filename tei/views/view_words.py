"""Word fidelity of the text view: the words of the body and notes, without structure.

The text view adds structure around the words of the source: the header block (ended by
a rule of '='), underlines of heads, note markers ``[n]`` and the "Notes" heading. What
remains must be the source's words, in order (see the README's fidelity rule).
"""
from __future__ import annotations

import re

from ..words import words

#: the rule that ends the header block of the text view.
HEADER_RULE = re.compile(r"^=+$", re.MULTILINE)
MARKER = re.compile(r"\[\d+[a-z]?\]")
UNDERLINE = re.compile(r"^[=-]+$", re.MULTILINE)
NOTES_HEAD = re.compile(r"^Notes\n-+$", re.MULTILINE)


def body_words(text_view: str) -> list[str]:
    """The words of a text view's body and notes, without header block, underlines,
    note markers and the notes heading."""
    match = HEADER_RULE.search(text_view)
    body = text_view[match.end():] if match else text_view
    body = NOTES_HEAD.sub(" ", body)
    body = UNDERLINE.sub(" ", body)
    body = MARKER.sub(" ", body)
    return words(body)
