"""Companion files: beside ``ARTICLE.txt``, files that share its stem.

- ``<stem>.meta.toml``: facts the text does not hold. Keys (all optional)::

      source_url = "https://www.marxists.org/history/etol/..."   # the page's address
      publisher = "Our Project, Our University"                    # publicationStmt
      date = "2026-01-31"                                          # revisionDesc/change/@when
      editor = "Ada Lovelace"                 # the edition's responsible editor, a person
      editor_body = "The Project's editors"  # ... or a body (one of the two)

- ``<stem>.corrections.tsv``: the article's transcription errors (see
  :mod:`tei.passes.corrections` for its columns).

``tei encode`` and ``tei build`` find them by themselves, so an article encodes the same
way from either command.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import RegisterError

META_KEYS = {"source_url", "publisher", "date", "editor", "editor_body"}


@dataclass(frozen=True)
class Companions:
    meta: Path | None = None
    corrections: Path | None = None

    def paths(self) -> list[Path]:
        return [path for path in (self.meta, self.corrections) if path is not None]


def stem_of(article: Path) -> str:
    return article.name[: -len(article.suffix)] if article.suffix else article.name


def is_companion(path: Path) -> bool:
    return path.name.endswith((".meta.toml", ".corrections.tsv"))


def find_companions(article: Path) -> Companions:
    stem = stem_of(article)

    def beside(suffix: str) -> Path | None:
        candidate = article.with_name(stem + suffix)
        return candidate if candidate.is_file() else None

    return Companions(beside(".meta.toml"), beside(".corrections.tsv"))


def read_meta(path: Path | None) -> dict[str, str]:
    """The meta file's keys; an unknown key or a bad file is a :class:`RegisterError`
    naming the file (as a broken corrections file is)."""
    if path is None:
        return {}
    from .files import read_input

    raw = read_input(path, "meta file (TOML)")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"at line (\d+)", str(error))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise RegisterError(f"not valid TOML: {message}", str(path), int(found.group(1)) if found else None) from None
    except UnicodeDecodeError as error:
        raise RegisterError(f"not UTF-8 (byte {error.start}); expected a UTF-8 TOML file", str(path)) from None
    except RecursionError:
        raise RegisterError("not read: arrays or tables nested too deeply; expected the flat keys "
                            f"{', '.join(sorted(META_KEYS))}", str(path)) from None
    unknown = set(data) - META_KEYS
    if unknown:
        raise RegisterError(f"unknown key(s) {', '.join(sorted(unknown))}; expected one of: {', '.join(sorted(META_KEYS))}", str(path))
    bad = [key for key, value in data.items() if not isinstance(value, str)]
    if bad:
        raise RegisterError(f"key(s) {', '.join(sorted(bad))} must be strings", str(path))
    if "date" in data:
        check_iso_date(data["date"], "date", str(path))
    return data


def check_iso_date(value: str, what: str, path: str | None = None) -> str:
    """``value`` if it is an ISO date (YYYY-MM-DD); else a RegisterError naming ``what``."""
    import datetime

    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise RegisterError(f"{what} must be an ISO date (YYYY-MM-DD), not {value!r}", path) from None
    return value
