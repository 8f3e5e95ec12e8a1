"""Writing output files so that a reader never sees half of one, and never over an input.

Each file is written to a temporary name in the same folder and renamed into place
(``os.replace`` is atomic on POSIX): an interrupted run leaves every output either
complete or absent. Ctrl-C is held back for the few microseconds of one write, so it
cannot strike between creating the temporary file and removing or renaming it; a run
killed outright (SIGKILL) can leave a temporary file, which ``tei build`` removes when it
next starts. Temporary names carry the toolkit's mark and the writer's process id
(``.NAME.tei-PID-XXXXXXXX.tmp``): only such files of a process that no longer runs are
ever removed, never a user's own ``.notes.tmp``.

An output that is a symbolic link is written through it (the link stays, its target is
replaced); an output that is not a regular file (a device, a FIFO, a folder) is refused
rather than replaced. Every failure is an :class:`~tei.errors.OutputError` naming the
path (exit 2), and leaves no temporary file behind.
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import signal
import stat
import tempfile
import threading
from pathlib import Path
from typing import Iterable

from .errors import OutputError

DEFERRED_SIGNALS = (signal.SIGINT, signal.SIGTERM)

#: the temporary files this toolkit writes: ``.NAME.tei-PID-RANDOM.tmp``.
TEMPORARY_NAME = re.compile(r"^\..+\.tei-(?P<pid>\d+)-[a-z0-9_]+\.tmp$")


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


def cannot_write(error: OSError, path: Path) -> OutputError:
    """One line naming the path: why it cannot be written."""
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is exceeded",
        errno.EFBIG: "the file would exceed the file-size limit",
        errno.EISDIR: "a folder is in the way",
        errno.ENOTDIR: "a file is in the way of its folder",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "the file system is read-only",
    }
    reason = reasons.get(error.errno) or error.strerror or str(error)
    return OutputError(f"cannot write: {reason}", str(path))


def write_target(path: Path) -> Path:
    """Where writing ``path`` lands: through a symbolic link to its target; refused when
    that is not a regular file (a device or a FIFO would be replaced, or block)."""
    path = Path(path)
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    except OSError as error:
        raise cannot_write(error, path) from None
    if stat.S_ISDIR(mode):
        raise OutputError("cannot write: a folder is in the way", str(path))
    if not stat.S_ISREG(mode):
        raise OutputError("cannot write: not a regular file (for standard output, give -o - or no -o)", str(path))
    return target


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (see the module's docstring)."""
    path = Path(path)
    target = write_target(path)
    with signals_deferred():
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.tei-{os.getpid()}-", suffix=".tmp",
                                                 dir=target.parent)
        except OSError as error:
            raise cannot_write(error, path) from None
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.chmod(temporary, 0o666 & ~current_umask())
            os.replace(temporary, target)
        except BaseException as error:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            if isinstance(error, OSError):
                raise cannot_write(error, path) from error
            raise


@contextlib.contextmanager
def folder_lock(folder: Path):
    """Hold an exclusive lock on ``folder`` (created if need be) for the block; another
    process holding it is refused at once, not waited for. The lock is on the folder
    itself (``flock`` of its descriptor): no lock file is left behind."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as error:
        raise cannot_write(error, folder) from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError("another tei build is writing into this folder: wait for it to end, or choose another --out",
                              str(folder)) from None
        except OSError:
            pass  # a file system without locks: build unlocked, as before
        yield
    finally:
        os.close(handle)


def is_leftover(path: Path) -> bool:
    """A temporary file this toolkit wrote, in a process that no longer runs."""
    found = TEMPORARY_NAME.match(path.name)
    if found is None or path.is_symlink() or not path.is_file():
        return False
    pid = int(found.group("pid"))
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it runs, under another user
    return False


def refuse_overwriting_inputs(output: Path, inputs: Iterable[Path | None] | "InputFiles") -> None:
    """Refuse, before anything is written, an output that is one of the inputs."""
    files = inputs if isinstance(inputs, InputFiles) else InputFiles(inputs)
    given = files.input_at(output)
    if given is not None:
        raise OutputError(f"would overwrite the input {given}: refusing; choose another output path", str(output))


class InputFiles:
    """The files a run reads, to test many outputs against them quickly (by device and
    inode, so links and hard links are seen through)."""

    def __init__(self, inputs: Iterable[Path | None]):
        self.files: dict[tuple[int, int], Path] = {}
        for given in inputs:
            if given is None:
                continue
            with contextlib.suppress(OSError):
                found = os.stat(given)
                self.files.setdefault((found.st_dev, found.st_ino), Path(given))

    def input_at(self, output: Path) -> Path | None:
        """The input that writing ``output`` would overwrite, if any."""
        try:
            found = os.stat(output)
        except OSError:
            return None
        return self.files.get((found.st_dev, found.st_ino))


def current_umask() -> int:
    """The process umask (reading it means setting it; it is set straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
