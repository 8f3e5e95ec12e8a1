"""Header forms of the twelfth round, found on the failures of a fresh development set
(headers_dev/gold10.tsv, annotated before the toolkit ran on it; issue 13: the printed
source and the title printed on the page, docs/headers-annotation.md).

Each page is an invented page of the same layout in tests/fixtures/reader/ (fidelity,
validity and line-ending independence are checked for every fixture page there)."""
from __future__ import annotations

import pytest

from tei.dates import parse_day_span, parse_issue_date, parse_issue_period
from tei.fidelity import SALUTATION_LINE
from tei.readers.etol.furniture import is_writer_archive_heading, parse_source
from tei.readers.etol.reader import salutation_name, title_without_marker

from reader_pages import PRINTED


# -- a weekly's issue dated over the days of its week -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("29 March 1979–4 April 1979", ("1979-03-29", "1979-04-04")),   # across a month's end
    ("29 March–4 April 1979", ("1979-03-29", "1979-04-04")),        # the first day without its year
    ("March 29–April 4, 1979", ("1979-03-29", "1979-04-04")),       # month first
    ("28 December 1979–3 January 1980", ("1979-12-28", "1980-01-03")),
    ("1 May 1979–30 June 1979", None),      # two months apart: no issue's span of days
    ("4 April 1979–29 March 1979", None),   # backwards
    ("March–April 1979", None),             # months, not days (parse_issue_period reads it)
])
def test_an_issue_dated_over_days(text, expected):
    assert parse_day_span(text) == expected


def test_an_issue_dated_over_days_is_certain_of_its_year_only_within_one_year():
    assert parse_issue_date("29 March 1979–4 April 1979") == "1979"
    assert parse_issue_date("28 December 1979–3 January 1980") is None
    assert parse_issue_period("28 December 1979–3 January 1980") == ("1979-12-28", "1980-01-03")


def test_a_source_line_may_date_the_issue_over_two_days():
    source = parse_source("From Harbour Week, 29 March 1979–4 April 1979.", 7)
    assert (source.journal, source.date_iso, source.date_period) == ("Harbour Week", "1979", ("1979-03-29", "1979-04-04"))


def test_regression_a_weeklys_source_line_over_two_days_names_the_periodical_and_the_span(page):
    p = page("source_line_weekly_dated_over_two_days_across_months")
    assert p.header.title == "The Ferryman"
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Week"
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@from") == ["1979-03-29"]
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@to") == ["1979-04-04"]
    # the source and credit lines are the page's furniture, not its first paragraph
    assert p.one("//t:body//t:p[1]").startswith("Nils Holm came to the harbour")


# -- a writer's archive's heading with its provenance line ------------------------------------------

@pytest.mark.parametrize("lines, expected", [
    (["Lars Holm Internet Archive", "From the Harbour Workers Library"], True),
    (["Lars Holm Internet Archive", "From the Harbour Workers Library", "From the Ek Collection"], True),
    (["Lars Holm Internet Archive"], False),          # alone: is_top_navigation's already
    (["Lars Holm Internet Archive", "From the Harbour Call, August 1921"], False),  # a source line: an issue's date
    (["Lars Holm Internet Archive", "Harbour Stew"], False),   # a title under it
    (["The Harbour Archive", "From the Harbour Workers Library"], False),  # no writer's archive named
])
def test_a_writers_archive_heading(lines, expected):
    assert is_writer_archive_heading(lines) is expected


def test_regression_a_writers_archive_heading_with_its_provenance_is_never_the_title(page):
    p = page("mia_writer_archive_heading_with_provenance_line_above_title")
    assert (p.header.title, p.header.authors) == ("Harbour Stew", ["Lars Holm"])
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "The Harbour Call"
    assert p.xpath("//t:body//t:head[contains(., 'Internet Archive')]") == []


# -- a starred note number at the end of a title --------------------------------------------------

@pytest.mark.parametrize("title, expected", [
    ("The Idea of Self-Government in the Harbour Unions [1*]", "The Idea of Self-Government in the Harbour Unions"),
    ("The Harbour Strike[1*]", "The Harbour Strike"),
    ("The Harbour Strike [1]", "The Harbour Strike [1]"),   # a number set apart, no note seen: kept as before
    ("The Harbour Strike[1]", "The Harbour Strike"),
    ("The Harbour Strike [1*] Again", "The Harbour Strike [1*] Again"),  # only at the end
])
def test_a_starred_note_number_ends_no_title(title, expected):
    assert title_without_marker(title, []) == expected


def test_regression_a_starred_note_number_after_a_title_set_over_three_lines(page):
    p = page("title_with_starred_note_number_over_three_lines")
    assert p.header.title == "The Idea of Self-Government in the Harbour Unions"
    assert "[1*]" in p.one("//t:body//t:head[@type='main']")  # the head keeps it as printed
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Register"


# -- a salutation with "dearest" ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("My dearest Nilsik,", "Nilsik"),
    ("Dearest Anna,", "Anna"),
    ("My dearest friend,", None),   # names no one
    ("My dear Anna,", "Anna"),
])
def test_a_salutation_may_open_with_dearest(text, expected):
    assert salutation_name(text) == expected


def test_the_fidelity_rule_reads_a_salutation_with_dearest_in_its_own_words():
    assert SALUTATION_LINE.match("My dearest Nilsik,") and SALUTATION_LINE.match("Dearest Anna,")
    assert not SALUTATION_LINE.match("Dearth of work in the harbour,")  # a word that only begins so


def test_regression_a_letter_to_its_dearest_addressee_is_supplied_the_name(page):
    p = page("mia_letter_salutation_dearest_names_the_addressee")
    assert p.header.title is None
    assert p.header.title_supplied == "Letter to Nilsik"
