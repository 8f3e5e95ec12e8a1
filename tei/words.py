"""Words: runs of characters between white space, no-break spaces included (Python's
``str.split``). What the fidelity rule compares, the views' word checks read and the
readers count."""
from __future__ import annotations


def words(text: str) -> list[str]:
    return text.split()
