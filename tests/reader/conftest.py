"""The ``page`` fixture: a fixture page of tests/fixtures/reader/, encoded once per session."""
from __future__ import annotations

import pytest

from reader_pages import FIXTURES, Page

_cache: dict[str, Page] = {}


@pytest.fixture
def page():
    """page("name") -> the encoded fixture page ``tests/fixtures/reader/name.txt`` (cached)."""

    def load(name: str) -> Page:
        if name not in _cache:
            _cache[name] = Page(FIXTURES / f"{name}.txt")
        return _cache[name]

    return load
