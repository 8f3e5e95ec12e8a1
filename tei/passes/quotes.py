"""Quotations: ``q`` from an opening mark to its closing mark, marks included.

TEI rule: the printed marks stay in the text (``quotation/@marks="all"``), so the ``q``
covers them and no view adds a second pair. Marks pair within one block: “ opens, ”
closes the innermost open quotation; straight double quotes pair in turn. Marks are read
on the corrected reading, so a missing opening mark supplied by a correction pairs, and
the ``q`` then starts at that correction. An unpaired mark is left as printed with a
warning; a quotation that would cross another span (a name, a correction) is dropped
with a warning rather than mis-nested.
"""
from __future__ import annotations

import re

from ..errors import TeiWarning
from ..model import Block, Span
from .reading import Reading

OPEN, CLOSE, STRAIGHT = "“", "”", '"'
MARKS = re.compile('[“”"]')


def quotation_ranges(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, str]]]:
    """Paired (start, end) ranges in ``text`` (marks included), and unpaired marks."""
    pairs: list[tuple[int, int]] = []
    unpaired: list[tuple[int, str]] = []
    stack: list[int] = []
    straight: int | None = None
    for mark in MARKS.finditer(text):
        offset, char = mark.start(), mark.group()
        if char == OPEN:
            stack.append(offset)
        elif char == CLOSE:
            if stack:
                pairs.append((stack.pop(), offset + 1))
            else:
                unpaired.append((offset, "closing mark without an opening one"))
        elif char == STRAIGHT:
            if straight is None:
                straight = offset
            else:
                pairs.append((straight, offset + 1))
                straight = None
    unpaired.extend((offset, "opening mark without a closing one") for offset in stack)
    if straight is not None:
        unpaired.append((straight, "straight quotation mark without its pair"))
    return sorted(pairs), sorted(unpaired)


def crosses(a: Span, b: Span) -> bool:
    """True when neither span contains the other and they overlap."""
    return a.start < b.start < a.end < b.end or b.start < a.start < b.end < a.end


def mark_quotations(block: Block, path: str | None = None) -> list[TeiWarning]:
    reading = Reading(block)
    pairs, unpaired = quotation_ranges(reading.text)
    warnings = [
        TeiWarning("W-UNBALANCED-QUOTE", f"{why} at column {reading.source_start(at) + 1}: left as printed", path, block.line)
        for at, why in unpaired
    ]
    for start, end in pairs:
        span = Span(reading.source_start(start), reading.source_end(end), "q")
        clash = next((other for other in block.spans if crosses(span, other)), None)
        if clash is not None:
            warnings.append(
                TeiWarning(
                    "W-QUOTE-CROSSES",
                    f"quotation {block.text[span.start:span.end][:40]!r} crosses a {clash.tag}: not marked",
                    path,
                    block.line,
                )
            )
            continue
        block.spans.append(span)
    return warnings
