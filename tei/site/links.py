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
    ids = page.xpath(".//@id")
    targets = page.xpath(".//a/@href | .//link/@href | .//script/@src")
    return sorted(set(ids)), sorted(set(targets))


def pack_links(found: tuple[list[str], list[str]]) -> list[str]:
    """A page's ids and links as the build state keeps them: links within the page
    ('#...') are left out (checked when the page was made; they hold while it does not
    change), each list joined by newlines (JSON reads one string fast)."""
    ids, targets = found
    return ["\n".join(ids), "\n".join(t for t in targets if not t.startswith("#"))]


def unpack_links(packed: list[str]) -> tuple[list[str], list[str]]:
    return tuple(part.split("\n") if part else [] for part in packed)


def broken_links(links: dict[str, tuple[list[str], list[str]]], files: set[str]) -> list[str]:
    """``page: target`` for every internal link that resolves to nothing.

    ``links``: page -> (ids, targets) for every HTML page; ``files``: every file of the site."""
    ids = LazyIds(links)
    resolved_paths: dict[tuple[str, str], str | None] = {}
    broken = []
    for page, (_, targets) in sorted(links.items()):
        folder = posixpath.dirname(page)
        for target in targets:
            if target.startswith("#"):  # the most frequent: a place on the same page
                if unquote(target[1:]) not in ids[page]:
                    broken.append(f"{page}: {target} (no id {unquote(target[1:])!r} there)")
                continue
            path, _, fragment = target.partition("#")
            key = (folder, path)
            if key not in resolved_paths:
                resolved_paths[key] = resolve(folder, path)
            resolved = resolved_paths[key]
            if resolved is None or resolved.startswith(LATER):
                continue
            fragment = unquote(fragment)
            if resolved.startswith("../") or resolved not in files:
                broken.append(f"{page}: {target} (no such page)")
            elif fragment and resolved in ids and fragment not in ids[resolved]:
                broken.append(f"{page}: {target} (no id {fragment!r} there)")
    return broken


def resolve(folder: str, path: str) -> str | None:
    """The site path a link's path goes to from ``folder``; None for another site."""
    parts = urlsplit(path)
    if parts.scheme or parts.netloc or path.startswith("//"):
        return None
    return posixpath.normpath(posixpath.join(folder, unquote(parts.path)))


class LazyIds(dict):
    """page -> its set of ids, made when first asked for (most pages are never a
    fragment's target)."""

    def __init__(self, links):
        super().__init__()
        self.links = links

    def __contains__(self, page) -> bool:
        return page in self.links

    def __missing__(self, page) -> set[str]:
        found = self[page] = set(self.links[page][0])
        return found


def check_links(links: dict[str, tuple[list[str], list[str]]], files: set[str]) -> None:
    broken = broken_links(links, files)
    if broken:
        more = f" (and {len(broken) - 1} more)" if len(broken) > 1 else ""
        raise ContentError(f"broken internal link: {broken[0]}{more}")
