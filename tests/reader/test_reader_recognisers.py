"""The reader's small recognisers, each on its own strings."""
from __future__ import annotations

import pytest

from tei.model import PrintedSource
from tei.readers.etol.body import is_closing_salute, is_signature_lines, split_salute_and_signature
from tei.dates import parse_issue_date, parse_issue_period
from tei.readers.etol.furniture import parse_credit, parse_source, parse_updated
from tei.readers.etol.notes import heading_and_rest, read_notes
from tei.readers.etol.text import LineGroup, Line, group_lines, split_lines
from tei.readers.etol.title_block import parse_masthead, split_authors, split_masthead


@pytest.mark.parametrize("text, iso", [
    ("1 April 1933", "1933-04-01"), ("Winter 1942", "1942"), ("July–August 1938", "1938"),
    ("Spring 1939", "1939"), ("Someday", None), ("31 February 1933", None),
])
def test_issue_dates_give_only_what_is_certain(text, iso):
    assert parse_issue_date(text) == iso


@pytest.mark.parametrize("line, expected", [
    ("From The Militant, Vol. VI No. 21, 1 April 1933, pp. 1 & 3.", ("The Militant", "VI", "21", "1933-04-01", ["1", "3"])),
    ("From Fourth International, Vol. 3 No. 1, Whole No. 20, January 1942, pp. 3–5.",
     ("Fourth International", "3", "1", "1942-01", ["3–5"])),
    ("From The Militant, Vol. VI No. 21 (Whole No. 153), 1 April 1933, p. 4.", ("The Militant", "VI", "21", "1933-04-01", ["4"])),
    ("From New International, Vol. IV No. 7, July–August 1938, pp. 200–204.", ("New International", "IV", "7", "1938", ["200–204"])),
])
def test_source_lines(line, expected):
    source = parse_source(line, 3)
    assert isinstance(source, PrintedSource) and source.line == 3 and source.raw == line
    assert (source.journal, source.volume, source.issue, source.date_iso, source.pages) == expected


def test_a_body_sentence_starting_with_from_is_not_a_source_line():
    assert parse_source("From here on, the war of 1914 was lost.", 1) is None


@pytest.mark.parametrize("line, iso", [
    ("Last updated on 23 October 2015", "2015-10-23"), ("Last updated: 12.1.2008", "2008-01-12"),
    ("Updated by ETOL: 5.7.2003", "2003-07-05"),
])
def test_updated_lines(line, iso):
    assert parse_updated(line) == (line, iso)


def test_thanks_keeps_its_reason_out_of_for_whom():
    credit = parse_credit("Thanks to Paul Flewers for the copy of the paper.", 9)
    assert (credit.role, credit.names, credit.for_whom) == ("thanks", ["Paul Flewers"], None)


@pytest.mark.parametrize("text, names, bracketed", [
    ("[The Editor]", ["The Editor"], True), ("James P. Cannon & Max Shachtman", ["James P. Cannon", "Max Shachtman"], False),
    ("T.T.", ["T.T."], False),
])
def test_author_lines(text, names, bracketed):
    assert split_authors(text) == (names, bracketed)


def test_mastheads():
    assert split_masthead("Fourth International, Winter 1942") == ("Fourth International", "Winter 1942")
    assert parse_masthead("The Militant, 1 April 1933") == "1933-04-01"
    assert split_masthead("Stalinist Persecutions") is None


def group(*lines: str) -> LineGroup:
    return LineGroup(tuple(Line(number, text) for number, text in enumerate(lines, start=10)))


def test_signature_over_lines_needs_a_name_first():
    assert is_signature_lines(["Rosa Karsner", "Secretary, Lynn Branch", "Communist League of America"])
    assert not is_signature_lines(["We have read your letter.", "Secretary"])
    assert not is_signature_lines(["Rosa Karsner", "and then we went home to think it over for a while."])


def test_closing_salutation_split_from_its_signature():
    salute, signed = split_salute_and_signature(group("Fraternally yours,", "L. Trotsky"))
    assert salute.text == "Fraternally yours," and signed.text == "L. Trotsky" and signed.line == 11
    assert is_closing_salute("With communist greetings,") and not is_closing_salute("With this issue we begin.")
    assert split_salute_and_signature(group("Fraternally yours,", "we remain, as ever, on the side of the workers.")) is None


def test_notes_heading_followed_by_notes_on_consecutive_lines():
    [paragraph] = group_lines(split_lines("Footnotes\n[1] One.\n[2] Two,\ncontinued."))
    heading, rest = heading_and_rest(paragraph)
    assert heading == "Footnotes"
    notes = read_notes([rest])
    assert [(n.n, n.blocks[0].text, n.blocks[0].breaks) for n in notes] == [("1", "One.", []), ("2", "Two, continued.", [5])]
    assert heading_and_rest(group("Notes of the Week")) is None


@pytest.mark.parametrize("text, iso, period", [
    ("mid-December 1953", "1953-12", None),            # the month is certain
    ("Early March 1940", "1940-03", None),
    ("July–August 1938", "1938", ("1938-07", "1938-08")),
    ("October/November 1939", "1939", ("1939-10", "1939-11")),
    ("Winter 1970/71", None, ("1970", "1971")),         # which year is not certain
    ("Winter 1942–43", None, ("1942", "1943")),
    ("1951-1952", None, ("1951", "1952")),
    ("Spring 1999/00", None, ("1999", "2000")),
    ("1933/32", None, None),                            # backwards: no date
    ("1933-1945", None, None),                          # no issue spans twelve years
    ("August–July 1938", "1938", None),                 # months backwards: the year only
    ("1999-01", None, None),                            # a month in ISO form, not a span
    ("Late Spring 1983", "1983", None),
])
def test_issue_dates_across_a_span(text, iso, period):
    assert parse_issue_date(text) == iso
    assert parse_issue_period(text) == period
