"""Header forms of the tenth round, found on the failures of held-out sets 5 and 6 once they
were turned into development sets (issue 13: the printed source and the title printed on
the page, docs/headers-annotation.md).

Each page is an invented page of the same layout in tests/fixtures/reader/ (fidelity,
validity and line-ending independence are checked for every fixture page there)."""
from __future__ import annotations

import pytest

from tei.readers.etol.furniture import parse_published_label, parse_set_apart_source
from tei.readers.etol.title_block import is_writer_and_years

from reader_pages import PRINTED


# -- a writer archive's headings and a source line set apart -------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Karin Lind 1871-1919", True),     # the writer and the years of a life
    ("Karin Lind 1902", True),          # the writer and the year of the archive's index
    ("Tom R. Ek 1899–1950", True),
    ("Harbour Strike 1902", False),     # no person's name: a title may say so
    ("Petrograd 1917", False),
    ("Karin Lind", False),              # a name alone is an author's line
])
def test_a_writer_and_years_is_the_archive_heading(line, expected):
    assert is_writer_and_years(line) is expected


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


def test_regression_writer_and_years_above_the_heading_are_never_the_title(page):
    p = page("mia_writer_and_years_above_heading_unsigned_source")
    assert p.header.title == "Leader: May 1902" and p.header.authors == []
    # the archive's lines stay headings of the page, as printed
    assert [text for text, _line, _breaks in p.header.subtitles] == ["Karin Lind 1871-1919", "Karin Lind 1902"]
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Review"
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@when") == ["1902-05"]


# -- a column's name above the author ------------------------------------------------------------

def test_regression_a_columns_name_above_the_author_is_never_the_author(page):
    p = page("newspaper_column_above_author_title_over_two_lines")
    assert p.header.authors == ["Tom R. Ek"]
    assert p.header.title == "The Dock Strike Showed the Way to the Union"
    assert [text for text, _line, _breaks in p.header.subtitles] == ["Waterfront Sketches"]
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@when") == ["1938-03-12"]


def test_a_title_above_the_author_keeps_its_subtitle_below(page):
    # "Freedom of the Port / Tom Ek / A Reply to ...": a title's words above the author
    p = page("journal_title_author_subtitle_with_source_line")
    assert (p.header.title, p.header.authors) == ("Freedom of the Port", ["Tom Ek"])


# -- the date line set in the source lines' paragraph --------------------------------------------

def test_regression_a_date_line_above_the_source_line_in_its_paragraph_leaves_it_read(page):
    p = page("journal_dateline_in_the_source_paragraph")
    assert p.header.title == "Anna Berg: a life on the quays"
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Review"
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@when") == ["2011"]
    assert not p.xpath("//t:text//t:p[contains(., 'From Harbour Review')]")


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
