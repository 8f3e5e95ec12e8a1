"""Header forms that a development round on fresh real pages found misread (issue 13,
"Must hold": no page refused, every output valid; the printed source's periodical and
date; a title supplied from the page's evidence).

Each page is an invented page of the same layout in tests/fixtures/reader/ (fidelity,
validity and line-ending independence are checked for every fixture page there)."""
from __future__ import annotations

import pytest

from tei.writer.header import page_attributes

PRINTED = "//t:sourceDesc/t:biblStruct[@type='printed']"


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
