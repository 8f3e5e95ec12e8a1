"""Fixtures of the static-site tests: a generated corpus built with `tei build`, and
headless Chromium driven over CDP (see cdp.py)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tei_processes import run_tei

from .cdp import Browser, find_chromium

REPO = Path(__file__).resolve().parents[2]
#: a long page address, so that the "How to cite" line must break at a phone's width
LONG_URL = "https://www.marxists.org/history/etol/newspape/themilitant/1933/v06n21/stalinist-persecutions-in-the-soviet-union-{n:05d}.htm"


def built_corpus(folder: Path, count: int) -> Path:
    """``count`` generated articles (bench/generate.py), each with its page address,
    built by `tei build` into folder/out."""
    texts = folder / "texts"
    subprocess.run([sys.executable, str(REPO / "bench" / "generate.py"), "--count", str(count), "--out", str(texts)],
                   check=True, capture_output=True)
    for number, text in enumerate(sorted(texts.rglob("*.txt"))):
        text.with_suffix(".meta.toml").write_text(f'source_url = "{LONG_URL.format(n=number)}"\n', encoding="utf-8")
    out = folder / "out"
    result = run_tei("build", texts, "--out", out, "-j", "2")
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chromium = find_chromium()
    if chromium is None:
        pytest.skip("headless Chromium not found: install Debian's `chromium` package (.ci/run does)")
    driver = Browser(chromium, tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.close()
