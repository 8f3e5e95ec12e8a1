"""Header forms of the tenth round, found on the failures of held-out sets 5 and 6 once they
were turned into development sets (issue 13: the printed source and the title printed on
the page, docs/headers-annotation.md).

Each page is an invented page of the same layout in tests/fixtures/reader/ (fidelity,
validity and line-ending independence are checked for every fixture page there)."""
from __future__ import annotations

import pytest

from tei.readers.etol.furniture import parse_published_label, parse_set_apart_source

from reader_pages import PRINTED


# -- a source line set apart after the word of how it was signed ---------------------------------

@pytest.mark.parametrize("line, journal, when", [
    ("Unsigned, Harbour Review, March 1924.", "Harbour Review", "1924-03"),
    ("Signed K. L., Harbour Review, 3 May 1920.", "Harbour Review", "1920-05-03"),
])
def test_a_source_line_after_the_word_of_how_it_was_signed_is_read(line, journal, when):
    source = parse_set_apart_source(line, 4)
    assert source is not None and (source.journal, source.date_iso, source.raw) == (journal, when, line)


@pytest.mark.parametrize("line", ["Unsigned, a note of the editors.", "Signed, sealed and delivered, 1920"])
def test_a_signature_word_without_a_periodical_and_date_is_no_source(line):
    assert parse_set_apart_source(line, 4) is None


# -- the first printing, abridged, then a fuller one ---------------------------------------------

@pytest.mark.parametrize("line, journal, when", [
    ("First published: abridged in Harbour Review, May 1930.", "Harbour Review", "1930-05"),
    ("First published: in part in Harbour Review, May 1930, and in full in Harbour Letters, 1935.",
     "Harbour Review", "1930-05"),
])
def test_a_published_label_saying_how_much_it_printed_names_the_first_printing(line, journal, when):
    source = parse_published_label(line, 3)
    assert source is not None and (source.journal, source.date_iso) == (journal, when)


def test_regression_an_abridged_first_printing_before_a_fuller_book_is_the_source(page):
    p = page("mia_letter_first_published_abridged_then_in_full")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Review"
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@from") == ["1899"]
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@to") == ["1900"]
