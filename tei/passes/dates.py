"""Dates: ``date`` over a date in the text, with ``@when`` (ISO 8601) where certain.

TEI rule: ``@when`` states a value only when it is known. A full date, a month with its
year, and a year after a preposition ("in 1927") are certain. A day and month or a month
alone without a year ("on the 22nd of January", "In January") take the year the article
was written (the header's written date, else the source's date) only when that month
is not later than the month of writing, which a writer cannot refer to in the past;
otherwise the ``date`` has no ``@when``. A year so supplied is the encoder's inference:
the ``date`` carries ``@cert="medium"``. Words that are not dates ("the October days",
"May" the verb) are left alone: a month counts only with a number or after a
preposition.
"""
from __future__ import annotations

import re

from ..dates import FULL_MONTHS, MONTHS as MONTH_NAMES, YEAR as A_YEAR_PATTERN, iso_date
from ..model import Article, Block, Span

#: ``@cert`` of a date whose year is supplied from the article's date, not printed
SUPPLIED_CERT = "medium"
#: full month names as printed -> number
MONTHS = {name: number for number, name in enumerate(FULL_MONTHS, start=1)}
MONTH = "(?P<month>" + "|".join(MONTHS) + ")"
#: abbreviated months (capitalised), read only with their full stop and a day ("Feb. 24",
#: "5 Sept.")
ABBREVIATIONS = {name.capitalize(): number for name, number in MONTH_NAMES.items()
                 if name.capitalize() not in MONTHS}
MONTH_ABBREVIATED = "(?P<month>" + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True)) + r")\."
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = rf"(?P<year>{A_YEAR_PATTERN})"
PREPOSITION = r"(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|[Ff]rom|[Bb]efore|[Aa]fter|[Oo]f|[Tt]o|[Oo]n)"
END = r"(?![\d,]\d)(?!\w)"

#: patterns in order of priority; a later one never overlaps an earlier match. All but the
#: last need a month's name: :func:`mark_dates` skips them in a block that names none.
PATTERNS = [
    re.compile(rf"\b{DAY}\s+of\s+{MONTH}(?:,?\s+{YEAR})?{END}"),
    re.compile(rf"\b{DAY}\s+{MONTH}(?:,?\s+{YEAR})?{END}"),
    re.compile(rf"\b{MONTH}\s+{DAY}(?:,\s+{YEAR})?{END}"),
    re.compile(rf"\b{DAY}\s+{MONTH_ABBREVIATED}(?:,?\s+{YEAR})?{END}"),
    re.compile(rf"\b{MONTH_ABBREVIATED}\s+{DAY}(?:,\s+{YEAR})?{END}"),
    re.compile(rf"\b{MONTH}\s+{YEAR}{END}"),
    re.compile(rf"\b{PREPOSITION}\s+(?P<date>{MONTH})\b"),
    re.compile(rf"\b{PREPOSITION}\s+(?P<date>{YEAR}){END}"),
]


def reference(article: Article) -> tuple[int | None, int | None]:
    """(year, month) the article was written, from its header; parts unknown are None."""
    for iso in (article.header.written_iso, article.header.source.date_iso):
        if iso:
            parts = iso.split("-")
            year = int(parts[0])
            month = int(parts[1]) if len(parts) > 1 else None
            return year, month
    return None, None


def when(match: re.Match, ref_year: int | None, ref_month: int | None) -> str | None:
    """The ISO value of a date match, or None when it is not certain (see :func:`supplies_year`)."""
    groups = match.groupdict()
    month = MONTHS.get(groups.get("month") or "") or ABBREVIATIONS.get(groups.get("month") or "")
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    if year is None and month is not None:
        if ref_year is None or ref_month is None or month > ref_month:
            return None
        year = ref_year
    if year is None:
        return None
    return iso_date(year, month, day)


def supplies_year(match: re.Match) -> bool:
    """True when the match names a month but no year: the year of its ``@when`` is the
    article's, supplied by the encoder (``@cert="medium"``)."""
    groups = match.groupdict()
    return bool(groups.get("month")) and not groups.get("year")


#: a year as the last pattern reads it, to tell whether that pattern can match at all.
A_YEAR = re.compile(A_YEAR_PATTERN)


def patterns_for(text: str) -> list[re.Pattern]:
    """The patterns that can match in ``text``: a month's name is a plain substring
    search, far cheaper than running the patterns over text that names no month."""
    names_a_month = any(name in text for name in MONTHS) or any(f"{a}." in text for a in ABBREVIATIONS)
    has_year = A_YEAR.search(text) is not None
    return [p for p in PATTERNS if (names_a_month if p is not PATTERNS[-1] else has_year)]


def mark_dates(block: Block, ref_year: int | None, ref_month: int | None) -> None:
    taken: list[tuple[int, int]] = []
    for pattern in patterns_for(block.text):
        for match in pattern.finditer(block.text):
            start, end = match.span("date") if "date" in match.groupdict() else match.span()
            if any(start < hi and lo < end for lo, hi in taken):
                continue
            if any(s.tag == "date" and s.start < end and start < s.end for s in block.spans):
                continue  # the reader dated it already (a dateline)
            if any(s.tag != "note" and (s.start < start < s.end < end or start < s.start < end < s.end) for s in block.spans):
                continue
            taken.append((start, end))
            value = when(match, ref_year, ref_month)
            if value is None and pattern is PATTERNS[-2] and ref_month is None:
                continue  # a bare month with no date to anchor it: not marked at all
            attrs = (("when", value),) if value else ()
            if value and supplies_year(match):
                attrs += (("cert", SUPPLIED_CERT),)
            block.spans.append(Span(start, end, "date", attrs))
