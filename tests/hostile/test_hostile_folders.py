"""Output folders: slugs stay inside, case-only differences are errors, one build at a
time, and a closed pipe ends a command quietly."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from hostile_run import assert_one_line_error, make_articles, run_tei, tei_command


def test_an_output_name_that_leaves_the_folder_is_refused(tmp_path, seed_path):
    from tei.build import Built, Job
    from tei.corpus.run import store

    out = tmp_path / "out"
    for name in ("../escaped.xml", "/tmp/absolute.xml", "..", ".hidden.xml", "sub/dir.xml"):
        built = Built(Job(seed_path, out, False), "x", {name: b"<x/>"})
        outcome = store(built.job, "key", built, {})
        assert outcome.status == "failed" and "plain file name" in outcome.reason, name
    assert not (tmp_path / "escaped.xml").exists()
    assert not out.exists() or list(out.iterdir()) == []


def test_two_folders_differing_only_in_case_are_an_error(tmp_path, seed_path):
    corpus = tmp_path / "corpus"
    for folder in ("Case", "case"):
        (corpus / folder).mkdir(parents=True)
        shutil.copyfile(seed_path, corpus / folder / "a.txt")
    ran = run_tei("build", corpus / "Case", corpus / "case", "--out", tmp_path / "out", "-j", "1")
    # two inputs mirrored into OUT/a: the second is refused (case aside, one folder)
    assert ran.returncode == 1 and "Traceback" not in ran.stderr
    assert "already used by" in ran.stderr


def test_flat_slugs_differing_only_in_case_are_an_error(tmp_path, seed_path):
    from tei.build import Built, Job
    from tei.corpus.run import claim_key, store

    out = tmp_path / "out"
    claimed = {claim_key(out / "Militant-1933.xml"): "first.txt"}
    built = Built(Job(seed_path, out, False), "militant-1933", {"militant-1933.xml": b"<x/>"})
    outcome = store(built.job, "key", built, claimed)
    assert outcome.status == "failed" and "same slug" in outcome.reason and "first.txt" in outcome.reason


def test_a_second_build_into_the_same_folder_is_refused(tmp_path, seed_path):
    corpus = make_articles(tmp_path / "corpus", seed_path, 30)
    out = tmp_path / "out"
    first = subprocess.Popen([*tei_command(), "build", str(corpus), "--out", str(out), "-j", "1"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        import time
        deadline = time.monotonic() + 30
        while not list(out.rglob(".tei-build.json")) and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        if first.poll() is not None:
            pytest.skip("the first build ended before the second started")
        ran = run_tei("build", corpus, "--out", out, "-j", "1")
        assert_one_line_error(ran, 2, str(out), "another tei build")
    finally:
        first.communicate(timeout=120)
    assert first.returncode == 0
    assert run_tei("build", corpus, "--out", out, "-j", "1").returncode == 0  # the lock is gone with it


def test_validate_into_a_closed_pipe_ends_quietly(tmp_path, seed_tei):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(1500):  # some 300 KB of report: more than a pipe holds
        (folder / f"bad-{number:04d}-{'x' * 150}.xml").write_bytes(b"<not-closed>")
    done = subprocess.run(f"{' '.join(tei_command())} validate {folder} | head -1", shell=True,
                          capture_output=True, text=True, timeout=30)
    assert done.stdout.count("\n") == 1
    assert done.stderr == "", done.stderr
