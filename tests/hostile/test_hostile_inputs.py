"""Inputs: only regular files and '-' are read, each within the size limit; folders are
walked without following link loops; a bad companion file is one line naming it."""
from __future__ import annotations

import os
import shutil
import socket

import pytest

from hostile_run import assert_one_line_error, fingerprint, run_tei


@pytest.mark.parametrize("command", [["encode"], ["validate"], ["render", "--to", "text"], ["entities"], ["build", "--out", "OUT"]])
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_by_name_before_reading(command, device, tmp_path):
    args = [arg if arg != "OUT" else str(tmp_path / "out") for arg in command]
    ran = run_tei(*args, device)
    assert_one_line_error(ran, 2, device, "device")


@pytest.mark.parametrize("command", [["encode"], ["validate"], ["render", "--to", "html"], ["entities"]])
def test_a_fifo_given_is_refused_without_waiting(command, tmp_path):
    fifo = tmp_path / "pipe.xml"
    os.mkfifo(fifo)
    ran = run_tei(*command, fifo)
    assert_one_line_error(ran, 2, str(fifo), "FIFO")


def test_a_fifo_and_a_socket_in_a_folder_are_reported_and_the_others_checked(tmp_path, seed_tei):
    folder = tmp_path / "tei"
    folder.mkdir()
    (folder / "good.xml").write_bytes(seed_tei)
    os.mkfifo(folder / "pipe.xml")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.xml"))
    try:
        ran = run_tei("validate", folder)
    finally:
        server.close()
    assert ran.returncode == 2 and "Traceback" not in ran.stderr
    out = ran.stdout.decode()
    assert "pipe.xml" in out and "FIFO" in out and "sock.xml" in out and "socket" in out
    assert "3 files checked: 1 valid" in out


def test_a_fifo_among_articles_fails_alone(tmp_path, seed_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copyfile(seed_path, folder / "a.txt")
    os.mkfifo(folder / "b.txt")
    ran = run_tei("build", folder, "--out", tmp_path / "out", "-j", "1")
    assert_one_line_error(ran, 2, "b.txt", "FIFO")
    assert list((tmp_path / "out" / "a").glob("*.html"))


def test_an_input_over_the_limit_is_refused_before_reading(article, tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as stream:
        stream.truncate(65 * 1024 * 1024)  # sparse: no disk used
    ran = run_tei("encode", big)
    assert_one_line_error(ran, 2, str(big), "limit of 64 MB")
    ran = run_tei("encode", "--max-input-size", "1", article)
    assert ran.returncode == 0, ran.stderr  # the article is ~30 KB
    small = tmp_path / "small.xml"
    small.write_bytes(b"<x>" + b"a" * 2 * 1024 * 1024 + b"</x>")
    ran = run_tei("validate", "--max-input-size", "1", small)
    assert ran.returncode == 2 and "limit of 1 MB" in ran.stdout.decode()


def test_stdin_over_the_limit_is_refused(tmp_path):
    ran = run_tei("validate", "--max-input-size", "1", "-", stdin=b"<x>" + b"a" * (2 * 1024 * 1024))
    assert ran.returncode == 2 and b"limit of 1 MB" in ran.stdout and "Traceback" not in ran.stderr


def test_link_loops_in_a_folder_are_reported(tmp_path, seed_tei, seed_path):
    folder = tmp_path / "tree"
    (folder / "a" / "b").mkdir(parents=True)
    (folder / "a" / "b" / "up").symlink_to("../..")
    (folder / "a" / "self.xml").symlink_to("self.xml")
    (folder / "a" / "good.xml").write_bytes(seed_tei)
    ran = run_tei("validate", folder)
    assert ran.returncode == 2 and "Traceback" not in ran.stderr
    out = ran.stdout.decode()
    assert "a/b/up" in out and "self.xml" in out and out.count("TEI-P004 a link loop") == 2
    assert "2 unreadable" in out  # good.xml checked once, the loop not followed
    shutil.copyfile(seed_path, folder / "a" / "article.txt")
    ran = run_tei("build", folder, "--out", tmp_path / "out", "-j", "1")
    assert_one_line_error(ran, 2, "loop")


def test_a_deeply_nested_meta_file_is_one_line(article):
    meta = article.with_name("article.meta.toml")
    meta.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n")
    before = fingerprint(article.parent)
    ran = run_tei("encode", article)
    assert_one_line_error(ran, 1, str(meta), "nested")
    assert fingerprint(article.parent) == before


def test_a_bad_date_in_the_meta_file_names_it(article):
    meta = article.with_name("article.meta.toml")
    meta.write_text('date = "2020-13-45"\n')
    ran = run_tei("encode", article)
    assert_one_line_error(ran, 1, str(meta), "2020-13-45")


def test_a_missing_register_is_exit_2(article, tmp_path):
    ran = run_tei("encode", article, "--register", tmp_path / "nowhere.xml")
    assert_one_line_error(ran, 2, "nowhere.xml")


def test_a_missing_input_among_several_is_named(article, tmp_path):
    missing = tmp_path / "missing-article.txt"
    ran = run_tei("build", article, missing, "--out", tmp_path / "out", "-j", "1")
    assert_one_line_error(ran, 2, str(missing))
    assert list((tmp_path / "out").glob("*.xml"))
