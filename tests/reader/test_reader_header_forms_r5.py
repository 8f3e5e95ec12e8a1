"""Header forms that the fifth development round on fresh real pages (letters, notes and
telegrams of a writer's archive, with and without a title line) found misread (issue 13:
the title is the letter's heading, never the edition's number above it nor a label of
how the text was made; a page without a title line is supplied one only from what names
something, docs/headers-annotation.md).

Each page is an invented page of the same layout in tests/fixtures/reader/ (fidelity,
validity and line-ending independence are checked for every fixture page there)."""
from __future__ import annotations

import pytest

from tei.pipeline import read_page
from tei.readers.etol.furniture import parse_published_label
from tei.readers.etol.title_block import is_heading_never_title

from reader_pages import PRINTED


# -- the edition's number above a letter's heading ---------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("259", True),
    ("No. 17", True),
    ("76.", True),
    ("Dictated: Dictated by phone", True),
    ("Wired: 16 February, 1920", True),
    ("1905", False),                      # a year may be a title
    ("To: Anna Berg", False),
    ("Wanted: A Labour Party", False),    # a title with a colon
    ("259\nTo: Anna Berg", False),
])
def test_an_edition_number_or_a_making_label_is_a_heading_never_a_title(line, expected):
    assert is_heading_never_title(line) is expected


def test_regression_the_document_number_above_a_letters_heading_is_not_its_title(page):
    p = page("mia_letter_document_number_above_heading")
    assert " ".join(p.header.title.split()) == "To: THE HARBOUR COMMITTEE"
    assert p.header.authors == ["M. Lind"]
    # the text as printed: the number stays a heading, above the title
    heads = p.texts("//t:div[@type='article']/t:head")
    assert [" ".join(h.split()) for h in heads] == ["214", "To: THE HARBOUR COMMITTEE"]


# -- a label of how the text was made, above the archive's labelled lines --------------------------

def test_regression_a_dictated_label_is_not_the_title_and_the_salutation_names_the_addressee(page):
    p = page("mia_letter_dictated_label_and_named_salutation")
    assert p.header.title is None
    assert p.one("//t:titleStmt/t:title[@type='supplied']") == "Letter to Comrade Berg"
    assert p.one("//t:div[@type='article']/t:head") == "Dictated: Dictated by phone"


# -- a salutation that names no one ----------------------------------------------------------------

def test_regression_a_salutation_naming_no_one_without_signature_supplies_no_title(page):
    p = page("mia_letter_salutation_names_no_one_unsigned")
    assert p.header.title is None and p.header.title_supplied is None
    assert p.one("//t:titleStmt/t:title") == "Untitled"
    # "Sent from Bergen to Oslo." is the archive's note, not the letter's own evidence
    assert p.one("//t:div[@type='article']/t:opener/t:salute") == "Dear Friend,"


# -- the Collected Works' sentence with a comma after the date ---------------------------------------

@pytest.mark.parametrize("line, journal, issue, when", [
    ("Published: First published May 3, 1928, in Harbour Tribune No. 18. Printed from the original.",
     "Harbour Tribune", "18", "1928-05-03"),
    ("Published: First published May 3, 1928 in Harbour Tribune No. 18.", "Harbour Tribune", "18", "1928-05-03"),
])
def test_a_published_sentence_with_a_comma_after_the_date_names_the_periodical(line, journal, issue, when):
    source = parse_published_label(line, 5)
    assert (source.journal, source.issue, source.date_iso) == (journal, issue, when)


def test_regression_the_published_sentence_with_a_comma_dates_the_letter(page):
    p = page("mia_letter_document_number_above_heading")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Tribune"
    assert p.one(f"{PRINTED}//t:imprint/t:date/@when") == "1928-05-03"


# -- addressee lines that say what the text is, or open with a label ----------------------------------

def test_regression_a_copy_to_line_before_the_text_supplies_the_addressee(page):
    p = page("mia_letter_copy_to_addressee")
    assert p.header.title is None
    assert p.one("//t:titleStmt/t:title[@type='supplied']") == "Letter to the Harbour Print Shop"


LETTER_PAGE = ("M. Lind\n\n"
               "Written: Written on May 3, 1921\n"
               "Source: Lind Collected Works, Harbour Press, 1976, Oslo, Volume 12, page 40.\n"
               "Transcription\\Markup: K. Holm\n\n"
               "{addressee}\n\n"
               "The committee must send the minutes of the last meeting to the paper before Friday, and the "
               "accounts of the strike fund with them, or the printers will not set the report in time.\n")


@pytest.mark.parametrize("addressee, supplied", [
    ("To: Anna Berg", "Letter to Anna Berg"),
    ("Copy to the Harbour Print Shop.", "Letter to the Harbour Print Shop"),
    ("Telegram to Anna Berg", "Telegram to Anna Berg"),
    ("Note to A. K. Berg", "Note to A. K. Berg"),
    ("Telephone message to the Harbour Soviet:", "Telephone message to the Harbour Soviet"),
    ("To the Editorial Board of Harbour Tribune", "Letter to the Editorial Board of Harbour Tribune"),
    ("Dear Comrades of the Harbour Committee,", "Letter to Comrades of the Harbour Committee"),
    ("Dear Comrades,", None),
])
def test_an_addressee_line_before_the_text_supplies_the_title(addressee, supplied):
    article, _warnings = read_page(LETTER_PAGE.format(addressee=addressee))
    assert article.header.title is None
    assert article.header.title_supplied == supplied
