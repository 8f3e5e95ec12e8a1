"""The customisation's documentation: docs/customisation.html from schemas/tei-etol.odd.

Run ``python -m tei.validation.odd`` after editing the ODD; a test fails when the
committed page differs from a fresh one. The page is made by ``xslt/odd/doc.xsl``
(XSLT 1.0), run by lxml with access denied (:mod:`tei.views.stylesheets`).
"""
from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree

ODD_FILENAME = "tei-etol.odd"


def odd_path() -> Path:
    from ..resources import schemas_dir

    return schemas_dir() / ODD_FILENAME


def customisation_html(odd: Path | None = None) -> bytes:
    """The documentation page of ``odd`` (default: the bundled ODD), as bytes."""
    from ..resources import xslt_dir
    from ..views.stylesheets import compile_stylesheet
    from ..xmlparse import safe_parser

    transform = compile_stylesheet(xslt_dir() / "odd" / "doc.xsl", host=False)
    document = etree.parse(str(odd or odd_path()), safe_parser())
    return bytes(transform(document))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else Path("docs") / "customisation.html"
    target.write_bytes(customisation_html())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
