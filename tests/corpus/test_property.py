"""Property: whatever text it is given, the encoder raises only TeiError, and what it
writes is valid; of a well-formed page, no word is lost or invented (the fidelity rule,
tei/fidelity.py). Every registered reader (tei.readers.READERS) is run: each has a
generator of well-formed pages, and every reader is fed every kind of damaged page.

Article texts are generated two ways: well formed (an ETOL page from a template with
random titles, dates, names and paragraphs) and garbled (random bytes and unicode, pages
cut short, lines shuffled, lines dropped). Every TEI tree the encoder returns is checked
with the project's validator (``tei.validation.is_valid``) when it is installed, else with
tei_all (lxml RelaxNG).

Runs ``TEI_HYPOTHESIS_EXAMPLES`` examples per test (default 100: well under a minute in
all); ``TEI_HYPOTHESIS_EXAMPLES=3000 pytest tests/corpus/test_property.py`` for a long run.
"""
from __future__ import annotations

import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tei.errors import TeiError
from tei.fidelity import source_parts, tei_parts
from tei.pipeline import encode_file, encode_text, load_register
from tei.readers import reader_names
from tei.resources import seed_article

EXAMPLES = int(os.environ.get("TEI_HYPOTHESIS_EXAMPLES", "100"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("TEI_HYPOTHESIS_RANDOM"),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large])

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
PAPERS = ["The Militant", "Labor Action", "New International", "Socialist Appeal", "Fourth International"]
NAMES = ["Trotsky", "Zinoviev", "Kamenev", "I.N. Smirnov", "Preobrazhensky", "Rakovsky", "Stalin",
         "Max Shachtman", "James P. Cannon", "Rosa Luxemburg", "Karl Liebknecht"]
PLACES = ["Moscow", "Leningrad", "Kharkov", "Berlin", "New York", "Paris"]

words = st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N"]), min_size=1, max_size=12)
sentence = st.lists(st.one_of(words, st.sampled_from(NAMES + PLACES)), min_size=3, max_size=25).map(
    lambda ws: " ".join(ws) + ".")
paragraph = st.lists(sentence, min_size=1, max_size=6).map(" ".join)
title = st.lists(st.one_of(words, st.sampled_from(PLACES)), min_size=1, max_size=8).map(" ".join)


@st.composite
def etol_pages(draw) -> str:
    """An ETOL newspaper page as the archive's text export shows it."""
    paper = draw(st.sampled_from(PAPERS))
    day, month, year = draw(st.integers(1, 28)), draw(st.sampled_from(MONTHS)), draw(st.integers(1928, 1965))
    date = f"{day} {month} {year}"
    author = draw(st.sampled_from(NAMES + ["", "The Editors", "[The Editor]"]))
    lines = ["Main NI Index | Main Newspaper Index", "", "Encyclopedia of Trotskyism | Marxists’ Internet Archive",
             "", "", f"{paper}, {date}", ""]
    if author:
        lines += [author, ""]
    lines += [draw(title), ""]
    if draw(st.booleans()):
        lines += [draw(title), ""]
    # the issue dated by day, or across a span of years ("Winter 1970/71")
    printed = draw(st.sampled_from([date, f"Winter {year}/{(year + 1) % 100:02d}"]))
    lines += ["", f"From {paper}, Vol. {draw(st.sampled_from(['I', 'VI', 'XII']))} No. {draw(st.integers(1, 52))}, "
              f"{printed}, p. {draw(st.integers(1, 8))}.",
              "Transcribed & marked up by Einde O’Callaghan for ETOL.", "", " ", ""]
    notes = draw(st.integers(0, 2))
    for index, text in enumerate(draw(st.lists(paragraph, min_size=1, max_size=8))):
        marker = f" [{index + 1}]" if index < notes else ""
        if index == 0 and draw(st.booleans()):  # an opening dateline: "PARIS, Feb. 24 – ..."
            place = draw(st.sampled_from(PLACES)).upper()
            text = f"{place}, {draw(st.sampled_from(['Feb.', 'Sept.', 'March']))} {day} – {text}"
        lines += [text + marker, ""]
        if draw(st.integers(0, 4)) == 0:  # a list set line by line: "1. ...", "2. ..."
            lines += [f"{n}. {draw(sentence)}" for n in range(1, draw(st.integers(2, 4)) + 1)] + [""]
    if draw(st.booleans()):
        lines += [draw(title), "", draw(paragraph), ""]
    if notes:
        lines += ["", "Footnote" + ("s" if notes > 1 else ""), ""]
        lines += [f"{n}. {draw(paragraph)}" for n in range(1, notes + 1)] + [""]
    lines += [" ", "Top of page", "", "", "Main Militant Index | Main Newspaper Index", "",
              "Encyclopedia of Trotskyism | Marxists’ Internet Archive", ""]
    return "\n".join(lines)


SEED_LINES = seed_article().read_text(encoding="utf-8").splitlines()


@st.composite
def garbled_pages(draw) -> str:
    """A page damaged the ways real files are: cut, shuffled, lines lost, noise inserted."""
    base = draw(st.one_of(etol_pages(), st.just("\n".join(SEED_LINES))))
    lines = base.splitlines()
    damage = draw(st.sampled_from(["truncate", "shuffle", "drop", "noise", "random"]))
    rng = random.Random(draw(st.integers(0, 2**32)))
    if damage == "truncate":
        return base[: draw(st.integers(0, len(base)))]
    if damage == "shuffle":
        rng.shuffle(lines)
    elif damage == "drop":
        lines = [line for line in lines if rng.random() > 0.3]
    elif damage == "noise":
        for _ in range(draw(st.integers(1, 5))):
            lines.insert(rng.randrange(len(lines) + 1), draw(st.text(max_size=80)))
    else:
        return draw(st.text(max_size=400))
    return "\n".join(lines)


_CHECKER: dict = {}


@pytest.fixture(scope="module")
def checker(request):
    """is_valid(tree): the project's validator, else tei_all; cached for the module."""
    if "check" not in _CHECKER:
        try:
            from tei.validation import is_valid

            _CHECKER["check"] = lambda tree: is_valid(tree)
        except ImportError:
            relaxng = request.getfixturevalue("tei_all_relaxng")
            _CHECKER["check"] = relaxng.validate
    return _CHECKER["check"]


@pytest.fixture(scope="module")
def register():
    return load_register(None)


#: a generator of well-formed pages for every registered reader (a new reader adds its own)
WELL_FORMED = {"etol": etol_pages()}
#: the pages each reader is fed damaged: its well-formed pages, garbled
GARBLED = {"etol": garbled_pages()}
READERS = reader_names()


def test_every_registered_reader_has_generated_pages():
    assert set(READERS) <= set(WELL_FORMED) and set(READERS) <= set(GARBLED)


def encode_or_refuse(text: str, register, reader: str | None = None):
    try:
        return encode_text(text, path="generated.txt", register=register, reader=reader)
    except TeiError:
        return None  # refused with a message: allowed


@pytest.mark.parametrize("reader", READERS)
@SETTINGS
@given(data=st.data())
def test_well_formed_pages_encode_to_valid_tei_and_lose_no_word(reader, data, checker, register):
    text = data.draw(WELL_FORMED[reader], label="page")
    encoded = encode_or_refuse(text, register, reader)
    if encoded is not None:
        assert checker(encoded.tree), text[:500]
        assert tei_parts(encoded.tree) == source_parts(text), text[:500]


@pytest.mark.parametrize("reader", READERS)
@SETTINGS
@given(data=st.data())
def test_garbled_pages_never_crash_and_never_yield_invalid_tei(reader, data, checker, register):
    text = data.draw(st.one_of(*GARBLED.values()), label="page")
    encoded = encode_or_refuse(text, register, reader)
    if encoded is not None:
        assert checker(encoded.tree), text[:500]


@SETTINGS
@given(data=st.binary(max_size=600))
def test_any_bytes_in_a_file_raise_only_tei_errors(data, tmp_path_factory, checker, register):
    path = tmp_path_factory.mktemp("bytes") / "page.txt"
    path.write_bytes(data)
    try:
        encoded = encode_file(path, register=register)
    except TeiError:
        return
    assert checker(encoded.tree)
