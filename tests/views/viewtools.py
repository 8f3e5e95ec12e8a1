"""Helpers for the view tests: fixtures, rendering, golden files.

Golden files live in tests/views/golden/. They are compared byte for byte and are only
rewritten on purpose:

    TEI_ACCEPT=1 python -m pytest tests/views -q     # then review `git diff tests/views/golden`
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from lxml import etree

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
GOLDEN = HERE / "golden"
REPO = HERE.parent.parent


def parse(path: Path) -> etree._ElementTree:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return etree.parse(str(path), parser)


def parse_string(text: str) -> etree._ElementTree:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return etree.ElementTree(etree.fromstring(text.encode("utf-8"), parser))


def check_golden(name: str, actual: bytes) -> None:
    """Compare with golden/<name>; TEI_ACCEPT=1 rewrites it instead."""
    path = GOLDEN / name
    if os.environ.get("TEI_ACCEPT") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual)
        return
    if not path.exists():
        pytest.fail(f"no golden file {path.relative_to(REPO)}: run TEI_ACCEPT=1 python -m pytest tests/views and review the diff")
    expected = path.read_bytes()
    assert actual.decode("utf-8") == expected.decode("utf-8"), f"{name} differs from its golden file (TEI_ACCEPT=1 to accept)"
