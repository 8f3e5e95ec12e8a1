"""Fixture-driven: every valid fixture passes; each failing fixture, named after its code,
yields that code and the message its ``expect:`` comment states; hostile inputs are
reported by name without expanding or fetching anything."""
from __future__ import annotations

import http.server
import re
import threading
from pathlib import Path

import pytest

from tei.validation import iter_errors, is_valid

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
VALID = sorted((FIXTURES / "valid").glob("*.xml"))
INVALID = sorted((FIXTURES / "invalid").glob("*.xml"))
RULES_DOC = HERE.parent.parent / "docs" / "rules.md"


def expectation(path: Path) -> str:
    match = re.search(r"expect: (.*?) -->", path.read_text(encoding="utf-8"), re.S)
    assert match, f"{path.name} has no 'expect:' comment"
    return " ".join(match.group(1).split())


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_fixture_has_no_finding(path):
    findings = list(iter_errors(path))
    assert findings == [], "\n".join(map(str, findings))


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_failing_fixture_reports_its_code_and_message(path):
    code = path.stem
    findings = list(iter_errors(path))
    matching = [f for f in findings if f.code == code]
    assert matching, f"{code} not reported; got: {[str(f) for f in findings]}"
    assert any(expectation(path) in f.message for f in matching), [f.message for f in matching]
    # located: a line, and the file name as given
    assert all(f.line > 0 and f.file == str(path) for f in matching)
    # nothing else is wrong with the fixture: it isolates its rule
    assert {f.code for f in findings} == {code}, [str(f) for f in findings]


def test_the_warning_rule_does_not_make_a_document_invalid():
    path = FIXTURES / "invalid" / "TEI-R012.xml"
    findings = list(iter_errors(path))
    assert [f.severity for f in findings] == ["warning"]
    assert is_valid(path)


def test_every_rule_code_in_the_docs_has_a_failing_fixture():
    documented = set(re.findall(r"^## (TEI-[RX]\d{3})", RULES_DOC.read_text(encoding="utf-8"), re.M))
    assert documented, "docs/rules.md lists no codes"
    assert documented <= {p.stem for p in INVALID}


SHAPE = HERE.parent.parent / "docs" / "tei-shape.xml"
SHAPE_COPY = FIXTURES / "valid" / "shape.xml"
#: the persons the contract points to without listing them, added in the copy.
MISSING_PERSONS = """      <person xml:id="pers-ravich">
        <persName type="full"><forename>Olga</forename> <surname>Ravich</surname></persName>
      </person>
      <person xml:id="pers-einde-ocallaghan">
        <persName type="full">Einde O’Callaghan</persName>
      </person>
"""


def shape_copy(original: str) -> str:
    """docs/tei-shape.xml with standOff entries for its two unresolved references."""
    text = original.replace(
        "<!-- The contract between",
        "<!-- Copy of docs/tei-shape.xml with its two unresolved references given standOff entries.\n"
        "     The contract between", 1)
    return text.replace("    </listPerson>", MISSING_PERSONS + "    </listPerson>", 1)


def test_the_shape_contract_copy_is_current():
    """The fixture is the contract plus two persons. When docs/tei-shape.xml changes,
    rewrite it with `TEI_ACCEPT=1 pytest tests/validation -k shape` and review the diff."""
    import os

    expected = shape_copy(SHAPE.read_text(encoding="utf-8"))
    if os.environ.get("TEI_ACCEPT") == "1":
        SHAPE_COPY.write_text(expected, encoding="utf-8")
    assert SHAPE_COPY.read_text(encoding="utf-8") == expected


def test_the_contract_fails_only_on_the_references_the_copy_resolves():
    findings = list(iter_errors(SHAPE))
    assert {f.code for f in findings} == {"TEI-R001"}
    assert {f.message.split("'")[1] for f in findings} == {"#pers-einde-ocallaghan", "#pers-ravich"}


# ---- hostile input -------------------------------------------------------------------

HOSTILE = FIXTURES / "hostile"


@pytest.mark.parametrize(
    "name, code, words",
    [
        ("xxe.xml", "TEI-P003", "external entity"),
        ("billion-laughs.xml", "TEI-P003", "entity"),
        ("external-dtd.xml", "TEI-P003", "external DTD"),
        ("malformed.xml", "TEI-P001", "Opening and ending tag mismatch"),
        ("not-tei.xml", "TEI-P002", "root element 'html'"),
        ("no-namespace.xml", "TEI-P002", "in no namespace"),
    ],
)
def test_hostile_input_is_reported_by_name(name, code, words):
    path = HOSTILE / name
    findings = list(iter_errors(path))
    assert [f.code for f in findings] == [code]
    assert words in findings[0].message
    assert findings[0].file == str(path)
    assert "root:" not in findings[0].message  # /etc/passwd was not read into the message


def test_billion_laughs_is_refused_quickly():
    import time

    start = time.perf_counter()
    list(iter_errors(HOSTILE / "billion-laughs.xml"))
    assert time.perf_counter() - start < 2


@pytest.fixture
def http_server():
    """A local HTTP server that records every request it receives."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY leak "leaked">')

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()


def test_nothing_is_fetched_for_an_external_dtd_or_entity(tmp_path, http_server):
    url, requests = http_server
    dtd = tmp_path / "dtd.xml"
    dtd.write_text(f'<!DOCTYPE TEI SYSTEM "{url}/tei.dtd"><TEI xmlns="http://www.tei-c.org/ns/1.0"/>')
    entity = tmp_path / "entity.xml"
    entity.write_text(f'<!DOCTYPE TEI [<!ENTITY e SYSTEM "{url}/e.xml">]><TEI xmlns="http://www.tei-c.org/ns/1.0">&e;</TEI>')
    for path in (dtd, entity):
        assert [f.code for f in iter_errors(path)] == ["TEI-P003"]
    assert requests == []


def test_unreadable_inputs_are_findings_not_exceptions(tmp_path):
    folder = tmp_path / "folder.xml"
    folder.mkdir()
    broken = tmp_path / "broken.xml"
    broken.symlink_to(tmp_path / "missing-target.xml")
    for path in (folder, broken, tmp_path / "absent.xml"):
        findings = list(iter_errors(path))
        assert [f.code for f in findings] == ["TEI-P004"]
        assert findings[0].file == str(path)
