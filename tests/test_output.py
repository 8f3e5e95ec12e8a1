"""Atomic output: a file appears whole or not at all, even when Ctrl-C strikes mid-write."""
from __future__ import annotations

import os
import signal

import pytest

from tei import output
from tei.output import write_atomic


def test_written_whole_with_the_umask_permissions(tmp_path):
    target = tmp_path / "deep" / "out.xml"
    write_atomic(target, b"<TEI/>")
    assert target.read_bytes() == b"<TEI/>"
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~output.current_umask())
    assert [p.name for p in target.parent.iterdir()] == ["out.xml"]


def test_ctrl_c_during_a_write_is_delivered_after_the_rename(tmp_path, monkeypatch):
    target = tmp_path / "out.xml"
    real_replace = os.replace

    def interrupted_replace(source, destination):
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C between writing and renaming
        real_replace(source, destination)

    monkeypatch.setattr(output.os, "replace", interrupted_replace)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"complete")
    assert target.read_bytes() == b"complete"
    assert list(tmp_path.glob("*.tmp")) == []


def test_a_failed_write_leaves_nothing(tmp_path, monkeypatch):
    def broken_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(tmp_path / "out.xml", b"data")
    assert list(tmp_path.iterdir()) == []
