"""The mention pass on hand-built blocks: the issue's annotation rules, one test each."""
from __future__ import annotations

import time

from tei.model import Span
from tei.passes import annotate, nest, used_ids
from tei.passes.mentions import trie_pattern

from .helpers import SMIRNOVS, article_of, register_from, spans_of


def names(block):
    return [(t, s, r) for t, s, r in spans_of(block) if t in {"persName", "placeName", "orgName", "title"}]


def test_one_surname_two_people_resolved_by_context_not_first_match():
    register = register_from(SMIRNOVS)
    article = article_of(
        "Smirnov was arrested.",  # no context: the register's default (I.N.)
        "From among the Democratic Centralists, V.M. Smirnov is in Suzdal.",
        "Smirnov is in solitary confinement.",  # the last Smirnov named is V.M.
        "I.N. Smirnov and Preobrazhensky. Smirnov again.",
    )
    annotate(article, register)
    refs = [r for b in article.body.content for t, s, r in names(b) if "Smirnov" in s]
    assert refs == ["#pers-smirnov-in", "#pers-smirnov-vm", "#pers-smirnov-vm", "#pers-smirnov-in", "#pers-smirnov-in"]


def test_shared_form_without_context_or_default_is_left_unmarked_with_a_warning():
    register = register_from(SMIRNOVS.replace(' subtype="default"', ""))
    article = article_of("Smirnov was arrested.")
    warnings = annotate(article, register)
    assert names(article.body.content[0]) == []
    assert [w.code for w in warnings] == ["W-AMBIGUOUS-NAME"]


def test_possessive_and_the_stay_outside_the_span():
    article = article_of("the Far East and Lenin’s anniversary, Lenin's book")
    annotate(article, register_from(SMIRNOVS))
    assert names(article.body.content[0]) == [
        ("placeName", "Far East", "#place-far-east"),
        ("persName", "Lenin", "#pers-lenin"),
        ("persName", "Lenin", "#pers-lenin"),
    ]


def test_words_formed_from_names_are_not_mentions():
    article = article_of("Left Oppositionists and Leninists met the Opposition.")
    annotate(article, register_from(SMIRNOVS))
    assert names(article.body.content[0]) == [("orgName", "Opposition", "#org-lo")]


def test_longest_form_wins_and_a_name_inside_another_kind_is_nested():
    article = article_of("the Workers’ Opposition and the Petrograd Party Committee")
    annotate(article, register_from(SMIRNOVS))
    assert names(article.body.content[0]) == [
        ("orgName", "Workers’ Opposition", "#org-wo"),
        ("orgName", "Petrograd Party Committee", "#org-ppc"),
        ("placeName", "Petrograd", "#place-leningrad"),
    ]


def test_anaphoric_form_needs_an_earlier_mention():
    article = article_of("At the Plenum nothing.", "At the Plenum of the CEC he spoke. At the Plenum he said.")
    annotate(article, register_from(SMIRNOVS))
    first, second = article.body.content
    assert names(first) == []
    assert [s for _, s, _ in names(second)] == ["Plenum of the CEC", "Plenum"]


def test_initial_form_not_taken_before_a_name():
    article = article_of("a letter from V. “They think”", "V. Smirnov and V. I. Lenin")
    annotate(article, register_from(SMIRNOVS))
    assert names(article.body.content[0]) == [("persName", "V.", "#pers-v")]
    assert ("persName", "V.", "#pers-v") not in names(article.body.content[1])


def test_misspelt_name_is_a_mention_with_the_correction_inside(tmp_path):
    corrections = tmp_path / "a.corrections.tsv"
    corrections.write_text("sic\tcorr\tcontext\tnote\nZiinoviev\tZinoviev\t\tdoubled i\n", encoding="utf-8")
    article = article_of("made by Ziinoviev prior to his departure")
    annotate(article, register_from(SMIRNOVS), corrections)
    block = article.body.content[0]
    assert spans_of(block)[:2] == [("persName", "Ziinoviev", "#pers-zinoviev"), ("choice", "Ziinoviev", "Zinoviev")]


def test_titles_of_works_are_titles_with_level():
    article = article_of("From out of My Life comrades have selected")
    annotate(article, register_from(SMIRNOVS))
    block = article.body.content[0]
    assert [(s.tag, block.text[s.start : s.end], s.attr("level")) for s in block.spans] == [("title", "My Life", "m")]


def test_notes_are_annotated_and_used_ids_lists_each_once_in_order():
    article = article_of("Lenin and Lenin", notes=("the Far East",))
    annotate(article, register_from(SMIRNOVS))
    assert used_ids(article) == ["pers-lenin", "place-far-east"]


def test_annotate_twice_gives_the_same_spans(tmp_path):
    article = article_of("“Zinoviev and the Opposition in 1927”, said V.")
    register = register_from(SMIRNOVS)
    annotate(article, register)
    once = list(article.body.content[0].spans)
    annotate(article, register)
    assert article.body.content[0].spans == once


def test_nest_orders_outer_first_and_refuses_crossing_spans():
    spans = [Span(0, 5, "choice"), Span(0, 5, "persName"), Span(0, 9, "q")]
    assert [s.tag for s in nest(spans)] == ["q", "persName", "choice"]
    try:
        nest([Span(0, 5, "q"), Span(3, 8, "persName")])
    except ValueError as error:
        assert "cross" in str(error)
    else:
        raise AssertionError("crossing spans were accepted")


def test_matcher_scales_to_a_large_register():
    """One trie regex: 20,000 forms scan 200 KB of text in well under two seconds."""
    import re

    forms = [f"Name{i:05d} Surname{i % 977}" for i in range(20000)] + ["Moscow"]
    regex = re.compile(r"(?<![\w])(?:" + trie_pattern(forms) + r")(?!\w)")
    text = ("In Moscow Name01234 Surname257 met others. " * 5000)[:200_000]
    started = time.perf_counter()
    found = regex.findall(text)
    assert time.perf_counter() - started < 2.0
    assert found[:2] == ["Moscow", "Name01234 Surname257"]
