"""Where the files that ship with the toolkit are: schemas, stylesheets, bundled data.

They are found through the installed package (``tei.schemas``, ``tei.xslt``,
``tei.data``), never through the current directory, so an installed ``tei`` works from
anywhere.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _folder(package: str) -> Path:
    return Path(str(files(package)))


def schemas_dir() -> Path:
    return _folder("tei.schemas")


def xslt_dir() -> Path:
    return _folder("tei.xslt")


def data_dir() -> Path:
    return _folder("tei.data")


def seed_article() -> Path:
    """The bundled article that ``tei build`` encodes when given none."""
    return data_dir() / "seed" / "000_b59b1de90a8241b9.txt"


def bundled_register() -> Path:
    """The register of persons, places and organisations used without ``--register``."""
    return data_dir() / "register.xml"
