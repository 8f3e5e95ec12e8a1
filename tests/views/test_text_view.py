"""The text view: wrapping, unicode, readings by child name, word fidelity, warnings."""
from __future__ import annotations

import pytest

from tei.errors import UsageError
from tei.views import body_words, render

from viewtools import FIXTURES, parse, parse_string

TEI = '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="ru"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></teiHeader><text><body><div>{}</div></body></text></TEI>'


def text_of(body: str, **params: str) -> str:
    return render(parse_string(TEI.format(body)), "text", params).output.decode("utf-8")


def body_lines(output: str) -> list[str]:
    return output.split("=" * 8)[-1].lstrip("=").strip("\n").splitlines()


@pytest.mark.parametrize("width", [20, 33, 72])
def test_lines_fit_and_words_survive(width):
    words = ("Большевик Троцкий – «оппозиция» naïve café 1933 ½ Ziinoviev’s " * 12).split()
    output = text_of(f"<p>{' '.join(words)}</p>", wrap=str(width))
    lines = body_lines(output)
    assert all(len(line) <= width for line in lines), lines
    assert " ".join(lines).split() == words


def test_a_word_longer_than_the_line_is_kept_whole():
    long_word = "x" * 30
    lines = body_lines(text_of(f"<p>a {long_word} b</p>", wrap="10"))
    assert lines == ["a", long_word, "b"]


def test_wrap_zero_keeps_each_paragraph_on_one_line():
    lines = body_lines(text_of("<p>" + "word " * 100 + "</p>", wrap="0"))
    assert lines == [" ".join(["word"] * 100)]


def test_no_break_space_is_not_a_break():
    lines = body_lines(text_of("<p>aaaa\u00a0bbbb cccc</p>", wrap="10"))
    assert lines == ["aaaa\u00a0bbbb", "cccc"]


def test_output_is_utf8():
    output = render(parse_string(TEI.format("<p>Троцкий</p>")), "text").output
    assert "Троцкий".encode("utf-8") in output


def test_choice_is_read_by_child_name_not_position():
    corrected = text_of("<p><choice><corr>right</corr><sic>wrnog</sic></choice> <choice><sic>wrnog</sic><corr>right</corr></choice></p>")
    diplomatic = text_of("<p><choice><corr>right</corr><sic>wrnog</sic></choice> <choice><sic>wrnog</sic><corr>right</corr></choice></p>", reading="diplomatic")
    assert body_lines(corrected) == ["right right"]
    assert body_lines(diplomatic) == ["wrnog wrnog"]


def test_notes_are_numbered_endnotes_with_markers_kept():
    output = render(parse(FIXTURES / "note.xml"), "text").output.decode("utf-8")
    body, notes = output.split("Notes\n-----\n")
    assert "Moscow. [1] Then more.[2]" in body and "here.[3]" in body
    assert notes.strip().startswith("[1] First note")
    assert "\n[3] A note of two paragraphs.\n\n    Its second paragraph." in notes


def test_body_words_leave_out_structure_only():
    output = render(parse(FIXTURES / "note.xml"), "text").output.decode("utf-8")
    words = body_words(output)
    assert "[1]" not in words and "Notes" not in words
    assert words[:6] == ["The", "arrests", "were", "made", "in", "Moscow."]
    assert words[-3:] == ["Its", "second", "paragraph."]


def test_unknown_elements_are_rendered_and_reported():
    rendered = render(parse(FIXTURES / "unknown.xml"), "text")
    assert "with unknown words" in rendered.output.decode("utf-8")
    assert "foreign markup" in rendered.output.decode("utf-8")
    assert [w.code for w in rendered.warnings] == ["W-VIEW-UNKNOWN", "W-VIEW-UNKNOWN"]
    assert rendered.warnings[0].line == 17 and "fancyThing" in rendered.warnings[0].message


def test_an_unknown_element_is_reported_once_for_both_views():
    for view in ("html", "text"):
        assert len(render(parse(FIXTURES / "unknown.xml"), view).warnings) == 2


@pytest.mark.parametrize("params", [{"reading": "both"}, {"wrap": "-1"}, {"wrap": "abc"}, {"colour": "red"}])
def test_bad_parameters_are_usage_errors(params):
    with pytest.raises(UsageError, match="expected"):
        render(parse(FIXTURES / "q.xml"), "text", params)


def test_a_source_that_names_no_periodical_is_cited_without_a_leading_comma():
    """The encoder writes no title level="j" for a periodical the page does not name."""
    header = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title>'
              '</titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><bibl type="printed">'
              '<title level="a">T</title><date>date unknown</date></bibl></sourceDesc></fileDesc></teiHeader>'
              '<text><body><div><p>x</p></div></body></text></TEI>')
    output = render(parse_string(header), "text", {}).output.decode("utf-8")
    source = next(line for line in output.splitlines() if line.startswith("Source:"))
    assert source.split(":", 1)[1].strip() == "date unknown"
