"""A small corpus made from the seed article: good variants and bad pages."""
from __future__ import annotations

from pathlib import Path

import pytest

BAD = {
    "bad/empty.txt": b"",
    "bad/binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR" + bytes(range(256)),
    "bad/no-text.txt": b"Main NI Index\n\nFrom The Militant, Vol. 1 No. 1, 1 May 1930, p. 1.\n",
}


def variant(seed: str, number: int) -> str:
    """The seed with another title and another day of April 1933 (so another slug)."""
    day = 1 + number % 28
    text = seed.replace("Stalinist Persecutions", f"Stalinist Persecutions {number}")
    return text.replace("1 April 1933", f"{day} April 1933")


def make_corpus(root: Path, seed_path: Path, good: int = 6, bad: bool = True) -> Path:
    seed = seed_path.read_text(encoding="utf-8")
    for number in range(good):
        path = root / f"{1933 + number % 2}" / f"article-{number:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(variant(seed, number), encoding="utf-8")
    if bad:
        for name, data in BAD.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_bytes(data)
    return root


@pytest.fixture()
def corpus(tmp_path, seed_path) -> Path:
    return make_corpus(tmp_path / "corpus", seed_path)
