"""Header forms of the eleventh round, found on the failures of a fresh development set
(headers_dev/gold9.tsv, annotated before the toolkit ran on it; issue 13: the printed
source and the title printed on the page, docs/headers-annotation.md).

Each page is an invented page of the same layout in tests/fixtures/reader/ (fidelity,
validity and line-ending independence are checked for every fixture page there)."""
from __future__ import annotations

import pytest

from tei.readers.etol.text import LineGroup, split_lines
from tei.readers.etol.title_block import BOOK_PART, is_nameless_masthead

from reader_pages import PRINTED


# -- a book's part numbered before its name -------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("IV. The War Years", True),        # a Roman number and a full stop before the part's name
    ("3. The Lockout", True),
    ("Chapter 3", True),
    ("Introduction", True),
    ("Civil. War", False),              # Roman numerals are capitals: never a word's letters
    ("1917. The Year of Revolution", False),  # a year is no part's number
    ("IV.The War Years", False),        # the number stands apart from the name
    ("Ivan Lind", False),
])
def test_a_books_part_may_be_numbered_before_its_name(line, expected):
    assert bool(BOOK_PART.match(line)) is expected


def test_regression_a_roman_numbered_chapter_under_the_book_is_the_title(page):
    p = page("work_author_then_book_then_roman_numbered_chapter_without_furniture")
    assert (p.header.title, p.header.authors) == ("III. The Dockers, the Carters and the Seamen", ["Anna Berg"])
    assert p.one(f"{PRINTED}//t:title[@level='m']") == "The Legend of the Harbour General Strike"
    assert p.xpath(f"{PRINTED}//t:title[@level='j']") == []  # a book: no periodical guessed


# -- a masthead without the periodical's name ----------------------------------------------------

def group(text: str) -> LineGroup:
    return LineGroup(split_lines(text))


@pytest.mark.parametrize("text, expected", [
    ("(For the Unity of the Harbour Workers)\nVolume 3 Number 7 ………….. May 1931", True),
    ("Volume 3 Number 7 ........ May 1931", True),       # the issue line alone
    ("Vol. 3 No. 7, May 1931", True),
    ("The Strike at the North Quay\nVolume 3 Number 7 …….. May 1931", False),  # a title above: not the motto's brackets
    ("(May 1931)", False),                                # the title block's date line
    ("Theses on the War, No. 2", False),
])
def test_a_masthead_without_the_periodicals_name(text, expected):
    assert is_nameless_masthead(group(text)) is expected


def test_regression_a_masthead_without_the_periodicals_name_is_never_the_title(page):
    p = page("masthead_without_the_periodicals_name_motto_over_issue_line")
    assert p.header.title is None and "W-NO-TITLE" in p.codes  # the contents lines below are the text's
    # the masthead stays a heading of the page, as printed; it names no periodical, none is guessed
    assert [text for text, _line, _breaks in p.header.subtitles] == [
        "(For the Unity of the Harbour Workers) Volume 3 Number 7 ………………….. May 1931"]
    assert p.xpath(f"{PRINTED}//t:title[@level='j']") == []
    assert p.xpath(f"{PRINTED}//t:imprint/t:date/@when") == []
