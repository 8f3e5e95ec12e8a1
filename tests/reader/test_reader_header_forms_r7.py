"""Header forms that the seventh development round on fresh real pages (ETOL journal
pages and "other" pages: reference pages, book chapters, stored copies that lack lines)
found misread (issue 13: the title is the page's title line, never its "(January 1975)"
date line nor a connective line of a title set over three paragraphs;
docs/headers-annotation.md).

Each page is an invented page of the same layout in tests/fixtures/reader/ (fidelity,
validity and line-ending independence are checked for every fixture page there)."""
from __future__ import annotations

import pytest

from tei.readers.etol.text import group_lines, split_lines
from tei.readers.etol.title_block import below_date_line, is_title_connective, join_titles_broken_at_connectives


def groups_of(text: str):
    return group_lines(split_lines(text))


# -- the "(January 1975)" line closes a title block without source lines ---------------------------

def test_the_date_line_closes_the_title_block():
    assert below_date_line(groups_of("A Title\n\n(March 1977)\n\nA Section Head")) == 2
    assert below_date_line(groups_of("An Author\n\nA Title\n\n(March 1977)")) is None
    assert below_date_line(groups_of("A Title\n\nA Section Head")) is None


def test_regression_the_date_line_under_a_title_without_author_is_not_the_title(page):
    p = page("title_then_date_line_then_section_head_without_furniture")
    assert p.header.title == "The Harbour Question Reconsidered"
    assert p.header.authors == []
    assert p.header.written_iso == "1977-03"
    # the section head below the date line stays a heading of the page, after the title
    heads = p.texts("//t:div[@type='article']/t:head")
    assert heads == ["The Harbour Question Reconsidered", "The Quays Today: Whose Port?"]


# -- a title set over three paragraphs, broken at a connective --------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("about the", True),
    ("of the", True),
    ("and", True),
    ("by the", False),                 # a "by ..." line is an author's
    ("About the", False),              # capitalised: a line of its own ("About the author")
    ("the harbour", False),            # ends on a noun
    ("notes on the way to the", False),  # too long to be a connective
])
def test_a_connective_line_is_short_lower_case_and_ends_on_a_function_word(line, expected):
    assert is_title_connective(line) is expected


def test_a_title_broken_at_a_connective_is_joined_into_one_paragraph():
    groups = groups_of("Common Questions\n\nabout the\n\nThe Archive\n\nContents")
    joined = join_titles_broken_at_connectives(groups)
    assert [g.text for g in joined] == ["Common Questions about the The Archive", "Contents"]
    assert [line.number for line in joined[0].lines] == [1, 3, 5]


def test_regression_a_title_over_three_paragraphs_is_one_title_not_an_author_and_a_fragment(page):
    p = page("reference_page_title_over_three_lines_at_a_connective")
    assert " ".join(p.header.title.split()) == "Common Questions about the Harbour Workers Online Archive (HWOA)"
    assert p.header.authors == []
    assert p.one("//t:titleStmt/t:title[@type='main']") == (
        "Common Questions about the Harbour Workers Online Archive (HWOA)")
