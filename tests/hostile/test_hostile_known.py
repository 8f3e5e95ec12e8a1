"""The classes of hostile input the toolkit already handled, kept handled: XXE, entity
expansion, DTDs, malformed and binary input, UTF-16, huge lines, deep nesting. Each:
the exit status, one line naming the file, no traceback, no output file, input unchanged."""
from __future__ import annotations

import hashlib

import pytest

from hostile_run import assert_one_line_error, run_tei

TEI = b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/></TEI>'

XML_CASES = {
    "xxe.xml": b'<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
               b'<TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>',
    "laughs.xml": b'<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa">'
                  + b"".join(b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&" + bytes([97 + i]) + b";") * 10) for i in range(9))
                  + b']><TEI xmlns="http://www.tei-c.org/ns/1.0">&j;</TEI>',
    "external-dtd.xml": b'<?xml version="1.0"?><!DOCTYPE TEI SYSTEM "http://127.0.0.1:9/tei.dtd">' + TEI,
    "malformed.xml": b"<TEI><unclosed></TEI>",
    "binary.xml": bytes(range(256)) * 64,
    "utf16-malformed.xml": "<TEI><x></TEI>".encode("utf-16"),
    "deep.xml": b'<TEI xmlns="http://www.tei-c.org/ns/1.0">' + b"<x>" * 100_000 + b"</x>" * 100_000 + b"</TEI>",
    "empty.xml": b"",
}


@pytest.mark.parametrize("name", sorted(XML_CASES))
@pytest.mark.parametrize("command", ["validate", "render"])
def test_hostile_xml_is_one_line_and_writes_nothing(tmp_path, name, command):
    path = tmp_path / name
    path.write_bytes(XML_CASES[name])
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    out = tmp_path / "out.html"
    if command == "validate":
        ran = run_tei("validate", path)
        status = 1
    else:
        ran = run_tei("render", path, "--to", "html", "-o", out)
        status = 1
    line = assert_one_line_error(ran, status, str(path))
    assert "root:" not in line and "passwd" not in ran.stdout.decode("utf-8", "replace").replace(str(path), "")
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == [name]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_utf16_tei_is_read(tmp_path, seed_tei):
    path = tmp_path / "utf16.xml"
    path.write_bytes(seed_tei.decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    ran = run_tei("validate", path)
    assert ran.returncode == 0, ran.stdout


ARTICLE_CASES = {
    "empty.txt": (b"", "empty"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 100, "binary"),
    "utf16.txt": ("Main NI Index\n\nLe café\n".encode("utf-16"), ""),
    "huge-line.txt": (b"x" * 5_000_000 + b"\n", ""),
    "nul.txt": (b"Main NI Index\n\x00\x00\x00\n", ""),
}


@pytest.mark.parametrize("name", sorted(ARTICLE_CASES))
@pytest.mark.parametrize("command", ["encode", "entities", "build"])
def test_hostile_article_text_is_one_line_and_writes_nothing(tmp_path, name, command):
    data, words = ARTICLE_CASES[name]
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / name
    path.write_bytes(data)
    out = tmp_path / "out"
    if command == "encode":
        ran = run_tei("encode", path, "-o", out / "a.xml")
    elif command == "entities":
        ran = run_tei("entities", path)
    else:
        ran = run_tei("build", path, "--out", out)
    line = assert_one_line_error(ran, 1, str(path))
    assert words in line
    assert not out.exists() or not [p for p in out.rglob("*") if p.is_file()]
    assert path.read_bytes() == data
