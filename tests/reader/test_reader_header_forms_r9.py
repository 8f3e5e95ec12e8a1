"""Header forms of the ninth round, found on the failures of held-out sets 3, 4 and 7 once
they were turned into development sets (issue 13: the printed source the archive's
"Published:" line names, the title printed on the page, an addressee whose office the
salutation names, docs/headers-annotation.md).

Each page is an invented page of the same layout in tests/fixtures/reader/ (fidelity,
validity and line-ending independence are checked for every fixture page there)."""
from __future__ import annotations

import pytest

from tei.pipeline import read_page
from tei.readers.etol.body import is_salutation
from tei.readers.etol.furniture import parse_published_label
from tei.readers.etol.reader import salutation_name, salutation_office

from reader_pages import PRINTED


# -- the archive's "Published:" line ------------------------------------------------------------

@pytest.mark.parametrize("line, journal, issue, when", [
    # the label stands for the sentence's first word: the value opens with the date
    ("First Published: 3 May, 1917 in the magazine Harbour Annals No. 8 No. 1-2. Published according to "
     "the magazine text.", "Harbour Annals", "8", "1917-05-03"),
    # the edition's word of what it printed from comes first, before a semicolon; a full
    # stop closes the issue's number before the date
    ("First Published: Published according to the manuscript; Harbour Tribune No. 25. May 3, 1922",
     "Harbour Tribune", "25", "1922-05-03"),
])
def test_a_published_label_names_the_periodical_in_the_collected_works_forms(line, journal, issue, when):
    source = parse_published_label(line, 5)
    assert source is not None and (source.journal, source.issue, source.date_iso) == (journal, issue, when)


def test_regression_a_making_label_in_the_labelled_paragraph_leaves_the_published_line_read(page):
    p = page("mia_letter_making_label_in_the_labelled_paragraph")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Annals"
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@when") == ["1959"]
    # "Dictated: ..." is a heading of the page as printed, never the title nor the text
    assert p.header.title is None
    assert p.one("//t:div[@type='article']/t:head") == "Dictated: Dictated by phone on May 3, 1921"
    assert not p.xpath("//t:text//t:p[contains(., 'Published:')]")


# -- the title line -------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("To the Dockers of Harbourtown!", False),   # an appeal's title
    ("To the Harbour Committee:", True),
    ("Dear Comrades,", True),
    ("Comrades!", True),
])
def test_a_to_line_ending_in_an_exclamation_is_an_appeals_title_not_a_salutation(line, expected):
    assert is_salutation(line) is expected


def test_regression_an_appeal_to_a_people_is_the_title_and_its_label_dates_it(page):
    p = page("mia_appeal_title_to_a_people_dated_in_its_label")
    assert p.header.title == "To the Dockers of Harbourtown!" and p.header.title_supplied is None
    assert p.header.authors == ["Marta Lind"]
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Tribune"
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@when") == ["1921-05-03"]


def test_regression_a_marker_after_the_title_on_a_page_whose_notes_have_no_heading(page):
    p = page("mia_letter_published_according_to_the_manuscript_marker_after_title")
    assert p.one("//t:titleStmt/t:title[@type='main']") == "To Harbour Tribune"
    assert p.one("//t:div[@type='article']/t:head[@type='main']") == "To Harbour Tribune[1]"
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Tribune"
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@when") == ["1922-05-03"]


def test_regression_a_year_alone_above_a_letters_heading_is_not_its_title(page):
    p = page("mia_letter_year_and_number_above_heading")
    assert " ".join(p.header.title.split()) == "To: ANNA BERG"
    assert p.header.authors == ["M. Lind"]
    # the year and the number stay headings of the page, above the title, as printed
    heads = p.texts("//t:div[@type='article']/t:head")
    assert heads == ["1916", "98", "To: ANNA BERG"]


def test_a_year_alone_is_still_the_title_when_nothing_else_can_be(page):
    article, _warnings = read_page("M. Lind\n\n1905\n\nFrom Harbour Tribune, Vol. 3 No. 2, 4 May 1935, p. 3.\n"
                                   "Transcribed by K. Holm.\n\nThe year of the first general strike in the port "
                                   "is remembered by every docker who stood on the quay that spring.\n")
    assert article.header.title == "1905"


def test_regression_a_mirrors_title_line_above_the_navigation_is_the_title(page):
    p = page("mirror_title_above_navigation_letter_in_a_column")
    assert p.header.title == "Harbour Dues Again (May 1939)"
    assert p.header.authors == ["Loring Berg"]
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Appeal"
    # the navigation is the header's, never the title
    assert not p.xpath("//t:text//*[contains(., 'Writers Index')]")


# -- a salutation naming an office -----------------------------------------------------------------

@pytest.mark.parametrize("salute, office", [
    ("Dear Editors,", "the Editors"),
    ("Dear Editor:", "the Editor"),
    ("Dear Comrade Editor:", "the Editor"),
    ("Dear Comrades,", None),
    ("Dear Alexander,", None),
])
def test_a_salutation_may_name_the_addressees_office(salute, office):
    assert salutation_office(salute) == office
    assert salutation_name(salute) is None or office is None


LETTER_PAGE = ("Encyclopedia of Trotskyism On-Line: Harbour History\n\n\n\n{salute}\n\n"
               "The index of the dockers' papers in your last number saved me a week in the county library; "
               "could the next one list the ferrymen's bulletins of the nineteen-twenties as well?\n\n"
               "{signature}")


@pytest.mark.parametrize("salute, signature, supplied", [
    ("Dear Editors,", "", "Letter to the Editors"),
    ("Dear Editors,", "Yours fraternally,\nTom Ek\n", "Letter from Tom Ek"),   # the signature names more
    ("Dear Friends,", "", None),
])
def test_a_salutation_naming_the_editors_supplies_the_addressee_when_unsigned(salute, signature, supplied):
    article, _warnings = read_page(LETTER_PAGE.format(salute=salute, signature=signature))
    assert article.header.title is None
    assert article.header.title_supplied == supplied
