"""`tei build` on a corpus: bad articles reported, incremental, atomic, parallel-safe.

Each test builds a small corpus made from the seed article (see conftest.py) through the
installed `tei` command, as users run it.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from tei.build import find_articles
from tei.corpus import plan
from tei.options import Options

from tei_processes import group_gone, run_tei, tei_command, wait_for_records

from .conftest import make_corpus

SAFE = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def tree_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def report_of(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def statuses(report: dict) -> dict[str, str]:
    return {Path(a["source"]).name: a["status"] for a in report["articles"]}


def assert_complete_and_valid(out: Path, expected_articles: int, tei_all_relaxng=None) -> None:
    """Every article folder has its outputs, each well formed, and the TEI valid."""
    records = sorted(out.rglob(".tei-build.json"))
    assert len(records) == expected_articles
    assert list(out.rglob("*.tmp")) == []
    try:
        from tei.validation import is_valid
    except ImportError:
        is_valid = None
    for record_file in records:
        record = json.loads(record_file.read_text(encoding="utf-8"))
        for name in record["outputs"]:
            path = record_file.parent / name
            assert path.exists(), path
            data = path.read_bytes()
            assert hashlib.sha256(data).hexdigest() == record["outputs"][name], path  # complete
            if name.endswith(".html"):
                assert data.rstrip().endswith(b"</html>"), path
            if name.endswith(".xml"):
                tree = etree.parse(str(path), SAFE)  # well formed, or this raises
                if is_valid is not None:
                    assert is_valid(tree, name=str(path)), path
                elif tei_all_relaxng is not None:
                    assert tei_all_relaxng.validate(tree), tei_all_relaxng.error_log


def test_good_articles_built_bad_ones_reported(corpus, tmp_path):
    out, report = tmp_path / "out", tmp_path / "report.json"
    result = run_tei("build", corpus, "--out", out, "-j", "2", "--report", report)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    data = report_of(report)
    assert data["counts"] == {"built": 6, "skipped": 0, "failed": 3}
    assert [a["source"] for a in data["articles"]] == sorted(a["source"] for a in data["articles"])
    for article in data["articles"]:
        if Path(article["source"]).parent.name == "bad":
            assert article["status"] == "failed" and article["reason"]
            assert f"{article['source']}: {article['reason']}" in result.stderr
        else:
            assert article["status"] == "built"
            assert all(Path(p).exists() for p in article["outputs"])
    assert {a["reason"].split(":")[0] for a in data["articles"] if a["status"] == "failed"} >= {"empty file"}
    # the output tree mirrors the input tree, one folder per article
    assert (out / "1933" / "article-000" / ".tei-build.json").exists()
    assert (out / "1934" / "article-001" / ".tei-build.json").exists()
    assert not (out / "bad").exists()
    assert "6 built, 0 up to date, 3 failed" in result.stderr
    assert "building" not in result.stderr  # no progress bar when stderr is not a terminal


def test_second_build_skips_everything_and_touches_nothing(corpus, tmp_path):
    good = tmp_path / "good"
    shutil.copytree(corpus, good, ignore=shutil.ignore_patterns("bad"))
    out, report = tmp_path / "out", tmp_path / "report.json"
    assert run_tei("build", good, "--out", out, "-j", "2").returncode == 0
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    again = run_tei("build", good, "--out", out, "-j", "2", "--report", report)
    assert again.returncode == 0, again.stderr
    assert set(statuses(report_of(report)).values()) == {"skipped"}
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == before
    assert again.stdout == ""  # nothing written
    forced = run_tei("build", good, "--out", out, "-j", "2", "--force", "--report", report)
    assert forced.returncode == 0 and set(statuses(report_of(report)).values()) == {"built"}


def test_changed_text_companion_or_damaged_output_rebuilds_only_that_article(corpus, tmp_path):
    out, report = tmp_path / "out", tmp_path / "report.json"
    run_tei("build", corpus, "--out", out, "-j", "1")
    (corpus / "1933" / "article-000.txt").write_text(
        (corpus / "1933" / "article-000.txt").read_text(encoding="utf-8").replace("Moscow.", "Moskva."), encoding="utf-8")
    (corpus / "1934" / "article-001.meta.toml").write_text('source_url = "https://example.org/a.htm"\n', encoding="utf-8")
    damaged = next((out / "1933" / "article-002").glob("*.xml"))
    damaged.write_bytes(damaged.read_bytes() + b"\n")
    missing = next((out / "1934" / "article-003").glob("*.xml"))
    missing.unlink()
    run_tei("build", corpus, "--out", out, "-j", "2", "--report", report)
    got = statuses(report_of(report))
    assert {name for name, status in got.items() if status == "built"} == {
        "article-000.txt", "article-001.txt", "article-002.txt", "article-003.txt"}
    assert {name for name, status in got.items() if status == "skipped"} == {"article-004.txt", "article-005.txt"}
    assert b"Moskva." in next((out / "1933" / "article-000").glob("*.xml")).read_bytes()
    assert b"https://example.org/a.htm" in next((out / "1934" / "article-001").glob("*.xml")).read_bytes()
    assert missing.exists() and not damaged.read_bytes().endswith(b"\n\n")


def test_register_change_rebuilds_every_article(corpus, tmp_path):
    """Any change to the register's bytes may change any article: all are rebuilt."""
    from tei.resources import bundled_register

    bundled = bundled_register()
    if not bundled.exists():
        pytest.skip("no bundled register (tei/data/register.xml) to copy yet")
    register = tmp_path / "register.xml"
    shutil.copyfile(bundled, register)
    good = tmp_path / "good"
    shutil.copytree(corpus, good, ignore=shutil.ignore_patterns("bad"))
    out, report = tmp_path / "out", tmp_path / "report.json"
    first = run_tei("build", good, "--out", out, "--register", register, "-j", "2")
    assert first.returncode == 0, first.stderr
    assert run_tei("build", good, "--out", out, "--register", register, "--report", report).returncode == 0
    assert set(statuses(report_of(report)).values()) == {"skipped"}
    register.write_bytes(register.read_bytes().replace(b"</", b"<!-- edited -->\n</", 1))
    second = run_tei("build", good, "--out", out, "--register", register, "-j", "2", "--report", report)
    assert second.returncode == 0, second.stderr
    assert set(statuses(report_of(report)).values()) == {"built"}
    # without --register the bundled one is used: another register, another build
    assert run_tei("build", good, "--out", out, "--report", report).returncode == 0
    assert set(statuses(report_of(report)).values()) == {"built"}


def test_plan_counts_every_dependency(corpus, tmp_path):
    """In process: the key changes with the register file, the options and the parameters."""
    out = tmp_path / "out"
    register = tmp_path / "any-register.xml"
    register.write_text("<x/>", encoding="utf-8")
    jobs = find_articles([corpus / "1933"], out)
    base = Options(register=register)
    keys = lambda options: [key for _, key in plan(jobs, options).to_build]  # noqa: E731
    reference = keys(base)
    assert len(reference) == 3
    register.write_text("<x/><!-- -->", encoding="utf-8")
    changed = [
        keys(base),
        keys(Options(register=tmp_path / "other.xml")),
        keys(Options(register=register, date="2020-01-01")),
        keys(Options(register=register, params=(("css", "x.css"),))),
        keys(Options(register=register, schema_href="https://example.org/schemas/")),
    ]
    for variant in changed:
        assert all(new != old for new, old in zip(variant, reference))


def test_j1_and_j2_give_identical_outputs(corpus, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    run_tei("build", corpus, "--out", one, "-j", "1")
    run_tei("build", corpus, "--out", two, "-j", "2")
    assert tree_files(one) == tree_files(two)
    assert len(tree_files(one)) >= 12


def test_two_files_with_one_slug_never_overwrite_each_other(seed_path, tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copyfile(seed_path, first)
    shutil.copyfile(seed_path, second)
    out, report = tmp_path / "out", tmp_path / "report.json"
    result = run_tei("build", first, second, first, "--out", out, "-j", "2", "--report", report)
    assert result.returncode == 1
    data = report_of(report)
    assert statuses(data) == {"a.txt": "built", "b.txt": "failed"}  # the first given wins
    assert "same slug" in data["articles"][1]["reason"] and str(first) in data["articles"][1]["reason"]
    # still so when the first is up to date (skipped)
    assert run_tei("build", first, second, "--out", out, "--report", report).returncode == 1
    assert statuses(report_of(report)) == {"a.txt": "skipped", "b.txt": "failed"}


def test_leftover_temporary_files_are_removed(corpus, tmp_path):
    out = tmp_path / "out"
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    leftover = out / "1933" / "article-000" / f".x.xml.tei-{int(ended.stdout)}-abc123.tmp"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"<half")
    run_tei("build", corpus / "1933", "--out", out, "-j", "1")
    assert not leftover.exists()


def big_corpus(tmp_path: Path, seed_path: Path, count: int = 40) -> Path:
    return make_corpus(tmp_path / "big", seed_path, good=count, bad=False)


def start_build(corpus: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([*tei_command(), "build", str(corpus), "--out", str(out), "-j", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)



def test_killed_build_is_finished_by_the_next_one(seed_path, tmp_path, request):
    corpus, out = big_corpus(tmp_path, seed_path), tmp_path / "out"
    process = start_build(corpus, out)
    if not wait_for_records(out, process, at_least=3):
        process.kill()
        pytest.skip("the build finished before it could be interrupted")
    os.killpg(process.pid, signal.SIGKILL)  # the whole process group: parent and workers
    process.wait()
    done_before = len(list(out.rglob(".tei-build.json")))
    assert done_before < 40
    report = tmp_path / "report.json"
    result = run_tei("build", corpus, "--out", out, "-j", "2", "--report", report)
    assert result.returncode == 0, result.stderr
    counts = report_of(report)["counts"]
    assert counts["built"] + counts["skipped"] == 40 and counts["skipped"] >= done_before - 2
    try:
        import tei.validation  # noqa: F401  the project's validator checks the TEI
        relaxng = None
    except ImportError:
        relaxng = request.getfixturevalue("tei_all_relaxng")  # else tei_all
    assert_complete_and_valid(out, 40, relaxng)


def test_ctrl_c_ends_with_130_and_leaves_no_partial_files(seed_path, tmp_path):
    corpus, out = big_corpus(tmp_path, seed_path), tmp_path / "out"
    process = start_build(corpus, out)
    if not wait_for_records(out, process, at_least=3):
        process.kill()
        pytest.skip("the build finished before it could be interrupted")
    os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl-C does
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "interrupted" in stderr
    assert group_gone(process.pid), "worker processes survived Ctrl-C"
    assert list(out.rglob("*.tmp")) == []
    assert run_tei("build", corpus, "--out", out, "-j", "2").returncode == 0
    assert_complete_and_valid(out, 40)


def test_toolkit_fingerprint_covers_every_module_of_the_package(tmp_path, monkeypatch):
    """A change to the reader, the passes or the writer makes every output stale, not only
    a change to tei/corpus/ (which was all the fingerprint covered before)."""
    from tei.corpus import keys

    code = keys.toolkit_code_dir()
    for module in ("readers/etol/reader.py", "passes/mentions.py", "writer/document.py", "register.py", "corpus/keys.py"):
        assert (code / module).is_file(), module
    copy = tmp_path / "tei"
    shutil.copytree(code, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(keys, "toolkit_code_dir", lambda: copy)
    before = keys.toolkit_fingerprint()
    with open(copy / "readers" / "etol" / "reader.py", "a", encoding="utf-8") as module:
        module.write("\n# changed\n")
    assert keys.toolkit_fingerprint() != before


def test_an_interrupt_while_storing_stops_the_workers(seed_path, tmp_path, monkeypatch):
    """A Ctrl-C held back while a file is written comes out in store(), outside the
    generator that owns the worker pool: the pool is stopped all the same."""
    from tei.corpus import run, workers

    corpus = make_corpus(tmp_path / "c", seed_path, good=12, bad=False)
    stopped = []
    original = workers._stop_workers
    monkeypatch.setattr(workers, "_stop_workers", lambda executor: (stopped.append(True), original(executor)))

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(run, "store", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run.build_corpus(find_articles([corpus], tmp_path / "out"), Options(), tmp_path / "out", workers=2)
    assert stopped == [True]


def test_a_worker_bug_keeps_its_cause_for_traceback(monkeypatch, seed_path):
    """A toolkit bug in one article is reported against it, chained to the original
    exception, so that `tei --traceback build` shows the frame that failed."""
    from tei.build import Job
    from tei.corpus import workers

    def broken(*args, **kwargs):
        raise KeyError("the failing frame")

    monkeypatch.setattr(workers, "build_one", broken)
    workers._load_options(Options())
    built, error = workers._build_in_worker(Job(seed_path, Path("out"), False))
    assert built is None and "internal error: KeyError" in str(error)
    assert isinstance(error.__cause__, KeyError)


def test_warnings_are_summed_up_by_code_unless_verbose(corpus, tmp_path):
    """Hundreds of articles must not give hundreds of warning lines: one line counts the
    articles per code; --verbose lists each; --report keeps each; failures stay one a line."""
    out, report = tmp_path / "out", tmp_path / "report.json"
    result = run_tei("build", corpus, "--out", out, "-j", "1", "--report", report)
    assert result.returncode == 1
    per_article = [line for line in result.stderr.splitlines() if "warning:" in line]
    assert per_article == []
    assert "tei: warnings: W-NO-URL: 6 articles" in result.stderr
    assert sum(line.startswith("tei: error: ") for line in result.stderr.splitlines()) == 3
    reported = [w["code"] for a in report_of(report)["articles"] for w in a.get("warnings", [])]
    assert reported.count("W-NO-URL") == 6
    verbose = run_tei("build", corpus, "--out", tmp_path / "out2", "-j", "1", "--verbose")
    assert sum("[W-NO-URL]" in line for line in verbose.stderr.splitlines()) == 6
    assert "tei: warnings:" not in verbose.stderr
