"""Outputs never destroy inputs or a user's files, never replace a link, and '-' is stdout."""
from __future__ import annotations

import os
import shutil

import pytest

from hostile_run import assert_one_line_error, fingerprint, run_tei


def test_encode_onto_its_own_article_is_refused(article):
    before = fingerprint(article.parent)
    ran = run_tei("encode", article, "-o", article)
    assert_one_line_error(ran, 2, str(article), "overwrite")
    assert fingerprint(article.parent) == before


def test_encode_onto_a_link_to_its_article_is_refused(article):
    link = article.parent / "link.xml"
    link.symlink_to(article.name)
    before = fingerprint(article.parent)
    ran = run_tei("encode", article, "-o", link)
    assert_one_line_error(ran, 2, "link.xml", "overwrite")
    assert fingerprint(article.parent) == before


def test_encode_onto_its_meta_file_is_refused(article):
    meta = article.with_name("article.meta.toml")
    meta.write_text('source_url = "https://www.marxists.org/x.htm"\n')
    before = fingerprint(article.parent)
    ran = run_tei("encode", article, "-o", meta)
    assert_one_line_error(ran, 2, "article.meta.toml")
    assert fingerprint(article.parent) == before


def test_render_onto_its_source_is_refused(tmp_path, seed_tei):
    source = tmp_path / "t.xml"
    source.write_bytes(seed_tei)
    ran = run_tei("render", source, "--to", "html", "-o", source)
    assert_one_line_error(ran, 2, str(source), "overwrite")
    assert source.read_bytes() == seed_tei


def test_build_whose_text_view_is_the_article_itself_is_refused(tmp_path, seed_path):
    folder = tmp_path / "in"
    folder.mkdir()
    article = folder / "militant-1933-04-01-stalinist-persecutions.txt"  # the slug's own .txt
    shutil.copyfile(seed_path, article)
    before = fingerprint(folder)
    ran = run_tei("build", article, "--out", folder)
    assert_one_line_error(ran, 1, article.name, "overwrite")
    assert fingerprint(folder) == before


def test_build_report_onto_an_input_is_refused(article, tmp_path):
    before = fingerprint(article.parent)
    ran = run_tei("build", article, "--out", tmp_path / "out", "--report", article)
    assert_one_line_error(ran, 2, str(article))
    assert fingerprint(article.parent) == before
    assert not (tmp_path / "out").exists()


def test_build_keeps_a_users_temporary_files(article):
    notes = article.parent / ".my-notes.tmp"
    notes.write_text("mine")
    other = article.parent / ".x.xml.abc123.tmp"
    other.write_text("mine too")
    ran = run_tei("build", article, "--out", article.parent)
    assert ran.returncode == 0, ran.stderr
    assert notes.read_text() == "mine" and other.read_text() == "mine too"


def test_build_removes_its_own_leftovers_of_a_dead_process(article, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dead = os.fork()
    if dead == 0:
        os._exit(0)
    os.waitpid(dead, 0)
    leftover = out / f".a.xml.tei-{dead}-abcd1234.tmp"
    leftover.write_text("<half")
    ran = run_tei("build", article, "--out", out)
    assert ran.returncode == 0, ran.stderr
    assert not leftover.exists()


@pytest.mark.parametrize("command", ["encode", "render"])
def test_output_onto_a_symlink_writes_through_it(article, tmp_path, seed_tei, command):
    target = tmp_path / "target.out"
    target.write_text("old")
    link = tmp_path / "link.out"
    link.symlink_to(target)
    if command == "encode":
        ran = run_tei("encode", article, "-o", link)
    else:
        source = tmp_path / "t.xml"
        source.write_bytes(seed_tei)
        ran = run_tei("render", source, "--to", "text", "-o", link)
    assert ran.returncode == 0, ran.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() != "old" and len(target.read_bytes()) > 1000


def test_output_onto_a_device_is_refused_not_replaced(article, tmp_path):
    link = tmp_path / "null-link"
    link.symlink_to("/dev/null")
    ran = run_tei("encode", article, "-o", link)
    assert_one_line_error(ran, 2, "null-link", "not a regular file")
    assert link.is_symlink() and os.readlink(link) == "/dev/null"


def test_dash_is_standard_output(article):
    ran = run_tei("encode", article, "-o", "-", cwd=article.parent)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith(b"<?xml")
    assert not (article.parent / "-").exists()
