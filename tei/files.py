"""Reading inputs: regular files (and stdin) only, of bounded size; folders walked once.

Every input the toolkit reads (articles, companion files, the register, TEI files to
validate or render) comes through :func:`read_input` or :func:`read_stream`:

- only a regular file is read: a FIFO, a device or a socket is refused by name (opened
  without blocking, then checked on the open descriptor, so nothing waits on a FIFO
  and nothing is swapped in between);
- a file larger than the input limit (:data:`DEFAULT_LIMIT`, ``--max-input-size``) is
  refused before it is read, and no read takes more than the limit (a file that grows,
  or ``/proc``'s files, which claim size 0).

:func:`walk` lists a folder's files recursively, following links to folders but never
into a folder it has already entered: a link loop is reported, not followed forever.
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from .errors import InputError

MB = 1024 * 1024
#: the largest input read, by default: far above any article or TEI file.
DEFAULT_LIMIT = 64 * MB

_limit = {"bytes": DEFAULT_LIMIT}


def input_limit() -> int:
    return _limit["bytes"]


def set_input_limit(size: int) -> None:
    """The largest input this process reads (``--max-input-size``; workers get it too)."""
    _limit["bytes"] = int(size)


def limit_text(size: int) -> str:
    return f"{size // MB} MB" if size % MB == 0 else f"{size} bytes"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _too_large(size: int) -> str:
    return (f"larger than the input limit of {limit_text(input_limit())}; "
            "raise it with --max-input-size MB if the file is meant to be read")


def read_input(path: str | os.PathLike, what: str = "file") -> bytes:
    """The bytes of a regular file, at most the input limit; else :class:`InputError`."""
    name = os.fsdecode(path)
    limit = input_limit()
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError("no such file (or a broken link)", name) from None
    except IsADirectoryError:
        raise InputError(f"cannot read: is a folder, expected a {what}", name) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", name) from None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            kind = _kind(info.st_mode)
            raise InputError(f"cannot read: {kind}, not a regular file; expected a {what}", name)
        if info.st_size > limit:
            raise InputError(f"not read: {_too_large(info.st_size)}", name)
        os.set_blocking(handle, True)
        with open(handle, "rb", closefd=True) as stream:
            handle = -1
            data = stream.read(limit + 1)
    except OSError as error:
        if isinstance(error, InputError):
            raise
        raise InputError(f"cannot read: {error.strerror or error}", name) from None
    finally:
        if handle >= 0:
            os.close(handle)
    if len(data) > limit:
        raise InputError(f"not read: {_too_large(len(data))}", name)
    return data


def read_stream(stream: BinaryIO, name: str = "<stdin>") -> bytes:
    """Standard input (or any stream), at most the input limit."""
    limit = input_limit()
    try:
        data = stream.read(limit + 1)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", name) from None
    if len(data) > limit:
        raise InputError(f"not read: {_too_large(len(data))}", name)
    return data


def walk(folder: Path) -> tuple[list[Path], list[InputError]]:
    """Every entry that is not a folder under ``folder`` (sorted by path; links to
    folders followed once), and an error for each link that loops back into a folder
    already entered. Iterative: no depth of folders exhausts the stack."""
    found: list[Path] = []
    problems: list[InputError] = []
    seen: set[tuple[int, int]] = set()
    waiting = [Path(folder)]
    while waiting:
        current = waiting.pop()
        try:
            info = os.stat(current)
            key = (info.st_dev, info.st_ino)
            if key in seen:
                problems.append(InputError("a link loop (a folder that contains itself): not followed", str(current)))
                continue
            seen.add(key)
            entries = list(os.scandir(current))
        except OSError as error:
            problems.append(InputError(f"cannot read the folder: {error.strerror or error}", str(current)))
            continue
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_dir(follow_symlinks=True):
                    waiting.append(path)
                    continue
                if entry.is_symlink():
                    os.stat(path)  # a link to itself raises ELOOP here
            except OSError as error:
                if error.errno == errno.ELOOP:
                    problems.append(InputError("a link loop: not followed", str(path)))
                    continue
            found.append(path)
    found.sort(key=str)
    return found, problems
