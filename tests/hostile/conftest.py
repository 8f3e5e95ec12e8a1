"""Fixtures of the hostile-input suite (helpers in hostile_run.py)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture()
def article(tmp_path, seed_path) -> Path:
    """A copy of the bundled article (and nothing else) in a fresh folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    target = folder / "article.txt"
    shutil.copyfile(seed_path, target)
    return target


@pytest.fixture(scope="session")
def seed_tei(tmp_path_factory, seed_path) -> bytes:
    """The bundled article's TEI, encoded once per session."""
    from tei.pipeline import encode_file
    from tei.writer.document import serialize

    return serialize(encode_file(seed_path).tree, [])
