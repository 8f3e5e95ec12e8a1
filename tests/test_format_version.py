"""Change management: the version in each TEI output's appInfo is the output format's,
and `tei build --check` says plainly when outputs were written by an older one."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import tei
from tei.build import written_by

REPO = Path(__file__).resolve().parent.parent


def build(out: Path, *extra: str) -> subprocess.CompletedProcess:
    # run outside the checkout: `python -m tei` there would import the source folder,
    # not the installed package (which has tei.xslt and tei.schemas)
    return subprocess.run([sys.executable, "-m", "tei", "build", "--out", str(out), *extra],
                          capture_output=True, text=True, cwd=out)


def test_outputs_carry_the_toolkit_version():
    data = (REPO / "encoded" / "militant-1933-04-01-stalinist-persecutions.xml").read_bytes()
    assert written_by(data) == tei.__version__
    assert written_by(b"not xml") is None


def test_check_names_the_older_format(tmp_path):
    assert build(tmp_path).returncode == 0
    [xml] = tmp_path.glob("*.xml")
    text = xml.read_text(encoding="utf-8")
    xml.write_text(text.replace(f'version="{tei.__version__}"', 'version="0.0.9"', 1), encoding="utf-8")
    done = build(tmp_path, "--check")
    assert done.returncode == 1
    assert f"written by tei-etol 0.0.9, this is tei-etol {tei.__version__}: the output format changed" in done.stderr


def test_check_of_a_stale_output_of_the_same_format_says_only_stale(tmp_path):
    assert build(tmp_path).returncode == 0
    [xml] = tmp_path.glob("*.xml")
    xml.write_text(xml.read_text(encoding="utf-8").replace("Stalinist", "Stalinst", 1), encoding="utf-8")
    done = build(tmp_path, "--check")
    assert done.returncode == 1
    assert "stale" in done.stderr and "written by" not in done.stderr


def test_the_changelog_has_the_current_version():
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(tei.__version__)}\b", changelog, re.M)
