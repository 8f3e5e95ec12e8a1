"""``tei render``: output to stdout or a file (atomically), warnings on stderr, errors."""
from __future__ import annotations

import io
import sys

import pytest

from tei.cli import main

from viewtools import FIXTURES, REPO


def run(argv, capsys, stdin: bytes | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    status = main(["render", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_renders_text_to_stdout(capsys):
    status, out, err = run([str(FIXTURES / "q.xml"), "--to", "text"], capsys)
    assert status == 0 and err == ""
    assert "“all the old Bolsheviks" in out


def test_writes_the_output_file_and_reports_warnings(tmp_path, capsys):
    target = tmp_path / "out.html"
    status, out, err = run([str(FIXTURES / "unknown.xml"), "--to", "html", "-o", str(target)], capsys)
    assert status == 0 and out == ""
    assert target.read_bytes().startswith(b"<!DOCTYPE html>")
    assert err.count("[W-VIEW-UNKNOWN]") == 2 and "unknown.xml:17:" in err
    assert [p.name for p in tmp_path.iterdir()] == ["out.html"]  # no temporary left


def test_params_are_passed(capsys):
    status, out, _ = run([str(FIXTURES / "choice.xml"), "--to", "text", "--param", "reading=diplomatic", "--param", "wrap=0"], capsys)
    assert status == 0 and "In Leningrad, Olga, Ravich was arrested; Ziinoviev spoke" in out


def test_reads_stdin(capsys, monkeypatch):
    status, out, _ = run(["-", "--to", "text"], capsys, (FIXTURES / "hi.xml").read_bytes(), monkeypatch)
    assert status == 0 and "Italic, bold" in out


def test_no_half_written_file_on_error(tmp_path, capsys):
    target = tmp_path / "out.html"
    target.write_text("previous")
    broken = tmp_path / "broken.xml"
    broken.write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'><text>")
    status, out, err = run([str(broken), "--to", "html", "-o", str(target)], capsys)
    assert status == 1
    assert target.read_text() == "previous"
    assert err.startswith(f"tei: error: {broken}:") and err.count("\n") == 1


@pytest.mark.parametrize("argv, status, message", [
    (["/no/such/file.xml", "--to", "html"], 2, "/no/such/file.xml: no such file"),
    ([str(FIXTURES / "q.xml"), "--to", "text", "--param", "reading"], 2, "expected NAME=VALUE"),
    ([str(FIXTURES / "q.xml"), "--to", "text", "--param", "reading=both"], 2, "expected one of: corrected, diplomatic"),
    ([str(REPO / "pyproject.toml"), "--to", "text"], 1, "not well-formed XML"),
])
def test_errors_are_one_line(argv, status, message, capsys):
    code, out, err = run(argv, capsys)
    assert code == status and out == ""
    assert message in err and err.count("\n") == 1


def test_not_tei_is_refused(tmp_path, capsys):
    other = tmp_path / "other.xml"
    other.write_text("<html/>")
    code, _, err = run([str(other), "--to", "html"], capsys)
    assert code == 1 and "not a TEI document" in err and str(other) in err


def test_foreign_tei_gives_one_line_per_unknown_element_name(tmp_path, capsys):
    """TEI from elsewhere: thousands of one unknown element are one warning with a count."""
    source = (FIXTURES / "unknown.xml").read_text(encoding="utf-8")
    many = "".join(f"<entry n='{i}'>word {i}</entry>\n" for i in range(500))
    foreign = tmp_path / "foreign.xml"
    foreign.write_text(source.replace("<p>Known text", f"<p>{many}Known text"), encoding="utf-8")
    status, out, err = run([str(foreign), "--to", "text"], capsys)
    assert status == 0 and "word 499" in out
    lines = err.splitlines()
    assert len(lines) == 3, err  # entry, fancyThing, x:odd
    entry = next(line for line in lines if "<entry>" in line)
    assert entry.startswith(f"tei: {foreign}:17:") and "500 elements" in entry
