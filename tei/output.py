"""Writing output files so that a reader never sees half of one.

Each file is written to a temporary name in the same folder and renamed into place
(``os.replace`` is atomic on POSIX): an interrupted run leaves every output either
complete or absent. Ctrl-C is held back for the few microseconds of one write, so it
cannot strike between creating the temporary file and removing or renaming it; a run
killed outright (SIGKILL) can leave a temporary file, which ``tei build`` removes when it
next starts.
"""
from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from pathlib import Path

from .errors import InputError

DEFERRED_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def signals_deferred():
    """Hold SIGINT and SIGTERM until the block is done, then act on them as before.

    Python runs signal handlers in the main thread whatever thread the signal reached
    (a process pool has threads of its own), so the handlers are swapped rather than
    the signal mask.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {number: signal.signal(number, lambda signum, frame: received.append(signum))
                for number in DEFERRED_SIGNALS}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        if received:
            handler = previous[received[0]]
            if callable(handler):
                handler(received[0], None)
            elif handler == signal.SIG_DFL:
                signal.raise_signal(received[0])


def write_atomic(path: Path, data: bytes) -> None:
    path = Path(path)
    with signals_deferred():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        except OSError as error:
            raise InputError(f"cannot write: {error.strerror}", str(path)) from None
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.chmod(temporary, 0o666 & ~current_umask())
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise


def current_umask() -> int:
    """The process umask (reading it means setting it; it is set straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
