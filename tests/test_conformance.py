"""Conformance with official TEI P5 (tei_all 4.12.0): jing, and lxml's RelaxNG."""
from __future__ import annotations


import tei
from tei.writer.document import serialize


def test_seed_is_valid_against_tei_all_with_lxml(seed_path, tei_all_relaxng):
    tree = tei.encode_file(seed_path).tree
    valid = tei_all_relaxng.validate(tree)
    assert valid, str(tei_all_relaxng.error_log)


def test_seed_is_valid_against_tei_all_with_jing(seed_path, tei_all_rng, jing, tmp_path):
    target = tmp_path / "seed.xml"
    target.write_bytes(serialize(tei.encode_file(seed_path).tree))
    result = jing(tei_all_rng, target)
    assert result.returncode == 0, result.stdout + result.stderr


def test_jing_does_reject_what_tei_all_rejects(tei_all_rng, jing, tmp_path):
    """The jing check is real: a TEI document with a p in titleStmt fails."""
    bad = tmp_path / "bad.xml"
    bad.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><p>x</p></titleStmt>'
                   "</fileDesc></teiHeader><text><body><p/></body></text></TEI>", encoding="utf-8")
    result = jing(tei_all_rng, bad)
    assert result.returncode != 0
    assert "bad.xml" in result.stdout + result.stderr


def test_recognised_names_are_valid_against_tei_all_with_jing(tei_all_rng, jing, tmp_path):
    """The recogniser's marks (@resp, @cert, title level="j" with @ref, listBibl, the
    second application) on an invented page stay valid TEI."""
    from pathlib import Path

    page = Path(__file__).parent / "annotation" / "fixtures" / "names" / "invented_labour_page.txt"
    target = tmp_path / "names.xml"
    target.write_bytes(serialize(tei.encode_file(page).tree))
    assert b'resp="#app-tei-etol-names"' in target.read_bytes() and b"<listBibl>" in target.read_bytes()
    result = jing(tei_all_rng, target)
    assert result.returncode == 0, result.stdout + result.stderr
