"""The slug of an article: the name of its output files and its document's ``xml:id``,
made from the header whatever the reader: "militant-1933-04-01-stalinist-persecutions"."""
from __future__ import annotations

import re
import unicodedata

from .model import Header


def slugify(text: str, limit: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug


def make_slug(header: Header) -> str:
    """newspaper-date-title: "militant-1933-04-01-stalinist-persecutions"."""
    journal = re.sub(r"^(?:The|La|Le|Die|Der)\s+", "", header.source.journal or "")
    period = header.source.date_period
    date = header.source.date_iso or (period[0] if period else None) or header.written_iso or ""
    parts = [slugify(journal, 30), date, slugify(header.title or "untitled")]
    slug = "-".join(part for part in parts if part) or "article"
    return slug if slug[0].isalpha() else f"a-{slug}"
