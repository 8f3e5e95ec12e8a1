"""Quotations: ``q`` from an opening mark to its closing mark, marks included.

TEI rule: the printed marks stay in the text (``quotation/@marks="all"``), so the ``q``
covers them and no view adds a second pair. Marks pair within one block: “ opens, ”
closes the innermost open quotation; straight double quotes pair in turn. Marks are read
on the corrected reading, so a missing opening mark supplied by a correction pairs, and
the ``q`` then starts at that correction. An unpaired mark is left as printed with a
warning; a quotation that would cross another span (a name, a correction) is dropped
with a warning rather than mis-nested.

Attributed speech: ``@who`` points at the speaker only where the same sentence names
them as the subject of a verb of saying before the quotation ("Kirov said, “…”",
"Voroshilov said, turning to Tomsky, “…”"), the name marked by the register, and no
other quotation stands between the verb and this one. "Nemchenko’s son is reported to
have replied, “…”" names no speaker the register knows: no ``@who``.

Words in quotation marks that are not quoted speech are kept apart only where the text
itself says so right before the marks: "the word “Communist”" (a word mentioned as a
word: ``mentioned``), "the so-called “wreckers”" (scare quotes: ``soCalled``). Every other
pair of marks is a ``q``; the marks stay in the text in all three.
"""
from __future__ import annotations

import re

from ..errors import TeiWarning
from ..model import Block, Span
from .reading import Reading

OPEN, CLOSE, STRAIGHT = "“", "”", '"'
MARKS = re.compile('[“”"]')
#: a verb of saying straight after the speaker's name
SPEECH = re.compile(r"\s+(?:said|declared|replied|reported|announced|stated|exclaimed|answered|added|asked|wrote"
                    r"|shouted|cried)\b")
#: what the text says right before the marks of a word that is not quoted speech
NOT_SPEECH = (
    ("mentioned", re.compile(r"\b[Tt]he (?:word|term|expression|phrase)s?\s+$")),
    ("soCalled", re.compile(r"\b(?:[Ss]o-called|[Ss]o called)\s+$")),
)
#: where a sentence ends: a full stop, question or exclamation mark (perhaps with a
#: closing quotation mark) before white space and a capital or an opening mark
SENTENCE_END = re.compile(r"[.!?][”\"]?\s+(?=[A-Z“\"])")


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


def quotation_tag(before: str) -> str:
    """``mentioned`` or ``soCalled`` where the words before the marks say so, else ``q``."""
    return next((tag for tag, pattern in NOT_SPEECH if pattern.search(before[-40:])), "q")


def speaker(block: Block, start: int) -> str | None:
    """The ``@ref`` of the person the sentence names as saying the quotation at ``start``."""
    ends = [match.end() for match in SENTENCE_END.finditer(block.text, 0, start)]
    sentence = ends[-1] if ends else 0
    for name in sorted(block.spans, key=lambda span: span.start):
        if name.tag != "persName" or not name.attr("ref") or not sentence <= name.start or name.end > start:
            continue
        verb = SPEECH.match(block.text, name.end)
        if verb and not MARKS.search(block.text, verb.end(), start):
            return name.attr("ref")
    return None


def mark_quotations(block: Block, path: str | None = None) -> list[TeiWarning]:
    reading = Reading(block)
    pairs, unpaired = quotation_ranges(reading.text)
    warnings = [
        TeiWarning("W-UNBALANCED-QUOTE", f"{why} at column {reading.source_start(at) + 1}: left as printed", path, block.line)
        for at, why in unpaired
    ]
    for start, end in pairs:
        source_start = reading.source_start(start)
        tag = quotation_tag(block.text[:source_start])
        who = speaker(block, source_start) if tag == "q" else None
        span = Span(source_start, reading.source_end(end), tag, (("who", who),) if who else ())
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
