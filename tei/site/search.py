"""The search index: Pagefind, run over the finished site.

Pagefind (PyPI ``pagefind[bin]``, which ships its binary) reads the HTML pages and
writes ``SITE/pagefind/``: the index in fragments and the search interface. Pages opt in
with ``data-pagefind-body`` (articles, register entries); titles and names weigh more
(``data-pagefind-weight``); periodical and year are filters (``data-pagefind-filter``).
It writes into a new folder that replaces the old one when it is complete.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from ..errors import ContentError, TeiError

INDEX = "pagefind"
#: parts of the views' pages that are furniture, not text: the index's links back to the
#: mentions (↑1 ↑2) and to the register, paragraph marks, note numbers, the skip link
NOT_TEXT = (".mentions", ".register-link", ".pilcrow", ".note-back", ".noteref", ".skip")


def pagefind_executable() -> str:
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise TeiError("Pagefind is not installed: pip install 'pagefind[bin]' (or build with --no-search)") from None
    return str(get_executable())


def index_site(site: Path) -> None:
    fresh, old = site / f".{INDEX}.new", site / f".{INDEX}.old"
    for leftover in (fresh, old):
        shutil.rmtree(leftover, ignore_errors=True)
    command = [pagefind_executable(), "--site", str(site), "--output-path", str(fresh), "--silent"]
    for selector in NOT_TEXT:
        command += ["--exclude-selectors", selector]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        message = (result.stderr or result.stdout).strip().splitlines()
        raise ContentError(f"Pagefind failed: {message[-1] if message else result.returncode}", str(site))
    target = site / INDEX
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
