"""What the last build of a site wrote, so that the next writes only what changed.

``SITE/.tei-site.json`` holds the toolkit's fingerprint (``tei.corpus.keys``: code,
stylesheets, libraries), and for each TEI file its hash, what the site read from it and
the key of its article page; for each page its SHA-256 and (for HTML) its ids and link
targets, so unchanged pages need not be read again for the link check. It is removed
before the first file is written and written last: a build killed half-way leaves no
state, and the next build starts afresh. A state that does not match is ignored.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..output import write_atomic

STATE_NAME = ".tei-site.json"
STATE_FORMAT = 1


def empty_state(fingerprint: str) -> dict:
    return {"format": STATE_FORMAT, "fingerprint": fingerprint, "articles": {}, "pages": {}, "links": {}}


def read_state(site: Path, fingerprint: str) -> dict:
    """The last build's state, or an empty one when it is missing, damaged or another
    toolkit's."""
    empty = empty_state(fingerprint)
    try:
        state = json.loads((site / STATE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return empty
    if not isinstance(state, dict) or state.get("format") != STATE_FORMAT or state.get("fingerprint") != fingerprint:
        return empty
    for part in ("articles", "pages", "links"):
        if not isinstance(state.get(part), dict):
            return empty
    return state


def clear_state(site: Path) -> None:
    (site / STATE_NAME).unlink(missing_ok=True)


def write_state(site: Path, state: dict) -> None:
    write_atomic(site / STATE_NAME, json.dumps(state, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))
