"""Dates as printed to ISO 8601, only where the value is certain: the one date engine,
for the readers (mastheads, source lines, datelines) and the dates pass (dates in the
text, :mod:`tei.passes.dates`)."""
from __future__ import annotations

import calendar
import datetime
import re

#: each month's names in lower case, its full name first
MONTH_NAMES = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
)
#: every name of a month (lower case) -> its number
MONTHS = {name: number for number, names in enumerate(MONTH_NAMES, start=1) for name in names}
#: the full names as printed ("January" ... "December")
FULL_MONTHS = tuple(names[0].capitalize() for names in MONTH_NAMES)
#: the days of the week as printed
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
#: a year as the texts print one, 1600 to 2099
YEAR = r"1[6-9]\d\d|20\d\d"


def iso_date(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """"1933", "1933-04", "1933-04-01"; None for a month or day that does not exist."""
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_date(text: str, day_first: bool = True) -> str | None:
    """"1 April 1933" -> "1933-04-01"; "February 1933" -> "1933-02"; "April 12, 1933";
    "12.1.2008" (day first, as ETOL writes it) -> "2008-01-12"; "1927" -> "1927"."""
    clean = text.replace("\u00a0", " ").strip().strip("().,").strip()
    match = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)\.?,?\s+(\d{4})", clean)
    if match and match.group(2).lower() in MONTHS:
        return iso_date(int(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1)))
    match = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", clean)
    if match and match.group(1).lower() in MONTHS:
        return iso_date(int(match.group(3)), MONTHS[match.group(1).lower()], int(match.group(2)))
    match = re.fullmatch(r"([A-Za-z]+)\.?,?\s+(\d{4})", clean)
    if match and match.group(1).lower() in MONTHS:
        return iso_date(int(match.group(2)), MONTHS[match.group(1).lower()])
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", clean)
    if match:
        first, second, year = (int(g) for g in match.groups())
        day, month = (first, second) if day_first else (second, first)
        return iso_date(year, month, day)
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", clean)
    if match:
        return iso_date(*(int(g) for g in match.groups()))
    if re.fullmatch(YEAR, clean):
        return clean
    return None


SEASON = re.compile(rf"(?:Spring|Summer|Autumn|Fall|Winter|Mid-\w+|Early|Late)\s+({YEAR})|"
                    rf"[A-Z][a-z]+\.?\s*[-–/]\s*[A-Z][a-z]+\.?,?\s+({YEAR})")
#: "mid-December 1953", "early March 1940": the month is certain; "Late Spring 1983" the year
PART_OF_MONTH = re.compile(r"(?:mid|early|late)[- ]+(?=[A-Za-z])", re.IGNORECASE)
#: "Winter 1970/71", "1942–43", "1951-1952": an issue dated across two years
SPLIT_YEAR = re.compile(rf"(?:(?:Spring|Summer|Autumn|Fall|Winter)\s+)?({YEAR})\s*[-–/]\s*(\d\d(?:\d\d)?)")
#: "November–December 1952", "October/November 1939": an issue dated across two months
MONTH_SPAN = re.compile(rf"([A-Za-z]+)\.?\s*[-–/]\s*([A-Za-z]+)\.?,?\s+({YEAR})")
#: "27 March 1981–2 April 1981", "27 March–2 April 1981", "March 27–April 2, 1981": a
#: weekly's issue dated over the days of its week, each day with its month (the first perhaps
#: without its year); the source lines' pattern (tei.readers.etol.furniture) uses it too
_DAY, _US_DAY = r"\d{1,2}\s+[A-Za-z]+\.?", r"[A-Za-z]+\.?\s+\d{1,2}"
DAY_SPAN_TEXT = (rf"(?:{_DAY}(?:\s+(?:{YEAR}))?|{_US_DAY}(?:,\s+(?:{YEAR}))?)"
                 rf"\s*[-–/]\s*(?:{_DAY}\s+(?:{YEAR})|{_US_DAY},\s+(?:{YEAR}))")
DAY_SPAN = re.compile(DAY_SPAN_TEXT)
#: the longest span of days an issue is dated over (a fortnightly's)
ISSUE_DAYS = 14


def _clean(text: str) -> str:
    return text.replace("\u00a0", " ").strip().strip(".,").strip()


def parse_issue_date(text: str) -> str | None:
    """An issue's date as printed in a masthead or source line: as :func:`parse_date`
    ("mid-December 1953" is December), and a season or a span of months ("Winter 1942",
    "July–August 1938") gives only what is certain, its year. A span of years ("Winter
    1970/71") has no certain year: None, and :func:`parse_issue_period` tells its span."""
    iso = parse_date(text) or parse_date(PART_OF_MONTH.sub("", _clean(text), count=1))
    if iso is not None:
        return iso
    days = parse_day_span(text)
    if days is not None:
        return days[0][:4] if days[0][:4] == days[1][:4] else None
    match = SEASON.fullmatch(_clean(text)) or SEASON.fullmatch(PART_OF_MONTH.sub("", _clean(text), count=1))
    return (match.group(1) or match.group(2)) if match else None


def parse_issue_period(text: str) -> tuple[str, str] | None:
    """An issue dated across a span, as (from, to) in ISO 8601: "November–December 1952"
    -> ("1952-11", "1952-12"); "Winter 1970/71" and "1942–43" -> ("1970", "1971"),
    ("1942", "1943"). None for a date that is not a span."""
    clean = _clean(text)
    days = parse_day_span(clean)
    if days is not None:
        return days
    match = SPLIT_YEAR.fullmatch(clean)
    if match:
        start, end = match.group(1), match.group(2)
        if len(end) == 2:  # "1970/71", "1999/00": the next year, else no span ("1999-01" is a month)
            following = int(start) + 1
            return (start, f"{following:04d}") if int(end) == following % 100 else None
        # an issue spans a year's turn, two at most: "1933/32" or "1933/1945" is no date
        return (start, end) if 0 < int(end) - int(start) <= 2 else None
    match = MONTH_SPAN.fullmatch(clean)
    if match:
        first, second = (MONTHS.get(m.lower()) for m in match.group(1, 2))
        if first and second and first < second:
            return iso_date(int(match.group(3)), first), iso_date(int(match.group(3)), second)
    return None


def parse_day_span(text: str) -> tuple[str, str] | None:
    """An issue dated over days (:data:`DAY_SPAN`) as (from, to): "27 March 1981–2 April
    1981" -> ("1981-03-27", "1981-04-02"); the first day takes the last one's year when it
    prints none. None unless the last day follows the first by at most :data:`ISSUE_DAYS`."""
    clean = _clean(text)
    if not DAY_SPAN.fullmatch(clean):
        return None
    first_text, last_text = re.split(r"\s*[-–/]\s*", clean, maxsplit=1)
    year = re.search(YEAR, last_text).group()
    first = parse_date(first_text) or parse_date(f"{first_text.rstrip(',')} {year}")
    last = parse_date(last_text)
    if not (first and last and len(first) == len(last) == 10):
        return None
    gap = (datetime.date.fromisoformat(last) - datetime.date.fromisoformat(first)).days
    return (first, last) if 0 < gap <= ISSUE_DAYS else None


def issue_dated(text: str) -> dict:
    """The printed source's date fields for a date as printed (see tei.model.PrintedSource)."""
    return {"date_text": text, "date_iso": parse_issue_date(text), "date_period": parse_issue_period(text)}


def is_issue_date(text: str) -> bool:
    """A date as an issue is dated: a day, month, season or year, or a span of them."""
    return parse_issue_date(text) is not None or parse_issue_period(text) is not None
