"""The HTML view in a real browser: headless Chromium (Debian's `chromium`) loads the page
from a file, its DOM is dumped to check the title and that every '#fragment' link has its
target, and a screenshot is saved under build/test-artifacts/ (ignored by git)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html

from tei.views import render

from viewtools import FIXTURES, REPO, parse

pytestmark = pytest.mark.browser

ARTIFACTS = REPO / "build" / "test-artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--mute-audio"]
PAGES = {"shape": REPO / "docs" / "tei-shape.xml", "names": FIXTURES / "names.xml",
         "note": FIXTURES / "note.xml", "safety": FIXTURES / "safety.xml"}


@pytest.fixture(scope="module")
def chromium() -> str:
    for name in ("chromium", "chromium-browser", "/usr/bin/chromium"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("headless Chromium not found: install Debian's `chromium` package (.ci/run does)")


def run_chromium(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([chromium, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pages")
    written = {}
    for name, source in PAGES.items():
        path = folder / f"{name}.html"
        path.write_bytes(render(parse(source), "html").output)
        written[name] = path
    return written


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_loads_with_title_and_all_fragment_links_resolve(chromium, pages, name, tmp_path):
    result = run_chromium(chromium, tmp_path / "profile", "--dump-dom", pages[name].as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    dom = html.fromstring(result.stdout)
    expected = html.fromstring(pages[name].read_bytes()).findtext(".//title")
    assert dom.findtext(".//title") == expected and expected.strip()
    ids = set(dom.xpath("//@id"))
    fragments = [href[1:] for href in dom.xpath("//a/@href") if href.startswith("#")]
    assert fragments, "the page has internal links"
    assert [f for f in fragments if f not in ids] == []
    assert dom.xpath("//script") == []


@pytest.mark.parametrize("name, size", [("shape", "1000,2200"), ("names", "420,1400")])
def test_screenshot_is_saved(chromium, pages, name, size, tmp_path):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    target = ARTIFACTS / f"view-{name}-{size.split(',')[0]}.png"
    target.unlink(missing_ok=True)
    result = run_chromium(chromium, tmp_path / "profile", f"--screenshot={target}",
                          f"--window-size={size}", pages[name].as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert target.exists() and target.stat().st_size > 10_000
