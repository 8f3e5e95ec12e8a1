"""The host's mention numbers (tei/views/mentions.py) give the same page as the XSLT key."""
from __future__ import annotations

import pytest
from lxml import etree

from tei.resources import xslt_dir
from tei.views import render
from tei.views.stylesheets import compile_stylesheet

from viewtools import FIXTURES, REPO, parse


@pytest.fixture(scope="module")
def without_host():
    return compile_stylesheet(xslt_dir() / "tei-to-html.xsl", xslt_dir(), host=False)


def many_mentions(seed: etree._ElementTree, copies: int) -> etree._ElementTree:
    """The seed with its first paragraph repeated: every entry mentioned many times,
    names in choices and multi-pointer refs included where the seed has them."""
    tree = etree.ElementTree(etree.fromstring(etree.tostring(seed)))
    ns = {"tei": "http://www.tei-c.org/ns/1.0"}
    first = tree.xpath("//tei:text//tei:p[.//tei:persName]", namespaces=ns)[0]
    for _ in range(copies):
        first.addnext(etree.fromstring(etree.tostring(first)))
    for p in tree.xpath("//tei:text//tei:p[@xml:id]", namespaces=ns):
        del p.attrib["{http://www.w3.org/XML/1998/namespace}id"]
    return tree


@pytest.mark.parametrize("name", ["names.xml", "choice.xml", "safety.xml", "note.xml"])
def test_fixtures_render_the_same_with_and_without_the_host(without_host, name):
    document = parse(FIXTURES / name)
    assert render(document, "html").output == bytes(without_host(document))


def test_an_entry_mentioned_many_times_numbers_the_same(without_host):
    seed = parse(next((REPO / "encoded").glob("*.xml")))
    document = many_mentions(seed, 30)
    page = render(document, "html").output
    assert page == bytes(without_host(document))
    assert b"-m31\"" in page or b"-m40\"" in page
