"""Ids of the recogniser's entries (``docs/decisions.md`` §1): from the kind and the
normalised name only, so one name has one id in every article of a corpus."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .gazetteer import Place

APP_ID = "app-tei-etol-names"
RESP = f"#{APP_ID}"
KIND_PREFIX = {"person": "pers", "place": "place", "org": "org", "work": "journal"}
KIND_TAG = {"person": "persName", "place": "placeName", "org": "orgName", "work": "title"}
CERT_ORDER = {"low": 0, "medium": 1, "high": 2}


def best_cert(one: str | None, other: str) -> str:
    """The more certain of two @cert values (``one`` may be None)."""
    return other if one is None or CERT_ORDER[other] > CERT_ORDER[one] else one


def id_name(name: str) -> str:
    """``docs/decisions.md`` §1: NFKD, marks and apostrophes dropped, lower case, runs of
    other characters as one "-"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("’", "").replace("'", "").lower()
    text = re.sub(r"[\W_]+", "-", text).strip("-")
    return f"n{text}" if text[:1].isdigit() else text


def person_key(name: str) -> str:
    """Surname with the initials of the forenames: "James P. Cannon" -> "cannon-jp"."""
    words = name.replace(".", ". ").split()
    surname = words[-1]
    initials = "".join(w[0] for w in words[:-1] if w[0].isalpha()).lower()
    return id_name(surname) + (f"-{initials}" if initials else "")


@lru_cache(maxsize=16384)
def entry_id(kind: str, name: str) -> str:
    """The id of an entry of ``kind`` named ``name`` (kept per process: a corpus names its
    persons and bodies again and again)."""
    if kind == "person":
        return f"pers-{person_key(name)}"
    if kind in ("org", "work"):
        name = re.sub(r"^The\s+", "", name)
    return f"{KIND_PREFIX[kind]}-{id_name(name)}"


@dataclass
class Found:
    """One machine entry: its id, kind, names met (the first is its full name), the
    GeoNames place when checked, the evidence, and how many mentions."""

    id: str
    kind: str
    forms: list[str] = field(default_factory=list)
    place: Place | None = None
    evidence: list[str] = field(default_factory=list)
    cert: str = "low"
    count: int = 0

    @property
    def full(self) -> str:
        return max(self.forms, key=lambda f: (len(f.split()), len(f), f)) if self.forms else self.id
