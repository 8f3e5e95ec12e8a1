"""The tei_all.rng the tests carry is the one tests/schemas/PROVENANCE.md describes:
its version and its sha256, byte for byte, under the TEI's licence. So the conformance
tests run on a fresh clone, against a known schema."""
from __future__ import annotations

import hashlib
import re

import pytest


@pytest.fixture(scope="module")
def provenance(tei_all_rng) -> str:
    return (tei_all_rng.parent / "PROVENANCE.md").read_text(encoding="utf-8")


def recorded(pattern: str, text: str) -> str:
    match = re.search(pattern, text)
    assert match, f"PROVENANCE.md records no {pattern}"
    return match.group(1)


def test_the_copy_has_the_recorded_checksum(tei_all_rng, provenance):
    sha256 = recorded(r"sha256 `([0-9a-f]{64})`", provenance)
    assert hashlib.sha256(tei_all_rng.read_bytes()).hexdigest() == sha256


def test_the_copy_is_the_recorded_version(tei_all_rng, provenance):
    version = recorded(r"\*\*Version (\d+\.\d+\.\d+)\*\*", provenance)
    head = " ".join(tei_all_rng.read_bytes()[:1000].decode("utf-8").split())  # a no-break space in it
    assert f"TEI Edition: P5 Version {version}." in head


def test_the_licence_is_recorded(provenance):
    assert "CC-BY" in provenance and "BSD-2-Clause" in provenance
