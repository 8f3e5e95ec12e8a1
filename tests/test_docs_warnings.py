"""Warning codes are declared once (tei.errors.WARNING_CODES); docs/warnings.md lists
exactly those, and the code emits no other."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tei.errors import WARNING_CODES, TeiWarning

REPO = Path(__file__).resolve().parent.parent
CODE = re.compile(r"\bW-[A-Z]+(?:-[A-Z]+)*\b")


def emitted_codes() -> set[str]:
    """Codes written in the package and the stylesheets as string literals or messages
    (the declaration itself aside)."""
    found = set()
    declaration = REPO / "tei" / "errors.py"
    for path in [*(REPO / "tei").rglob("*.py"), *(REPO / "xslt").rglob("*.xsl")]:
        if path == declaration:
            continue
        text = path.read_text(encoding="utf-8")
        found.update(m.group(1) for m in re.finditer(r"\"(W-[A-Z-]*[A-Z])\"", text))
        found.update(m.group(1) for m in re.finditer(r"<xsl:text>(W-[A-Z-]+)&#9;", text))
    return found


def documented_codes() -> set[str]:
    return set(CODE.findall((REPO / "docs" / "warnings.md").read_text(encoding="utf-8")))


def test_docs_list_exactly_the_declared_codes():
    assert documented_codes() == set(WARNING_CODES)


def test_every_code_in_the_code_is_declared_and_every_declared_code_is_used():
    codes = emitted_codes()
    assert {"W-NO-SOURCE", "W-SOURCE-UNPARSED", "W-VIEW-UNKNOWN", "W-CROSSING"} <= codes  # the scan works
    assert codes - set(WARNING_CODES) == set(), "declare them in tei.errors.WARNING_CODES"
    assert set(WARNING_CODES) - codes == set(), "declared codes the toolkit no longer emits"


def test_an_undeclared_code_is_refused():
    with pytest.raises(ValueError, match="undeclared warning code"):
        TeiWarning("W-NO-SUCH-THING", "a message")
