"""Header forms that the sixth development round on fresh real pages (letters to papers and
to bodies on writers' archives, a book's introduction, a letter to a journal) found
misread (issue 13: the title is the piece's heading, never the archive's running name for
a writer's pieces in one paper; the printed source is read from a labelled line however
it is punctuated; a signed letter whose salutation names no one is "Letter from <signature>",
docs/headers-annotation.md).

Each page is an invented page of the same layout in tests/fixtures/reader/ (fidelity,
validity and line-ending independence are checked for every fixture page there)."""
from __future__ import annotations

import pytest

from tei.readers.etol.body import is_signature_lines, split_salute_and_signature
from tei.readers.etol.furniture import parse_published_label, parse_source
from tei.readers.etol.text import LineGroup, split_lines
from tei.readers.etol.title_block import is_collection_name, names_its_subject

from reader_pages import PRINTED


# -- the archive's running name for a writer's pieces in one paper ---------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Articles by Jane Roe for The Harbour Star", True),
    ("Articles by Jane Roe in The Harbour Star, 1871", True),
    ("Jane Roe in The Harbour Times 1871", True),
    ("Revolution in The Harbour Towns 1871", False),   # no person's name: a title
    ("Strikes in The Harbour Times 1871", False),
    ("Jane Roe in The Harbour Times", False),          # no year: the running name has one
    ("Articles by Jane Roe", False),
])
def test_a_writers_pieces_in_one_paper_is_a_collection_name(line, expected):
    assert is_collection_name(line) is expected


def test_regression_a_press_collection_name_above_a_letters_heading_is_not_its_title(page):
    p = page("mia_press_collection_above_letter_to_a_paper")
    assert " ".join(p.header.title.split()) == "Letter to the Editor of The Harbour Star [12]"
    # the running name stays a heading of the page, above the title, as printed
    heads = p.texts("//t:div[@type='article']/t:head")
    assert heads[0] == "Articles by Jane Roe for The Harbour Star"


def test_regression_a_writer_in_a_paper_name_is_not_the_title(page):
    p = page("mia_writer_in_paper_collection_source_label_with_semicolon")
    assert p.header.title == "Statement by the Dock Committee to the Editor of The Harbour Times"


# -- labelled lines ending in a semicolon -------------------------------------------------------------

@pytest.mark.parametrize("line, journal, when", [
    ("Source: The Harbour Times, May 4, 1871;", "The Harbour Times", "1871-05-04"),
    ("Source: The Harbour Times, May 4, 1871.", "The Harbour Times", "1871-05-04"),
])
def test_a_source_label_ending_in_a_semicolon_names_the_periodical(line, journal, when):
    source = parse_source(line, 3)
    assert (source.journal, source.date_iso) == (journal, when)


def test_a_source_label_naming_a_book_and_pages_names_no_periodical():
    assert parse_source("Source: Collected Writings Volume 2, p. 41;", 3) is None


def test_the_semicolon_between_a_papers_name_and_its_number_is_not_the_name():
    source = parse_published_label("First published: in The Harbour Star; No. 212, March 11, 1871.", 4)
    assert (source.journal, source.issue, source.date_iso) == ("The Harbour Star", "212", "1871-03-11")


def test_regression_the_source_label_with_a_semicolon_dates_the_statement(page):
    p = page("mia_writer_in_paper_collection_source_label_with_semicolon")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "The Harbour Times"
    assert p.one(f"{PRINTED}//t:imprint/t:date/@when") == "1871-05-04"


def test_regression_the_papers_name_keeps_no_semicolon(page):
    p = page("mia_press_collection_above_letter_to_a_paper")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "The Harbour Star"


# -- a title that names its subject before a colon ------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Marta Lind: Letters to Tom Ek from 1901 to 1912", True),
    ("Greek Trotskyism from 1928 to 1943", False),
    ("The Strike: From 1901 to 1912", False),   # what precedes the colon is no name
])
def test_a_title_naming_its_subject_before_a_colon(line, expected):
    assert names_its_subject(line) is expected


def test_regression_a_name_over_a_title_naming_its_subject_is_the_author(page):
    p = page("book_introduction_title_names_its_subject_with_period")
    assert p.header.title == "Marta Lind: Letters to Tom Ek from 1901 to 1912"
    assert p.header.authors == ["Anna Berg"]
    # a book (the "Published:" line names a press): no periodical is guessed
    assert p.xpath(f"{PRINTED}//t:title[@level='j']") == []


# -- a signature that says for whom it signs, under a salutation without its comma ---------------------

def group(text: str) -> LineGroup:
    return LineGroup(split_lines(text))


def test_a_signature_may_end_with_the_body_it_signs_for():
    assert is_signature_lines(["Tom Ek", "for the Executive Committee of the Harbour Workers League"])
    assert is_signature_lines(["Tom Ek", "on behalf of the Dock Committee"])
    # a sentence of the text is no such line
    assert not is_signature_lines(["Tom Ek", "for the rest, we will write again next week."])


def test_a_closing_salutation_without_its_comma_is_split_from_the_signature_below():
    split = split_salute_and_signature(group("Yours in comradeship\nTom Ek\nfor the Dock Committee"))
    assert split is not None
    assert split[0].text == "Yours in comradeship"
    # without a signature below, a line without the comma is the text's
    assert split_salute_and_signature(group("With this the meeting ended\nand the men went home.")) is None


def test_regression_a_letter_signed_for_a_body_is_supplied_letter_from_the_signer(page):
    p = page("etol_journal_letter_signed_for_a_body")
    assert p.header.title is None
    assert p.one("//t:titleStmt/t:title[@type='supplied']") == "Letter from Tom Ek"
    assert p.one("//t:div[@type='article']/t:closer/t:salute") == "Yours in comradeship"
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Review"
