"""Golden files: both views of one small fixture per construct, and of docs/tei-shape.xml.

Rewrite only on purpose: TEI_ACCEPT=1 python -m pytest tests/views -q, then review the
diff of tests/views/golden/.
"""
from __future__ import annotations

import pytest

from tei.views import render

from viewtools import FIXTURES, REPO, check_golden, parse

CASES = sorted(path.stem for path in FIXTURES.glob("*.xml"))
SUFFIX = {"html": "html", "text": "txt"}


@pytest.mark.parametrize("view", ["html", "text"])
@pytest.mark.parametrize("case", CASES)
def test_fixture_matches_golden(case, view):
    rendered = render(parse(FIXTURES / f"{case}.xml"), view)
    check_golden(f"{case}.{SUFFIX[view]}", rendered.output)


@pytest.mark.parametrize("view", ["html", "text"])
def test_choice_diplomatic_matches_golden(view):
    rendered = render(parse(FIXTURES / "choice.xml"), view, {"reading": "diplomatic"})
    check_golden(f"choice.diplomatic.{SUFFIX[view]}", rendered.output)


@pytest.mark.parametrize("view", ["html", "text"])
def test_shape_contract_matches_golden(view):
    rendered = render(parse(REPO / "docs" / "tei-shape.xml"), view)
    assert rendered.warnings == []
    check_golden(f"tei-shape.{SUFFIX[view]}", rendered.output)


@pytest.mark.parametrize("view", ["html", "text"])
def test_rendering_twice_gives_the_same_bytes(view):
    tree = parse(FIXTURES / "names.xml")
    assert render(tree, view).output == render(tree, view).output
