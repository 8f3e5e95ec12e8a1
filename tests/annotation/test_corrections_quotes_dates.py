"""Corrections from the companion file; quotations; dates.

These run the register's passes only (``names="register"``): the name recogniser has its
own tests (test_recogniser.py)."""
from __future__ import annotations

import pytest

from tei.errors import RegisterError
from tei.passes import annotate

from .helpers import SMIRNOVS, article_of, register_from, spans_of

HEADER = "sic\tcorr\tcontext\tnote\n"


def write(tmp_path, rows: str):
    path = tmp_path / "x.corrections.tsv"
    path.write_text("# comment\n" + HEADER + rows, encoding="utf-8")
    return path


def test_correction_becomes_choice_over_the_printed_text(tmp_path):
    path = write(tmp_path, "of of\tof\tchance of of serving\tdoubled\n.\t\tPereverzev. and\tstray stop\n")
    article = article_of("any chance of of serving", "Mrachkovsky, Pereverzev. and many")
    annotate(article, register_from(SMIRNOVS), path, names="register")
    first, second = article.body.content
    assert spans_of(first) == [("choice", "of of", "of")]
    assert spans_of(second) == [("choice", ".", "")]
    # nobody is named: the corrections are the encoder's proposals; each keeps its reason
    assert first.spans[0].attr("resp") == "#app-tei-etol"
    assert [(s.attr("id"), s.attr("type"), s.attr("reason")) for s in (first.spans[0], second.spans[0])] == [
        ("corr1", "transcription", "doubled"), ("corr2", "transcription", "stray stop")]
    assert first.text == "any chance of of serving"  # the text is never patched


@pytest.mark.parametrize(
    "rows, words",
    [
        ("qf\tof\tbenefit qf the\tq for o\n", "matches nothing"),
        ("of\tOF\t\tambiguous\n", "matches 2 places"),
        ("of\tOF\tof of\tsic twice in context\n", "exactly once"),
    ],
)
def test_correction_that_matches_nothing_or_more_than_once_names_file_and_line(tmp_path, rows, words):
    path = write(tmp_path, rows)
    article = article_of("a chance of serving", "the best of all")
    with pytest.raises(RegisterError) as caught:
        annotate(article, register_from(SMIRNOVS), path, names="register")
    assert str(caught.value).startswith(f"{path}:3: ") and words in str(caught.value)


def test_corrections_file_needs_its_header(tmp_path):
    path = tmp_path / "x.corrections.tsv"
    path.write_text("qf\tof\t\t\n", encoding="utf-8")
    with pytest.raises(RegisterError, match=r":1: expected the header row"):
        annotate(article_of("qf"), register_from(SMIRNOVS), path, names="register")


def test_quotations_cover_their_marks_and_nest():
    article = article_of("He said, “we said ‘no’ and “more”” then.")
    annotate(article, register_from(SMIRNOVS), names="register")
    assert [s for t, s, _ in spans_of(article.body.content[0], "q")] == ["“we said ‘no’ and “more””", "“more”"]


def test_unbalanced_marks_warn_and_do_not_crash():
    article = article_of("“The best.” You trust him?” “Yes.”", "“never closed")
    warnings = annotate(article, register_from(SMIRNOVS), names="register")
    first, second = article.body.content
    assert [s for _, s, _ in spans_of(first, "q")] == ["“The best.”", "“Yes.”"]
    assert spans_of(second, "q") == []
    assert [w.code for w in warnings] == ["W-UNBALANCED-QUOTE", "W-UNBALANCED-QUOTE"]


def test_a_missing_opening_mark_supplied_by_a_correction_pairs(tmp_path):
    path = write(tmp_path, "You\t“You\tbest.” You trust\tmissing mark\n")
    article = article_of("“The best.” You trust him?”")
    warnings = annotate(article, register_from(SMIRNOVS), path, names="register")
    assert [s for _, s, _ in spans_of(article.body.content[0], "q")] == ["“The best.”", "You trust him?”"]
    assert warnings == []


def test_quotation_that_would_cross_another_span_is_dropped_with_a_warning():
    from tei.model import Span

    article = article_of("“a [words” missing] b")
    block = article.body.content[0]
    block.spans.append(Span(3, 19, "seg", (("type", "editorial"),)))  # as the reader marks it
    warnings = annotate(article, register_from(SMIRNOVS), names="register")
    assert spans_of(block, "q") == []
    assert [w.code for w in warnings] == ["W-QUOTE-CROSSES"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At the factory, on the 22nd of January, the article", [("22nd of January", "1933-01-22")]),
        ("our leaving the Opposition in 1927”.", [("1927", "1927")]),
        ("written February 1933 in Moscow", [("February 1933", "1933-02")]),
        ("In January, at a session", [("January", "1933-01")]),
        ("In March, at a session", [("March", None)]),  # later than the letter: year uncertain
        ("on 5 May 1933 and May 5, 1933", [("5 May 1933", "1933-05-05"), ("May 5, 1933", "1933-05-05")]),
        ("30,000 participated; 400 members; the October days; he may go", []),
        ("on the 31st of February", [("31st of February", None)]),
        # abbreviated months, with their full stop and a day, as datelines print them
        ("TOLEDO, Ohio, Jan. 24 – Four hundred", [("Jan. 24", "1933-01-24")]),
        ("on Sept. 3, 1940, and on 5 Dec. 1940", [("Sept. 3, 1940", "1940-09-03"), ("5 Dec. 1940", "1940-12-05")]),
        ("Mar 5 and Feb 24 without the stop; Dec. alone", []),
    ],
)
def test_dates_with_when_only_where_certain(text, expected):
    article = article_of(text)
    annotate(article, register_from(SMIRNOVS), names="register")
    assert [(s, w) for _, s, w in spans_of(article.body.content[0], "date")] == expected
