"""Compile schemas/tei-etol.sch to schemas/tei-etol.sch.xsl (ISO Schematron -> XSLT 1.0).

Run ``python -m tei.validation.compile`` after editing the rules; a test fails when the
shipped XSLT differs from a fresh compilation. Compiling ahead of time keeps
``tei validate`` from importing lxml.isoschematron (about 20 ms) on every run.
"""
from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree

HEADER = (
    "Generated from tei-etol.sch by `python -m tei.validation.compile`: do not edit; "
    "edit tei-etol.sch and compile again."
)


def compile_schematron(sch_path: Path) -> bytes:
    """The compiled XSLT for ``sch_path``, as deterministic bytes."""
    from lxml import isoschematron

    from .parsing import safe_parser

    schematron = isoschematron.Schematron(
        etree.parse(str(sch_path), safe_parser()),
        store_xslt=True,
        # no svrl:fired-rule per context node: the validator reads only failures
        compile_params={"generate-fired-rule": "'false'"},
    )
    xslt = schematron.validator_xslt
    root = xslt.getroot()
    root.addprevious(etree.Comment(f" {HEADER} "))
    return etree.tostring(xslt, xml_declaration=True, encoding="UTF-8") + b"\n"


def compiled_path(sch_path: Path) -> Path:
    return sch_path.with_name(sch_path.name + ".xsl")


def main(argv: list[str] | None = None) -> int:
    from ..resources import schemas_dir

    args = sys.argv[1:] if argv is None else argv
    sources = [Path(a) for a in args] or [schemas_dir() / "tei-etol.sch"]
    for sch in sources:
        target = compiled_path(sch)
        target.write_bytes(compile_schematron(sch))
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
