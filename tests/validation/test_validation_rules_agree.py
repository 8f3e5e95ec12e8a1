"""The rules run two ways give the same findings: tei/validation/rules.py (the default,
fast) and schemas/tei-etol.sch compiled to XSLT (what XML editors run). Checked on every
fixture and on mutated variants of the encoded article (see test_validation_soundness)."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tei.validation.engines import bundled_engines, schematron_engines

FIXTURES = Path(__file__).parent / "fixtures"
DOCUMENTS = sorted((FIXTURES / "valid").glob("*.xml")) + sorted((FIXTURES / "invalid").glob("*.xml"))


def findings(source, engines) -> list[tuple]:
    """(code, line, col, severity, message) of each finding, via the given engines."""
    from tei.validation import _deduplicated, _parse_input
    from tei.validation.locate import SourceLines

    parsed = _parse_input(source, "doc")
    found = list(parsed.findings)
    if parsed.tree is not None:
        for engine in engines:
            found.extend(engine.check(parsed, SourceLines(parsed.data)))
    return sorted((f.code, f.line, f.col, f.severity, f.message) for f in _deduplicated(found))


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_python_rules_and_schematron_agree_on_fixtures(path):
    data = path.read_bytes()
    assert findings(data, bundled_engines()) == findings(data, schematron_engines())


def test_the_default_engine_is_the_python_rules():
    from tei.validation.rules import RulesEngine

    assert any(isinstance(e, RulesEngine) for e in bundled_engines())


@pytest.mark.slow
def test_python_rules_and_schematron_agree_on_mutants():
    from test_validation_soundness import variants

    compared = 0
    for number, tree, what in variants(300, seed=11):
        data = etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
        python_rules, schematron = findings(data, bundled_engines()), findings(data, schematron_engines())
        if any(code == "TEI-R002" for code, *_ in schematron):
            continue  # with duplicate ids, the Schematron's R001 test (a count) may miss a pointer
        assert python_rules == schematron, f"variant {number} {what}"
        compared += 1
    assert compared > 200


def test_rules_reach_choices_wherever_they_stand():
    """A choice is checked in standOff and in the header as in the text (the Schematron's
    rule context is every tei:choice): found by both engines, at the same places."""
    tei = "http://www.tei-c.org/ns/1.0"
    seed = Path(__file__).resolve().parents[2] / "encoded" / "militant-1933-04-01-stalinist-persecutions.xml"
    tree = etree.parse(str(seed), etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    places = [tree.find(f"{{{tei}}}standOff//{{{tei}}}note"), tree.find(f"{{{tei}}}teiHeader//{{{tei}}}title"),
              tree.find(f"{{{tei}}}text//{{{tei}}}p")]
    for place in places:
        etree.SubElement(etree.SubElement(place, f"{{{tei}}}choice"), f"{{{tei}}}sic").text = "x"
    data = etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
    python_rules = [f for f in findings(data, bundled_engines()) if f[0] == "TEI-R006"]
    assert len(python_rules) == 3
    assert python_rules == [f for f in findings(data, schematron_engines()) if f[0] == "TEI-R006"]


@pytest.mark.parametrize("entry", [
    '<listEvent><event xml:id="event-unused"><eventName>Unused</eventName></event></listEvent>',
    '<listBibl><bibl xml:id="journal-unused"><title level="j">Unused</title></bibl></listBibl>',
], ids=["event", "bibl"])
def test_an_unused_event_or_bibl_in_standoff_is_reported_by_both_engines(entry):
    """TEI-R012 covers every kind of entry the register copies into standOff, not only
    persons, places and organisations; an entry referred to is not reported."""
    fixture = (FIXTURES / "invalid" / "TEI-R012.xml").read_text(encoding="utf-8")
    person = '<listPerson><person xml:id="pers-unused"><persName>Unused</persName></person></listPerson>'
    assert person in fixture
    unused = fixture.replace(person, entry).encode("utf-8")
    ident = entry.split('xml:id="')[1].split('"')[0]
    used = unused.replace(b"<p>One paragraph.</p>", f'<p>One <rs ref="#{ident}">paragraph</rs>.</p>'.encode())
    for engines in (bundled_engines(), schematron_engines()):
        assert [(code, severity) for code, _, _, severity, message in findings(unused, engines)
                if ident in message] == [("TEI-R012", "warning")]
        assert findings(used, engines) == []
