"""Refusal of pages without article text, encoding of pages without furniture, and warnings
that do not fail a command."""
from __future__ import annotations

import shutil

import pytest

from tei.cli import main
from tei.errors import ExitStatus, NotAnArticleError
from tei.pipeline import encode_text

from reader_pages import FIXTURES, refused_paths

REFUSED = refused_paths()


def test_there_are_refused_fixtures():
    assert REFUSED


@pytest.mark.parametrize("path", REFUSED, ids=[p.stem for p in REFUSED])
def test_a_page_without_article_text_is_refused(path):
    with pytest.raises(NotAnArticleError, match="no article text found") as caught:
        encode_text(path.read_text(encoding="utf-8"), path=str(path))
    assert caught.value.path == str(path)


@pytest.mark.parametrize("path", REFUSED, ids=[p.stem for p in REFUSED])
def test_tei_encode_refuses_with_one_line_and_exit_1(path, tmp_path, capsys):
    out = tmp_path / "out.xml"
    status = main(["encode", str(path), "-o", str(out)])
    captured = capsys.readouterr()
    assert status == ExitStatus.FAILURE == 1
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "no article text found" in lines[0] and str(path) in lines[0]
    assert "Traceback" not in captured.err and captured.out == ""
    assert not out.exists()


def test_a_page_with_text_but_no_furniture_encodes_with_a_warning(tmp_path, capsys):
    """Never refused for lacking navigation, source or credit lines: encoded, and the
    warnings say what was missing."""
    out = tmp_path / "out.xml"
    status = main(["encode", str(FIXTURES / "no_furniture_plain_prose.txt"), "-o", str(out)])
    captured = capsys.readouterr()
    assert status == 0 and out.read_bytes().startswith(b"<?xml")
    assert "[W-NO-FURNITURE]" in captured.err and "[W-NO-SOURCE]" in captured.err


def test_missing_header_field_warns_but_exits_0(tmp_path, capsys):
    article = tmp_path / "header_missing_source_line.txt"
    shutil.copy(FIXTURES / "header_missing_source_line.txt", article)
    out = tmp_path / "out.xml"
    status = main(["encode", str(article), "-o", str(out)])
    captured = capsys.readouterr()
    assert status == 0
    assert out.exists() and out.read_bytes().startswith(b"<?xml")
    assert "[W-NO-SOURCE]" in captured.err and "[W-NO-UPDATED]" in captured.err
