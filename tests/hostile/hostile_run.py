"""Running ``tei`` on hostile input under a runaway guard, and what every case asserts.

The guard (:data:`TIMEOUT`, :data:`MEMORY`) is generous: only a hang or a blow-up hits
it, never a slow machine. It is set on the child process alone (``RLIMIT_AS``), so the
test process keeps its own limits.
"""
from __future__ import annotations

import hashlib
import os
import resource
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tei_processes import tei_command

#: seconds a command may run before it counts as a hang.
TIMEOUT = 30
#: bytes of address space a command may map before it counts as a blow-up.
MEMORY = 500 * 1024 * 1024


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


@dataclass
class Ran:
    returncode: int
    stdout: bytes
    stderr: str

    @property
    def lines(self) -> list[str]:
        """stderr's lines, then stdout's (tei validate reports errors on stdout)."""
        return self.stderr.strip().splitlines() + self.stdout.decode("utf-8", "backslashreplace").splitlines()


def run_tei(*args, cwd: Path | None = None, stdin: bytes | None = None, env: dict | None = None,
            timeout: float = TIMEOUT) -> Ran:
    """Run ``tei ARGS`` under the guard; a hang or a blow-up fails the test by itself."""
    environment = {**os.environ, **(env or {})}
    completed = subprocess.run(
        [*tei_command(), *map(os.fsdecode, args)], cwd=cwd, input=stdin if stdin is not None else b"",
        capture_output=True, timeout=timeout, preexec_fn=_limit_memory, env=environment,
    )
    return Ran(completed.returncode, completed.stdout, completed.stderr.decode("utf-8", "backslashreplace"))


def assert_one_line_error(ran: Ran, status: int, *names: str) -> str:
    """Exit ``status``, no traceback, and one error line naming each of ``names``."""
    assert "Traceback" not in ran.stderr, ran.stderr
    assert ran.returncode == status, (ran.returncode, ran.stderr)
    errors = [line for line in ran.lines if "error" in line]
    assert errors, ran.stderr
    line = next((line for line in errors if all(name in line for name in names)), None)
    assert line is not None, (names, ran.stderr)
    return line


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (names and content): to prove an input unchanged."""
    found = {}
    for path in sorted(Path(folder).rglob("*")):
        if path.is_symlink():
            found[str(path.relative_to(folder))] = "-> " + os.readlink(path)
        elif path.is_file():
            found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def make_articles(folder: Path, seed: Path, count: int) -> Path:
    """``count`` variants of the bundled article (another title each, so another slug)."""
    text = seed.read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        variant = text.replace("Stalinist Persecutions", f"Stalinist Persecutions {number}")
        (folder / f"article-{number:03d}.txt").write_text(variant, encoding="utf-8")
    return folder


def start_tei(*args, cwd: Path | None = None) -> subprocess.Popen:
    """``tei ARGS`` in its own session (its process group holds its workers)."""
    return subprocess.Popen([*tei_command(), *map(os.fsdecode, args)], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, start_new_session=True, preexec_fn=_limit_memory)

