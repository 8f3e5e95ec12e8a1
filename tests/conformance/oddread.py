"""Reading the ODD and the XSD for the proofs that they say the same (an oracle: it
shares no code with the validator or the writer)."""
from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

REPO = Path(__file__).resolve().parents[2]
ODD = REPO / "schemas" / "tei-etol.odd"
XSD = REPO / "schemas" / "tei-etol.xsd"
SCH = REPO / "schemas" / "tei-etol.sch"
T = "{http://www.tei-c.org/ns/1.0}"
XS = "{http://www.w3.org/2001/XMLSchema}"
SCH_NS = "{http://purl.oclc.org/dsdl/schematron}"
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def parse(path: Path) -> etree._ElementTree:
    return etree.parse(str(path), PARSER)


# ---- the ODD ------------------------------------------------------------------------

def odd_elements(odd: etree._ElementTree) -> dict[str, str]:
    """element name -> the module that includes it."""
    found = {}
    for ref in odd.iter(T + "moduleRef"):
        for name in (ref.get("include") or "").split():
            assert name not in found, f"{name} included twice"
            found[name] = ref.get("key")
    return found


def _closed(att_def) -> set[str] | None:
    lists = att_def.findall(T + "valList")
    closed = [v for v in lists if v.get("type") == "closed"]
    if not closed:
        return None
    return {item.get("ident") for item in closed[0].findall(T + "valItem")}


def odd_element_attributes(odd) -> dict[tuple[str, str], set[str] | None]:
    """(element, attribute) -> its closed value list (None: declared, values not closed)."""
    found = {}
    for spec in odd.iter(T + "elementSpec"):
        for att_def in spec.iter(T + "attDef"):
            found[(spec.get("ident"), att_def.get("ident"))] = _closed(att_def)
    return found


def odd_class_attributes(odd) -> dict[str, set[str] | None]:
    """attribute -> closed list, for attributes changed on an attribute class."""
    return {att_def.get("ident"): _closed(att_def)
            for spec in odd.iter(T + "classSpec") for att_def in spec.iter(T + "attDef")}


def odd_closed_list(odd, element: str, attribute: str) -> set[str] | None:
    """The closed list that applies to an attribute of an element: the element's own
    attDef, else an attribute class's."""
    own = odd_element_attributes(odd)
    if (element, attribute) in own:
        return own[(element, attribute)]
    return odd_class_attributes(odd).get(attribute)


def odd_asserts(odd) -> dict[str, tuple[str, etree._Element]]:
    """constraintSpec ident -> (rule context, its one sch:assert)."""
    found = {}
    for spec in odd.iter(T + "constraintSpec"):
        rules = list(spec.iter(SCH_NS + "rule"))
        asserts = list(spec.iter(SCH_NS + "assert"))
        assert len(rules) == 1 and len(asserts) == 1, spec.get("ident")
        found[spec.get("ident")] = (rules[0].get("context"), asserts[0])
    return found


# ---- the XSD ------------------------------------------------------------------------

def _enumeration(simple_type) -> set[str] | None:
    restriction = simple_type.find(XS + "restriction")
    if restriction is None:
        return None
    values = {e.get("value") for e in restriction.findall(XS + "enumeration")}
    return values or None


def xsd_attributes(xsd) -> dict[str, dict[str, set[str] | None]]:
    """element -> attribute -> the enumeration the XSD enforces (None: not a closed list)."""
    root = xsd.getroot()
    groups = {g.get("name"): g for g in root.findall(XS + "attributeGroup")}
    types = {t.get("name"): t for t in root.findall(XS + "simpleType")}

    def values(attribute) -> set[str] | None:
        inline = attribute.find(XS + "simpleType")
        if inline is not None:
            return _enumeration(inline)
        name = (attribute.get("type") or "").split(":")[-1]
        return _enumeration(types[name]) if name in types else None

    def collect(node) -> dict[str, set[str] | None]:
        found = {}
        for child in node:
            if child.tag == XS + "attribute":
                found[child.get("name") or child.get("ref")] = values(child)
            elif child.tag == XS + "attributeGroup" and child.get("ref"):
                found.update(collect(groups[child.get("ref").split(":")[1]]))
            elif child.tag in {XS + "complexType", XS + "simpleContent", XS + "extension"}:
                found.update(collect(child))
        return found

    return {e.get("name"): collect(e) for e in root.findall(XS + "element")}


# ---- the Schematron and the Python rules ---------------------------------------------

def sch_asserts(sch) -> dict[str, tuple[str, etree._Element]]:
    found = {}
    for rule in sch.iter(SCH_NS + "rule"):
        for node in rule.iter(SCH_NS + "assert", SCH_NS + "report"):
            found[node.get("id")] = (rule.get("context"), node)
    return found


def python_rule_codes() -> set[str]:
    source = (REPO / "tei" / "validation" / "rules.py").read_text(encoding="utf-8")
    return set(re.findall(r'\("(TEI-R\d{3})",', source))


def canonical(node: etree._Element) -> str:
    """An assertion as text: attributes and content, namespaces and spacing aside."""
    copy = etree.fromstring(etree.tostring(node))
    copy.tail = None
    text = etree.tostring(copy, method="c14n").decode()
    text = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", text)
    return " ".join(text.split())
