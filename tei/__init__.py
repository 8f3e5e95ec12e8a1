"""tei-etol: ETOL newspaper articles as TEI P5 editions.

The public API (imports are lazy so that the CLI starts fast)::

    import tei
    tree = tei.encode(text)                 # an lxml ElementTree of the TEI document
    article = tei.read(text)                # the document model, before any XML
"""
from __future__ import annotations

__version__ = "0.2.0"

__all__ = ["__version__", "encode", "encode_file", "read"]


def __getattr__(name: str):
    if name in {"encode", "encode_file", "read"}:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
