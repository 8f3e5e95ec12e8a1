"""`encoded/` holds what `tei build` makes now: it fails when it is stale.

Refresh it deliberately with `tei build` at the top of the checkout, and read the diff.
"""
from __future__ import annotations

from tei.build import Job, build_one, stale_outputs
from tei.pipeline import load_register

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_encoded_folder_is_current(seed_path):
    built = build_one(Job(seed_path, REPO / "encoded", False), register=load_register(None))
    problems = stale_outputs(built)
    assert not problems, "encoded/ is stale; run `tei build` and review the diff:\n" + "\n".join(problems)
