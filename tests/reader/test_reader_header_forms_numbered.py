"""Source lines with no comma after the periodical's name (issue 13; found on development
pages of the name recogniser's rounds, where the unread line and the credit lines under it
were kept as the article's text): a series and its issue with no date ("From Harbour
Review 2 : 41", dated by the page's bracketed dateline) and an annual's year with its
pages ("From The Harbour Register 1977, pp.12-30."); and "Downloaded with thanks ..." as
one of the archive's credit lines.

Each page is an invented page of the same layout in tests/fixtures/reader/ (fidelity,
validity and line-ending independence are checked for every fixture page there)."""
from __future__ import annotations

import pytest

from tei.readers.etol.furniture import is_credit, parse_numbered_source, read_source_line

from reader_pages import PRINTED


@pytest.mark.parametrize("line, journal, issue, year, pages", [
    ("From Harbour Review 2 : 41", "Harbour Review", "41", None, []),
    ("From Harbour Review 2:41.", "Harbour Review", "41", None, []),
    ("From The Harbour Register 1977, pp.12-30.", "The Harbour Register", None, "1977", ["12-30"]),
    ("From The Register of the Northern Coast 1977", "The Register of the Northern Coast", None, "1977", []),
])
def test_a_source_line_with_no_comma_after_the_name(line, journal, issue, year, pages):
    source = parse_numbered_source(line, 11)
    assert (source.journal, source.issue, source.date_iso, source.pages) == (journal, issue, year, pages)
    assert read_source_line(line, 11) == source


@pytest.mark.parametrize("line", [
    "From Paris 1936 the comrades wrote to us.",      # a sentence runs on
    "From 1936 to 1938 the League grew.",
    "From Harbour Review 2 : 41 we learn that the strike is over.",
    "from Harbour Review 2 : 41",                     # not at a line's start as printed
])
def test_a_sentence_opening_with_from_is_no_numbered_source(line):
    assert parse_numbered_source(line, 3) is None


def test_regression_a_series_number_without_a_date_takes_the_datelines_date(page):
    p = page("etol_journal_series_number_source_without_date")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Review"
    assert p.one(f"{PRINTED}//t:biblScope[@unit='issue']/@n") == "41"
    assert p.one(f"{PRINTED}//t:imprint/t:date/@when") == "2014"
    assert p.header.title == "The harbour towns after the strike"
    assert "W-SOURCE-DATE" in p.codes  # the date's origin is said
    # the source and credit lines are the header's, not the article's first paragraph
    assert not [t for t in p.texts("//t:body//t:p") if "Copied with thanks" in t or "Harbour Review 2" in t]


def test_regression_an_annuals_year_and_pages(page):
    p = page("etol_annual_source_year_and_pages")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "The Harbour Register"
    assert p.one(f"{PRINTED}//t:imprint/t:date/@when") == "1977"
    assert p.one(f"{PRINTED}//t:biblScope[@unit='page']/@from") == "12"
    # the title set over two lines under the author's name, never the author's name
    assert p.header.title == "Tom Ek (1901-1960): An Assessment"
    assert p.header.authors == ["Anna Berg"]
    body = p.texts("//t:body//t:p")
    assert body[0].startswith("The Harbour Workers League has always been")
    assert "W-SOURCE-DATE" not in p.codes


def test_a_written_date_never_dates_a_numbered_source():
    from tei.pipeline import encode_text

    text = ("Tom Ek\n\nThe harbour towns\n\n(Written: Spring 2014)\n\nFrom Harbour Review 2 : 41\n"
            "Marked up by Anna Berg for ETOL.\n\nThe strike of the winter dockers changed the northern "
            "harbour towns for a generation, and this is how.\n")
    tree = encode_text(text, path="x.txt").tree
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert tree.xpath(f"{PRINTED}//t:imprint/t:date/@when", namespaces=ns) == []


def test_downloaded_with_thanks_is_a_credit_line():
    assert is_credit("Downloaded with thanks as a PDF file from the Harbour Register Website.")
