"""A letter's place and date set over the writer's street address (issue 13; found on the
eighth development round's Marx-Engels correspondence pages, where the two lines were read
as a section's head and the salutation under them as a paragraph): the two lines are the
opener's dateline, the salutation follows in the opener, and the place of sending is the
dateline's first line, never the street under it.

The page is an invented page of the same layout in tests/fixtures/reader/ (fidelity,
validity and line-ending independence are checked for every fixture page there)."""
from __future__ import annotations

import pytest

from tei.readers.etol.body import is_dateline_with_address
from tei.readers.etol.text import LineGroup, split_lines


def group(text: str) -> LineGroup:
    return LineGroup(split_lines(text))


@pytest.mark.parametrize("text, expected", [
    ("Harbourtown, 14 January 1871\n7 Quay Street", True),
    ("Harbourtown, 14 January 1871\n7 Quay Street\nNorth Side", True),
    ("Harbourtown, 14 January 1871\nThe strike is over and the docks are open.", False),  # a sentence
    ("The strike of 1871\n7 Quay Street", False),                                         # no place and date
    ("Harbourtown, 14 January 1871", False),                                               # one line: is_date_line's
])
def test_a_dateline_over_a_street_address(text, expected):
    assert is_dateline_with_address(group(text)) is expected


def test_regression_the_dateline_and_salutation_open_the_letter(page):
    p = page("mia_letter_dateline_over_street_address")
    assert p.texts("//t:body/t:div/t:opener/t:dateline") == ["Manchester, 14 January 1871 7 Quay Street"]
    assert p.texts("//t:body/t:div/t:opener/t:salute") == ["Dear Ek,"]
    assert p.xpath("//t:body//t:div[@type='section']") == []
    # the place of sending is the dateline's first line, never the street under it; the
    # letter's own dateline dates its writing and sending
    assert p.texts("//t:correspAction[@type='sent']/t:placeName") == ["Manchester"]
    assert p.xpath("//t:correspAction[@type='sent']/t:date/@when") == ["1871-01-14"]
    assert p.xpath("//t:profileDesc/t:creation/t:date/@when") == ["1871-01-14"]



def test_the_street_under_an_unknown_town_is_never_the_place_of_sending():
    from pathlib import Path

    from tei.pipeline import encode_text

    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "reader" / "mia_letter_dateline_over_street_address.txt"
    text = fixture.read_text(encoding="utf-8").replace("Manchester, 14 January", "Harbourtown, 14 January")
    tree = encode_text(text, path="x.txt").tree
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert tree.xpath("//t:correspAction//t:placeName", namespaces=ns) == []
    assert tree.xpath("//t:correspAction[@type='sent']/t:date/@when", namespaces=ns) == ["1871-01-14"]
