"""More header forms of the archive (issue 13, "Must hold"): International Socialism's
second series numbered "2 : 147" after a comma or without "From"; a source line set apart
in brackets under a document's part; a compiler's credit under a title; a name-like title
over a subtitle that spans a period; a serialised book's chapter under the book's title;
a page without a title line whose text opens with a department's heading; an author's
name alone without a title line.

Each page is an invented page of the same layout in tests/fixtures/reader/ (fidelity,
validity and line-ending independence are checked for every fixture page there)."""
from __future__ import annotations

from tei.dates import parse_issue_period
from tei.readers.etol.furniture import parse_set_apart_source, parse_source
from tei.readers.etol.title_block import is_compiler_credit, is_period_subtitle, split_masthead

from reader_pages import PRINTED


def printed(p) -> tuple[str, str]:
    return p.one(f"{PRINTED}//t:title[@level='j']"), p.one(f"{PRINTED}//t:imprint/t:date/@when")


def sub_titles(p) -> list[str]:
    return [text for text, _line, _breaks in p.header.subtitles]


# -- International Socialism's series and number -----------------------------------------

def test_the_series_and_number_after_a_comma_are_read_as_after_the_name():
    source = parse_source("From International Socialism, 2 : 147, Summer 2015.", 9)
    assert (source.journal, source.issue, source.date_iso) == ("International Socialism", "147", "2015")
    journal = parse_source("From International Socialism Journal 2:103, Summer 2004.", 9)
    assert (journal.journal, journal.issue, journal.date_iso) == ("International Socialism Journal", "103", "2004")
    # the first series: a season over a year's turn is a span of two years
    first = parse_source("From International Socialism (1st series), No.7, Winter 1961/62, p.14.", 9)
    assert first.journal == "International Socialism (1st series)"
    assert first.date_period == ("1961", "1962") == parse_issue_period("Winter 1961/62")


def test_a_masthead_numbered_by_series_names_the_periodical_without_the_numbers():
    assert split_masthead("International Socialism 2 : 57, Winter 1992") == ("International Socialism", "Winter 1992")
    assert split_masthead("The Militant, 1 April 1933") == ("The Militant", "1 April 1933")


def test_a_source_line_with_a_comma_before_the_series_is_the_printed_source(page):
    p = page("isj2_source_line_comma_before_series_and_number")
    assert printed(p) == ("International Socialism", "2015")
    assert "W-NO-SOURCE" not in p.codes and p.header.title == "The Harbour Unions after the Crash"
    # the line is the header's, not the text's first paragraph
    assert p.texts("//t:body/t:div/t:p")[0].startswith("The dockers of the northern harbour")


def test_a_line_numbered_by_series_without_from_is_the_source_not_a_subtitle(page):
    p = page("isj2_masthead_and_source_numbered_by_series_without_from")
    assert printed(p) == ("International Socialism Journal", "1992")
    assert p.header.title == "The Harbour Unions after the Crash" and sub_titles(p) == []
    assert "W-NO-SOURCE" not in p.codes


# -- a source line set apart in brackets -----------------------------------------------------

def test_a_bracketed_or_series_numbered_line_reads_as_a_source_line_only_in_full():
    bracketed = parse_set_apart_source("[The Militant, October 10, 1969]", 4)
    assert (bracketed.journal, bracketed.date_iso, bracketed.raw) == (
        "The Militant", "1969-10-10", "[The Militant, October 10, 1969]")
    numbered = parse_set_apart_source("(Labor Action, Vol. 5 No. 12, 24 March 1941)", 4)
    assert (numbered.journal, numbered.volume, numbered.date_iso) == ("Labor Action", "5", "1941-03-24")
    assert parse_set_apart_source("International Socialism 2 : 57, Winter 1992.", 4).journal == "International Socialism"
    # a title, a bracketed remark, a line without a date: no source
    assert parse_set_apart_source("Paris, May 1968", 4) is None
    assert parse_set_apart_source("[Abridged by the editors]", 4) is None
    assert parse_set_apart_source("[The Militant, Vol. 33 No. 40]", 4) is None


def test_a_documents_part_over_a_bracketed_source_line_is_the_title_and_the_line_the_source(page):
    p = page("document_part_with_bracketed_source_line")
    assert p.header.title == "Part II: The Harbour Question" and sub_titles(p) == []
    assert printed(p) == ("Harbour Tribune", "1969-10-10")
    assert p.texts("//t:body//t:head") == ["Part II: The Harbour Question"]


# -- the title block ------------------------------------------------------------------------

def test_a_compilers_credit_is_never_a_title():
    for line in ("Compiled and Annotated by Jane Roe", "Edited by Jane Roe", "Introduced by Nils Berglund",
                 "Translated by Jane Roe", "Selected, translated and introduced by Jane Roe",
                 "With an introduction by Nils Berglund"):
        assert is_compiler_credit(line), line
    assert not is_compiler_credit("Introduced by the chairman, the motion was carried.")
    assert not is_compiler_credit("Edited Highlights of the Harbour Debate")


def test_the_line_above_a_compilers_credit_is_the_title_even_when_it_is_a_name(page):
    p = page("compiler_credit_under_a_name_like_title")
    assert (p.header.title, p.header.authors) == ("Karl Osterberg", [])
    # the credit stays a heading, as printed, under the title
    assert sub_titles(p) == ["Compiled and Annotated by Jane Roe"]
    assert p.texts("//t:body//t:head") == ["Karl Osterberg", "Compiled and Annotated by Jane Roe"]


def test_a_subtitle_spanning_a_period_makes_the_name_like_line_above_it_the_title(page):
    assert is_period_subtitle("Pantelis Osterberg", "Harbour Trotskyism from the First Strikes to the Occupation")
    assert is_period_subtitle("Red Harbour", "The Dockers’ Unions, 1928–1946")
    assert not is_period_subtitle("Jane Roe", "The Harbour Opposition")
    p = page("title_over_subtitle_spanning_a_period")
    assert (p.header.title, p.header.authors) == ("Pantelis Osterberg", [])
    assert sub_titles(p) == ["Harbour Trotskyism from the First Strikes to the Occupation"]


def test_a_serialised_books_chapter_is_the_title_and_the_book_the_work(page):
    p = page("serialised_book_chapter_under_the_book_title")
    assert (p.header.title, p.header.authors) == ("Chapter 10: The Great Lockout", ["Marta Lind"])
    assert p.header.work == "A Century of Harbour Strikes" and sub_titles(p) == []
    assert printed(p) == ("Fourth International", "1944-03")


def test_an_authors_name_alone_is_not_the_title(page):
    p = page("author_name_alone_without_title_line")
    assert (p.header.title, p.header.authors) == (None, ["Jane Roe"])
    assert p.one("//t:titleStmt/t:title[@type='main']") == "Untitled"


def test_a_page_without_a_title_line_takes_the_heading_its_text_opens_with_as_supplied_title(page):
    p = page("no_title_line_text_opens_with_a_department_heading")
    assert p.header.title is None and p.header.title_supplied == "Readers’ Forum"
    assert p.one("//t:titleStmt/t:title[@type='supplied']") == "Readers’ Forum"
    # the heading stays the text's
    assert p.texts("//t:body//t:head") == ["Readers’ Forum"]
