"""Every write error is one line naming the path, exit 2, no partial file, no stale record."""
from __future__ import annotations

import errno
import os
import resource
import subprocess

import pytest

from tei import output
from tei.cli import main

from hostile_run import assert_one_line_error, fingerprint, run_tei, tei_command


def files_in(folder):
    return sorted(p.name for p in folder.rglob("*")) if folder.exists() else []


@pytest.mark.parametrize("code, words", [
    (errno.ENOSPC, "disk is full"),
    (errno.EROFS, "read-only"),
    (errno.EACCES, "permission denied"),
    (errno.EFBIG, "file-size limit"),
])
@pytest.mark.parametrize("command", ["encode", "build"])
def test_a_failing_write_is_one_line_exit_2_and_leaves_nothing(article, tmp_path, monkeypatch, capsys, code, words, command):
    """Simulated in process (no small disk may be mounted here): the write itself fails."""
    real_fdopen = os.fdopen

    class Failing:
        def __init__(self, handle, mode):
            self.stream = real_fdopen(handle, mode)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def write(self, data):
            self.stream.write(data[: len(data) // 2])
            self.stream.flush()
            raise OSError(code, os.strerror(code))

    monkeypatch.setattr(output.os, "fdopen", Failing)
    out = tmp_path / "out"
    before = fingerprint(article.parent)
    if command == "encode":
        target = out / "a.xml"
        status = main(["encode", str(article), "-o", str(target)])
    else:
        target = out
        status = main(["build", str(article), "--out", str(out), "-j", "1"])
    err = capsys.readouterr().err
    assert status == 2
    errors = [line for line in err.splitlines() if "error" in line]
    assert len(errors) == 1 and str(out) in errors[0] and words in errors[0], err
    assert files_in(out) == []  # no partial file, no temporary, no record
    assert fingerprint(article.parent) == before


def test_the_file_size_limit_is_a_message_not_a_kill(article, tmp_path):
    """EFBIG for real: the limit set on the child process."""
    target = tmp_path / "out" / "a.xml"

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    done = subprocess.run([*tei_command(), "encode", str(article), "-o", str(target)], capture_output=True,
                          text=True, timeout=30, preexec_fn=small_files)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and str(target) in done.stderr and "file-size limit" in done.stderr
    assert files_in(target.parent) == []


def test_a_folder_in_the_way_of_an_output(article, tmp_path):
    out = tmp_path / "out"
    (out / "militant-1933-04-01-stalinist-persecutions.html").mkdir(parents=True)
    ran = run_tei("build", article, "--out", out)
    assert_one_line_error(ran, 2, "militant-1933-04-01-stalinist-persecutions.html", "folder")
    assert not list(out.glob(".*.json")) and not list(out.glob(".*.tmp"))


def test_a_file_in_the_way_of_the_output_folder(article, tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("a file")
    ran = run_tei("encode", article, "-o", blocker / "a.xml")
    assert_one_line_error(ran, 2, str(blocker))
    assert blocker.read_text() == "a file"


def test_a_stale_record_is_gone_after_a_failed_rewrite(article, tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    assert main(["build", str(article), "--out", str(out), "-j", "1"]) == 0
    records = list(out.glob(".*.tei-build.json"))
    assert len(records) == 1
    article.write_text(article.read_text() + "\n")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output.os, "replace", full)
    assert main(["build", str(article), "--out", str(out), "-j", "1"]) == 2
    assert not records[0].exists()  # no record claims outputs that were not rewritten
    assert not list(out.glob(".*.tmp"))
