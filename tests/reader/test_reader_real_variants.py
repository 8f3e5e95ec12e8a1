"""Variants met on real ETOL pages, each shown on a synthetic fixture page of the same layout.

The real pages were only read, never copied here: every fixture in tests/fixtures/reader/
named below is invented text laid out as the real page was. The parametrized tests of
test_reader_fixture_pages.py check each for fidelity, tei_all validity, CRLF/BOM and
determinism; these tests check what the reader makes of the variant.
"""
from __future__ import annotations

import pytest

from tei.readers.etol.body import is_attribution
from tei.readers.etol.furniture import is_credit, parse_credit, parse_source, parse_written_label
from tei.readers.etol.text import page_groups, split_lines

from reader_pages import DIGITAL, PRINTED


# -- the printed source line ------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    # Fourth International pages write "vol.6 No.3" in lower case, without spaces
    ("From Fourth International, vol.6 No.3, March 1945, pp.91-95.", ("Fourth International", "6", "3", "1945-03", ["91-95"])),
    # International Socialism, second series: "2 : 132" is series 2, issue 132
    ("From International Socialism 2 : 132, Autumn 2011.", ("International Socialism", None, "132", "2011", [])),
    # the date in brackets after the number
    ("From Proletarian Revolution, No. 31 (Fall 1988).", ("Proletarian Revolution", None, "31", "1988", [])),
    # printed in two instalments: the first issue is the source
    ("From Socialist Appeal, Vol. IV No. 6, 10 February 1940, p. 2 & Vol. IV No. 7, 17 February 1940, p. 2.",
     ("Socialist Appeal", "IV", "6", "1940-02-10", ["2"])),
])
def test_source_line_forms_of_real_pages(line, expected):
    source = parse_source(line, 1)
    assert source is not None and source.raw == line
    assert (source.journal, source.volume, source.issue, source.date_iso, source.pages) == expected



def test_instalments_after_commas_are_issues_of_their_own():
    """An article printed over several issues whose source line separates them with
    commas, "&" only before the last: each issue is read, and no page list swallows the
    next issue's numbers (that once put "pp. 3" into biblScope/@from: invalid TEI)."""
    line = ("From The Militant, Vol. IX No. 10, 3 March 1945, pp. 2–4, Vol. IX No. 11, 10 March 1945, pp. 2–4, "
            "Vol. IX No. 12, 17 March 1945, p. 5 & Vol. IX No. 13, 24 March 1945, p. 5.")
    source = parse_source(line, 1)
    assert (source.journal, source.issue, source.date_iso, source.pages) == ("The Militant", "10", "1945-03-03", ["2–4"])
    assert [(s.issue, s.date_iso, s.pages) for s in source.instalments] == [
        ("11", "1945-03-10", ["2–4"]), ("12", "1945-03-17", ["5"]), ("13", "1945-03-24", ["5"])]

def test_lowercase_vol_fills_the_printed_bibl(page):
    p = page("source_line_lowercase_vol_and_credit_edited_formatted")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Fourth International"
    assert p.texts(f"{PRINTED}//t:biblScope[@unit='volume' or @unit='issue']") == ["4", "8"]
    assert p.one(f"{PRINTED}//t:date/@when") == "1943-08"
    assert "W-NO-SOURCE" not in p.codes
    assert p.texts(f"{DIGITAL}/t:respStmt/t:persName") == ["Orla Penn", "Siv Dahl"]
    # the body starts after the credit line: no furniture in the text
    assert p.texts("//t:body//t:p")[0] == "The harbour section met for three days and adopted the draft below."


def test_series_colon_issue_and_copied_with_thanks(page):
    p = page("source_line_series_colon_issue_copied_with_thanks")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "International Socialism"
    assert p.one(f"{PRINTED}//t:biblScope[@unit='issue']") == "143"
    # the series stays in the raw source line
    assert p.one(f"{PRINTED}//t:note[@type='source-line']") == "From International Socialism 2 : 143, Summer 2014."
    assert p.one("//t:availability/@status") == "restricted"
    assert "Copied with thanks from the International Socialism Website." in p.texts(f"{DIGITAL}/t:note[@type='credit']")
    assert not [t for t in p.texts("//t:text") if "Copied" in t]


def test_date_in_brackets(page):
    p = page("source_line_date_in_brackets")
    assert (p.header.source.journal, p.header.source.issue, p.header.source.date_iso) == ("Proletarian Revolution", "44", "1994")
    assert "W-NO-SOURCE" not in p.codes and "W-SOURCE-DATE" not in p.codes


def test_two_instalments_give_one_monogr_each_and_keep_the_raw_line(page):
    p = page("source_line_two_instalments")
    first, second = f"{PRINTED}/t:monogr[1]", f"{PRINTED}/t:monogr[2]"
    assert p.texts(f"{first}/t:biblScope[@unit='page']") == ["3"]
    assert p.one(f"{first}/t:imprint/t:date/@when") == "1940-03-02"
    assert p.one(f"{second}/t:imprint/t:date/@when") == "1940-03-09"
    assert (p.one(f"{second}/t:title[@level='j']"), p.one(f"{second}/t:biblScope[@unit='issue']")) == ("Socialist Appeal", "10")
    assert p.xpath(f"{PRINTED}/t:monogr[3]") == []
    assert "Vol. IV No. 10, 9 March 1940" in p.one(f"{PRINTED}/t:note[@type='source-line']")



def test_instalments_after_commas_give_one_monogr_each(page):
    p = page("source_line_instalments_after_commas")
    assert [p.one(f"{PRINTED}/t:monogr[{n}]/t:biblScope[@unit='issue']") for n in range(1, 5)] == ["10", "11", "12", "13"]
    assert p.one(f"{PRINTED}/t:monogr[4]/t:imprint/t:date/@when") == "1945-03-24"
    # "pp. 2 - 4", spaced: the range's ends without their spaces (an attribute of one word)
    first = p.xpath(f"{PRINTED}/t:monogr[1]/t:biblScope[@unit='page']")[0]
    assert (first.text, first.get("from"), first.get("to")) == ("2 - 4", "2", "4")
    assert p.one(f"{PRINTED}/t:monogr[2]/t:biblScope[@unit='page']/@from") == "2"

# -- credit lines -----------------------------------------------------------------------

def test_also_found_here_is_a_header_note_and_the_split_credits_stay_two(page):
    p = page("credit_also_found_here_then_transcribed_and_marked_up")
    assert [(c.role, c.names) for c in p.header.credits] == [
        ("other", []), ("transcription", ["Mara Quist"]), ("markup", ["Einde O’Callaghan"])]
    assert "This article can also be found here." in p.texts(f"{DIGITAL}/t:note[@type='credit']")
    assert p.header.source.volume == "VI" and "W-NO-SOURCE" not in p.codes
    assert p.texts("//t:body//t:p")[0] == "The canal company raised its tolls twice this spring."


def test_labelled_lines_name_no_persons():
    assert is_credit("Online Version: Encyclopedia of Trotskyism On-Line, 2009.")
    assert parse_credit("Online Version: Encyclopedia of Trotskyism On-Line, 2009.", 1).names == []
    assert parse_credit("Transcription/Markup: Bram Iles.", 2).names == ["Bram Iles"]
    assert parse_written_label("Written: March 1937.") == ("Written: March 1937.", "1937-03")
    assert parse_written_label("Written in haste") is None


def test_a_role_word_opens_a_credit_only_when_the_line_names_who_did_it():
    assert is_credit("Transcribed by Mara Quist.") and is_credit("Transcription/Markup: Bram Iles.")
    assert is_credit("Transcribed, Edited & Formatted by Orla Penn & Siv Dahl in 2008 for the ETOL.")
    assert not is_credit("Transcribed in the Bulletin, the resolution of the strikers follows in full.")
    assert not is_credit("Translated into six languages, the leaflet reached every port.")


def test_mia_style_labelled_header_lines(page):
    p = page("mia_style_labelled_header_lines")
    # no masthead: the archive's navigation, then author and title
    assert (p.header.title, p.header.authors) == ("The Lamplighters’ Ballot", ["Ada Pell"])
    assert (p.header.source.journal, p.header.source.date_iso) == ("The Militant", "1937-03-20")
    # "Written:" is the writing date, a dateline with its date; never a person
    assert p.one("//t:body/t:div/t:dateline/t:date/@when") == "1937-03"
    assert p.texts(f"{DIGITAL}/t:respStmt/t:persName") == ["Bram Iles"]
    assert "Online Version: Encyclopedia of Trotskyism On-Line, 2009." in p.texts(f"{DIGITAL}/t:note[@type='credit']")
    assert p.texts("//t:body//t:p")[0].startswith("The lamplighters of the north ward")


# -- title block ----------------------------------------------------------------------

def test_the_editors_alone_is_the_author_of_an_untitled_note(page):
    p = page("author_the_editors_without_title")
    assert (p.header.authors, p.header.title) == (["The Editors"], None)
    assert "W-NO-TITLE" in p.codes and "W-NO-AUTHOR" not in p.codes
    assert p.xpath("//t:body//t:head") == []
    # the paper speaks, no person is named: the author is the words, not a persName
    assert p.one("//t:titleStmt/t:author") == "The Editors"
    assert p.xpath("//t:teiHeader//t:author/t:persName") == []


def test_by_line_after_the_title(page):
    p = page("author_by_line_after_title")
    assert p.header.authors == ["Nils Orvik"]
    assert p.header.title == "The Road Ahead for the Rail Unions"
    assert p.header.masthead == "American Socialist, May 1956"
    assert "W-NO-AUTHOR" not in p.codes


# -- body -------------------------------------------------------------------------------

def test_epigraph_whose_source_has_no_dash(page):
    p = page("epigraph_attribution_without_dash")
    assert p.one("//t:div[@type='article']/t:epigraph//t:quote").startswith("A meeting without minutes")
    assert p.one("//t:div[@type='article']/t:epigraph//t:bibl") == "Tomas Arnell, Notes for Branch Secretaries."
    assert p.texts("//t:body/t:div/t:p")[0] == "The branch secretary at Dunmore kept no minutes for a year."


@pytest.mark.parametrize("line, expected", [
    ("Leon Trotsky, History of the Russian Revolution.", True), ("– Karl Marx", True),
    ("Leon Trotsky,History of the Russian Revolution.", True),
    ("Bookmarks, 2011, £15", False),  # a reviewed book's imprint is no attribution
    ("The branch met on Tuesday and voted, as everyone expected, to strike at once and stay out.", False),
])
def test_attribution_lines(line, expected):
    assert is_attribution(line) is expected


# -- layout -----------------------------------------------------------------------------

def test_a_page_without_blank_lines_is_read_one_paragraph_per_line(page):
    groups = page_groups(split_lines("Nav | Index\nFrom X, Vol. 1 No. 1, May 1950, p. 1.\nA paragraph.\n"))
    assert [g.text for g in groups] == ["Nav | Index", "From X, Vol. 1 No. 1, May 1950, p. 1.", "A paragraph."]
    p = page("layout_collapsed_no_blank_lines")
    assert (p.header.source.journal, p.header.source.volume, p.header.source.issue) == ("Fourth International", "12", "3")
    assert [c.names for c in p.header.credits] == [["Einde O’Callaghan"]]
    assert p.header.updated_iso == "2009-05-12"
    assert len(p.texts("//t:body//t:p")) == 2
    assert p.texts("//t:note[@n='1']") == ["The first strike ended in April with a partial wage rise."]
    assert p.xpath("//t:body//t:p[1]//t:ptr | //t:body//t:p[1]//t:ref | //t:body//t:p[1]//t:note") != []


# -- issues dated across a span; source lines the reader cannot read in full --------------

def test_a_split_year_source_line_is_read_and_the_masthead_is_not_the_title(page):
    # International Socialism dated its issues "Winter 1970/71": before, the source line
    # was not recognised, so the masthead became the title, the real title a subtitle,
    # and the source and credit lines a paragraph of the text
    p = page("source_line_split_year")
    assert p.one("//t:titleStmt/t:title[@type='main']") == "Notes on the Journal"
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "International Socialism (1st series)"
    assert p.one(f"{PRINTED}//t:biblScope[@unit='issue']/@n") == "45"
    date = p.tree.find(".//{*}sourceDesc/{*}biblStruct[@type='printed']/{*}monogr/{*}imprint/{*}date")
    assert (date.text, date.get("from"), date.get("to"), date.get("when")) == ("Winter 1970/71", "1970", "1971", None)
    assert p.texts(f"{DIGITAL}/t:respStmt/t:persName") == ["Einde O’Callaghan"]
    assert not [t for t in p.texts("//t:text") if "Transcribed" in t or "From International" in t]
    assert not {"W-NO-CREDIT", "W-NO-SOURCE", "W-SOURCE-DATE"} & set(p.codes)


def test_an_unreadable_source_line_stays_in_the_header_with_a_warning(page):
    p = page("source_line_unreadable")
    assert "W-SOURCE-UNPARSED" in p.codes
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Labour Review"
    assert p.one(f"{PRINTED}//t:note[@type='source-line']").startswith("From Labour Review, Vol.3 No.1")
    # nothing read from the line is claimed: no volume, issue or pages; the date is the masthead's
    assert p.texts(f"{PRINTED}//t:biblScope") == []
    date = p.tree.find(".//{*}sourceDesc/{*}biblStruct[@type='printed']/{*}monogr/{*}imprint/{*}date")
    assert (date.get("from"), date.get("to")) == ("1958-01", "1958-02")
    assert p.one("//t:titleStmt/t:title[@type='main']") == "The Month in Review"
    assert not [t for t in p.texts("//t:text") if "Transcribed" in t or "From Labour" in t]


# -- short capitalised paragraphs that are not section heads -------------------------------

def test_a_quoted_letters_closing_lines_are_no_section_head(page):
    # before, "Fraternally, / Anna Roe / Secretary" opened a section holding the rest
    p = page("letter_quoted_mid_article")
    assert p.xpath("//t:body//t:div[@type='section']") == []
    assert [t for t in p.texts("//t:body//t:p") if t.startswith("Fraternally,")]


def test_tab_separated_rows_are_a_table(page):
    # before, the rows were read as a section head holding the rest of the article
    p = page("body_table_tab_separated")
    assert p.xpath("//t:body//t:div[@type='section']") == []
    rows = p.xpath("//t:body//t:table/t:row")
    assert [[" ".join(c.text.split()) for c in row] for row in rows] == [
        ["Shop", "Members", "Out"], ["Drivers", "400", "400"], ["Inside workers", "120", "80"]]
    assert p.texts("//t:body//t:p")[-1] == "The owners have not replied."


@pytest.mark.parametrize("name, dateline, when", [
    ("dateline_abbreviated_month", "TOLEDO, Ohio, Feb. 24 –", "1941-02-24"),
    ("dateline_day_first", "LONDON, 5 January –", "1941-01-05"),
])
def test_opening_datelines_month_first_abbreviated_or_day_first(page, name, dateline, when):
    p = page(name)
    assert p.one("//t:body//t:dateline") == dateline
    assert p.one("//t:body//t:dateline/t:date/@when") == when
    assert p.texts("//t:body//t:p")[0].startswith("Four hundred bakery drivers")


# -- credits: thanks after the names; a space after the apostrophe -------------------------

@pytest.mark.parametrize("line, role, names", [
    # "thank" stands within the first 40 characters, but the line is a transcription credit
    ("Transcribed by Jo Doe, with thanks to the Example Memorial Trust.", "transcription", ["Jo Doe"]),
    ("Transcribed & marked up by Ann Lee and Bo Kim; thanks to the Library.", "transcription", ["Ann Lee", "Bo Kim"]),
    ("Thanks to Paul Flewers for the copy of the paper.", "thanks", ["Paul Flewers"]),
])
def test_a_clause_of_thanks_is_not_a_name(line, role, names):
    credit = parse_credit(line, 1)
    assert (credit.role, credit.names) == (role, names)


def test_a_space_after_the_apostrophe_still_finds_the_register_entry():
    from tei.pipeline import load_register

    register = load_register(None)
    assert register.lookup("Einde O’ Callaghan", "persName") == register.lookup("Einde O’Callaghan", "persName")
    assert register.lookup("Einde O’ Callaghan", "persName") is not None


# -- lists set as one paragraph, line by line ---------------------------------------------

def test_enumerated_lines_are_a_list_of_labels_and_items(page):
    p = page("list_enumerated_lines")
    assert p.texts("//t:body//t:list/t:label") == ["1.", "2.", "3."]
    assert p.texts("//t:body//t:list/t:item") == [
        "A raise of ten cents an hour;", "A closed shop;", "No victimisation of the pickets."]
    assert p.texts("//t:body//t:p")[-1] == "The owners have not replied."


@pytest.mark.parametrize("lines, is_list", [
    (["1. One;", "2. Two."], True),
    (["(a) one;", "(b) two;", "(c) three."], True),
    (["a) one", "b) two"], True),
    (["1. One;"], False),                       # one line: a numbered paragraph
    (["1. One;", "3. Three."], False),          # not counting 1, 2, 3
    (["2. Two;", "3. Three."], False),          # not starting at 1
    (["1. One;", "and then the rest"], False),  # a line without its number
    (["1917. The year", "1918. The next"], False),
])
def test_what_counts_as_a_list(lines, is_list):
    from tei.readers.etol.body import enumerated_lines
    from tei.readers.etol.text import LineGroup, Line

    group = LineGroup(tuple(Line(number, text) for number, text in enumerate(lines, 1)))
    assert (enumerated_lines(group) is not None) == is_list


@pytest.mark.parametrize("line", [
    "From the outset, the answer of the bosses was no. In 1937 they tried again.",
    "From Paris, Comrade Naville writes (see p. 3) that in 1936 the party grew.",
    "From The Militant, the paper of the League, we take this report of 1934.",
])
def test_a_sentence_of_the_text_is_not_a_source_line(line):
    from tei.readers.etol.furniture import parse_loose_source

    assert parse_source(line, 1) is None and parse_loose_source(line, 1) is None


def test_a_second_source_line_is_kept_in_the_header(page):
    p = page("source_line_second_unreadable")
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "The Militant"
    assert p.texts(f"{PRINTED}//t:note[@type='source-line']") == [
        "From The Militant, Vol. V No. 9, 3 March 1941, p. 2.",
        "From Labour Review, Vol.3 No.1, January-February 1958 (a double issue), pp.12-15."]
    assert p.texts("//t:body//t:p")[0].startswith("This invented paragraph")


def test_an_unreadable_source_line_after_the_credit_borrows_no_other_papers_date(page):
    # the masthead is The Militant's, the source line Labour Review's: no date is borrowed,
    # and the text's first paragraph, which starts "From Paris, ...", stays in the text
    p = page("source_line_unreadable_after_credit")
    assert "W-SOURCE-UNPARSED" in p.codes
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Labour Review"
    assert p.one(f"{PRINTED}//t:date") == "date unknown"
    assert p.texts("//t:body//t:p")[0].startswith("From Paris, Comrade Naville writes")


@pytest.mark.parametrize("text", ["Jones, 5 Members – all of them voted", "The UAW, Local 5 – the local met"])
def test_a_number_after_a_name_is_not_a_dateline(text):
    from tei.readers.etol.body import OPENING_DATELINE

    assert OPENING_DATELINE.match(text) is None


def test_a_head_over_three_lines_is_still_a_head():
    from tei.readers.etol.body import is_head_group
    from tei.readers.etol.text import LineGroup, Line

    lines = ["The Crisis in the", "Socialist Party of", "America Today"]
    assert is_head_group(LineGroup(tuple(Line(n, t) for n, t in enumerate(lines, 1))))


def test_text_after_the_credit_line_without_a_blank_line(page):
    # before, the source, credit and first lines were one paragraph of the text (read as
    # an epigraph when it had two lines), and the header had no source and no credit
    p = page("credit_then_text_without_blank_line")
    assert not {"W-NO-SOURCE", "W-NO-CREDIT"} & set(p.codes)
    assert p.texts(f"{DIGITAL}/t:respStmt/t:persName") == ["Einde O’Callaghan"]
    assert p.texts("//t:body//t:p")[0].startswith("The strike went on through the week")
    assert p.xpath("//t:body//t:epigraph") == []


@pytest.mark.parametrize("lines, is_table", [
    (["Shop\tMembers", "Drivers\t400"], True),
    (["Shop\t\tMembers\tOut", "Inside workers\t120\t80"], True),
    (["\tThe first line, indented by a tab,", "\tand the second."], False),  # no cells
    (["Shop\tMembers"], False),                                             # one line
])
def test_what_counts_as_a_table(lines, is_table):
    from tei.readers.etol.body import is_table as reads_as_table
    from tei.readers.etol.text import LineGroup, Line

    assert reads_as_table(LineGroup(tuple(Line(n, t) for n, t in enumerate(lines, 1)))) == is_table
