"""Publishers in running text (issue 11): the publishers' list (tei/data/names/publishers.xml),
"… Books", "… Publications", "… Publishing House" as organisation heads, and a publisher on
the line under a reviewed book's editor. Invented sentences; docs/names.md gives the evidence."""
from __future__ import annotations

import pytest

from .test_recogniser_persons_places import names, spans


@pytest.mark.parametrize("sentence, publisher", [
    ("The new edition from Penguin Books is cheap.", "Penguin Books"),
    ("It was reissued by Penguin last spring.", "Penguin"),
    ("Allen and Unwin brought out the first volume.", "Allen and Unwin"),
    ("George Allen and Unwin brought out the first volume.", "George Allen and Unwin"),
    ("A paperback is promised by Random House.", "Random House"),
    ("The translation appeared with W.W. Norton in the autumn.", "W.W. Norton"),
])
def test_a_listed_publisher_in_running_text_is_an_organisation_at_high(tmp_path, sentence, publisher):
    found = spans(tmp_path, sentence)
    assert ("orgName", publisher, "high") in [(tag, text, cert) for tag, text, _, cert in found]


@pytest.mark.parametrize("sentence, word", [
    ("The writer Ada Harper spoke. Harper was cheered.", "Harper"),
    ("They sailed from Oxford to the coast of Norway in a Viking ship.", "Oxford"),
    ("They sailed in a Viking ship.", "Viking"),
    ("Pan was a god of the shepherds.", "Pan"),
])
def test_a_publishers_short_form_that_is_a_common_word_or_a_name_is_no_publisher(tmp_path, sentence, word):
    assert ("orgName", word) not in names(tmp_path, sentence)


@pytest.mark.parametrize("sentence, body", [
    ("The pamphlet came from Hawkmoor Books in the spring.", "Hawkmoor Books"),
    ("The pamphlet came from Hawkmoor Publications in the spring.", "Hawkmoor Publications"),
    ("The pamphlet came from Ellery Publishing House in the spring.", "Ellery Publishing House"),
])
def test_books_publications_and_publishing_house_end_an_organisation_at_low(tmp_path, sentence, body):
    found = spans(tmp_path, sentence)
    assert ("orgName", body, "low") in [(tag, text, cert) for tag, text, _, cert in found]


def test_a_house_without_publishing_is_no_organisation(tmp_path):
    assert all(tag != "orgName" for tag, _ in names(tmp_path, "They met at Ellery House in the spring."))


def test_a_publisher_under_an_editors_line_is_not_part_of_the_editors_name(tmp_path):
    found = names(tmp_path, "The Essential Writings of Harlan Voss\nedited by Ada Pell\nRandom House, 1963.\n\n"
                            "The book is long.")
    assert ("orgName", "Random House") in found and ("persName", "Ada Pell") in found


@pytest.mark.parametrize("sentence, publisher", [
    ("He has published The Harbour Miners (Frank Ekberg, £3.75), which we shall review.", "Frank Ekberg"),
    ("A new study of the docks (Tidewater Books 85p) is out.", "Tidewater Books"),
    ("The pamphlet (Harbour Press, $2.50) sold out.", "Harbour Press"),
])
def test_a_name_and_a_price_in_brackets_is_the_books_publisher(tmp_path, sentence, publisher):
    """Before the lists and the shapes: a publisher named after a person is no person."""
    found = names(tmp_path, sentence)
    assert ("orgName", publisher) in found
    assert all(tag != "persName" for tag, _ in found)
