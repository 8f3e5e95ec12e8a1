"""The build's link check: every internal link of every page goes to a page of the site,
and a fragment to an id on that page. A broken link fails the build, naming the page and
the target. The search's own files (``pagefind/``) are made after the check and are not
checked."""
from __future__ import annotations

import posixpath
from urllib.parse import unquote, urlsplit

from lxml import html

from ..errors import ContentError

#: folders made after the check (by Pagefind)
LATER = ("pagefind/",)


def page_links(page: html.HtmlElement) -> tuple[list[str], list[str]]:
    """The ids of a page and the targets of its links (a/@href, link/@href, script/@src)."""
    ids = page.xpath("//@id")
    targets = page.xpath("//a/@href | //link/@href | //script/@src")
    return sorted(set(ids)), sorted(set(targets))


def broken_links(links: dict[str, tuple[list[str], list[str]]], files: set[str]) -> list[str]:
    """``page: target`` for every internal link that resolves to nothing.

    ``links``: page -> (ids, targets) for every HTML page; ``files``: every file of the site."""
    ids = {page: set(found) for page, (found, _) in links.items()}
    broken = []
    for page, (_, targets) in sorted(links.items()):
        for target in targets:
            parts = urlsplit(target)
            if parts.scheme or parts.netloc or target.startswith("//"):
                continue  # another site
            path, fragment = unquote(parts.path), unquote(parts.fragment)
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), path)) if path else page
            if resolved.startswith(LATER):
                continue
            if resolved.startswith("../") or resolved not in files:
                broken.append(f"{page}: {target} (no such page)")
            elif fragment and resolved in ids and fragment not in ids[resolved]:
                broken.append(f"{page}: {target} (no id {fragment!r} there)")
    return broken


def check_links(links: dict[str, tuple[list[str], list[str]]], files: set[str]) -> None:
    broken = broken_links(links, files)
    if broken:
        more = f" (and {len(broken) - 1} more)" if len(broken) > 1 else ""
        raise ContentError(f"broken internal link: {broken[0]}{more}")
