"""The files a ``tei validate PATH ...`` run checks: files as given, directories searched
recursively for ``*.xml`` (sorted, so reports are stable), ``-`` for stdin."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

STDIN = "-"


def expand(paths: list[str]) -> Iterator[str]:
    """Each input once, in the order given; a directory's files in sorted order."""
    seen: set[str] = set()
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir() and not raw.lower().endswith(".xml"):
            candidates = sorted(str(p) for p in path.rglob("*") if p.name.lower().endswith(".xml"))
        else:
            candidates = [raw]
        for candidate in candidates:
            if candidate not in seen:
                seen.add(candidate)
                yield candidate
