"""The text view wraps in Python (tei/views/wrap.py) when lxml runs it and in XSLT 1.0
(xslt/txt/wrap.xsl) under any other processor: both must give the same bytes.

The XSLT engine is the stylesheet compiled without the host functions
(``compile_stylesheet(..., host=False)``), exactly what xsltproc runs.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from tei.resources import xslt_dir
from tei.views import render
from tei.views.stylesheets import ENTRY_POINTS, compile_stylesheet, stylesheet
from tei.views.wrap import BR, normalize_space, wrap_segments

from viewtools import FIXTURES, REPO, parse

DOCUMENTS = sorted(FIXTURES.glob("*.xml")) + [REPO / "docs" / "tei-shape.xml"]


@pytest.fixture(scope="module")
def xslt_only() -> etree.XSLT:
    root = xslt_dir()
    return compile_stylesheet(root / ENTRY_POINTS["text"], root, host=False)


def test_the_view_uses_the_host_wrap_and_the_fallback_does_not(xslt_only):
    # the libxslt profile lists the templates that ran: the XSLT recursion is wrap-line
    tree = parse(FIXTURES / "q.xml")
    names = lambda result: {t.get("name") for t in result.xslt_profile.getroot()}
    assert "wrap-line" in names(xslt_only(tree, profile_run=True))
    assert "wrap-line" not in names(stylesheet("text")(tree, profile_run=True))


@pytest.mark.parametrize("wrap", ["0", "5", "20", "72"])
@pytest.mark.parametrize("reading", ["corrected", "diplomatic"])
@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.stem)
def test_both_engines_give_the_same_bytes(path, reading, wrap, xslt_only):
    tree = parse(path)
    host = render(tree, "text", {"wrap": wrap, "reading": reading}).output
    xslt = str(xslt_only(tree, wrap=etree.XSLT.strparam(wrap), reading=etree.XSLT.strparam(reading))).encode("utf-8")
    assert host == xslt


# A driver that calls the XSLT recursion directly on a string.
DRIVER = """<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="txt/wrap.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:param name="wrap"/><xsl:param name="text"/><xsl:param name="first"/><xsl:param name="prefix"/>
  <xsl:template match="/">
    <xsl:call-template name="wrap-segments-xslt">
      <xsl:with-param name="text" select="$text"/>
      <xsl:with-param name="first" select="$first"/>
      <xsl:with-param name="prefix" select="$prefix"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>"""


@pytest.fixture(scope="module")
def xslt_wrap():
    document = etree.XML(DRIVER.encode("utf-8"), base_url=str(xslt_dir() / "driver.xsl"))
    transform = etree.XSLT(document)
    source = etree.XML(b"<x/>")

    def run(text: str, width: int, first: str, prefix: str) -> str:
        params = {"text": text, "first": first, "prefix": prefix, "wrap": str(width)}
        return str(transform(source, **{k: etree.XSLT.strparam(v) for k, v in params.items()}))

    return run


# words and spaces of every kind the rule distinguishes: XPath whitespace, the no-break
# space (a letter), a character outside the BMP (one code point), the hard break.
TEXT = st.lists(st.sampled_from(["a", "bb", "Щ", "𝔸", " ", "  ", "\t", "\n", "\r", "\u00a0", BR, "x" * 9]),
                max_size=40).map("".join)
LEAD = st.sampled_from(["", " ", "[1] ", "  • ", "Author:  "])


@settings(max_examples=150, deadline=None)
@given(text=TEXT, width=st.integers(min_value=0, max_value=14), first=LEAD, prefix=LEAD)
def test_python_wrap_equals_xslt_wrap_on_any_text(text, width, first, prefix, xslt_wrap):
    assert wrap_segments(text, width, first, prefix) == xslt_wrap(text, width, first, prefix)


def test_normalize_space_keeps_no_break_spaces():
    assert normalize_space(" a \t\r\n b\u00a0c ") == "a b\u00a0c"


def test_lines_fit_unless_a_word_is_longer():
    out = wrap_segments("aa bb cc dddddddd e", 7, "> ", "  ")
    assert out.split("\n") == ["> aa bb", "  cc", "  dddddddd", "  e"]


def test_breaks_make_lines_and_blank_lines_between_content_only():
    assert wrap_segments(f"{BR} a {BR}{BR} b {BR}{BR}", 72) == "a\n\nb"


@pytest.fixture(scope="module")
def seed_tree(seed_path):
    import tei

    return tei.encode_file(seed_path).tree


@pytest.mark.parametrize("wrap", ["0", "20", "72"])
def test_both_engines_give_the_same_bytes_on_the_seed(seed_tree, wrap, xslt_only):
    host = render(seed_tree, "text", {"wrap": wrap}).output
    xslt = str(xslt_only(seed_tree, wrap=etree.XSLT.strparam(wrap))).encode("utf-8")
    assert host == xslt
