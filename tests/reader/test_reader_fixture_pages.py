"""Rules every fixture page must satisfy, parametrized over tests/fixtures/reader/*.txt.

(1) fidelity as the issue defines it (``tei.fidelity``): the TEI's body words and note
words equal the page's; (2) validity against tei_all (lxml RelaxNG, compiled once per
session); (3) Windows line endings and a byte-order mark give the same TEI; (4) encoding
twice gives the same bytes.
"""
from __future__ import annotations

import pytest

from tei.fidelity import source_parts, tei_parts
from tei.pipeline import encode_text
from tei.readers.decode import decode
from tei.writer.document import serialize

from reader_pages import page_paths

PAGES = page_paths()

def fidelity_cases():
    return [pytest.param(path, id=path.stem) for path in PAGES]


def ids(paths):
    return [path.stem for path in paths]


def test_there_are_fixture_pages():
    assert len(PAGES) >= 20


@pytest.mark.parametrize("path", fidelity_cases())
def test_fidelity_body_and_note_words_are_the_pages(path, page):
    encoded = page(path.stem)
    source_body, source_notes = source_parts(encoded.text)
    tei_body, tei_notes = tei_parts(encoded.tree)
    assert source_body, "the fidelity rule found no body on this page"
    assert tei_body == source_body
    assert tei_notes == source_notes


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_valid_against_tei_all(path, page, tei_all_relaxng):
    valid = tei_all_relaxng.validate(page(path.stem).tree)
    assert valid, str(tei_all_relaxng.error_log)


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_windows_line_endings_and_bom_give_the_same_tei(path):
    data = path.read_bytes()
    assert b"\r" not in data and not data.startswith(b"\xef\xbb\xbf"), "fixture must be the plain form"
    windows = b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n")
    plain_tei = serialize(encode_text(decode(data, str(path)), path=str(path)).tree)
    windows_tei = serialize(encode_text(decode(windows, str(path)), path=str(path)).tree)
    assert windows_tei == plain_tei


@pytest.mark.parametrize("path", PAGES, ids=ids(PAGES))
def test_encoding_twice_gives_identical_bytes(path):
    text = path.read_text(encoding="utf-8")
    first = serialize(encode_text(text, path=str(path)).tree)
    second = serialize(encode_text(text, path=str(path)).tree)
    assert first == second
