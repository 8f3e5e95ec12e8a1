"""Where the files that ship with the toolkit are: schemas, stylesheets, bundled data.

They are found through the installed package (``tei.schemas``, ``tei.xslt``,
``tei.data``), never through the current directory, so an installed ``tei`` works from
anywhere. The one exception is the checkout itself: ``python -m pytest`` or ``python -m
tei`` run at its top import its ``tei/`` folder, which has no ``schemas`` or ``xslt``
inside (the layout keeps them at the top, and the wheel maps them into the package), so
there they are taken from beside ``tei/``.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

#: the folder holding the ``tei`` package: in a checkout, also schemas/ and xslt/
PACKAGE_PARENT = Path(__file__).resolve().parent.parent


def _folder(package: str, in_checkout: str | None = None) -> Path:
    try:
        return Path(str(files(package)))
    except ModuleNotFoundError:
        beside = PACKAGE_PARENT / in_checkout if in_checkout else None
        if beside is not None and beside.is_dir():
            return beside
        raise


def schemas_dir() -> Path:
    return _folder("tei.schemas", "schemas")


def xslt_dir() -> Path:
    return _folder("tei.xslt", "xslt")


def data_dir() -> Path:
    return _folder("tei.data")


def seed_article() -> Path:
    """The bundled article that ``tei build`` encodes when given none."""
    return data_dir() / "seed" / "000_b59b1de90a8241b9.txt"


def bundled_register() -> Path:
    """The register of persons, places and organisations used without ``--register``."""
    return data_dir() / "register.xml"
