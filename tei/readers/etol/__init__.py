"""The ETOL text reader: an article page of the Encyclopedia of Trotskyism On-Line, saved
as text (see :mod:`.reader` for its regions and :mod:`.regions` for how they are found)."""
from __future__ import annotations

from .reader import read, recognises

__all__ = ["read", "recognises"]
