"""Safety of the views: escaping, links that may not be links, the locked-down transform."""
from __future__ import annotations


import pytest
from lxml import etree, html

from tei.errors import ContentError
from tei.views import render
from tei.views.stylesheets import ACCESS, compile_stylesheet, stylesheet

from viewtools import FIXTURES, HERE, parse, parse_string

UNSAFE_SCHEMES = ("javascript:", "data:", "vbscript:", "file:")


@pytest.fixture(scope="module")
def safety_page():
    output = render(parse(FIXTURES / "safety.xml"), "html").output.decode("utf-8")
    return output, html.fromstring(output)


def test_no_script_element_comes_from_the_text(safety_page):
    source, page = safety_page
    assert page.xpath("//script") == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in source
    assert "<script" not in source.lower()


def test_script_in_the_title_is_text(safety_page):
    _, page = safety_page
    assert page.findtext(".//title").startswith("<script>alert('title')</script>")


@pytest.mark.parametrize("label", ["a js link", "a data link", "spaced", "a file", "a dangling fragment", "vbscript:x"])
def test_unsafe_or_dangling_targets_are_not_links(safety_page, label):
    _, page = safety_page
    assert page.xpath("//a[normalize-space(.) = $label]", label=label) == []
    assert page.xpath("//span[@class = 'ref'][normalize-space(.) = $label]", label=label)


def test_no_href_has_an_unsafe_scheme(safety_page):
    _, page = safety_page
    for href in page.xpath("//@href"):
        assert href.startswith("#") or href.lower().startswith(("http://", "https://")), href
        assert not href.strip().lower().startswith(UNSAFE_SCHEMES)


def test_good_links_stay_links(safety_page):
    _, page = safety_page
    assert page.xpath("//a[. = 'a good fragment']/@href") == ["#p2"]
    assert page.xpath("//a[. = 'a good link']/@href") == ['HTTPS://example.org/a?b=1&c="2"']


def test_attribute_values_cannot_open_attributes(safety_page):
    _, page = safety_page
    assert page.xpath("//@onmouseover") == []


def test_authority_idno_with_javascript_is_not_a_link():
    page = html.fromstring(render(parse(FIXTURES / "names.xml"), "html").output)
    hrefs = page.xpath("//div[@id = 'org-lo']//a/@href")
    assert hrefs == ["#org-lo-m1"]  # only the backlink; the javascript: idno is dropped


def test_the_transform_denies_everything():
    assert ACCESS == etree.XSLTAccessControl.DENY_ALL
    for view in ("html", "text"):
        assert stylesheet(view) is stylesheet(view)  # compiled once per process


def test_document_to_a_network_url_is_refused():
    transform = compile_stylesheet(HERE / "hostile" / "document-network.xsl")
    with pytest.raises(etree.XSLTApplyError):
        transform(etree.ElementTree(etree.fromstring("<x/>")))
    assert any("read" in str(entry).lower() or "denied" in str(entry).lower() for entry in transform.error_log)


def test_document_to_a_local_file_is_refused(tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_text("<secret>the secret</secret>")
    transform = compile_stylesheet(HERE / "hostile" / "document-file.xsl")
    try:
        result = transform(etree.ElementTree(etree.fromstring("<x/>")), target=etree.XSLT.strparam(secret.as_uri()))
    except etree.XSLTApplyError:
        return
    assert "the secret" not in str(result)


def test_writing_a_file_is_refused(tmp_path):
    target = tmp_path / "pwned.txt"
    transform = compile_stylesheet(HERE / "hostile" / "write-file.xsl")
    with pytest.raises(etree.XSLTApplyError):
        transform(etree.ElementTree(etree.fromstring("<x/>")), target=etree.XSLT.strparam(str(target)))
    assert not target.exists()


def test_an_include_outside_the_stylesheet_folder_is_refused(tmp_path):
    outside = tmp_path / "outside.xsl"
    outside.write_text('<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>')
    inner = tmp_path / "views"
    inner.mkdir()
    (inner / "entry.xsl").write_text(
        '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
        '<xsl:include href="../outside.xsl"/></xsl:stylesheet>')
    with pytest.raises(ContentError):
        compile_stylesheet(inner / "entry.xsl")


def test_an_entity_bomb_is_not_expanded():
    bomb = ('<!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
            '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><p>&c;</p></body></text></TEI>')
    output = render(parse_string(bomb), "text").output.decode("utf-8")
    assert "aaaaaaaaaa" not in output
