"""Compile the XSLT views once per process, locked down.

The stylesheets run with :data:`ACCESS`, lxml's ``XSLTAccessControl`` denying everything:
no file or network reads, no writes, no directories. Their ``xsl:include`` and
``xsl:import`` are served by :class:`PackageResolver`, which answers only for files inside
the ``tei.xslt`` package and refuses any other URL, so reading files is never granted to
the transform itself (``document('file:///etc/passwd')`` or ``document('http://...')``
fail).

The host functions of :mod:`tei.views.wrap` are registered as extension functions; the
stylesheets test ``function-available()`` and fall back on XSLT 1.0 without them
(``compile_stylesheet(..., host=False)``), so they still run under any processor.
"""
from __future__ import annotations

import functools
import threading
from pathlib import Path

from lxml import etree

from ..xmlparse import safe_parser

from ..errors import ContentError
from ..resources import xslt_dir
from ..sandbox import DENY_ALL, FolderResolver
from .mentions import EXTENSIONS as MENTION_EXTENSIONS
from .wrap import EXTENSIONS as WRAP_EXTENSIONS

#: the host functions the stylesheets may call (each has an XSLT 1.0 fallback).
EXTENSIONS = {**WRAP_EXTENSIONS, **MENTION_EXTENSIONS}

#: the transform may read, write and fetch nothing.
ACCESS = DENY_ALL

#: view name -> entry-point stylesheet, relative to the xslt/ package.
ENTRY_POINTS = {
    "html": "tei-to-html.xsl",
    "text": "tei-to-text.xsl",
}

_cache: dict[str, etree.XSLT] = {}
_lock = threading.Lock()


class PackageResolver(FolderResolver):
    """Serve stylesheet modules from one folder; refuse everything else."""

    def __init__(self, root: Path):
        super().__init__([root], ContentError, "stylesheet module")
        self.root = self.roots[0]


def compile_stylesheet(path: Path, root: Path | None = None, host: bool = True) -> etree.XSLT:
    """Compile the stylesheet at ``path``; its modules must live under ``root``
    (default: its own folder). Runs with :data:`ACCESS`; ``host`` registers the host
    functions (off: the stylesheets do everything in XSLT, as under xsltproc)."""
    root = path.parent if root is None else root
    parser = safe_parser()
    parser.resolvers.add(PackageResolver(root))
    try:
        document = etree.parse(str(path), parser)
        return etree.XSLT(document, access_control=ACCESS, extensions=EXTENSIONS if host else None)
    except ContentError:
        raise
    except (etree.XSLTParseError, etree.XMLSyntaxError) as error:
        raise ContentError(f"stylesheet does not compile: {error}", path=str(path)) from error


def stylesheet(view: str) -> etree.XSLT:
    """The compiled stylesheet of a view ('html', 'text'), compiled on first use."""
    with _lock:
        compiled = _cache.get(view)
        if compiled is None:
            root = xslt_dir()
            compiled = compile_stylesheet(root / ENTRY_POINTS[view], root)
            _cache[view] = compiled
        return compiled


@functools.lru_cache(maxsize=None)
def declared_params(view: str) -> frozenset[str]:
    """The names of the top-level xsl:param of the view (params.xsl and the entry point)."""
    root = xslt_dir()
    names: set[str] = set()
    ns = {"xsl": "http://www.w3.org/1999/XSL/Transform"}
    for name in ("params.xsl", ENTRY_POINTS[view]):
        document = etree.parse(str(root / name), safe_parser())
        names.update(document.xpath("/xsl:stylesheet/xsl:param/@name", namespaces=ns))
    return frozenset(names)
