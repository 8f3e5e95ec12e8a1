"""The candidate pattern of the shapes is written for speed (it opens with the capital, so
the regex engine skips to the next capital in C): it must find the runs that its readable
form finds, a look-ahead for the capital, the lone function word and the word before it,
then the words (``docs/names.md``)."""
from __future__ import annotations

import random
import re
from pathlib import Path

from tei.passes.recognise.coreference import CITATION_START, _citation_starts
from tei.passes.recognise.shapes import CANDIDATE, FUNCTION_WORDS, GAP, UPPER, WORD

REPO = Path(__file__).resolve().parents[2]
LONE = "|".join(sorted(map(re.escape, FUNCTION_WORDS), key=len, reverse=True))
READABLE = re.compile(rf"(?=[{UPPER}])(?!(?:{LONE})(?![\w’'.\-])(?![ \u00a0]+[{UPPER}]))(?<![\w\-’'.])"
                      rf"{WORD}(?:{GAP}{WORD})*(?![\w])(?!-\w)")
PIECES = list("AaBbIiMmOoPpSsrtne.-’' \u00a0\n,") + [
    "Mr", "Mrs.", "Dr.", "People’s", "The ", "And ", "An ", "A ", "In", "J.", "J. P.", " of ", " and ", " de ",
    "Workers’ ", "Kai-shek", "O’Brien", "Ter-Vaganyan", "É", "Ł", "Corp.", "Party", "Many", "It’s"]


def spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def test_the_fast_pattern_finds_the_runs_of_the_readable_one_in_pages():
    pages = [REPO / "tei" / "data" / "seed" / "000_b59b1de90a8241b9.txt",
             *sorted((REPO / "tests" / "fixtures" / "reader").glob("*.txt")),
             *sorted((REPO / "tests" / "annotation" / "fixtures" / "names").glob("*.txt"))]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert spans(CANDIDATE, text) == spans(READABLE, text), page.name


def test_the_fast_pattern_finds_the_runs_of_the_readable_one_in_odd_strings():
    chance = random.Random(11)
    for _ in range(20_000):
        text = "".join(chance.choice(PIECES) for _ in range(chance.randint(1, 24)))
        assert spans(CANDIDATE, text) == spans(READABLE, text), repr(text)


CITATION_PIECES = list("SsCcAaIiEe;.,( \u00a0xZ1”") + [
    "See ", "see ", "Cf. ", "Also ", "In ", "in ", "(ed", "Harlan Voss", ". ", "; ", "ee", "lso", "Basin "]


def test_the_citation_starts_are_those_the_one_pattern_finds():
    chance = random.Random(5)
    for _ in range(20_000):
        text = "".join(chance.choice(CITATION_PIECES) for _ in range(chance.randint(1, 24)))
        expected = [(m.span(), m.span(1)) for m in CITATION_START.finditer(text)]
        assert [(m.span(), m.span(1)) for m in _citation_starts(text)] == expected, repr(text)
