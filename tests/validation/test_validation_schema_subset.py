"""Static soundness: every element the XSD declares is a TEI element, and every attribute
it allows on an element is one tei_all allows there. (The mutation test checks content
models and values; this checks the declarations themselves, all of them.)"""
from __future__ import annotations

from pathlib import Path

from lxml import etree

RNG = "{http://relaxng.org/ns/structure/1.0}"
XS = "{http://www.w3.org/2001/XMLSchema}"
SAFE = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def tei_all_attributes(rng_path: Path) -> dict[str, set[str]]:
    """element name -> attribute names allowed on it by tei_all (attribute classes expanded)."""
    tree = etree.parse(str(rng_path), SAFE)
    defines: dict[str, list] = {}
    for define in tree.iter(RNG + "define"):
        defines.setdefault(define.get("name"), []).append(define)

    def attributes(node, seen) -> set[str]:
        found = set()
        for child in node.iter(RNG + "attribute", RNG + "ref", RNG + "element"):
            if child.tag == RNG + "element" and child is not node:
                continue
            if child.tag == RNG + "attribute" and child.get("name"):
                found.add(child.get("name"))
            elif child.tag == RNG + "ref" and child.get("name") not in seen and child.get("name", "").startswith("att."):
                seen.add(child.get("name"))
                for define in defines.get(child.get("name"), []):
                    found |= attributes(define, seen)
        return found

    result = {}
    for define_list in defines.values():
        for define in define_list:
            for element in define.iter(RNG + "element"):
                if element.get("name") and element.get("name") not in result:
                    result[element.get("name")] = attributes(element, set())
    return result


def xsd_declarations(xsd_path: Path) -> dict[str, set[str]]:
    """element name -> attribute names the XSD allows on it (groups expanded)."""
    tree = etree.parse(str(xsd_path), SAFE)
    groups = {g.get("name"): g for g in tree.getroot().findall(XS + "attributeGroup")}

    def attributes(node) -> set[str]:
        found = set()
        for child in node:
            if child.tag == XS + "attribute":
                found.add(child.get("name") or child.get("ref"))
            elif child.tag == XS + "attributeGroup" and child.get("ref"):
                found |= attributes(groups[child.get("ref").split(":")[1]])
            elif child.tag in {XS + "complexType", XS + "simpleContent", XS + "extension"}:
                found |= attributes(child)
        return found

    return {e.get("name"): attributes(e) for e in tree.getroot().findall(XS + "element")}


def test_every_declared_element_and_attribute_exists_in_tei_all(tei_all_rng):
    from tei.resources import schemas_dir

    tei = tei_all_attributes(tei_all_rng)
    ours = xsd_declarations(schemas_dir() / "tei-etol.xsd")
    assert len(ours) > 100
    unknown_elements = sorted(set(ours) - set(tei))
    assert unknown_elements == []
    extra = {name: sorted(attrs - tei[name]) for name, attrs in ours.items() if attrs - tei[name]}
    assert extra == {}


def test_no_repeated_choice_in_the_xsd():
    """(a|b)* is written ((a|b))*: libxml2 gives a repeated choice a counter, and an
    automaton with counters validates about a third slower (schemas/tei-etol.xsd)."""
    xsd = etree.parse(str(Path(__file__).resolve().parents[2] / "schemas" / "tei-etol.xsd"), SAFE)
    repeated = [
        f"line {e.sourceline}: {etree.QName(e).localname} {e.get('ref') or ''}".strip()
        for e in xsd.iter(XS + "choice", XS + "group")
        if (e.tag == XS + "choice" or e.get("ref")) and e.get("maxOccurs", "1") != "1"
    ]
    assert repeated == []
