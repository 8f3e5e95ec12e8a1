"""Option values are checked where they enter (exit 2, saying what was expected); bad
companion rows and monstrous elements are one line."""
from __future__ import annotations

import pytest

from hostile_run import assert_one_line_error, run_tei


@pytest.mark.parametrize("command", ["encode", "build"])
@pytest.mark.parametrize("option, value, expected", [
    ("--date", "2020-13-45", "YYYY-MM-DD"),
    ("--schema-href", 'x?><?evil "', "without spaces, quotes"),
    ("--schema-href", "a\nb", "control characters"),
])
def test_a_bad_option_value_is_exit_2_before_anything_is_read(article, tmp_path, command, option, value, expected):
    args = [command, article, option, value] + (["--out", tmp_path / "out"] if command == "build" else [])
    ran = run_tei(*args)
    assert ran.returncode == 2 and "Traceback" not in ran.stderr
    assert option in ran.stderr and expected in ran.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["render", "build"])
@pytest.mark.parametrize("param, expected", [
    ("wrap=2000x", "whole number"),
    ("wrap", "NAME=VALUE"),
    ("reading=sideways", "corrected, diplomatic"),
    ("nosuch=1", "expected one of"),
])
def test_a_bad_view_parameter_is_exit_2(tmp_path, seed_tei, article, command, param, expected):
    if command == "render":
        tei = tmp_path / "t.xml"
        tei.write_bytes(seed_tei)
        ran = run_tei("render", tei, "--to", "text", "--param", param)
    else:
        ran = run_tei("build", article, "--out", tmp_path / "out", "--param", param)
        assert not (tmp_path / "out").exists()
    assert ran.returncode == 2 and "Traceback" not in ran.stderr
    assert "--param" in ran.stderr and expected in ran.stderr


def test_overlapping_corrections_name_both_rows(article):
    corrections = article.with_name("article.corrections.tsv")
    corrections.write_text(
        "sic\tcorr\tcontext\tnote\n"
        "important\timportant!\tThe most important fact\tfirst\n"
        "fact\tfact!\timportant fact here\tsecond: its context shares 'important fact'\n",
        encoding="utf-8",
    )
    ran = run_tei("encode", article)
    line = assert_one_line_error(ran, 1, str(corrections))
    assert "line 2" in line and "line 3" in line and "overlaps" in line


def test_an_element_with_a_million_attributes_is_one_line(tmp_path):
    attributes = " ".join(f'a{i}="1"' for i in range(1_000_000))
    path = tmp_path / "attrs.xml"
    path.write_text(f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader {attributes}/></TEI>')
    for command in (["validate"], ["render", "--to", "html"]):
        ran = run_tei(*command, path)
        assert ran.returncode == 1 and "Traceback" not in ran.stderr
        errors = [line for line in ran.lines if str(path) in line]
        assert len(errors) == 1 and "error" in errors[0] and "limit" in errors[0], ran.lines


def test_many_attributes_are_validated_in_linear_time(tmp_path, seed_tei):
    attributes = " ".join(f'a{i}="1"' for i in range(30_000))
    path = tmp_path / "attrs.xml"
    path.write_bytes(seed_tei.replace(b"<teiHeader>", f"<teiHeader {attributes}>".encode(), 1))
    ran = run_tei("validate", "--format", "json", path, timeout=60)  # the runaway guard; quadratic took minutes
    assert ran.returncode == 1 and b"TEI-X003" in ran.stdout


def test_an_element_with_300_000_attributes_stays_within_memory(tmp_path):
    # Below the parser's own limit, every attribute would be a schema finding held in
    # memory (547 MB before TEI-P005): the element is refused before validation.
    attributes = " ".join(f'a{i}="1"' for i in range(300_000))
    path = tmp_path / "attrs.xml"
    path.write_text(f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader {attributes}/></TEI>')
    ran = run_tei("validate", path)  # under the runaway guard's 500 MB
    assert ran.returncode == 1 and "Traceback" not in ran.stderr
    errors = [line for line in ran.lines if str(path) in line]
    assert len(errors) == 1 and "TEI-P005" in errors[0] and "300,000 attributes" in errors[0], ran.lines
