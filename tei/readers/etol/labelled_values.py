"""The MIA's labelled header lines set one value per line, joined to one line each.

Some of the archive's pages (the Lenin archive's letters, mirrors that lost the layout's
table) print each label alone on its line and its value on the lines below::

    Published:
    First published in 1925 in Harbour Miscellany III.
    Source:
    Marten
    Collected Works,
    Harbour Publishers,
    Volume 43,
    pages 48-49.
    Transcription\\Markup:
    Ada Pell
    Public Domain:
    Marten Internet Archive
    (2005).
    You may freely copy, distribute and perform this work. Please credit the archive as your source.
    Other Formats:
    Text
    • README

Other pages print the same block one labelled line each ("Source: Marten Collected Works,
Harbour Publishers, ..."), which the region finder and the header's readers already read.
:func:`join_labelled_values` makes the first layout the second: each label alone and
the lines of its value become one line, numbered as the label's, so nothing else needs to
know the layout. Which lines a label's value takes (the README's "Tried on real pages", and the fidelity
rule, which says the same in its own words):

- a label alone takes the lines below it up to the next labelled line, when one comes
  within :data:`MAX_VALUE_LINES` lines of at most :data:`MAX_VALUE_WORDS` words;
  otherwise the one line below it (the block's last label, before the text);
- the rights label ("Public Domain:", "Copyleft:") takes the lines of its first
  sentence and the permission sentences after it ("You may freely copy ...", "Please
  credit ... as your source.");
- "Other Formats:" takes the format names below it ("Text", "PDF"), and a bullet line
  of the archive's links ("• README") after the block is the block's.

Blank lines between a label and its value are passed over: a paragraph that only
holds a value joins its label's.
"""
from __future__ import annotations

import re

from .furniture import LABELLED_LINE, OTHER_FORMATS, is_credit, is_rights, is_source_or_credit
from .text import Line, LineGroup

#: a value runs over at most this many lines ...
MAX_VALUE_LINES = 10
#: ... of at most this many words each
MAX_VALUE_WORDS = 15
#: a format's name under "Other Formats:" ("Text", "PDF", "Audio Book")
FORMAT_NAME = re.compile(r"^[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?$")
#: a sentence granting the page's use, after the rights label's holder
PERMISSION = re.compile(r"^(?:You\s+(?:may|can|are\s+free)|Please\s+(?:credit|cite|acknowledge)|Permission\b)")
#: the end of a sentence, perhaps before a closing quotation mark or bracket
SENTENCE_CLOSE = re.compile(r"[.!?][”’\"')\]]*$")


def is_labelled(text: str) -> bool:
    """A line opening with one of the archive's labels: "Source: ...", "Translated: ...",
    "Transcription\\Markup:", "Public Domain: ...", "Other Formats: ..."."""
    stripped = text.strip()
    head = stripped.split(":", 1)[0]
    return ":" in stripped and len(head.split()) <= 3 and bool(
        LABELLED_LINE.match(stripped) or is_credit(stripped) or is_rights(stripped) or OTHER_FORMATS.match(stripped))


def is_label_alone(text: str) -> bool:
    """A label with nothing after its colon ("Source:", "Transcription\\Markup:")."""
    stripped = text.strip()
    return stripped.endswith(":") and is_labelled(stripped)


def value_end(lines: list[Line], label: int) -> int:
    """The index after the last line of the value of the label alone at ``label`` in
    ``lines`` (the page's non-blank lines)."""
    text = lines[label].text.strip()
    if is_rights(text):
        return rights_value_end(lines, label + 1)
    if OTHER_FORMATS.match(text):
        end = label + 1
        while end < len(lines) and FORMAT_NAME.match(lines[end].text.strip()):
            end += 1
        return end
    end = label + 1
    while end < len(lines) and end <= label + MAX_VALUE_LINES and not is_labelled(lines[end].text):
        if len(lines[end].text.split()) > MAX_VALUE_WORDS:
            break
        end += 1
    if end < len(lines) and end <= label + MAX_VALUE_LINES and is_labelled(lines[end].text):
        return end
    return min(label + 2, len(lines))


def rights_value_end(lines: list[Line], start: int) -> int:
    """The rights label's value: its first sentence (the holder: "Marten Internet Archive
    (2005).") and the permission sentences after it; else its first line."""
    end, text = start, ""
    while end < len(lines) and end < start + MAX_VALUE_LINES and not is_labelled(lines[end].text):
        text = f"{text} {lines[end].text.strip()}"
        end += 1
        following = lines[end].text.strip() if end < len(lines) else ""
        if SENTENCE_CLOSE.search(text) and not PERMISSION.match(following):
            return end
    return min(start + 1, len(lines))


def join_labelled_values(groups: list[LineGroup]) -> list[LineGroup]:
    """``groups`` with each label alone and its value's lines joined into one line (the
    label's number, the lines' texts joined by a space), in the label's group; a group
    all of whose lines a value took is gone. Only in the page's first block of labelled
    lines, the header's: below it, a label alone is the text's ("Source:" over a
    citation at the foot of an article stays as printed)."""
    lines = [(line, at) for at, group in enumerate(groups) for line in group.lines]
    if not any(is_label_alone(line.text) for line, _ in lines):
        return groups
    plain = [line for line, _ in lines]
    kept: list[tuple[Line, int]] = []
    i, started = 0, False
    while i < len(lines):
        line, at = lines[i]
        if started and not is_source_or_credit(line.text):
            kept.extend(lines[i:])  # the block is over: the rest as printed
            break
        started = started or is_labelled(line.text)
        if started and is_label_alone(line.text) and i + 1 < len(lines):
            end = value_end(plain, i)
            joined = " ".join(part.text.strip() for part in plain[i:end])
            kept.append((Line(line.number, joined), at))
            i = end
            continue
        kept.append((line, at))
        i += 1
    regrouped: dict[int, list[Line]] = {}
    for line, at in kept:
        regrouped.setdefault(at, []).append(line)
    return [LineGroup(tuple(regrouped[at])) for at in sorted(regrouped)]
