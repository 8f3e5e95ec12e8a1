"""The readers' seam: one registry line adds a reader; the pipeline does the rest
(slug, header warnings, file discovery) whatever the format."""
from __future__ import annotations

import pytest

import tei.readers
from tei.build import find_articles
from tei.errors import ContentError, UsageError
from tei.pipeline import encode_text
from tei.readers import READERS, Reader, reader_for, reader_named

PLAIN = Reader("plain", "plain_reader", (".plain",), "plain text with a title line")
PAGE = "Title: A Plain Page\n\nThe first paragraph\nover two lines.\n\nThe second one.\n"


@pytest.fixture()
def plain_registered(monkeypatch):
    """The test reader registered as a newcomer would: one more line in READERS."""
    monkeypatch.setattr(tei.readers, "READERS", (*READERS, PLAIN))


def test_the_etol_reader_is_registered_and_the_default(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    assert READERS[0].name == "etol"
    assert reader_for(text, seed_path).name == "etol"
    assert reader_for("anything at all", "x.unknown").name == "etol"


def test_an_unknown_reader_is_a_usage_error():
    with pytest.raises(UsageError, match="expected one of: etol"):
        reader_named("docx")


def test_a_registered_reader_is_chosen_by_content(plain_registered):
    assert reader_for(PAGE, "page.plain").name == "plain"
    assert reader_for(PAGE, "page.txt").name == "plain"  # not ETOL furniture: the content decides
    assert reader_for(PAGE, None).name == "plain"


def test_the_pipeline_makes_slug_and_warnings_for_any_reader(plain_registered):
    encoded = encode_text(PAGE, path="page.plain", reader="plain")
    assert encoded.slug == "a-plain-page"
    codes = [warning.code for warning in encoded.warnings]
    assert codes == ["W-NO-AUTHOR", "W-NO-CREDIT", "W-NO-UPDATED", "W-NO-URL"]
    paragraphs = encoded.tree.xpath("//t:body//t:p/text()", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert paragraphs == ["The first paragraph over two lines.", "The second one."]


def test_from_forces_a_reader(plain_registered, seed_path):
    with pytest.raises(ContentError, match="not a plain page"):
        encode_text(seed_path.read_text(encoding="utf-8"), path=str(seed_path), reader="plain")


def test_a_folder_yields_what_some_reader_claims(plain_registered, tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.plain").write_text(PAGE, encoding="utf-8")
    (tmp_path / "a.meta.toml").write_text("", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    found = sorted(job.source.name for job in find_articles([tmp_path], tmp_path / "out"))
    assert found == ["a.txt", "b.plain"]


def test_the_command_line_offers_every_reader(tmp_path, seed_path):
    from tei.cli import main

    assert main(["encode", "--from", "etol", "-o", str(tmp_path / "a.xml"), str(seed_path)]) == 0
    assert (tmp_path / "a.xml").read_bytes().startswith(b"<?xml")
    assert main(["encode", "--from", "nope", str(seed_path)]) == 2
