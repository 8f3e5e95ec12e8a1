"""Names the register does not know: what an editor adds to grow the register, and
what ``tei entities`` reports (a report on the article, not a pass: it changes nothing).

After the register's mentions are marked (:func:`tei.passes.annotate`), every run of
capitalised words not inside a mention or a title is a candidate ("Park of Culture and
Rest": lower-case "of", "and", "the" may join capitalised words). Left out: function
words, and a single word opening a sentence that the article also uses in lower case
("Many", "Recently"). Each candidate gets a guess of its kind from its words and
context (an organisation word, a place preposition, initials) and every context it
occurs in.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .dates import FULL_MONTHS
from .model import Article, article_blocks

WORD = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w’'\-]*[\w])"
CANDIDATE = re.compile(rf"(?<![\w’'\-]){WORD}(?:\s+(?:(?:of|the|and|de|von|van)\s+)*{WORD})*")
FUNCTION_WORDS = set(
    "A An The This That These Those It Its In On At By For From To Of And But Or Nor If So As "
    "He She We They You I His Her Our Their Your My Me Us Them Him There Here What Who Whom "
    "Which When Where Why How All Some Many No Not Now Then Thus Yes One Do Does Did Is Are "
    "Was Were Be Been Has Have Had Can Could Will Would Shall Should May Might Must "
    "Among During After Before With Without Under Over Upon While Since Until Against".split()
)
CONTRACTION = re.compile(r"[’'](?:s|t|ll|re|ve|d|m)$")
ORG_WORDS = re.compile(
    r"\b(?:Committee|Commission|Party|Opposition|Commissariat|Department|[Ff]actory|Bureau|Union|"
    r"League|Group|Plenum|Government|Congress|International|Soviet|Council|Trust|Works|Section)\b"
)
PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from|near|into|across|through)\s+(?:the\s+)?$")
MENTION_TAGS = {"persName", "placeName", "orgName", "title"}
#: a single word formed from a name ("Stalinist", "Trotskyists", "Bolshevism", "YCLers")
#: is not a name by the annotation rules: it is not listed.
DERIVED = re.compile(r"[A-Z][\w’'\-]*(?:ists?|isms?|ites?|ians?|ers)")


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


def guess_kind(name: str, before: str) -> str:
    """person, place or org: organisation words first, then a place preposition."""
    if ORG_WORDS.search(name):
        return "org"
    if re.match(r"[A-Z]\.", name):
        return "person"
    if PLACE_BEFORE.search(before):
        return "place"
    return "person"


def _trim(name: str) -> str:
    words = name.split()
    while words and (words[0] in FUNCTION_WORDS or words[0] in {"of", "the", "and", "de", "von", "van"}):
        words.pop(0)
    return " ".join(words)


_OPENERS = frozenset(" “\"‘(–-")


def _opens_sentence(text: str, start: int) -> bool:
    """True when only quotation marks, brackets and space separate ``start`` from the
    start of the text or the end of a sentence. Looks back only over those characters
    (never copies the text before ``start``: a long paragraph would make it quadratic)."""
    at = start - 1
    while at >= 0 and text[at] in _OPENERS:
        at -= 1
    return at < 0 or text[at] in ".!?…:"


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
        m.group() for b in blocks for m in re.finditer(WORD, b.text) if not _opens_sentence(b.text, m.start())
    }
    found: dict[str, Unknown] = {}
    for block in blocks:
        if block.kind == "head":
            continue  # heads are set in title case: capitals there say nothing
        taken = _Taken([(s.start, s.end) for s in block.spans if s.tag in MENTION_TAGS])
        breaks = sorted(block.breaks)
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
            if " " not in name and DERIVED.fullmatch(name):
                continue
            if " " not in name and (
                name.lower() in lower_words or name in FULL_MONTHS or CONTRACTION.search(name)
                or (_opens_sentence(block.text, start) and name not in mid_sentence)
            ):
                continue
            before = block.text[max(0, start - width) : start]
            context = (before + "[" + name + "]" + block.text[end : end + width]).replace("\n", " ")
            entry = found.setdefault(name, Unknown(name, guess_kind(name, before)))
            entry.contexts.append((block.line, context.strip()))
    return list(found.values())
