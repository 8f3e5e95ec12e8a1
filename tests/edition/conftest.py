"""Fixtures of the static-site tests: headless Chromium driven over CDP (see cdp.py)."""
from __future__ import annotations

import pytest

from .cdp import Browser, find_chromium


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chromium = find_chromium()
    if chromium is None:
        pytest.skip("headless Chromium not found: install Debian's `chromium` package (.ci/run does)")
    driver = Browser(chromium, tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.close()
