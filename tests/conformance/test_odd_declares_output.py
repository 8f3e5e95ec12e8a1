"""Everything the encoder writes is declared in the ODD: every element is included,
every attribute is allowed there, and every value of an attribute with a vocabulary is in
the attribute's closed list. Checked on the encoded seed, every reader fixture and a
corpus from bench/generate.py."""
from __future__ import annotations

import subprocess
import sys
from collections import defaultdict

import pytest
from lxml import etree

from oddread import (ODD, REPO, XSD, odd_class_attributes, odd_closed_list, odd_element_attributes, odd_elements,
                     parse, xsd_attributes)

#: attributes whose values are names, pointers, numbers or dates, not a vocabulary:
#: TEI declares their datatypes (the XSD checks them), the ODD closes no list.
FREE = {"xml:id", "xml:lang", "n", "ref", "target", "when", "from", "to", "notBefore", "notAfter",
        "who", "resp", "corresp", "ana", "sameAs", "source", "ident", "version", "anchored",
        # patterns and CSS selectors: TEI's datatypes, not a vocabulary
        "matchPattern", "replacementPattern", "selector"}
XML = "{http://www.w3.org/XML/1998/namespace}"


def attribute_name(name: str) -> str:
    return "xml:" + name[len(XML):] if name.startswith(XML) else name


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> dict[tuple[str, str], set[str]]:
    """(element, attribute) -> the values written, over all outputs; (element, "") for
    elements without attributes."""
    import tei
    from tei.resources import seed_article

    trees = [tei.encode_file(seed_article()).tree]
    trees += [tei.encode_file(path).tree for path in sorted((REPO / "tests" / "fixtures" / "reader").glob("*.txt"))]
    corpus = tmp_path_factory.mktemp("corpus")
    done = subprocess.run([sys.executable, str(REPO / "bench" / "generate.py"), "--count", "60", "--out", str(corpus),
                           "--encode"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    trees += [etree.parse(str(path)) for path in sorted(corpus.rglob("*.xml"))]
    assert len(trees) > 100
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for tree in trees:
        for element in tree.iter():
            if not isinstance(element.tag, str):
                continue
            name = etree.QName(element).localname
            found[(name, "")]
            for attribute, value in element.attrib.items():
                found[(name, attribute_name(attribute))].add(value)
    return found


def test_every_element_written_is_included_in_the_odd(written):
    included = odd_elements(parse(ODD))
    assert sorted({e for e, _ in written} - set(included)) == []


def test_every_attribute_written_is_declared_there(written):
    """An attDef of the element, or of an attribute class (by the attribute's name), says
    what the encoder writes in it; and the XSD allows it there."""
    odd = parse(ODD)
    own, classes = odd_element_attributes(odd), odd_class_attributes(odd)
    undeclared = sorted(f"{e}/@{a}" for e, a in written if a and (e, a) not in own and a not in classes)
    assert undeclared == []
    xsd = xsd_attributes(parse(XSD))
    not_allowed = sorted(f"{e}/@{a}" for e, a in written if a and a not in xsd.get(e, {}))
    assert not_allowed == []


def test_every_value_written_is_in_its_closed_list(written):
    odd = parse(ODD)
    outside, unlisted = {}, []
    for (element, attribute), values in sorted(written.items()):
        if not attribute or attribute in FREE:
            continue
        allowed = odd_closed_list(odd, element, attribute)
        if allowed is None:
            unlisted.append(f"{element}/@{attribute}: {sorted(values)[:5]}")
        elif values - allowed:
            outside[f"{element}/@{attribute}"] = sorted(values - allowed)
    assert unlisted == [], "written with a vocabulary the ODD does not close"
    assert outside == {}, "values the ODD does not list"


def test_the_check_sees_the_vocabularies(written):
    """Not vacuous: the outputs do carry the typed attributes checked above."""
    assert {"article", "section"} <= written[("div", "type")]
    assert {"digital"} <= written[("bibl", "type")] and {"printed"} <= written[("biblStruct", "type")]
    assert {"transcription"} <= written[("corr", "type")]
    assert {"full", "form"} <= written[("persName", "type")]
    assert {"slug", "wikidata"} <= written[("idno", "type")]
