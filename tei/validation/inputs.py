"""The files a ``tei validate PATH ...`` run checks: files as given, directories searched
recursively for ``*.xml`` (sorted, so reports are stable), ``-`` for stdin.

A folder's entries named ``*.xml`` are all listed, FIFOs and devices too, so that each
is reported by name as unreadable (never read); a link loop is reported as its own
unreadable entry (:func:`tei.files.walk`)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..files import walk

STDIN = "-"


def expand(paths: list[str], problems: list[InputError] | None = None) -> Iterator[str]:
    """Each input once, in the order given; a directory's files in sorted order. Folders
    that cannot be walked (a link loop, no permission) are added to ``problems``."""
    seen: set[str] = set()
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir() and not raw.lower().endswith(".xml"):
            found, trouble = walk(path)
            candidates = [str(p) for p in found if p.name.lower().endswith(".xml")]
            if problems is not None:
                problems.extend(trouble)
        else:
            candidates = [raw]
        for candidate in candidates:
            if candidate not in seen:
                seen.add(candidate)
                yield candidate
