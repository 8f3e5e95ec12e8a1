"""`tei validate` as users and CI call it: streams, exit statuses, report formats."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from tei.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"
VALID = FIXTURES / "valid" / "minimal.xml"
INVALID = FIXTURES / "invalid" / "TEI-X001.xml"
WARNING = FIXTURES / "invalid" / "TEI-R012.xml"


def run(*args: str, stdin: bytes | None = None):
    """Invoke through click, keeping the command's return value as the exit status."""
    result = CliRunner().invoke(cli, ["validate", *args], input=stdin, standalone_mode=False, catch_exceptions=False)
    return result.return_value, result.stdout, result.stderr


def tei_process(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """The installed `tei` program: the whole process, error boundary included."""
    exe = shutil.which("tei")
    command = [exe] if exe else [sys.executable, "-m", "tei"]
    return subprocess.run([*command, *args], input=stdin, capture_output=True)


def test_valid_file_exits_0_with_a_summary_only():
    status, out, err = run(str(VALID))
    assert status == 0
    assert out.strip() == "1 file checked: 1 valid, 0 invalid; 0 errors, 0 warnings"
    assert err == ""


def test_invalid_file_exits_1_one_line_per_error_then_summary():
    status, out, err = run(str(INVALID))
    assert status == 1
    lines = out.strip().splitlines()
    assert lines[0].startswith(f"{INVALID}:8:9: error TEI-X001 element 'p' not allowed in 'titleStmt'")
    assert lines[-1] == "1 file checked: 0 valid, 1 invalid; 1 error, 0 warnings"
    assert len(lines) == 2


def test_warnings_go_to_stderr_and_do_not_fail_unless_strict():
    status, out, err = run(str(WARNING))
    assert status == 0
    assert "warning TEI-R012" in err and "TEI-R012" not in out
    status, out, err = run("--strict", str(WARNING))
    assert status == 1
    assert "warning TEI-R012" in out


def test_directory_is_searched_recursively_and_the_run_goes_on(tmp_path):
    (tmp_path / "sub").mkdir()
    shutil.copy(VALID, tmp_path / "sub" / "a.xml")
    shutil.copy(FIXTURES / "hostile" / "malformed.xml", tmp_path / "b.xml")
    shutil.copy(INVALID, tmp_path / "c.xml")
    (tmp_path / "notes.txt").write_text("not xml")
    status, out, err = run(str(tmp_path))
    assert status == 1
    assert f"{tmp_path / 'b.xml'}:3:84: error TEI-P001" in out
    assert f"{tmp_path / 'c.xml'}:8:9: error TEI-X001" in out
    assert out.strip().splitlines()[-1].startswith("3 files checked: 1 valid, 2 invalid")


def test_unreadable_input_exits_2_but_other_files_are_still_checked(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.symlink_to(tmp_path / "gone.xml")
    status, out, err = run(str(broken), str(INVALID))
    assert status == 2
    assert f"{broken}:0:0: error TEI-P004" in out
    assert "TEI-X001" in out


def test_stdin():
    status, out, _ = run("-", stdin=INVALID.read_bytes())
    assert status == 1
    assert out.startswith("<stdin>:8:9: error TEI-X001")


def test_json_format():
    status, out, _ = run("--format", "json", str(VALID), str(INVALID))
    assert status == 1
    report = json.loads(out)
    assert report["summary"] == {"files": 2, "valid": 1, "invalid": 1, "unreadable": 0, "errors": 1, "warnings": 0}
    bad = report["files"][1]
    assert bad["valid"] is False
    assert bad["findings"][0]["code"] == "TEI-X001" and bad["findings"][0]["line"] == 8


def test_junit_format_parses_and_counts():
    status, out, _ = run("--format", "junit", str(VALID), str(INVALID), str(FIXTURES / "valid"))
    assert status == 1
    root = etree.fromstring(out.encode())
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    assert suite.get("tests") == str(len(cases)) and suite.get("failures") == "1"
    failure = [c for c in cases if c.get("name") == str(INVALID)][0].find("failure")
    assert failure.get("type") == "TEI-X001" and "titleStmt" in failure.get("message")


def test_github_format_annotations():
    status, out, _ = run("--format", "github", str(INVALID), str(WARNING))
    lines = out.strip().splitlines()
    assert lines[0].startswith(f"::error file={INVALID},line=8,col=9,title=TEI-X001::element 'p'")
    assert any(line.startswith("::warning ") and "TEI-R012" in line for line in lines)


def test_custom_schema_replaces_the_bundled_one(tmp_path):
    rng = tmp_path / "only-tei.rng"
    rng.write_text(
        '<element name="TEI" ns="http://www.tei-c.org/ns/1.0" xmlns="http://relaxng.org/ns/structure/1.0">'
        "<empty/></element>"
    )
    status, out, _ = run("--schema", str(rng), str(VALID))
    assert status == 1
    assert "error TEI-X001" in out
    empty = tmp_path / "empty.xml"
    empty.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')
    assert run("--schema", str(rng), str(empty))[0] == 0


def test_custom_schematron(tmp_path):
    sch = tmp_path / "house.sch"
    sch.write_text(
        '<schema xmlns="http://purl.oclc.org/dsdl/schematron"><ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>'
        '<pattern><rule context="tei:p"><assert id="HOUSE-A001" test="string-length(.) &gt; 20">'
        "paragraph too short</assert></rule></pattern></schema>"
    )
    status, out, _ = run("--schema", str(sch), str(VALID))
    assert status == 1
    assert ":22:7: error HOUSE-A001 paragraph too short" in out


# ---- the whole process: error boundary, exit statuses ---------------------------------

def test_process_unknown_schema_type_is_a_usage_error(tmp_path):
    other = tmp_path / "schema.dtd"
    other.write_text("")
    done = tei_process("validate", "--schema", str(other), str(VALID))
    assert done.returncode == 2
    assert b"expected a .xsd, .rng or .sch file" in done.stderr
    assert b"Traceback" not in done.stderr and done.stdout == b""


def test_process_no_arguments_is_a_usage_error():
    done = tei_process("validate")
    assert done.returncode == 2 and b"Traceback" not in done.stderr


def test_process_hostile_files_each_reported_no_traceback():
    done = tei_process("validate", str(FIXTURES / "hostile"))
    assert done.returncode == 1
    out = done.stdout.decode()
    for name in ("xxe.xml", "billion-laughs.xml", "external-dtd.xml", "malformed.xml", "not-tei.xml"):
        assert name in out
    assert "root:x:0" not in out and b"Traceback" not in done.stderr


def test_process_empty_directory_is_a_usage_error(tmp_path):
    done = tei_process("validate", str(tmp_path))
    assert done.returncode == 2
    assert b"no *.xml files" in done.stderr
