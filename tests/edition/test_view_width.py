"""The article page at a phone's width (390 px): nothing runs off the right edge, not
the "How to cite" URL, not the credit line, not a long word (issue 15, item 4)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tei.views import render
from tei.xmlparse import safe_parser
from lxml import etree

REPO = Path(__file__).resolve().parents[2]

#: elements whose right edge is beyond the viewport, as "TAG.class text..."
OVERFLOWING = """Array.from(document.querySelectorAll('body *')).filter(e => {
  const r = e.getBoundingClientRect(); return r.width > 0 && r.right > document.documentElement.clientWidth + 0.5;
}).map(e => e.tagName + '.' + e.className + ' ' + e.textContent.slice(0, 60))"""


def long_worded(tree: etree._ElementTree) -> etree._ElementTree:
    """The seed with a 120-letter word and a long URL-like token in its first paragraph."""
    first = tree.find(".//{http://www.tei-c.org/ns/1.0}body//{http://www.tei-c.org/ns/1.0}p")
    first.text = "Anti" + "disestablishmentarian" * 6 + " https://example.org/" + "a/b-c_d" * 30 + " " + (first.text or "")
    return tree


@pytest.mark.browser
@pytest.mark.parametrize("page", ["seed", "long-words", "shape"])
def test_no_element_runs_off_a_390_px_page(browser, tmp_path, page):
    sources = {"seed": REPO / "encoded" / "militant-1933-04-01-stalinist-persecutions.xml",
               "long-words": REPO / "encoded" / "militant-1933-04-01-stalinist-persecutions.xml",
               "shape": REPO / "docs" / "tei-shape.xml"}
    tree = etree.parse(str(sources[page]), safe_parser())
    if page == "long-words":
        tree = long_worded(tree)
    target = tmp_path / f"{page}.html"
    target.write_bytes(render(tree, "html").output)
    browser.resize(390, 844)
    browser.open(target.as_uri())
    assert browser.evaluate("document.documentElement.scrollWidth") <= 390
    assert browser.evaluate(OVERFLOWING) == []
