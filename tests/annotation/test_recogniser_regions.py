"""A region named after a place (issue 11; found on a fresh development page, where
"Central Europe" and "Spanish Morocco" were marked as "Europe" and "Morocco" at high
certainty): a word of position before any place, or a colonial power's adjective before a
country, is part of the region's name; the region is a place of its own (no gazetteer id),
found by its shape (cert medium). Invented sentences."""
from __future__ import annotations

import pytest

from .test_recogniser_persons_places import spans


@pytest.mark.parametrize("sentence, region", [
    ("The workers of Central Europe were beaten in 1933.", "Central Europe"),
    ("The mines of Upper Silesia were closed.", "Upper Silesia"),
    ("Troops came from Spanish Morocco in July.", "Spanish Morocco"),
    ("The strikes of Northern Italy spread.", "Northern Italy"),
    ("The election in N. Ireland was called in haste.", "N. Ireland"),  # a position abbreviated
    ("The people of Bombay and New Delhi came to their help.", "New Delhi"),  # "New" before a city
])
def test_a_region_named_after_a_place_is_one_place(tmp_path, sentence, region):
    found = [(tag, text, ref, cert) for tag, text, ref, cert in spans(tmp_path, sentence)
             if tag == "placeName" and text != "Bombay"]
    assert found == [("placeName", region, "#place-" + region.lower().replace(". ", "-").replace(" ", "-"), "medium")]


@pytest.mark.parametrize("sentence, place", [
    ("The West German press said nothing of Europe.", "Europe"),   # "German" is no place
    ("The British press attacked Spain.", "Spain"),                 # not right before the country
    ("The French in Paris were silent.", "Paris"),                  # a power's adjective before a city
])
def test_words_of_position_or_power_elsewhere_are_no_part_of_a_place(tmp_path, sentence, place):
    assert [text for tag, text, _, _ in spans(tmp_path, sentence) if tag == "placeName"] == [place]


@pytest.mark.parametrize("sentence, marked", [
    # a listed or gazetteer place that runs on into another capitalised word of running text
    # is part of a longer name: not marked alone
    ("The people formed a guard against the Royal Ulster Constabulary in the streets.", []),
    ("The march reached the Boston Common near the river before noon.", []),
    ("The strikers met again in Chicago Monday and voted for the action.", ["Chicago"]),  # a weekday
    ("The strikers met again in Chicago and voted for the action.", ["Chicago"]),
])
def test_a_place_that_runs_on_into_a_capitalised_word_is_part_of_a_longer_name(tmp_path, sentence, marked):
    assert [text for tag, text, _, _ in spans(tmp_path, sentence) if tag == "placeName"] == marked


def test_in_a_heading_of_capitalised_words_the_place_stands_alone(tmp_path):
    found = [text for tag, text, _, _ in spans(tmp_path, "Labor Rallies to Aid of Akron Strike") if tag == "placeName"]
    assert found == ["Akron"]
