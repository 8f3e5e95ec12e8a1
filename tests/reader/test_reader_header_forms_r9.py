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


# -- held-out set 7's layouts -----------------------------------------------------------------------

def test_regression_a_second_authors_line_under_the_first_is_no_title(page):
    p = page("book_chapter_under_two_author_lines")
    assert p.header.authors == ["Peter Lind", "Tom Ek"]
    assert p.header.work == "Wages, piece rates and the union branches"
    assert p.header.title == "Chapter Four: The next step"


def test_regression_a_columns_label_ending_in_a_colon_is_above_the_title(page):
    p = page("column_label_with_colon_above_title")
    assert p.header.title == "The Cranes Stand Still"
    # the label stays a heading of the page, above the title, as printed
    assert p.texts("//t:div[@type='article']/t:head") == ["Harbour Diary:", "The Cranes Stand Still"]


def test_regression_an_authors_name_with_a_particle_is_the_author_not_the_title(page):
    p = page("author_name_with_particle_under_masthead")
    assert p.header.authors == ["Anna di Berg"]
    assert p.header.title == "Pamphlets in Review"


@pytest.mark.parametrize("line, expected", [
    ("email [email protected]", True),
    ("E-mail: office@harbour-review.example", True),
    ("office@harbour-review.example", True),
    ("Write to the office", False),
])
def test_a_contact_line_is_navigation(line, expected):
    from tei.readers.etol.furniture import is_top_navigation
    assert is_top_navigation(line) is expected


def test_regression_a_contact_line_and_a_section_word_above_the_title_are_not_the_title(page):
    p = page("magazine_own_page_contact_line_section_word")
    assert p.header.title == "The Harbour Strike Spreads North"
    assert p.header.authors == ["Anna Berg"]
    assert not p.xpath("//t:text//*[contains(., 'protected')]")


def test_regression_a_partys_name_alone_is_the_author_and_a_congress_report_no_periodical(page):
    p = page("document_party_author_meetings_report_source")
    assert p.header.authors == ["Harbour Labour Party"]
    assert p.header.title is None
    # the text's opening heading supplies the title
    assert p.one("//t:titleStmt/t:title[@type='supplied']") == "Resolution on the Ferry Fares"
    assert not p.xpath(f"{PRINTED}//t:title[@level='j']")
    # "Publisher:" is one of the archive's labelled lines, never the text
    assert not p.xpath("//t:text//t:p[contains(., 'Publisher')]")


@pytest.mark.parametrize("line", [
    "Source: Harbour Labour Party 12th Congress Report, 1957",
    "Source: Report of the Third Harbour Conference, 1921",
])
def test_a_meetings_report_is_no_periodical(line):
    from tei.readers.etol.furniture import read_source_line
    source = read_source_line(line, 3)
    assert source is None or source.journal is None


def test_a_periodical_with_report_in_its_name_is_still_one():
    from tei.readers.etol.furniture import read_source_line
    source = read_source_line("From Harbour Report, Vol. 3 No. 2, May 1957, p. 4.", 3)
    assert source is not None and source.journal == "Harbour Report"


def test_regression_a_masthead_over_its_issue_line_names_the_source_and_the_heading_under_it_the_title(page):
    p = page("masthead_over_issue_line_after_labelled_lines")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Socialist Review"
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@when") == ["1984"]
    assert p.header.title is None
    assert p.one("//t:titleStmt/t:title[@type='supplied']") == "Hold the Quays"
    # the periodical's name at the top stays a heading of the page, as printed
    assert p.texts("//t:div[@type='article']/t:head")[0] == "Harbour Socialist Review"


def test_regression_a_books_extract_printed_before_the_periodical_is_the_first_printing(page):
    p = page("source_line_then_an_earlier_books_extract_line")
    # the book of 1909 is the first printing: no periodical; the paper's line is kept as printed
    assert not p.xpath(f"{PRINTED}//t:title[@level='j']")
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@when") == ["1909"]
    assert p.texts(f"{PRINTED}/t:note[@type='source-line']") == [
        "Extract from Harbour Songs, by Tom Ek, 1909.", "From Harbour Action, Vol. 6 No. 18, 4 May 1942, p. 3."]
    # both lines are the header's, never the text's
    assert not p.xpath("//t:text//t:p[contains(., 'Extract from')]")


def test_a_books_extract_printed_after_the_periodical_leaves_the_periodical_the_source():
    text = ("Tom Ek\n\nHarbour Songs\n\n\nFrom Harbour Action, Vol. 6 No. 18, 4 May 1942, p. 3.\n"
            "Extract from Harbour Songs, by Tom Ek, 1950.\nTranscribed by K. Holm.\n\n"
            "The tide comes in, the tide goes out, the ships lie idle at the quay; the owners count their "
            "money twice, and count the men who will not work for nothing.\n")
    article, _warnings = read_page(text)
    assert (article.header.source.journal, article.header.source.date_iso) == ("Harbour Action", "1942-05-04")


def test_a_mirrors_title_over_a_list_keeps_its_section_head_out_of_the_author_and_title(page):
    """Under a mirror's title line, a short line of words joined by "and" that are no names
    is no author; and a line that is not the mirror's own title printed again is no title:
    the mirror copies the page's title."""
    p = page("mirror_title_over_a_list_with_a_section_head")
    assert p.header.title == "Harbour Press Notes"
    assert p.header.authors != ["Shipping", "Unionism"] and "Shipping and Unionism" not in p.header.authors
    assert p.xpath("//t:text//t:head[. = 'Shipping and Unionism']")  # the list's section head


def test_a_writer_writing_as_a_pen_name_is_the_author(page):
    p = page("writer_writing_as_with_a_paged_source_line")
    assert p.header.authors == ["Tom Ekberg"]
    assert p.header.title == "The Dockers’ Party—Words and Deeds"


def test_a_paged_citation_opening_a_page_without_source_lines_is_its_source_line(page):
    """"Harbour Review, June 1942, pp. 181–186, under the name …": the periodical, the
    issue's date and pages; the line leaves the text for the header, whole."""
    p = page("writer_writing_as_with_a_paged_source_line")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Review"
    assert p.one(f"{PRINTED}//t:date/@when") == "1942-06"
    assert not p.xpath("//t:text//*[contains(., 'pp. 181')]")
    assert p.xpath("//t:note[@type='source-line'][contains(., 'under the name')]")


def test_the_title_printed_again_before_the_periodical_is_a_source_line(page):
    p = page("title_repeated_in_the_source_line")
    assert p.header.title == "Harbour Town: First Signs of the Storm"
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Review"
    assert p.one(f"{PRINTED}//t:date/@when") == "1941-10"
