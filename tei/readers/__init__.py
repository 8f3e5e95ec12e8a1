"""Readers: one subpackage per input format, each turning a page into the document model.

The protocol (as pandoc's readers share one): a reader is a module with

- ``read(text: str, path: str | None) -> tuple[Article, list[TeiWarning]]``: the page
  (decoded by the pipeline, :mod:`tei.readers.decode`) as a :class:`tei.model.Article`,
  and what it met on the way; a page it cannot read raises a
  :class:`tei.errors.ContentError` naming the path;
- ``recognises(text: str) -> bool``: whether the page looks like its format, cheaply.

Everything that does not depend on the format is the pipeline's (:mod:`tei.pipeline`):
decoding, the slug, the header's warnings, the options, finding files in a folder.

A reader is registered by one line of :data:`READERS`: its name (``--from NAME``), its
module, and the file suffixes it claims. Without ``--from``, the reader is chosen by
content: the first that recognises the page, those claiming its suffix first; else the
first claiming its suffix; else the first of the table.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError


@dataclass(frozen=True)
class Reader:
    """One registered reader: ``module`` holds its ``read`` and ``recognises``."""

    name: str
    module: str
    suffixes: tuple[str, ...]
    summary: str

    def load(self):
        return importlib.import_module(self.module)

    def read(self, text: str, path: str | None = None):
        return self.load().read(text, path)

    def recognises(self, text: str) -> bool:
        return bool(self.load().recognises(text))

    def claims(self, path: str | Path | None) -> bool:
        return path is not None and Path(path).suffix.lower() in self.suffixes


#: every reader, one line each; the first is the default.
READERS = (
    Reader("etol", "tei.readers.etol", (".txt",), "an ETOL article page saved as text"),
)


def reader_names() -> list[str]:
    return [reader.name for reader in READERS]


def reader_named(name: str) -> Reader:
    for reader in READERS:
        if reader.name == name:
            return reader
    raise UsageError(f"unknown reader {name!r}; expected one of: {', '.join(reader_names())}")


def reader_for(text: str, path: str | Path | None = None, name: str | None = None) -> Reader:
    """The reader named ``name``, else the one the page's content and suffix choose."""
    if name is not None:
        return reader_named(name)
    by_suffix = [reader for reader in READERS if reader.claims(path)]
    others = [reader for reader in READERS if reader not in by_suffix]
    for reader in by_suffix + others:
        if reader.recognises(text):
            return reader
    return by_suffix[0] if by_suffix else READERS[0]


def is_readable(path: Path) -> bool:
    """A file some reader claims by its suffix: what a folder yields as articles."""
    return any(reader.claims(path) for reader in READERS)
