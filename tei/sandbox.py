"""The sandbox every stylesheet runs in, bundled or given by the user.

A transform gets lxml's ``XSLTAccessControl`` denying network access, every write and
the creation of folders: ``xsl:document``/``exsl:document`` cannot write a file, and a
multi-file output is written by Python from what a transform returns. Reading files is
denied too, unless folders are opened for reading (``tei validate --schema-read DIR``,
for a Schematron that looks up a register): then :class:`FolderResolver` serves files
inside those folders and refuses every other path. A refusal is an error of the
toolkit's own (one line, never a traceback).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from lxml import etree

from .errors import TeiError

#: nothing read, written or fetched.
DENY_ALL = etree.XSLTAccessControl.DENY_ALL


def access_control(read_files: bool) -> etree.XSLTAccessControl:
    """No network, no writes, no folders; local reads only when ``read_files`` (and then
    only what a :class:`FolderResolver` serves)."""
    if not read_files:
        return DENY_ALL
    return etree.XSLTAccessControl(read_file=True, write_file=False, create_dir=False,
                                   read_network=False, write_network=False)


def url_path(url: str) -> Path:
    return Path(url[len("file://"):] if url.startswith("file://") else url)


class FolderResolver(etree.Resolver):
    """Serve files inside ``roots``; refuse every other URL with ``error`` (returning None
    would let libxml2 load it by itself)."""

    def __init__(self, roots: Iterable[Path], error: type[TeiError], what: str = "reading"):
        super().__init__()
        self.roots = tuple(Path(root).resolve() for root in roots)
        self.error, self.what = error, what

    def allows(self, path: Path) -> bool:
        return any(root == path or root in path.parents for root in self.roots)

    def resolve(self, url, pubid, context):
        if url is None:
            return None
        if "://" in url and not url.startswith("file://"):
            raise self.error(f"{self.what} {url} refused: no network access", path=str(url))
        try:
            path = url_path(url).resolve()
        except OSError:
            path = url_path(url)
        if not self.allows(path) or not path.is_file():
            where = ", ".join(str(root) for root in self.roots) or "nowhere"
            raise self.error(f"{self.what} {url} refused: only files in {where} may be read", path=str(url))
        return self.resolve_string(path.read_bytes(), context, base_url=str(path))
