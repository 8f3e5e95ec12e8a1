"""Header forms that the fourth development round on fresh real pages (MIA writer
archives and letters) found misread (issue 13: the title is never a collection's name, a
salutation or an author's name; a page without a title line is supplied one from its own
evidence; a periodical the page does not name is never guessed).

Each page is an invented page of the same layout in tests/fixtures/reader/ (fidelity,
validity and line-ending independence are checked for every fixture page there)."""
from __future__ import annotations

import pytest

from tei.readers.etol.furniture import is_credit, parse_credited_source, parse_published_label
from tei.readers.etol.title_block import is_collection_name, is_unpublished_label, parse_letter_dateline

from reader_pages import PRINTED


# -- a year's collection of letters above the letter's heading ----------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Harbour-Lind Correspondence 1871", True),
    ("Letters of Marta Lind 1902", True),
    ("Letters of Lind and Berg, 1899", True),
    ("Lind-Berg Correspondence 1890", True),
    ("Lind To Berg", False),
    ("Letters from the Coalfields", False),
    ("Correspondence", False),
    ("The Strike of 1871", False),
    ("Letters of Marta Lind 1902\nSource: ...", False),
])
def test_a_collection_name_is_letters_or_correspondence_and_a_year(line, expected):
    assert is_collection_name(line) is expected


def test_regression_the_collection_name_above_a_letters_heading_is_not_its_title(page):
    p = page("mia_letter_collection_name_above_the_heading")
    assert p.header.title == "Lind To Berg In Harbourtown"
    # the text as printed: the collection's name stays a heading, above the title
    heads = p.texts("//t:div[@type='article']/t:head")
    assert [" ".join(h.split()) for h in heads] == ["Harbour-Lind Correspondence 1871", "Lind To Berg In Harbourtown"]


def test_regression_a_collection_name_alone_above_a_letter_leaves_the_title_to_the_salutation(page):
    p = page("mia_letter_collection_name_without_heading")
    assert p.header.title is None
    assert p.one("//t:titleStmt/t:title[@type='supplied']") == "Letter to Mr Berg"


# -- a "First published:" value naming a book of letters ---------------------------------------

@pytest.mark.parametrize("line", [
    "First published: in M. Lind. Nachgelassene Briefe, Oslo-Bergen 1922",
    "First published: in Der Briefwechsel zwischen M. Lind und K. Berg, 1913.",
    "First published: in Harbour Letters, Stockholm 1913.",
])
def test_a_first_published_value_naming_a_book_names_no_periodical(line):
    assert parse_published_label(line, 5) is None


@pytest.mark.parametrize("line, expected", [
    ("First Published: in Harbour Review, 1895.", ("Harbour Review", "1895")),
    ("First Published: in Harbour Review, Winter 1935.", ("Harbour Review", "1935")),
    ("First Published: Harbour Review, Vol.II No.1, January 1935, pp.15-17.", ("Harbour Review", "1935-01")),
])
def test_a_first_published_value_naming_a_periodical_still_names_it(line, expected):
    source = parse_published_label(line, 5)
    assert (source.journal, source.date_iso) == expected


def test_regression_a_letter_first_published_in_a_book_names_no_periodical(page):
    p = page("mia_letter_first_published_in_a_book_of_letters")
    assert p.header.source.journal is None
    assert p.xpath(f"{PRINTED}//t:title[@level='j']") == []
    assert p.header.title == "Lind To Berg In Harbourtown"


def test_regression_a_collection_name_with_a_comma_before_the_year_is_no_masthead(page):
    p = page("mia_letter_first_published_in_a_book_of_letters")
    assert p.header.masthead is None
    assert p.header.source.date_iso is None


# -- a periodical's name and the issue's date above the archive's credit lines -------------------

@pytest.mark.parametrize("line, expected", [
    ("The Harbour Call, May 1899.", ("The Harbour Call", "1899-05")),
    ("Harbour Review, Winter 1935.", ("Harbour Review", "1935")),
    ("The Harbour Call, 3 May 1899", ("The Harbour Call", "1899-05-03")),
])
def test_a_name_and_an_issue_date_read_as_a_printed_source(line, expected):
    source = parse_credited_source(line, 3)
    assert (source.journal, source.date_iso) == expected


@pytest.mark.parametrize("line", ["Oslo, 1899.", "Harbour Call, No. 3", "The strike began, as it must."])
def test_a_year_alone_or_a_sentence_is_no_name_and_issue_date(line):
    assert parse_credited_source(line, 3) is None


def test_regression_a_name_and_month_above_credit_lines_is_the_printed_source_not_the_text(page):
    p = page("mia_source_line_name_and_month_above_credit_lines")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "The Harbour Call"
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@when") == ["1899-05"]
    # the fidelity rule's reading: the line and the credits are the page's furniture
    assert not any("Harbour Call, May" in text for text in p.texts("//t:div[@type='article']//t:p"))


# -- "Previously unpublished:" ----------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Previously unpublished:", True),
    ("Unpublished.", True),
    ("Not published before", True),
    ("The Unpublished Letters", False),
    ("Previously unpublished letters of Marta Lind", False),
])
def test_the_unpublished_label(line, expected):
    assert is_unpublished_label(line) is expected


def test_regression_previously_unpublished_and_its_note_are_never_the_title(page):
    p = page("mia_previously_unpublished_label_and_note_no_title")
    assert p.header.title is None
    assert p.one("//t:titleStmt/t:title[@type='main']") == "Untitled"
    assert p.xpath(f"{PRINTED}//t:title[@level='j']") == []


# -- "Translated from the French." ---------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Translated from the French.", True),
    ("Transcribed from the Harbour Call by Per Dahl.", True),
    ("Transcribed in the Bulletin, the resolution of the strikers follows in full.", False),
    ("Translated. The strikers, coming from the docks, met at noon.", False),
])
def test_a_role_word_and_what_it_was_done_from_is_a_credit_line(line, expected):
    assert is_credit(line) is expected


def test_regression_translated_from_the_french_is_furniture_not_the_letters_first_line(page):
    p = page("mia_letter_collection_name_without_heading")
    body = " ".join(p.texts("//t:div[@type='article']//text()[normalize-space()]"))
    assert "Translated from the French" not in body
    assert p.one("//t:div[@type='article']/t:opener/t:salute") == "Dear Mr Berg,"


# -- an author's line, a series of letters to one person and a letter's dateline -------------------

@pytest.mark.parametrize("line, expected", [
    ("Letters to Anna Berg", True),
    ("Letters to Sophie", True),
    ("Letters to the Editor", False),
    ("Letters to a Young Docker", False),
])
def test_a_series_of_letters_to_one_person_is_a_collection_name(line, expected):
    assert is_collection_name(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("Bergen, August 24, 1916[1]", "1916-08-24"),
    ("Oslo, 3 May 1871", "1871-05-03"),
    ("Paris, May 1968", None),
    ("The Strike, 1 May 1926 and After", None),
])
def test_a_letters_dateline_has_a_place_and_a_day(line, expected):
    assert parse_letter_dateline(line) == expected


def test_regression_author_series_heading_and_dateline_are_never_the_title(page):
    p = page("mia_letter_author_series_heading_and_dateline")
    assert p.header.authors == ["Anna Lind"]
    assert p.header.title is None
    assert p.header.written_iso == "1916-08-24"
    assert p.one("//t:titleStmt/t:title[@type='supplied']") == "Letter to Annie"
