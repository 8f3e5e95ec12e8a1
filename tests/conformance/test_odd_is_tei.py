"""schemas/tei-etol.odd is itself a TEI document, valid against tei_all (it uses TEI's
ODD elements: schemaSpec, moduleRef, elementSpec, valList, constraintSpec ...): with jing
when Java is there, else with lxml's RELAX NG."""
from __future__ import annotations

from lxml import etree

from oddread import ODD, PARSER


def test_the_odd_is_valid_against_tei_all(tei_all_check):
    ok, report = tei_all_check(ODD)
    assert ok, report


def test_an_odd_with_an_error_is_refused(tei_all_check, tmp_path):
    """The check is real: a valItem without its ident is not TEI."""
    tree = etree.parse(str(ODD), PARSER)
    item = tree.find(".//{http://www.tei-c.org/ns/1.0}valItem")
    del item.attrib["ident"]
    broken = tmp_path / "broken.odd"
    tree.write(str(broken), encoding="UTF-8", xml_declaration=True)
    ok, report = tei_all_check(broken)
    assert not ok
    assert "valItem" in report
