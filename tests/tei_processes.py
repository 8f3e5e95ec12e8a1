"""The toolkit as its users start it, for the tests that run it as a process: the
installed console script (what users run), else ``python -m tei``."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def tei_command() -> list[str]:
    script = Path(sys.executable).with_name("tei")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tei"]


def run_tei(*args, **kwargs) -> subprocess.CompletedProcess:
    """``tei ARGS...`` to its end, its output captured as text (unless ``text=False``)."""
    return subprocess.run([*tei_command(), *map(str, args)], **{"capture_output": True, "text": True, **kwargs})


def group_gone(pgid: int, timeout: float = 15) -> bool:
    """Has every process of the group ended (within ``timeout`` seconds)?"""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def wait_for_records(out: Path, process: subprocess.Popen, at_least: int = 2, timeout: float = 60) -> bool:
    """Wait until a running ``tei build`` has stored ``at_least`` articles in ``out`` (its
    build records); False when it ended first or the time ran out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if len(list(out.rglob(".tei-build.json"))) >= at_least:
            return True
        time.sleep(0.02)
    return False
