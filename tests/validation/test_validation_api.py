"""The library API: iter_errors / validate / is_valid, xml-model PIs, the shipped files."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from lxml import etree

from tei.errors import ContentError
from tei.validation import (
    ValidationFailed, is_valid, iter_errors, validate, xml_model_pis,
)
from tei.validation.messages import rewrite_xsd_message

FIXTURES = Path(__file__).parent / "fixtures"
VALID = FIXTURES / "valid" / "minimal.xml"
INVALID = FIXTURES / "invalid" / "TEI-R001.xml"
REPO = Path(__file__).resolve().parent.parent.parent


def test_sources_path_bytes_file_and_tree_give_the_same_codes():
    by_path = [f.code for f in iter_errors(INVALID)]
    by_bytes = [f.code for f in iter_errors(INVALID.read_bytes())]
    by_file = [f.code for f in iter_errors(io.BytesIO(INVALID.read_bytes()), name="x.xml")]
    tree = etree.parse(str(INVALID), etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    by_tree = [f.code for f in iter_errors(tree)]
    assert by_path == by_bytes == by_file == by_tree == ["TEI-R001"]


def test_validate_raises_the_first_error_with_all_findings():
    with pytest.raises(ValidationFailed) as caught:
        validate(INVALID)
    assert isinstance(caught.value, ContentError) and isinstance(caught.value, ValueError)
    assert caught.value.findings[0].code == "TEI-R001"
    assert str(caught.value).startswith(f"{INVALID}:22: TEI-R001 pointer '#pers-nobody'")
    validate(VALID)  # no exception
    assert is_valid(VALID) and not is_valid(INVALID)


def test_findings_carry_a_readable_path():
    finding = next(iter_errors(INVALID))
    assert finding.path == "/TEI/text[1]/body[1]/p[1]/persName[1]"


def test_xml_model_pis_name_the_schema_and_the_rules():
    pis = xml_model_pis("../schemas")
    assert pis == [
        ("xml-model", 'href="../schemas/tei-etol.xsd" type="application/xml" schematypens="http://www.w3.org/2001/XMLSchema"'),
        ("xml-model", 'href="../schemas/tei-etol.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"'),
    ]
    assert xml_model_pis("https://example.org/s/")[0][1].startswith('href="https://example.org/s/tei-etol.xsd"')
    # the shape contract carries exactly these
    shape = (REPO / "docs" / "tei-shape.xml").read_text(encoding="utf-8")
    for target, text in pis:
        assert f"<?{target} {text}?>" in shape


def test_default_href_base_is_relative_to_the_output_folder(tmp_path):
    from tei.build import schema_href_base

    assert schema_href_base(REPO / "encoded") == "../schemas/"
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "tei-etol.xsd").write_text("<schema/>", encoding="utf-8")
    assert schema_href_base(tmp_path / "out" / "deep") == "../../schemas/"
    assert schema_href_base(tmp_path, "https://example.org/s") == "https://example.org/s/"


def test_shipped_compiled_rules_are_current():
    """schemas/tei-etol.sch.xsl must be tei-etol.sch compiled: run
    `python -m tei.validation.compile` after editing the rules."""
    from tei.resources import schemas_dir
    from tei.validation.compile import compile_schematron

    sch = schemas_dir() / "tei-etol.sch"
    assert (schemas_dir() / "tei-etol.sch.xsl").read_bytes() == compile_schematron(sch)


def test_compiled_rules_are_deterministic():
    from tei.resources import schemas_dir
    from tei.validation.compile import compile_schematron

    sch = schemas_dir() / "tei-etol.sch"
    assert compile_schematron(sch) == compile_schematron(sch)


@pytest.mark.parametrize(
    "message, code, expected",
    [
        ("Element '{http://www.tei-c.org/ns/1.0}foo': This element is not expected.",
         "TEI-X001", "element 'foo' not allowed here; expected no further element"),
        ("Element '{http://www.tei-c.org/ns/1.0}choice': Missing child element(s). Expected is one of "
         "( {http://www.tei-c.org/ns/1.0}sic, {http://www.tei-c.org/ns/1.0}corr ).",
         "TEI-X001", "element 'choice' is incomplete; expected one of: sic, corr"),
        ("Element '{http://www.tei-c.org/ns/1.0}application': The attribute 'ident' is required but missing.",
         "TEI-X003", "element 'application' lacks the required attribute 'ident'"),
        ("Element '{http://www.tei-c.org/ns/1.0}date', attribute 'when': '1933-13-01' is not a valid value of "
         "the union type '{http://www.tei-c.org/ns/1.0}temporal'.",
         "TEI-X002", "attribute 'when' of 'date' has value '1933-13-01'; expected an ISO 8601 date"),
        ("Element '{http://www.tei-c.org/ns/1.0}p', attribute '{http://www.w3.org/XML/1998/namespace}lang': "
         "'e n' is not a valid value of the local union type.",
         "TEI-X002", "attribute 'xml:lang' of 'p' has value 'e n'; expected a BCP 47 language tag"),
        ("Element '{http://www.tei-c.org/ns/1.0}lb': Character content is not allowed, because the content type is empty.",
         "TEI-X001", "text '' not allowed in 'lb'; expected it to be empty"),
        ("Element '{http://www.tei-c.org/ns/1.0}p', attribute '{http://www.w3.org/XML/1998/namespace}id': "
         "'a b' is not a valid value of the atomic type 'xs:ID'.",
         "TEI-R003", "xml:id 'a b' is not an NCName"),
    ],
)
def test_xsd_messages_say_what_was_found_and_what_was_expected(message, code, expected):
    got_code, got = rewrite_xsd_message(message)
    assert got_code == code
    assert got.startswith(expected)


@pytest.mark.parametrize("prolog", [
    b'<!DOCTYPE TEI [<!ENTITY e "x">]>',
    b'<!-- <TEI> in a comment --><!DOCTYPE TEI [<!ENTITY e "x">]>',
    b'<?pi <TEI?><!DOCTYPE TEI [<!ENTITY e "x">]>',
    b'<?xml-model href="a.xsd"?>\n<!DOCTYPE TEI SYSTEM "http://example.org/tei.dtd">',
])
def test_a_doctype_is_refused_wherever_the_prolog_hides_it(prolog):
    """The DOCTYPE is searched for before the root element only: a comment or a
    processing instruction that could hide where the root begins widens the search."""
    data = b'<?xml version="1.0"?>' + prolog + VALID.read_bytes().split(b"?>", 1)[1]
    codes = [f.code for f in iter_errors(data)]
    assert codes == ["TEI-P003"]


def _misplaced(inside: str, child: str) -> list:
    """The findings for ``<child/>`` appended to the first ``<inside>`` of the minimal
    fixture, re-read from bytes so that lines are known."""
    tree = etree.parse(str(VALID))
    parent = next(tree.getroot().iter(f"{{http://www.tei-c.org/ns/1.0}}{inside}"))
    etree.SubElement(parent, f"{{http://www.tei-c.org/ns/1.0}}{child}")
    return [f for f in iter_errors(etree.tostring(tree)) if f.code == "TEI-X001"]


def test_an_element_out_of_place_in_a_repeated_choice_says_what_is_expected():
    # A repeated choice is a repeated sequence in tei-etol.xsd (schemas/tei-etol.xsd says
    # why): with a counter, libxml2 named nothing and the message said "no further element".
    [finding] = _misplaced("titleStmt", "surname")
    assert "expected one of: " in finding.message and "author" in finding.message
    assert "no further element" not in finding.message


def test_a_list_cut_at_libxml2s_ten_names_says_it_goes_on():
    [finding] = _misplaced("p", "titleStmt")
    names = finding.message.split("expected one of: ", 1)[1].split(", ")
    assert len(names) == 11 and names[-1] == "..." and "persName" in names


def test_a_page_in_biblscope_from_is_not_called_a_date():
    """biblScope's @from and @to are pages (teidata.word), not dates as on other elements."""
    doc = etree.parse(str(REPO / "encoded" / "militant-1933-04-01-stalinist-persecutions.xml"))
    scope = doc.find(".//{http://www.tei-c.org/ns/1.0}biblScope[@unit='page']")
    scope.set("from", "pp. 3")
    scope.set("to", "5")
    messages = [f.message for f in iter_errors(etree.tostring(doc))]
    assert len(messages) == 1 and "attribute 'from' of 'biblScope' has value 'pp. 3'" in messages[0]
    assert "without spaces" in messages[0] and "date" not in messages[0]
