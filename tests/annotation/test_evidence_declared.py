"""The kinds of evidence are declared once (tei/passes/recognise/evidence.py); the table of
docs/names.md names exactly those, and the recogniser uses no other."""
from __future__ import annotations

import re
from pathlib import Path

from tei.passes.recognise.evidence import EVIDENCE, category_id

REPO = Path(__file__).resolve().parents[2]
ROW = re.compile(r"^\| ((?:`[a-z-]+`(?: \([^)]*\))?(?:, )?)+) \|", re.M)


def documented() -> set[str]:
    table = (REPO / "docs" / "names.md").read_text(encoding="utf-8").split("## Evidence and `@cert`", 1)[1]
    return {name for row in ROW.finditer(table) for name in re.findall(r"`([a-z-]+)`", row.group(1))}


def used_in_code() -> set[str]:
    """Evidence names the recogniser's modules pass with a certainty."""
    found = set()
    for path in (REPO / "tei" / "passes" / "recognise").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found.update(re.findall(r'"([a-z]+(?:-[a-z]+)*)",\s*"(?:high|medium|low)"', text))
        found.update(re.findall(r'_add_authors\([^)]*"([a-z-]+)"', text))
    return found


def test_the_docs_table_names_exactly_the_declared_evidence():
    assert documented() == set(EVIDENCE)


def test_every_evidence_the_code_names_is_declared():
    assert used_in_code() and used_in_code() <= set(EVIDENCE)


def test_an_undeclared_evidence_is_refused():
    import pytest
    with pytest.raises(KeyError):
        category_id("hunch")
