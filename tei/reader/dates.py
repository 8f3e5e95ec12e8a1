"""Dates as printed to ISO 8601, only where the value is certain."""
from __future__ import annotations

import re

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    import calendar

    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_date(text: str, day_first: bool = True) -> str | None:
    """"1 April 1933" -> "1933-04-01"; "February 1933" -> "1933-02"; "April 12, 1933";
    "12.1.2008" (day first, as ETOL writes it) -> "2008-01-12"; "1927" -> "1927"."""
    clean = text.replace("\u00a0", " ").strip().strip("().,").strip()
    match = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)\.?,?\s+(\d{4})", clean)
    if match and match.group(2).lower() in MONTHS:
        return _iso(int(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1)))
    match = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", clean)
    if match and match.group(1).lower() in MONTHS:
        return _iso(int(match.group(3)), MONTHS[match.group(1).lower()], int(match.group(2)))
    match = re.fullmatch(r"([A-Za-z]+)\.?,?\s+(\d{4})", clean)
    if match and match.group(1).lower() in MONTHS:
        return _iso(int(match.group(2)), MONTHS[match.group(1).lower()])
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", clean)
    if match:
        first, second, year = (int(g) for g in match.groups())
        day, month = (first, second) if day_first else (second, first)
        return _iso(year, month, day)
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", clean)
    if match:
        return _iso(*(int(g) for g in match.groups()))
    if re.fullmatch(r"1[6-9]\d\d|20\d\d", clean):
        return clean
    return None


SEASON = re.compile(r"(?:Spring|Summer|Autumn|Fall|Winter|Mid-\w+|Early|Late)\s+(1[6-9]\d\d|20\d\d)|"
                    r"[A-Z][a-z]+\.?\s*[-–/]\s*[A-Z][a-z]+\.?,?\s+(1[6-9]\d\d|20\d\d)")


def parse_issue_date(text: str) -> str | None:
    """An issue's date as printed in a masthead or source line: as :func:`parse_date`, and
    a season or a span of months ("Winter 1942", "July–August 1938") gives only what is
    certain, its year."""
    iso = parse_date(text)
    if iso is not None:
        return iso
    match = SEASON.fullmatch(text.replace("\u00a0", " ").strip().strip(".,").strip())
    return (match.group(1) or match.group(2)) if match else None
