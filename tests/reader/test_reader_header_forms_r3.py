"""Header forms that a development round on fresh real pages found misread (issue 13,
"Must hold": no page refused, every output valid; the printed source's periodical and
date; a title supplied from the page's evidence).

Each page is an invented page of the same layout in tests/fixtures/reader/ (fidelity,
validity and line-ending independence are checked for every fixture page there)."""
from __future__ import annotations

import pytest

from tei.readers.etol.furniture import parse_published_label
from tei.readers.etol.furniture import is_top_navigation
from tei.readers.etol.reader import salutation_name, title_without_marker
from tei.writer.header import page_attributes

from reader_pages import PRINTED


# -- pages in attributes -------------------------------------------------------------------

@pytest.mark.parametrize("page, attributes", [
    ("3", {"n": "3"}),
    ("iv", {"n": "iv"}),
    ("4–5", {"from": "4", "to": "5"}),
    ("4 - 5", {"from": "4", "to": "5"}),
    ("3 ff", {}),
    ("1–2 ff", {}),
    ("3 (continued on p. 6)", {}),
    ("col. 2", {}),
])
def test_only_a_page_number_or_a_range_of_two_goes_into_attributes(page, attributes):
    assert page_attributes(page) == attributes


def test_regression_a_page_range_followed_by_ff_is_kept_as_text_and_the_page_encodes(page):
    p = page("source_line_pages_range_then_ff_stays_text")
    scope = f"{PRINTED}//t:biblScope[@unit='page']"
    assert p.texts(scope) == ["1–2 ff"]
    assert p.xpath(f"{scope}/@from | {scope}/@to | {scope}/@n") == []
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Review"


# -- the Collected Works' "Published:" sentences ----------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Published: Published May 6 (April 23), 1917 in Harbour Truth No. 12. Published according to the newspaper text.",
     ("Harbour Truth", "12", "1917-05-06")),
    ("Published: First published in part in 1929 in the journal Harbour Annals No. 4. Published in full in 1942 "
     "in Marten Miscellany XXX.", ("Harbour Annals", "4", "1929")),
    ("Published: First published in 1924 in the magazine Harbour Review No. 1. Printed from the original.",
     ("Harbour Review", "1", "1924")),
    ("Published: Published in Harbour Truth No. 50, May 19 (6), 1917.", ("Harbour Truth", "50", "1917-05-19")),
    ("Published: Harbour Truth No. 5, October 26 (13), 1905.", ("Harbour Truth", "5", "1905-10-26")),
    ("First Published: Published in The Harbour Call, 3 May 1917.", ("The Harbour Call", None, "1917-05-03")),
])
def test_published_sentences_name_the_periodical_its_number_and_the_new_style_date(line, expected):
    source = parse_published_label(line, 5)
    assert (source.journal, source.issue, source.date_iso) == expected
    assert source.raw == line


@pytest.mark.parametrize("line", [
    "Published: First published in 1924 in Marten Miscellany I. Sent from Cracow to Capri.",
    "Published: First published in 1964 in Collected Works, Fifth (Russian) Ed., Vol. 49.",
    "Published: Published in 1919 in the pamphlet Speeches at the Harbour Congress.",
    "Published: First published in 1928.",
])
def test_a_published_sentence_naming_a_book_or_nothing_names_no_periodical(line):
    assert parse_published_label(line, 5) is None


def test_a_published_sentence_with_old_style_in_brackets_gives_the_paper_and_date(page):
    p = page("mia_published_sentence_new_and_old_style_in_a_paper")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Truth"
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@when") == ["1917-05-06"]
    assert p.xpath(f"{PRINTED}//t:biblScope[@unit='issue']/@n") == ["12"]
    assert p.header.title == "A Reply to the Harbour Gazette (May 3, 1917)"


def test_first_published_in_part_in_a_journal_is_the_printed_source_not_the_later_book(page):
    p = page("mia_first_published_in_part_in_a_journal_then_a_book")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Annals"
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@when") == ["1929"]


# -- a title supplied from the page's evidence ------------------------------------------------

@pytest.mark.parametrize("salute, name", [
    ("Dear Alexander,", "Alexander"),
    ("Comrade Litkens,", "Comrade Litkens"),
    ("Dear A. M.:", "A. M."),
    ("Dear Comrade Ivanov,", "Comrade Ivanov"),
    ("Dear Comrades,", None),
    ("My dear friend,", None),
    ("Dear Colleague,", None),
    ("Dear Editor:", None),
    ("Fellow Workers!", None),
])
def test_a_salutation_names_the_addressee_unless_it_names_no_one(salute, name):
    assert salutation_name(salute) == name


def test_regression_a_letter_whose_salutation_names_its_addressee_is_supplied_a_title_naming_them(page):
    p = page("mia_letter_salutation_names_the_addressee")
    assert p.header.title is None
    assert p.one("//t:titleStmt/t:title[@type='supplied']") == "Letter to Alexander"
    # the header only: the salutation stays the letter's first line
    assert p.one("//t:div[@type='article']/t:opener/t:salute") == "Dear Alexander,"


def test_regression_an_addressee_line_opening_the_text_is_the_supplied_title_beside_the_written_dateline(page):
    p = page("mia_note_opens_with_an_addressee_line_after_written")
    assert p.header.title is None
    assert p.one("//t:titleStmt/t:title[@type='supplied']") == "Lindqvist, Harbour District Committee"


# -- a source line without the year; navigation joined to the last paragraph --------------------

def test_regression_a_source_line_without_the_year_takes_it_from_the_dateline_of_that_day(page):
    p = page("source_line_day_and_month_without_year_under_a_dateline")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Action"
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@when") == ["1942-11-30"]
    assert p.texts(f"{PRINTED}//t:note[@type='source-line']") == ["From Harbour Action, Vol. 6 No. 48, 30 November, p. 2."]
    # the source and credit lines are the header's, never the text's
    assert not p.xpath("//t:text//t:p[contains(., 'Transcribed')]")


def test_a_source_line_without_the_year_under_a_dateline_of_another_day_gets_no_date():
    from tei.readers.etol.reader import dateline_completes
    line = "From Harbour Action, Vol. 6 No. 48, 30 November, p. 2."
    assert dateline_completes(line, "1942-11-30") == ("30 November", "1942-11-30")
    assert dateline_completes(line, "1942-11-23") is None
    assert dateline_completes(line, "1942-11") is None


def test_regression_navigation_lines_joined_to_the_last_paragraph_are_the_foot_not_the_text(page):
    p = page("mia_foot_navigation_joined_to_the_last_paragraph")
    assert not p.xpath("//t:text//*[contains(., 'Works Index')]")
    assert p.texts("//t:div[@type='article']//t:p")[-1] == "< backward forward >"


# -- never a marker, a navigation line or an author's line as the title ----------------------

def test_regression_a_note_marker_at_the_end_of_the_title_is_not_the_headers_title(page):
    p = page("title_ends_in_a_note_marker")
    assert p.header.title == "The Harbour Strike"
    assert p.one("//t:titleStmt/t:title[@type='main']") == "The Harbour Strike"
    # the head in the text keeps the title as printed
    assert p.one("//t:div[@type='article']/t:head[@type='main']").startswith("The Harbour Strike")


@pytest.mark.parametrize("title, labels, expected", [
    ("The Harbour Strike[1]", {"1"}, "The Harbour Strike"),
    ("The Harbour Strike [a]", {"a"}, "The Harbour Strike"),
    ("The Harbour Strike*", {"*"}, "The Harbour Strike"),
    ("The Harbour Strike[2]", {"1"}, "The Harbour Strike[2]"),
    ("Five Stars*", set(), "Five Stars*"),
])
def test_a_title_loses_only_the_marker_of_a_note_the_page_has(title, labels, expected):
    notes = [type("Note", (), {"n": n})() for n in labels]
    assert title_without_marker(title, notes) == expected


@pytest.mark.parametrize("name", ["mia_navigation_breadcrumb_and_arrows_at_the_top",
                                  "mia_writers_archive_named_alone_at_the_top"])
def test_regression_navigation_at_the_top_is_never_the_title_or_the_author(page, name):
    p = page(name)
    assert p.header.title == "The Harbour Strike"
    assert p.header.authors == ["Ada Pell"]


@pytest.mark.parametrize("line, expected", [
    ("MIA  >  Archive  >  Pell  >  Works  >  1941", True),
    ("< backward   forward >", True),
    ("Ada Pell Internet Archive", True),
    ("Ada Pell Internet Archive: Writings 1941", True),
    ("The Harbour Strike", False),
    ("The Secret Archive", False),
    ("Wages > Prices > Profits: A Reply", False),
])
def test_top_navigation_lines(line, expected):
    assert is_top_navigation(line) is expected


def test_regression_initials_alone_sign_the_article_and_are_never_its_title(page):
    p = page("author_initials_alone_without_title_line")
    assert p.header.title is None
    assert p.header.authors == ["A.P."]


@pytest.mark.parametrize("line, expected", [
    ("First Published: in Harbour Zeit, 1895.", ("Harbour Zeit", None, "1895")),
    ("First published: In the Bulletin of the Harbour, No. 35, July 1933.", ("Bulletin of the Harbour", "35", "1933-07")),
    ("First Published: Harbour Left Review I/52, March 1968.", ("Harbour Left Review", "52", "1968-03")),
])
def test_a_first_published_value_opening_with_in_or_numbered_by_series_names_the_periodical(line, expected):
    source = parse_published_label(line, 5)
    assert (source.journal, source.issue, source.date_iso) == expected


def test_regression_an_addressee_line_below_labelled_lines_one_item_a_line_supplies_the_title(page):
    """The archive's labelled lines broken one item a line are the header's (the body
    starts after the rights label's value); the addressee line that stands before the
    letter's first paragraph names whom the letter is to."""
    p = page("mia_labelled_lines_one_item_a_line_then_addressee_and_salutation")
    assert p.header.title is None
    assert p.one("//t:titleStmt/t:title[@type='supplied']") == "Letter to Akim"
