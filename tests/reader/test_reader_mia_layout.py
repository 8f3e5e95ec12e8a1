"""Pages in the layout of the Marxists' Internet Archive's writer archives (invented
pages, tests/fixtures/reader/mia_*.txt): a block of labelled header lines ("Written:",
"First Published:", "Translated:", "Transcription/Markup:", "Copyleft:")."""
from __future__ import annotations

import pytest

from tei.fidelity import source_parts
from tei.readers.etol.body import is_letter_day
from tei.readers.etol.furniture import parse_published_label, parse_source, periodical_and_issue
from tei.readers.etol.labelled_values import join_labelled_values
from tei.readers.etol.text import Line, LineGroup

from reader_pages import DIGITAL, FIXTURES, PRINTED


def test_first_published_is_the_printed_source(page):
    p = page("mia_first_published_labelled_lines")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "New International"
    assert p.xpath(f"{PRINTED}//t:biblScope[@unit='volume']/@n") == ["2"]
    assert p.xpath(f"{PRINTED}//t:biblScope[@unit='issue']/@n") == ["1"]
    assert p.xpath(f"{PRINTED}//t:date/@when") == ["1935-01"]
    assert p.xpath(f"{PRINTED}//t:biblScope[@unit='page']/@from") == ["15"]
    assert p.texts(f"{PRINTED}//t:note[@type='source-line']") == [
        "First Published: New International, Vol.II No.1, January 1935, pp.15-17."]
    assert "W-NO-SOURCE" not in p.codes
    # the translator is a translator; the copyleft is the licence, not a credit
    assert p.texts(f"{DIGITAL}/t:respStmt[t:resp[contains(., 'Translated')]]/t:persName") == ["Per Dahl"]
    assert p.header.rights[0].startswith("Copyleft:")


def test_an_issue_number_is_never_the_periodicals_title(page):
    p = page("mia_first_published_issue_number_only")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Bulletin of the Opposition"
    assert p.xpath(f"{PRINTED}//t:biblScope[@unit='issue']/@n") == ["35"]
    assert p.xpath(f"{PRINTED}//t:date/@when") == ["1933-07"]


@pytest.mark.parametrize("journal, issue, expected", [
    ("Bulletin of the Opposition No. 35", None, ("Bulletin of the Opposition", "35")),
    ("Bulletin of the Opposition, No.35", None, ("Bulletin of the Opposition", "35")),
    ("The Militant", "21", ("The Militant", "21")),
    ("No. 35", None, (None, None)),
    ("Vol. 3", None, (None, None)),
])
def test_periodical_and_issue(journal, issue, expected):
    got = periodical_and_issue(journal, issue)
    assert got[0] == expected[0] and (expected[0] is None or got[1] == expected[1])


def test_a_source_line_that_names_only_an_issue_names_no_periodical():
    source = parse_source("From No. 35, July 1933.", 1)
    assert source is not None and source.journal is None and source.date_iso == "1933-07"


def test_published_labels_without_from():
    assert parse_published_label("Published: in Labor Action, Vol. 5 No. 12, 24 March 1941, p. 3.", 4).journal == "Labor Action"
    assert parse_published_label("First Published: nowhere we know of.", 4) is None
    assert parse_published_label("Transcription/Markup: Ada Pell.", 4) is None


def test_regression_a_salutation_is_never_the_title(page):
    p = page("mia_letter_without_title_line")
    assert p.header.title is None and p.header.authors == ["Marta Lind"]
    # the salutation above the labelled lines opens the letter
    assert p.one("//t:div[@type='article']/t:opener/t:salute") == "Dear Comrades,"
    assert p.one("//t:titleStmt/t:title[@type='supplied']") == "Letter from Marta Lind"


@pytest.mark.parametrize("name, journal, when, volume, issue", [
    ("mia_source_line_without_from_after_title", "International Socialism", "1990", "2", "3"),
    ("mia_source_line_after_a_columns_name", "Labor Action", "1941-03-24", "5", "12"),
])
def test_a_source_line_without_from_is_read(page, name, journal, when, volume, issue):
    """After the title, the periodical's name (after a column's name, if any) and its
    numbering, without "From": the printed source, and not the title's subtitle."""
    p = page(name)
    assert p.one(f"{PRINTED}//t:title[@level='j']") == journal
    assert p.xpath(f"{PRINTED}//t:date/@when | {PRINTED}//t:date/@from") == [when]
    assert p.xpath(f"{PRINTED}//t:biblScope[@unit='volume']/@n") == [volume]
    assert p.xpath(f"{PRINTED}//t:biblScope[@unit='issue']/@n") == [issue]
    assert p.header.subtitles == [] and "W-NO-SOURCE" not in p.codes


def test_a_sentence_with_a_number_after_a_comma_is_no_source_line():
    from tei.readers.etol.furniture import parse_bare_source

    assert parse_bare_source("He read the Bulletin, No. 35 of which was printed in July 1933, twice.", 1) is None
    assert parse_bare_source("From The Militant, Vol. VI No. 21, 1 April 1933.", 1) is None  # that one has From


def test_the_archives_writer_is_the_author_never_the_title(page):
    """A title block holding only "Marta Lind", under "Marta Lind Internet Archive": the
    author; the page has no title line (W-NO-TITLE), and nothing is guessed."""
    p = page("mia_author_name_without_title_line")
    assert (p.header.authors, p.header.title) == (["Marta Lind"], None)
    assert "W-NO-TITLE" in p.codes
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Socialist Appeal"


def test_archive_writers_are_read_from_the_navigation():
    from tei.readers.etol.title_block import archive_writers

    assert archive_writers(["Marta Lind Internet Archive   |   Writings 1936"]) == ["Marta Lind"]
    assert archive_writers(["Pell Archive   |   Trotskyist Writers Index   |   ETOL Main Page"]) == ["Pell"]
    assert archive_writers(["Encyclopedia of Trotskyism | Marxists’ Internet Archive"]) == []


# -- labels set one value per line ------------------------------------------------------------

def test_labels_set_one_value_a_line_are_the_headers_and_the_text_starts_below_them(page):
    p = page("mia_labelled_block_one_value_a_line_other_formats_date_line")
    # a "Published:" statement naming no periodical is kept beside the printed source, as printed
    assert p.texts(f"{PRINTED}//t:note[@type='source-line']") == [
        "Published: First published in 1931 in Harbour Miscellany IV. Sent from Osterby to Lindholm. "
        "Printed from the original.",
        "Source: Marten Collected Works, Harbour Publishers, [1978], Osterby, Volume 12, pages 40b-41."]
    assert not p.xpath(f"{DIGITAL}/t:note[@type='credit'][starts-with(., 'Published')]")
    assert p.texts(f"{DIGITAL}/t:respStmt[t:resp[contains(., 'Transcription')]]/t:persName") == ["K. Holm"]
    assert p.texts(f"{DIGITAL}/t:respStmt[t:resp[contains(., 'Translated')]]/t:persName") == ["Per Dahl", "Ada Pell"]
    # the rights label's value: its holder and the sentences that grant the page's use
    assert p.header.rights == ["Public Domain: Marten Internet Archive (2006). You may freely copy, distribute, "
                               "display and perform this work; as well as make derivative and commercial works. "
                               "Please credit “Harbour Internet Archive” as your source."]
    text = " ".join(p.texts("//t:text//t:p | //t:text//t:head | //t:text//t:dateline | //t:text//t:salute"))
    for line in ("Harbour Publishers,", "Volume 12,", "K. Holm", "(2006).", "Other Formats", "README", "Text "):
        assert line not in text
    # the letter's day set alone above its salutation is its dateline
    assert p.texts("//t:body/t:div/t:opener/*") == ["9/IV. 01", "Dear T. N.,"]
    assert p.texts("//t:body/t:div/t:opener/t:dateline") == ["9/IV. 01"]
    assert p.one("//t:titleStmt/t:title[@type='supplied']") == "Letter to T. N."


def test_other_formats_in_a_block_of_labelled_lines_is_no_heading(page):
    p = page("mia_labelled_lines_other_formats_line_in_the_block")
    assert not p.xpath("//t:body//t:head[contains(., 'Formats')]")
    assert p.header.title == "On the History of the Harbour Press"
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Worker"
    assert p.texts("//t:body//t:p")[0].startswith("The history of the harbour press")


@pytest.mark.parametrize("lines, expected", [
    # a label's value runs to the next labelled line
    (["Source:", "Marten", "Collected Works,", "Volume 3.", "Translated: Per Dahl"],
     ["Source: Marten Collected Works, Volume 3.", "Translated: Per Dahl"]),
    # the block's last label, before the text: its value is the one line below it
    (["Transcription\\Markup:", "K. Holm", "Copy to the print shop.", "Please tell me why the paper came late."],
     ["Transcription\\Markup: K. Holm", "Copy to the print shop.", "Please tell me why the paper came late."]),
    # a line of more than 15 words ends the search for the next label: one line
    (["Published:", "Harbour Worker No. 3, May 1914.",
      "The history of the harbour press is bound up with the history of the unions and their long fight.",
      "Source: a later line"],
     ["Published: Harbour Worker No. 3, May 1914.",
      "The history of the harbour press is bound up with the history of the unions and their long fight.",
      "Source: a later line"]),
    # the rights label: its holder's sentence, then only sentences that grant the page's use
    (["Copyleft:", "Harbour Archive", "(2004).", "The strike began on Monday."],
     ["Copyleft: Harbour Archive (2004).", "The strike began on Monday."]),
    (["Other Formats:", "Text", "PDF", "• README", "Dear Comrade,"],
     ["Other Formats: Text PDF", "• README", "Dear Comrade,"]),
])
def test_join_labelled_values(lines, expected):
    groups = [LineGroup((Line(number, text),)) for number, text in enumerate(lines, start=1)]
    assert [group.text for group in join_labelled_values(groups)] == expected


def test_the_fidelity_oracle_reads_labels_set_one_value_a_line_as_header_lines():
    page_text = (FIXTURES / "mia_labelled_block_one_value_a_line_other_formats_date_line.txt").read_text(encoding="utf-8")
    body, _notes = source_parts(page_text)
    assert body[:4] == ["9/IV.", "01", "Dear", "T."]
    # the last label's value is one line: the letter's first line after it is body
    body, _notes = source_parts("Title\n\nPublished:\nHarbour Worker, May 1914.\nCopy to the print shop.\nThe text.\n")
    assert body == ["Copy", "to", "the", "print", "shop.", "The", "text."]


@pytest.mark.parametrize("line, expected", [
    ("Friday", True), ("Sunday morning", True), ("7/XII. 00", True), ("17/XI-21", True),
    ("Pravda", False), ("Summer", False), ("Friday, the strike began.", False), ("12/40 pages", False),
])
def test_a_letters_day_alone_on_its_line(line, expected):
    assert is_letter_day(line) is expected


def test_a_label_alone_below_the_text_is_the_texts_as_printed(page):
    # only the page's first block of labelled lines is the header's: "Source:" over a
    # citation at the foot of the article stays the text's paragraph, its line break kept
    p = page("mia_labelled_lines_then_a_label_alone_at_the_foot")
    assert p.texts("//t:body//t:p")[-1] == "Source: The Harbour Tribune, bound volume of 1921, kept at the union's hall."
    assert p.xpath("//t:body//t:p[last()]/t:lb")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Tribune"
