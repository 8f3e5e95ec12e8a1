"""The ODD (schemas/tei-etol.odd) and the files kept by hand for speed say the same:
the XSD declares exactly the ODD's elements and enforces exactly its closed value lists,
and the Schematron and the Python rules have exactly its constraints, assertion for
assertion."""
from __future__ import annotations

import pytest

from oddread import (ODD, SCH, XSD, canonical, odd_asserts, odd_class_attributes, odd_closed_list,
                     odd_element_attributes, odd_elements, parse, python_rule_codes, sch_asserts,
                     xsd_attributes)


@pytest.fixture(scope="module")
def odd():
    return parse(ODD)


@pytest.fixture(scope="module")
def xsd():
    return xsd_attributes(parse(XSD))


def test_the_odd_includes_exactly_the_elements_the_xsd_declares(odd, xsd):
    included = set(odd_elements(odd))
    assert sorted(included - set(xsd)) == [], "in the ODD, not declared by the XSD"
    assert sorted(set(xsd) - included) == [], "declared by the XSD, not included in the ODD"


def test_every_closed_list_of_the_xsd_is_the_odds(odd, xsd):
    """An enumeration in the XSD that the ODD does not state (or states otherwise) fails,
    TEI's own closed lists (title/@level, availability/@status ...) included."""
    differences = {}
    for element, attributes in xsd.items():
        for attribute, values in attributes.items():
            if values is not None and odd_closed_list(odd, element, attribute) != values:
                differences[f"{element}/@{attribute}"] = (sorted(values), odd_closed_list(odd, element, attribute))
    assert differences == {}


def test_every_closed_list_of_the_odd_is_enforced_by_the_xsd(odd, xsd):
    differences = {}
    for (element, attribute), values in odd_element_attributes(odd).items():
        if values is not None:
            enforced = xsd.get(element, {}).get(attribute, "not declared")
            if enforced != values:
                differences[f"{element}/@{attribute}"] = (sorted(values), enforced)
    for attribute, values in odd_class_attributes(odd).items():
        carriers = [e for e, attributes in xsd.items() if attribute in attributes]
        assert carriers, f"no element of the XSD has @{attribute}"
        for element in carriers:
            if odd_closed_list(odd, element, attribute) == values and xsd[element][attribute] != values:
                differences[f"{element}/@{attribute}"] = (sorted(values), xsd[element][attribute])
    assert differences == {}


def test_every_attribute_the_odd_changes_is_one_the_xsd_allows_there(odd, xsd):
    missing = [f"{e}/@{a}" for (e, a) in odd_element_attributes(odd) if a not in xsd.get(e, {})]
    assert missing == []


def test_the_odd_deletes_nothing_and_replaces_no_element():
    """Everything is mode="change" or "add", so that TEI's own declarations stand and a
    project chaining its ODD on this one can change them again."""
    odd = parse(ODD)
    modes = {node.get("mode") for node in odd.iter() if isinstance(node.tag, str) and node.get("mode")}
    assert modes <= {"change", "add", "replace"}
    replaced = [node.tag for node in odd.iter() if isinstance(node.tag, str) and node.get("mode") == "replace"
                and not node.tag.endswith("valList")]
    assert replaced == []


def test_every_value_has_a_gloss_and_a_description():
    from oddread import T

    odd = parse(ODD)
    bare = [item.get("ident") for item in odd.iter(T + "valItem")
            if not (item.findtext(T + "gloss") or "").strip() or not (item.findtext(T + "desc") or "").strip()]
    assert bare == []


def test_the_constraint_codes_are_the_rules_codes(odd):
    codes = set(odd_asserts(odd))
    assert codes == set(sch_asserts(parse(SCH)))
    assert codes == python_rule_codes()
    assert len(codes) >= 12


def test_each_constraint_is_the_schematron_assertion_of_its_code(odd):
    """Same context, test, role and message. (The ODD puts each rule in a pattern of its
    own; tei-etol.sch puts them in one, where the first matching context wins: its
    contexts are chosen so that this loses nothing, see its header.)"""
    sch = sch_asserts(parse(SCH))
    for code, (context, node) in odd_asserts(odd).items():
        assert node.get("id") == code
        assert context == sch[code][0], code
        assert canonical(node) == canonical(sch[code][1]), code


def test_a_changed_value_list_would_be_caught(odd, xsd):
    """The comparison is not vacuous: taking one value out of the ODD's div/@type list
    makes it differ from the XSD's."""
    values = odd_closed_list(odd, "div", "type")
    assert values == xsd["div"]["type"] == {"article", "section", "notes"}
    assert values - {"notes"} != xsd["div"]["type"]
