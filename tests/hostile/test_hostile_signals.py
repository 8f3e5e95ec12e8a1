"""Interrupts: Ctrl-C (once or twice) and SIGTERM end a build with 130 and no partial
file; after SIGKILL of the main process its workers do not live on; -j is capped."""
from __future__ import annotations

import os
import signal
import time

import pytest

from hostile_run import make_articles, run_tei, start_tei
from tei_processes import group_gone, wait_for_records

ARTICLES = 40


@pytest.fixture()
def corpus(tmp_path, seed_path):
    return make_articles(tmp_path / "corpus", seed_path, ARTICLES)


def started(corpus, out):
    process = start_tei("build", corpus, "--out", out, "-j", "2")
    if not wait_for_records(out, process):
        process.kill()
        pytest.skip("the build finished before it could be interrupted")
    return process


def no_partial_files(out):
    assert list(out.rglob("*.tmp")) == []


def test_two_ctrl_c_close_together_still_end_with_130(corpus, tmp_path):
    out = tmp_path / "out"
    process = started(corpus, out)
    os.killpg(process.pid, signal.SIGINT)
    time.sleep(0.15)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "interrupted" in stderr
    assert group_gone(process.pid), "worker processes survived"
    no_partial_files(out)


def test_sigterm_cleans_up_like_ctrl_c(corpus, tmp_path):
    out = tmp_path / "out"
    process = started(corpus, out)
    os.kill(process.pid, signal.SIGTERM)  # the main process alone, as a service manager does
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "interrupted" in stderr
    assert group_gone(process.pid), "worker processes survived SIGTERM"
    no_partial_files(out)


def test_workers_end_when_the_main_process_is_killed(corpus, tmp_path):
    out = tmp_path / "out"
    process = started(corpus, out)
    os.kill(process.pid, signal.SIGKILL)  # no cleanup can run in the main process
    process.wait()
    assert group_gone(process.pid, timeout=10), "orphaned workers still run after the parent's SIGKILL"


def test_an_absurd_jobs_count_is_capped_with_a_warning(tmp_path, seed_path):
    corpus = make_articles(tmp_path / "c", seed_path, 3)
    ran = run_tei("build", corpus, "--out", tmp_path / "out", "-j", "10000")
    assert ran.returncode == 0, ran.stderr
    assert "W-JOBS-CAPPED" in ran.stderr and "-j 10000 capped at" in ran.stderr
    assert "Traceback" not in ran.stderr


def test_the_callers_signal_handlers_come_back(tmp_path, seed_tei):
    """main() and a stopped pool change handlers only while they run (a program or a test
    calling them in process keeps its own Ctrl-C)."""
    from concurrent.futures import ProcessPoolExecutor

    from tei.cli import main
    from tei.corpus.workers import _stop_workers

    before = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM, signal.SIGXFSZ)}
    path = tmp_path / "t.xml"
    path.write_bytes(seed_tei)
    assert main(["validate", "-q", str(path)]) == 0
    executor = ProcessPoolExecutor(max_workers=1)
    executor.submit(abs, -1).result()
    _stop_workers(executor)
    after = {number: signal.getsignal(number) for number in before}
    assert after == before
