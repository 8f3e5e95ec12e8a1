"""Quotations: who speaks (@who) where the sentence names the speaker, and words in marks
that the text itself says are not speech (mentioned, soCalled)."""
from __future__ import annotations

from tei.passes import annotate

from .helpers import SMIRNOVS, article_of, register_from


def quotations(text: str):
    article = article_of(text)
    annotate(article, register_from(SMIRNOVS))
    block = article.body.content[0]
    return [(s.tag, block.text[s.start:s.end], s.attr("who")) for s in block.spans
            if s.tag in {"q", "mentioned", "soCalled"}]


def test_the_speaker_named_before_a_verb_of_saying_is_who():
    assert quotations("At the meeting Zinoviev said, turning to Lenin, “We shall see.”") == [
        ("q", "“We shall see.”", "#pers-zinoviev")]


def test_a_speaker_who_is_not_the_named_person_gives_no_who():
    # the son speaks, not Zinoviev
    assert quotations("Zinoviev’s son is reported to have replied, “Not I.”") == [("q", "“Not I.”", None)]


def test_the_speaker_of_an_earlier_sentence_is_not_carried_over():
    assert quotations("Zinoviev said nothing. The crowd shouted, “Down!”") == [("q", "“Down!”", None)]


def test_only_the_first_quotation_after_the_verb_is_attributed():
    assert [who for _, _, who in quotations("Lenin said, “Yes,” and the hall answered “No.”")] == ["#pers-lenin", None]


def test_a_word_mentioned_as_a_word_and_a_so_called_word_are_not_quotations():
    assert quotations("In other words, the word “Communist” means the so-called “wreckers” and “others”.") == [
        ("mentioned", "“Communist”", None), ("soCalled", "“wreckers”", None), ("q", "“others”", None)]
