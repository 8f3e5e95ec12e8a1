"""Run from the checkout (`python -m pytest`, `python bench/bench_build.py`, which runs
`python -m tei`): the checkout's tei/ is imported, and it has no tei.schemas or tei.xslt
inside; the schemas and stylesheets are then found at the top of the checkout."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

#: a Python that sees the checkout's tei/ first and no installed mapping of tei.xslt, as
#: after `pip install .` (not editable) and `python -m ...` at the checkout's top
SCRIPT = """
import sys
sys.meta_path[:] = [finder for finder in sys.meta_path if "editable" not in repr(finder)]
sys.path.insert(0, {repo!r})
import tei.resources as resources
print(resources.xslt_dir()); print(resources.schemas_dir())
from tei.cli import main
sys.exit(main(["build", "--out", {out!r}]))
"""


def test_schemas_and_stylesheets_are_found_beside_the_checkouts_package(tmp_path):
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-c", SCRIPT.format(repo=str(REPO), out=str(out))],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    xslt, schemas = result.stdout.splitlines()[:2]
    assert (Path(xslt), Path(schemas)) == (REPO / "xslt", REPO / "schemas")
    assert sorted(path.suffix for path in out.iterdir() if not path.name.startswith(".")) == [".html", ".txt", ".xml"]
