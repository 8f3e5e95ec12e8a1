"""File names in every report format are escaped for it: a newline or a terminal escape
cannot start a forged line, and a name that is not UTF-8 is shown with escapes."""
from __future__ import annotations

import json
import os

import pytest
from lxml import etree

from hostile_run import run_tei

FORGED = "evil\n::error file=x.xml::forged\r\x1b[31m.xml"
NOT_UTF8 = b"caf\xe9-\xff.xml"


@pytest.fixture()
def hostile_names(tmp_path):
    folder = tmp_path / "names"
    folder.mkdir()
    (folder / FORGED).write_bytes(b"<not-closed>")
    with open(os.path.join(os.fsencode(folder), NOT_UTF8), "wb") as stream:
        stream.write(b"<not-closed>")
    return folder


def test_text_shows_control_characters_visibly(hostile_names):
    ran = run_tei("validate", hostile_names)
    assert ran.returncode == 1 and "Traceback" not in ran.stderr
    lines = ran.stdout.decode("utf-8").splitlines()
    assert len(lines) == 3  # two findings and the summary: nothing forged
    assert any("evil\\n::error" in line and "\\x1b[31m" in line for line in lines)
    assert any("caf\\xe9-\\xff.xml" in line for line in lines)
    assert b"\x1b" not in ran.stdout


def test_json_is_valid_and_names_both(hostile_names):
    ran = run_tei("validate", "--format", "json", hostile_names)
    assert ran.returncode == 1 and "Traceback" not in ran.stderr
    document = json.loads(ran.stdout.decode("utf-8"))
    files = [entry["file"] for entry in document["files"]]
    assert any("caf\\xe9-\\xff.xml" in name for name in files)
    assert any("evil\\n" in name for name in files)


def test_junit_is_well_formed(hostile_names):
    ran = run_tei("validate", "--format", "junit", hostile_names)
    assert ran.returncode == 1 and "Traceback" not in ran.stderr
    suites = etree.fromstring(ran.stdout)
    names = suites.xpath("//testcase/@name")
    assert len(names) == 2 and any("caf\\xe9" in name for name in names)


def test_github_annotations_cannot_be_forged(hostile_names):
    ran = run_tei("validate", "--format", "github", hostile_names)
    assert ran.returncode == 1 and "Traceback" not in ran.stderr
    lines = ran.stdout.decode("utf-8").splitlines()
    annotations = [line for line in lines if line.startswith("::")]
    assert len(annotations) == 2
    assert not any(line.startswith("::error file=x.xml") for line in lines)


def test_build_report_and_messages_with_a_name_that_is_not_utf8(tmp_path, seed_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.path.join(os.fsencode(folder), b"art\xe9\nicle.txt")
    with open(name, "wb") as stream:
        stream.write(b"")  # empty: fails, so its name goes into the error line and the report
    report = tmp_path / "report.json"
    ran = run_tei("build", os.fsencode(folder), "--out", tmp_path / "out", "--report", report)
    assert ran.returncode == 1 and "Traceback" not in ran.stderr
    assert "art\\xe9\\nicle.txt" in ran.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert "art\\xe9\\nicle.txt" in data["articles"][0]["source"]
    ran = run_tei("encode", name)
    assert ran.returncode == 1 and "Traceback" not in ran.stderr and "art\\xe9\\nicle.txt" in ran.stderr
    assert len(ran.lines) == 1
