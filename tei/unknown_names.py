"""Names the register does not know: what an editor adds to grow the register, and
what ``tei entities`` reports (a report on the article, not a pass: it changes nothing).

After the register's mentions are marked (:func:`tei.passes.annotate`), every run of
capitalised words not inside a mention or a title is a candidate ("Park of Culture and
Rest": lower-case "of", "and", "the" may join capitalised words). Left out: function
words, and a single word opening a sentence that the article also uses in lower case
("Many", "Recently"). Each candidate gets the kind the name recogniser
(:mod:`tei.passes.recognise`, run by ``annotate(..., names="all")``) gave the name it
holds, or "unknown" when the recogniser marked nothing there, and every context it
occurs in.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .dates import FULL_MONTHS
from .model import Article, article_blocks
from .passes.recognise.shapes import DERIVED, FUNCTION_WORDS, opens_sentence

WORD = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w’'\-]*[\w])"
CANDIDATE = re.compile(rf"(?<![\w’'\-]){WORD}(?:\s+(?:(?:of|the|and|de|von|van)\s+)*{WORD})*")
CONTRACTION = re.compile(r"[’'](?:s|t|ll|re|ve|d|m)$")
MENTION_TAGS = {"persName", "placeName", "orgName", "eventName", "title"}


@dataclass
class Unknown:
    """A candidate name: its text, guessed kind, and where it occurs."""

    name: str
    kind: str
    contexts: list[tuple[int, str]] = field(default_factory=list)  # (source line, text around)

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "count": len(self.contexts),
            "contexts": [{"line": line, "context": text} for line, text in self.contexts],
        }


KIND_OF_TAG = {"persName": "person", "placeName": "place", "orgName": "org", "title": "periodical"}


class MachineKinds:
    """The recogniser's mentions of one block, sorted once, so that asking for the kind
    inside a range costs a binary search, not a sort (a long paragraph of names)."""

    def __init__(self, block):
        # outer first for one start, as the passes nest them
        self.spans = sorted(((s.start, s.end, s.tag) for s in block.spans
                             if s.tag in KIND_OF_TAG and s.attr("resp")), key=lambda s: (s[0], -s[1]))
        self.starts = [start for start, _, _ in self.spans]

    def kind(self, start: int, end: int) -> str:
        """The kind of the recogniser's first mention inside ``[start, end)``, else "unknown"."""
        at = bisect.bisect_left(self.starts, start)
        while at < len(self.spans) and self.spans[at][0] < end:
            if self.spans[at][1] <= end:
                return KIND_OF_TAG[self.spans[at][2]]
            at += 1
        return "unknown"


def _trim(name: str) -> str:
    words = name.split()
    while words and (words[0] in FUNCTION_WORDS or words[0] in {"of", "the", "and", "de", "von", "van"}):
        words.pop(0)
    return " ".join(words)


class _Taken:
    """Ranges of the text already covered by a mention; asks whether a range overlaps
    one in logarithmic time (the ranges sorted by start, with the furthest end so far)."""

    def __init__(self, ranges: list[tuple[int, int]]):
        ranges = sorted(ranges)
        self.starts = [lo for lo, _ in ranges]
        self.reach: list[int] = []
        furthest = -1
        for _, hi in ranges:
            furthest = max(furthest, hi)
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self.starts, end)  # the ranges that begin before ``end``
        return before > 0 and self.reach[before - 1] > start


def unknown_names(article: Article, width: int = 40) -> list[Unknown]:
    """Candidates in order of first occurrence (run after the register's passes)."""
    blocks = list(article_blocks(article))
    lower_words = {w for b in blocks for w in re.findall(r"\b[a-z][\w’'\-]*", b.text)}
    mid_sentence = {
        m.group() for b in blocks for m in re.finditer(WORD, b.text) if not opens_sentence(b.text, m.start())
    }
    found: dict[str, Unknown] = {}
    for block in blocks:
        if block.kind == "head":
            continue  # heads are set in title case: capitals there say nothing
        taken = _Taken([(s.start, s.end) for s in block.spans if s.tag in MENTION_TAGS and not s.attr("resp")])
        breaks = sorted(block.breaks)
        kinds = MachineKinds(block)
        for match in CANDIDATE.finditer(block.text):
            name = _trim(match.group())
            if not name:
                continue
            start = match.end() - len(name) if match.group().endswith(name) else match.start()
            end = match.end()
            if taken.overlaps(start, end):
                continue
            first_break = bisect.bisect_right(breaks, start)
            if first_break < len(breaks) and breaks[first_break] < end:
                # a name does not run over a line break ("Rosa Karsner" / "Secretary")
                end = breaks[first_break] - 1
                name = block.text[start:end].strip()
            if " " not in name and DERIVED.match(name):  # "Stalinist", "Trotskyists", "YCLers"
                continue
            if " " not in name and (
                name.lower() in lower_words or name in FULL_MONTHS or CONTRACTION.search(name)
                or (opens_sentence(block.text, start) and name not in mid_sentence)
            ):
                continue
            before = block.text[max(0, start - width) : start]
            context = (before + "[" + name + "]" + block.text[end : end + width]).replace("\n", " ")
            entry = found.get(name)
            if entry is None:
                entry = found[name] = Unknown(name, kinds.kind(start, end))
            entry.contexts.append((block.line, context.strip()))
    return list(found.values())
