"""docs/customisation.html is made from the ODD by xslt/odd/doc.xsl and kept current
(rewrite it with `python -m tei.validation.odd`)."""
from __future__ import annotations

from lxml import etree

from oddread import ODD, REPO, T, parse

PAGE = REPO / "docs" / "customisation.html"


def test_the_committed_page_is_current():
    from tei.validation.odd import customisation_html

    assert PAGE.read_bytes() == customisation_html(ODD), "run: python -m tei.validation.odd"


def test_the_page_documents_every_value_and_every_rule():
    from tei.validation.odd import customisation_html

    page = etree.HTML(customisation_html(ODD))
    odd = parse(ODD)
    ids = set(page.xpath("//@id"))
    codes = {spec.get("ident") for spec in odd.iter(T + "constraintSpec")}
    assert codes and codes <= ids
    specs = {f"elementSpec-{spec.get('ident')}" for spec in odd.iter(T + "elementSpec")}
    assert specs and specs <= ids
    shown = {" ".join(code.itertext()) for code in page.iter("code")}
    values = {item.get("ident") for item in odd.iter(T + "valItem")}
    assert values - shown == set()

