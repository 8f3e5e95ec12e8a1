"""Fixtures of the view tests (helpers are in viewtools.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from viewtools import REPO


@pytest.fixture(scope="session")
def shape_path() -> Path:
    return REPO / "docs" / "tei-shape.xml"
