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
])
def test_a_region_named_after_a_place_is_one_place(tmp_path, sentence, region):
    found = [(tag, text, ref, cert) for tag, text, ref, cert in spans(tmp_path, sentence) if tag == "placeName"]
    assert found == [("placeName", region, "#place-" + region.lower().replace(" ", "-"), "medium")]


@pytest.mark.parametrize("sentence, place", [
    ("The West German press said nothing of Europe.", "Europe"),   # "German" is no place
    ("The British press attacked Spain.", "Spain"),                 # not right before the country
    ("The French in Paris were silent.", "Paris"),                  # a power's adjective before a city
])
def test_words_of_position_or_power_elsewhere_are_no_part_of_a_place(tmp_path, sentence, place):
    assert [text for tag, text, _, _ in spans(tmp_path, sentence) if tag == "placeName"] == [place]
