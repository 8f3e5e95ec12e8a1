"""What the reader and encoder make of each ETOL page variant (one fixture each)."""
from __future__ import annotations

from reader_pages import DIGITAL

# -- credit lines -----------------------------------------------------------------------


def test_credit_with_two_names_a_year_and_for_whom(page):
    p = page("credit_transcribed_marked_up_formatted_two_names_year")
    [credit] = p.header.credits
    assert credit.resp == "Transcribed, marked up & formatted"
    assert credit.names == ["Daniel Gaido", "Einde O’Callaghan"]
    assert (credit.year, credit.for_whom) == ("2008", "ETOL")
    assert p.texts(f"{DIGITAL}/t:respStmt/t:persName") == ["Daniel Gaido", "Einde O’Callaghan"]
    assert p.one(f"{DIGITAL}/t:respStmt/t:resp") == "Transcribed, marked up & formatted"


def test_credit_transcription_and_mark_up(page):
    p = page("credit_transcription_and_mark_up")
    [credit] = p.header.credits
    assert (credit.role, credit.resp, credit.names) == ("transcription", "Transcription & mark-up", ["Einde O’Callaghan"])
    assert p.one(f"{DIGITAL}/t:respStmt/t:persName") == "Einde O’Callaghan"


def test_credit_with_colon_and_for_the_archive(page):
    p = page("credit_transcription_html_markup_colon")
    [credit] = p.header.credits
    assert credit.resp == "Transcription/HTML Markup"
    assert credit.names == ["Sally Ryan"]
    assert credit.for_whom == "the Marxists’ Internet Archive"
    assert p.one(f"{DIGITAL}/t:respStmt/t:resp") == "Transcription/HTML Markup"


def test_transcribed_by_then_marked_up_by_are_two_credits(page):
    p = page("credit_transcribed_by_then_marked_up_by")
    assert [(c.role, c.names) for c in p.header.credits] == [
        ("transcription", ["Ted Crawford"]), ("markup", ["Einde O’Callaghan"])]
    assert p.xpath(f"{DIGITAL}/t:respStmt/t:resp/@key") == ["transcription", "markup"]
    # neither credit line is text
    assert "Crawford" not in " ".join(p.texts("//t:text"))


def test_translator_and_thanks(page):
    p = page("credit_translated_and_thanks")
    roles = [(c.role, c.names) for c in p.header.credits]
    assert ("translation", ["John G. Wright"]) in roles
    assert ("thanks", ["Paul Flewers"]) in roles
    assert p.one(f"{DIGITAL}/t:respStmt[t:resp/@key='translation']/t:persName") == "John G. Wright"
    assert "Thanks to Paul Flewers for the copy of the paper." in p.texts(f"{DIGITAL}/t:note[@type='credit']")


def test_credit_and_copyright_after_the_body_go_to_the_header(page):
    p = page("credit_and_copyright_at_the_bottom")
    assert [(c.role, c.names) for c in p.header.credits] == [("transcription", ["Einde O’Callaghan"])]
    assert p.header.rights == ["Copyright © Encyclopedia of Trotskyism On-Line 2006."]
    assert p.one("//t:availability/@status") == "restricted"
    assert p.texts("//t:body//t:p")[-1] == "The workers are already taking matters into their own hands in the countryside."
    assert not [t for t in p.texts("//t:text") if "Transcribed" in t or "Copyright" in t]
    assert "W-NO-CREDIT" not in p.codes


def test_copyright_goes_to_availability(page):
    p = page("rights_copyright")
    assert p.header.rights == ["Copyright © Felix Morrow estate. Published here with permission."]
    assert p.one("//t:publicationStmt/t:availability/@status") == "restricted"
    assert p.one("//t:publicationStmt/t:availability/t:p") == p.header.rights[0]
    assert not [c for c in p.header.credits if "Copyright" in c.raw]


def test_copyleft_makes_availability_free(page):
    p = page("rights_copyleft")
    assert len(p.header.rights) == 1 and p.header.rights[0].startswith("Copyleft: ")
    assert p.one("//t:publicationStmt/t:availability/@status") == "free"
    # the page states a licence: a licence, not a paragraph (no address given: no @target)
    assert "Creative Commons" in p.one("//t:publicationStmt/t:availability/t:licence")
    assert p.xpath("//t:licence/@target") == []


def test_no_terms_stated_means_availability_unknown(page):
    assert page("credit_transcription_and_mark_up").one("//t:availability/@status") == "unknown"


# -- notes ------------------------------------------------------------------------------


def notes_at_anchors(p) -> list[tuple[str, str]]:
    """(n, text) of each note that stands inside a body paragraph, in order."""
    return [(note.get("n"), " ".join("".join(note.itertext()).split()))
            for note in p.xpath("//t:body//t:p/t:note")]


def test_notes_heading_numbered_with_a_dot(page):
    p = page("notes_heading_notes_numbered_dot_several")
    assert [n.n for n in p.article.notes] == ["1", "2", "3"]
    assert notes_at_anchors(p) == [
        ("1", "The Conference for Progressive Labor Action. – Editor"),
        ("2", "The Eleven Points adopted in 1933."),
        ("3", "See the report in this issue."),
    ]
    # the note sits where its marker was, and the marker is gone
    first = p.xpath("//t:note[@n='1']")[0]
    # (the words before it may hold names: read them all)
    assert "".join(first.xpath("preceding-sibling::node()//descendant-or-self::text() | preceding-sibling::text()")
                   ).endswith("called by the Muste group.")
    assert first.tail.startswith(" Delegates came")
    assert "[1]" not in " ".join(p.texts("//t:body"))
    # "– Editor" makes it the editor's note; the others say nothing of the kind
    assert p.xpath("//t:note[@type='editorial']/@n") == ["1"]
    assert not p.xpath("//t:back")
    assert "W-NOTE-UNANCHORED" not in p.codes and "W-MARKER-NO-NOTE" not in p.codes


def test_footnotes_heading_numbered_in_brackets(page):
    p = page("notes_heading_footnotes_numbered_bracket")
    assert notes_at_anchors(p) == [
        ("1", "Canada, then a Dominion of the British Empire."), ("2", "Figures from the Toronto Star.")]
    assert p.xpath("//t:note/@xml:id") == ["note1", "note2"]
    assert "Footnotes" not in " ".join(p.texts("//t:text"))


def test_footnote_heading_with_a_note_over_two_paragraphs(page):
    p = page("notes_heading_footnote_note_over_two_paragraphs")
    [note] = p.article.notes
    assert note.resp == "editor" and len(note.blocks) == 2
    assert p.texts("//t:note[@n='1']/t:p") == [
        "The strike began on 1 May in New York.", "It spread to Philadelphia within the week. – Editor"]


def test_notes_set_on_consecutive_lines_are_separate_notes(page):
    p = page("notes_numbered_on_consecutive_lines")
    assert [n.n for n in p.article.notes] == ["1", "2"]
    assert notes_at_anchors(p) == [
        ("1", "The YPSL, the party’s youth organisation."),
        ("2", "See the statement on page 4. This statement was adopted unanimously."),
    ]
    assert "Notes" not in " ".join(p.texts("//t:body"))


# -- authors ----------------------------------------------------------------------------


def test_no_author_line_says_unknown_and_warns(page):
    p = page("author_missing")
    assert p.header.authors == []
    assert p.header.title == "Workers Defend the Scottsboro Boys"
    assert p.one("//t:titleStmt/t:author") == "Unknown"
    assert p.one("//t:biblStruct[@type='printed']//t:author") == "Unknown"
    assert "W-NO-AUTHOR" in p.codes


def test_author_in_brackets_is_attributed(page):
    p = page("author_in_brackets")
    assert (p.header.authors, p.header.author_bracketed) == (["The Editor"], True)
    assert p.one("//t:titleStmt/t:author/@role") == "attributed"
    # "The Editor" names no person: the author is the words, not a persName
    assert p.one("//t:titleStmt/t:author") == "The Editor"
    assert p.xpath("//t:titleStmt/t:author/t:persName") == []
    assert "W-NO-AUTHOR" not in p.codes


def test_two_authors_joined_by_ampersand(page):
    p = page("author_two_joined_by_ampersand")
    assert p.header.authors == ["James P. Cannon", "Max Shachtman"]
    assert p.texts("//t:titleStmt/t:author") == ["James P. Cannon", "Max Shachtman"]
    assert p.xpath("//t:biblStruct[@type='printed']//t:biblScope[@unit='page']/@n") == ["1", "2"]


# -- titles and heads -------------------------------------------------------------------


def test_title_over_two_lines_is_one_title_with_a_line_break(page):
    p = page("title_over_two_lines")
    title = "The Lessons of the German Catastrophe for the American Working Class"
    assert p.header.title == title
    assert p.one("//t:titleStmt/t:title[@type='main']") == title
    head = p.xpath("//t:div[@type='article']/t:head[@type='main']")[0]
    assert " ".join("".join(head.itertext()).split()) == title
    assert len(head.findall("{http://www.tei-c.org/ns/1.0}lb")) == 1


def test_section_head_over_two_lines(page):
    p = page("section_head_over_two_lines")
    sections = p.xpath("//t:div[@type='article']/t:div[@type='section']")
    assert len(sections) == 1
    assert p.one("//t:div[@type='section']/t:head") == "The Crisis in the Socialist Party and the Tasks of the Opposition"
    assert len(p.xpath("//t:div[@type='section']/t:head/t:lb")) == 1
    assert p.texts("//t:div[@type='section']/t:p") == ["Our comrades must be in the midst of this ferment, not on the sidelines of it."]


# -- "Last updated" ---------------------------------------------------------------------


def test_last_updated_on_a_long_date(page):
    p = page("updated_last_updated_on_long_date")
    assert (p.header.updated, p.header.updated_iso) == ("Last updated on 23 October 2015", "2015-10-23")
    assert p.one(f"{DIGITAL}/t:date[@type='updated']/@when") == "2015-10-23"


def test_last_updated_colon_day_first_dotted_date(page):
    p = page("updated_last_updated_colon_dotted_date")
    assert (p.header.updated, p.header.updated_iso) == ("Last updated: 12.1.2008", "2008-01-12")
    assert p.one(f"{DIGITAL}/t:date[@type='updated']") == "Last updated: 12.1.2008"


def test_updated_by_etol(page):
    p = page("updated_by_etol_dotted_date")
    assert p.header.updated_iso == "2003-07-05"
    assert p.one(f"{DIGITAL}/t:date[@type='updated']/@when") == "2003-07-05"
    assert "W-NO-UPDATED" not in p.codes


# -- body structures --------------------------------------------------------------------


def test_single_star_separator(page):
    p = page("separator_single_star")
    assert p.texts("//t:ab[@type='separator']") == ["*"]
    assert len(p.xpath("//t:ab[@type='separator']/preceding-sibling::t:p")) == 1
    assert len(p.xpath("//t:ab[@type='separator']/following-sibling::t:p")) == 1


def test_three_star_separator(page):
    p = page("separator_three_stars")
    assert p.texts("//t:ab[@type='separator']") == ["* * *"]


def test_letter_salutation_closing_and_signature_over_lines(page):
    p = page("letter_salutation_closing_signature_lines")
    assert p.texts("//t:div[@type='article']/t:opener/t:salute") == ["Dear Comrades,"]
    assert p.texts("//t:div[@type='article']/t:closer/t:salute") == ["Fraternally yours,"]
    signed = p.xpath("//t:closer/t:signed")
    assert len(signed) == 1
    assert len(signed[0].findall("{http://www.tei-c.org/ns/1.0}lb")) == 2
    assert p.one("//t:closer/t:signed") == "Rosa Karsner Secretary, Lynn Branch Communist League of America"
    assert not [t for t in p.texts("//t:p") if "Fraternally" in t or "Karsner" in t]


def test_closing_salutation_and_signature_in_one_paragraph(page):
    p = page("letter_closing_and_signature_in_one_paragraph")
    assert p.texts("//t:opener/t:salute") == ["Dear Comrade Editor:"]
    closer = [(child.tag.split("}")[1], " ".join("".join(child.itertext()).split()))
              for child in p.xpath("//t:div[@type='article']/t:closer/*")]
    assert closer == [("dateline", "Prinkipo, June 28, 1933"), ("salute", "With communist greetings,"),
                      ("signed", "L. Trotsky")]
    assert p.one("//t:closer/t:dateline/t:date/@when") == "1933-06-28"


def test_epigraph_with_attribution(page):
    p = page("epigraph_with_attribution")
    assert p.one("//t:div[@type='article']/t:epigraph/t:cit/t:quote") == "The weapon of criticism cannot replace the criticism of weapons."
    assert p.one("//t:epigraph/t:cit/t:bibl") == "– Karl Marx"
    # the epigraph comes before the first paragraph
    assert p.xpath("//t:epigraph/following-sibling::t:p[1]/@xml:id") == ["p1"]


def test_editorial_insert_kept_as_seg(page):
    p = page("editorial_insert_in_brackets")
    assert p.texts("//t:seg[@type='editorial']") == ["[words missing]", "[illegible]"]
    assert p.one("//t:p[@xml:id='p1']") == "The miners of Gallup held out for [words missing] weeks against the company and the state."


def test_source_line_with_whole_number_and_a_season(page):
    p = page("source_line_whole_number_and_season")
    source = p.header.source
    assert (source.journal, source.volume, source.issue, source.date_iso, source.pages) == (
        "Fourth International", "3", "1", "1942", ["3–5"])
    assert p.header.masthead == "Fourth International, Winter 1942"
    assert (p.header.authors, p.header.title) == (["John G. Wright"], "The Red Army Holds")
    printed = "//t:biblStruct[@type='printed']"
    assert p.one(f"{printed}//t:date") == "Winter 1942" and p.one(f"{printed}//t:date/@when") == "1942"
    assert p.one(f"{printed}//t:biblScope[@unit='page']/@from") == "3"


# -- missing header fields --------------------------------------------------------------


def test_missing_source_line_is_said_and_warned(page):
    p = page("header_missing_source_line")
    assert p.header.source.raw is None
    assert "W-NO-SOURCE" in p.codes and "W-NO-UPDATED" in p.codes
    warning = next(w for w in p.result.warnings if w.code == "W-NO-SOURCE")
    assert "source line" in warning.message and warning.path.endswith("header_missing_source_line.txt")
    printed = "//t:biblStruct[@type='printed']"
    # what the masthead tells is kept; what nothing tells is not invented
    assert p.one(f"{printed}//t:title[@level='j']") == "The Militant"
    assert p.one(f"{printed}//t:date/@when") == "1933-07-08"
    assert not p.xpath(f"{printed}//t:biblScope") and not p.xpath(f"{printed}//t:note[@type='source-line']")
    assert not p.xpath(f"{DIGITAL}/t:date[@type='updated']")
    assert p.texts("//t:body//t:p") == ["The trial of the Gallup miners opened on Monday before a packed courtroom and a hostile judge."]


def test_a_complete_page_has_no_missing_field_warnings(page):
    p = page("credit_transcription_and_mark_up")
    assert not {"W-NO-SOURCE", "W-NO-AUTHOR", "W-NO-CREDIT", "W-NO-UPDATED", "W-NO-TITLE"} & set(p.codes)
