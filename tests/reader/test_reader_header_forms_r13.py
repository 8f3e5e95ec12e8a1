"""Header forms of the thirteenth round, found on the failures of header set 11
(headers_eval/heldout11-gold.tsv: gathered as a clean set, its failures read at its first
score and so a development set since; issue 13, docs/headers-annotation.md): the pages of
the archive's Encyclopedia of Anti-Revisionism On-Line, a paper or its staff signing, a
source line that ends in a note's marker and a permission, the edition's remarks on its
copy text.

Each page is an invented page of the same layout in tests/fixtures/reader/ (fidelity,
validity and line-ending independence are checked for every fixture page there)."""
from __future__ import annotations

import pytest

from tei.readers.etol.furniture import is_edition_remark, is_navigation, is_source_or_credit, parse_source
from tei.readers.etol.title_block import is_periodical_byline, is_staff_byline

from reader_pages import PRINTED


# -- the Encyclopedia of Anti-Revisionism On-Line ----------------------------------------------------

def test_the_encyclopedias_name_alone_is_navigation():
    assert is_navigation("Encyclopedia of Anti-Revisionism On-Line")
    assert not is_navigation("The Anti-Revisionist Movement in the Harbour Towns")


@pytest.mark.parametrize("text, expected", [
    ("The Harbour Call Staff", True),
    ("Voice Staff", True),
    ("The General Staff", True),       # alone it may be a title: the reader asks only above one
    ("Chief of Staff", False),         # a small word: no paper's name
    ("The Staff", False),
    ("Harbour Call Staff Meeting", False),
])
def test_a_papers_staff_signing(text, expected):
    assert is_staff_byline(text) is expected


@pytest.mark.parametrize("text, journal, expected", [
    ("The Harbour Voice", "The Harbour Voice", True),
    ("Harbour Voice", "The Harbour Voice", True),
    ("The Harbour Voice", "Harbour Voice", True),
    ("The Harbour Voice", None, False),                 # no source line: nothing to compare
    ("The Harbour Voice Speaks", "The Harbour Voice", False),
])
def test_the_periodical_signing_is_the_one_the_source_line_names(text, journal, expected):
    assert is_periodical_byline(text, journal) is expected


def test_regression_an_erol_page_with_its_papers_staff_above_the_title(page):
    p = page("erol_staff_byline_above_title")
    assert (p.header.title, p.header.authors) == ("The Harbour Call Grows Louder", ["The Harbour Call Staff"])
    assert p.header.author_editorial
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "The Harbour Call"
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@when") == ["1973-04"]
    assert p.xpath("//t:sourceDesc/t:bibl[@type='digital']/t:title/text()") == ["Encyclopedia of Anti-Revisionism On-Line"]
    assert p.xpath("//t:body//t:head[contains(., 'Anti-Revisionism')]") == []


def test_regression_an_erol_page_that_its_paper_signs(page):
    p = page("erol_periodical_signs_above_title")
    assert (p.header.title, p.header.authors) == ("Harbour Tribune Rewrites a Reader’s Letter", ["The Harbour Voice"])
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@when") == ["1973-05-07"]


# -- what follows a source line's date ---------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "From Harbour History, Vol.2 No.4, Spring 1990. [1*] Used by permission.",
    "From Harbour History, Vol.2 No.4, Spring 1990. [3]",
    "From Harbour History, Vol.2 No.4, Spring 1990. Reprinted with kind permission of the editors.",
])
def test_a_source_line_may_end_in_a_notes_marker_and_a_permission(line):
    source = parse_source(line, 7)
    assert (source.journal, source.date_iso, source.raw) == ("Harbour History", "1990", line)


def test_a_permission_without_the_full_stop_before_it_is_no_tail():
    assert parse_source("From Harbour History, Vol.2 No.4, Spring 1990 Used by permission.", 7) is None


def test_regression_a_source_line_ending_in_a_marker_and_a_permission_dates_the_print(page):
    p = page("source_line_with_note_marker_and_permission")
    assert (p.header.title, p.header.authors) == ("The Harbour League of the North", ["Nils Holm"])
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour History"
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@when") == ["1990"]


# -- the edition's remarks on its copy text ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Printed from the original.", True),
    ("Printed from the typewritten copy.", True),
    ("Published according to the manuscript.", True),
    ("Printed from the Harbour Press", False),          # a capitalised name: a source, not a remark
    ("Printed from the original, the dockers said, in the night.", False),
])
def test_the_editions_remark_on_its_copy_text(text, expected):
    assert is_edition_remark(text) is expected


def test_a_first_printing_statement_and_the_editions_remark_are_furniture():
    assert is_source_or_credit("First published in 1941 in the book: Harbour Letters.")
    assert is_source_or_credit("Printed from the original.")


def test_regression_a_letter_under_its_first_printing_and_the_editions_remark(page):
    p = page("edition_remark_above_addressee")
    assert p.header.title is None and p.header.title_supplied == "Letter to the Harbour Strike Committee"
    assert p.header.source.more == ["First published in 1941 in the book: Harbour Letters.", "Printed from the original."]
    assert p.xpath("//t:body//t:head[contains(., 'Printed from')]") == []
