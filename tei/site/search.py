"""The search index: Pagefind, fed the finished site's pages in path order.

Pagefind (PyPI ``pagefind[bin]``, which ships its binary) reads the HTML pages and
writes ``SITE/pagefind/``: the index in fragments and the search interface. Pages opt in
with ``data-pagefind-body`` (articles, register entries); titles and names weigh more
(``data-pagefind-weight``); periodical and year are filters (``data-pagefind-filter``).

The same site must give the same bytes, and Pagefind's command line does not: it numbers
the pages in the order the file system lists them (another order on another disk, or
after a rebuild rewrote some pages), and writes its filter values in a randomly seeded
order. So the pages go to Pagefind's service mode (``pagefind --service``, what its own
Python and Node packages drive: each message is base64 of a JSON object followed by a
comma, on stdin; answers come the same way on stdout) one by one in path order, which
numbers them in that order; the service answers with the index's files
(``GetFiles``), whose filters :mod:`.pagefind_order` sorts; then they are written into a
new folder that replaces the old one when it is complete. Pagefind's official Python
client is not used for this: it reads one answer per tenth of a second, which is minutes
for a site of some thousands of pages.
"""
from __future__ import annotations

import base64
import contextlib
import json
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from ..errors import ContentError, TeiError
from .pagefind_order import canonical_filters

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


def site_pages(site: Path) -> list[str]:
    """The HTML pages Pagefind indexes, by path: all but those in its own folder and in
    hidden folders (the build's temporary ones)."""
    pages = []
    for path in site.rglob("*.html"):
        parts = path.relative_to(site).parts
        if parts[0] != INDEX and not any(part.startswith(".") for part in parts[:-1]):
            pages.append("/".join(parts))
    return sorted(pages)


def messages(site: Path, pages: list[str]):
    """The service's requests: a new index, each page in order, then its files."""
    yield {"type": "NewIndex", "config": {"exclude_selectors": list(NOT_TEXT)}}
    for page in pages:
        yield {"type": "AddFile", "index_id": 0, "file_path": page, "url": None,
               "file_contents": (site / page).read_text(encoding="utf-8")}
    yield {"type": "GetFiles", "index_id": 0}


def pagefind_files(site: Path) -> dict[str, bytes]:
    """Pagefind's index of the site's pages, numbered in path order: path -> bytes."""
    pages = site_pages(site)
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen([pagefind_executable(), "--service"], cwd=site, stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=errors)
        writer = threading.Thread(target=send, args=(process, messages(site, pages)), daemon=True)
        writer.start()
        answer = None
        try:
            answer = last_answer(process, len(pages) + 2)
        finally:
            if answer is None or answer.get("type") != "GetFiles":
                process.kill()  # stopped, refused a page, or interrupted: the writer stops too
            writer.join()
            with contextlib.suppress(OSError):
                process.stdin.close()
            process.wait()
        errors.seek(0)
        said = errors.read().decode("utf-8", "replace").strip().splitlines()
    if answer is None:
        raise ContentError(f"Pagefind failed: {said[-1] if said else f'exit status {process.returncode}'}", str(site))
    if answer.get("type") != "GetFiles":
        raise ContentError(f"Pagefind failed: {answer.get('message', answer.get('type'))}", str(site))
    return {file["path"]: base64.b64decode(file["content"]) for file in answer["files"]}


def send(process: subprocess.Popen, requests) -> None:
    try:
        for number, payload in enumerate(requests, 1):
            message = json.dumps({"message_id": number, "payload": payload}).encode("utf-8")
            process.stdin.write(base64.b64encode(message) + b",")
        process.stdin.flush()
    except (OSError, ValueError):
        pass  # the service stopped: the reader reports it


def last_answer(process: subprocess.Popen, count: int) -> dict | None:
    """Read the service's answers until the last request's (None if it stops first);
    the first error ends the reading."""
    pending = bytearray()  # the answer being read: the files' answer is megabytes long
    while chunk := process.stdout.read1(1 << 20):
        start = 0
        while (comma := chunk.find(b",", start)) >= 0:
            pending += chunk[start:comma]
            start = comma + 1
            message = json.loads(base64.b64decode(pending))
            pending.clear()
            payload = message.get("payload", {})
            if payload.get("type") == "Error" or message.get("message_id") == count:
                return payload
        pending += chunk[start:]
    return None


def index_site(site: Path) -> None:
    fresh, old = site / f".{INDEX}.new", site / f".{INDEX}.old"
    for leftover in (fresh, old):
        shutil.rmtree(leftover, ignore_errors=True)
    files = canonical_filters(pagefind_files(site))
    for path, data in sorted(files.items()):  # the folder appears whole when renamed
        (fresh / path).parent.mkdir(parents=True, exist_ok=True)
        (fresh / path).write_bytes(data)
    target = site / INDEX
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
