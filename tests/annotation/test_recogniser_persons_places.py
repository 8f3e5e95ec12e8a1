"""Persons and places of the recogniser (issue 11, second round), each on an invented
sentence or page: forenames of the archive's languages, names behind offices, a name
that ends at a plural possessive, reviewed books' and cited authors, lists of surnames,
and the places list's abbreviations. The cuts follow docs/names-annotation.md."""
from __future__ import annotations

import pytest

from tei.model import article_blocks
from tei.pipeline import encode_file

RESP = "#app-tei-etol-names"
HEAD = """Ada Pell Archive | ETOL Main Page

Ada Pell

Names in Running Text

(May 1950)

From Labor Action, Vol. 14 No. 18, 1 May 1950, p. 2.
Transcribed & marked up by Einde O’Callaghan for the Encyclopaedia of Trotskyism On-Line (ETOL).

"""


def spans(tmp_path, body: str) -> list[tuple[str, str, str | None, str | None]]:
    page = tmp_path / "page.txt"
    page.write_text(HEAD + body + "\n", encoding="utf-8")
    found = []
    for block in article_blocks(encode_file(page).article):
        for span in sorted(block.spans, key=lambda s: s.start):
            if span.attr("resp") == RESP:
                found.append((span.tag, block.text[span.start:span.end], span.attr("ref"), span.attr("cert")))
    return found


def names(tmp_path, body: str) -> list[tuple[str, str]]:
    return [(tag, text) for tag, text, _, _ in spans(tmp_path, body)]


@pytest.mark.parametrize("sentence, name", [
    ("The report of Hamish Dunmore was read.", "Hamish Dunmore"),  # Scottish
    ("The report of Balázs Tornyai was read.", "Balázs Tornyai"),  # Hungarian
    ("The report of Larissa Orlova was read.", "Larissa Orlova"),  # Russian
    ("The report of Joaquín Parrado was read.", "Joaquín Parrado"),  # Spanish
    ("The report of Mordechai Blum-Adler was read.", "Mordechai Blum-Adler"),  # Hebrew
    ("The report of Chen Duanli was read.", "Chen Duanli"),  # Chinese: the family name first
    ("The report of Ngo Van Tho was read.", "Ngo Van Tho"),  # Vietnamese
])
def test_a_forename_of_the_archives_languages_and_a_surname_are_a_person(tmp_path, sentence, name):
    assert ("persName", name) in names(tmp_path, sentence)


@pytest.mark.parametrize("sentence, name", [
    ("Solid Fuels Administrator Harlan L. Voss ordered the seizure.", "Harlan L. Voss"),
    ("On Monday Secretary of Labor Tolland met the miners.", "Tolland"),
    ("A letter from Secretary of the Navy Garner followed.", "Garner"),
    ("They heard Prime Minister Wickrama speak.", "Wickrama"),
    ("Then Secretary Brankley refused.", "Brankley"),
])
def test_the_name_after_an_office_is_a_person_without_the_office(tmp_path, sentence, name):
    found = names(tmp_path, sentence)
    assert ("persName", name) in found
    assert all(text == name for tag, text in found if tag == "persName")


def test_an_organisation_before_an_office_stays_an_organisation(tmp_path):
    found = names(tmp_path, "The strike was called by Lamplighters Union Chairman Harlan Voss yesterday.")
    assert ("orgName", "Lamplighters Union") in found and ("persName", "Harlan Voss") in found


def test_a_name_ends_at_a_plural_possessive(tmp_path):
    found = names(tmp_path, "Everyone read Ada Jennings’ Struggle in the Mills that year.")
    assert ("persName", "Ada Jennings") in found
    assert all("Struggle" not in text for _, text in found)


def test_a_word_opening_a_sentence_before_a_comma_is_no_member_of_a_list_of_persons(tmp_path):
    found = names(tmp_path, "Finally, Ada Pell spoke. Harlan Voss answered her.")
    assert ("persName", "Ada Pell") in found
    assert all(text != "Finally" for _, text in found)


def test_single_words_listed_with_a_person_are_persons(tmp_path):
    found = names(tmp_path, "Ada Voss spoke first. Then Voss, Brandtner and Ruckel left the hall.")
    assert ("persName", "Brandtner") in found and ("persName", "Ruckel") in found


def test_a_surname_inside_a_firms_name_is_not_the_person(tmp_path):
    found = spans(tmp_path, "The bonds of F.J. Voss were sold. Voss, Pell and Company bought them.")
    persons = [text for tag, text, _, _ in found if tag == "persName"]
    assert persons == ["F.J. Voss"]


def test_the_authors_of_a_reviewed_book_are_persons_and_full_names_for_the_review(tmp_path):
    found = spans(tmp_path, "Harlan Voss and Ilse Brandtner\nThe Road from Ohio: A Life\nLamplighter Books, 2011, £15\n\n"
                            "Voss has written most of it; Brandtner added the notes.")
    persons = {text: ref for tag, text, ref, _ in found if tag == "persName"}
    assert {"Harlan Voss", "Ilse Brandtner", "Voss", "Brandtner"} <= set(persons)
    assert persons["Voss"] == persons["Harlan Voss"] and persons["Brandtner"] == persons["Ilse Brandtner"]


def test_the_title_line_of_a_reviewed_book_is_no_author(tmp_path):
    found = names(tmp_path, "Permanent Strikes\nby Harlan Voss\nLamplighter Books, $2.50\n\nA book about strikes.")
    assert ("persName", "Harlan Voss") in found
    assert all(text != "Permanent Strikes" for _, text in found)


def test_the_author_at_the_head_of_a_citation_in_a_note_is_a_person(tmp_path):
    found = spans(tmp_path, "Voss argued that the strike failed. [1]\n\nNotes\n\n"
                            "1. Harlan Voss, The Road from Ohio, London 1971, p. 23; see also Daily Lamp, 3 May 1937.")
    persons = {text: ref for tag, text, ref, _ in found if tag == "persName"}
    assert persons.get("Voss") is not None and persons.get("Voss") == persons.get("Harlan Voss")
    assert "Daily Lamp" not in persons


def test_the_places_list_knows_the_abbreviations_and_cities_of_the_movement(tmp_path):
    found = names(tmp_path, "They told us that the U.S. and the UK sent delegates from Turin and Glasgow.")
    for place in ("U.S.", "UK", "Turin", "Glasgow"):
        assert ("placeName", place) in found


def test_us_in_a_line_of_capitals_is_the_pronoun(tmp_path):
    found = names(tmp_path, "They told us to wait. The crowd shouted GIVE US BREAD. The US refused.")
    assert [text for tag, text in found if tag == "placeName"] == ["US"]


@pytest.mark.parametrize("sentence", [
    "They took the best for the army, and then they unloaded the rest on – US. They told them nothing.",
    "The bureaus allot food to the army and to US, and they ask us to wait.",
])
def test_us_in_capitals_ending_a_clause_after_a_preposition_is_the_pronoun(tmp_path, sentence):
    assert [text for tag, text in names(tmp_path, sentence) if tag == "placeName"] == []


@pytest.mark.parametrize("sentence", [
    "They told us that the troops went back to the US, and we believed them.",
    "They told us that US troops had landed.",
])
def test_us_as_the_country_is_still_a_place(tmp_path, sentence):
    assert [text for tag, text in names(tmp_path, sentence) if tag == "placeName"] == ["US"]


def test_a_gaelic_surname_after_any_capitalised_word_is_a_person_and_joins_it_later(tmp_path):
    found = spans(tmp_path, "Woodford McLellan spoke, and Fergal O’Rourke agreed; then McLellan left.")
    persons = {text: (ref, cert) for tag, text, ref, cert in found if tag == "persName"}
    assert {"Woodford McLellan", "Fergal O’Rourke", "McLellan"} <= set(persons)
    assert persons["McLellan"] == (persons["Woodford McLellan"][0], "medium")


def test_a_name_after_by_is_a_person_but_not_a_publication(tmp_path):
    found = names(tmp_path, "A pamphlet by Woodford Hallam appeared, reviewed by Penguin Books.")
    assert ("persName", "Woodford Hallam") in found
    assert ("persName", "Penguin Books") not in found


def test_group_nouns_listed_beside_a_person_are_no_persons(tmp_path):
    found = names(tmp_path, "Woodford McLellan, Africans and Black Americans in the Schools, appeared in 1994.")
    assert all(text not in ("Africans", "Black") for _, text in found)


def test_a_speech_verb_opening_a_sentence_is_not_part_of_the_speaker(tmp_path):
    found = names(tmp_path, "Says McNutt: “nothing will change.” Writes Secretary Brankley: “much will.”")
    assert ("persName", "McNutt") in found and ("persName", "Brankley") in found
    assert all(not text.startswith(("Says", "Writes")) for _, text in found)


def test_a_street_named_after_its_head_is_a_place(tmp_path):
    found = names(tmp_path, "The paper is sold at 54 rue Lafayette and on the Rue de la Paix.")
    assert ("placeName", "rue Lafayette") in found and ("placeName", "Rue de la Paix") in found


def test_a_two_word_name_between_punctuation_in_a_title_case_head_is_a_person(tmp_path):
    found = names(tmp_path, "Weekly Lamp, 21 June 2001: Stan Keable, What Was the Union?\n\nA short note.")
    assert ("persName", "Stan Keable") in found


def test_a_full_name_and_a_word_are_no_list_of_persons(tmp_path):
    found = names(tmp_path, "Maurice Bernal praised Harpal Brar and Gulag socialism.")
    assert all(text != "Gulag" for _, text in found)


def test_a_states_abbreviation_after_a_city_and_a_comma_is_a_place(tmp_path):
    found = names(tmp_path, "FLINT, Mich., May 3 – The strike spread to Newark, N.J. Miss. Pell came too.")
    assert ("placeName", "Mich") in found and ("placeName", "N.J.") in found
    assert ("placeName", "Miss") not in found


def test_an_adverb_opening_a_sentence_is_not_part_of_a_name(tmp_path):
    found = names(tmp_path, "Ada Voss asked him. “Yes.” Thereupon Molotovsky was shown the testimony.")
    assert ("persName", "Molotovsky") in found
    assert all(not text.startswith("Thereupon") for _, text in found)


def test_a_forename_that_makes_a_figure_of_speech_names_no_person(tmp_path):
    found = names(tmp_path, "The report of Hamish Dunmore was read. In the yards Jim Crow still rules, and "
                            "the report says John Bull will not change it.")
    assert ("persName", "Hamish Dunmore") in found
    assert not any(text in ("Jim Crow", "John Bull", "Crow", "Bull") for _, text in found)


def test_a_title_set_in_capitals_opening_a_report_is_a_title(tmp_path):
    found = names(tmp_path, "CAPTAIN Harold O’Malley’s decision to call a snap election was desperate.")
    assert ("persName", "Harold O’Malley") in found and ("persName", "CAPTAIN Harold O’Malley") not in found


def test_a_head_in_capitals_is_not_read_as_a_title_and_a_name(tmp_path):
    found = names(tmp_path, "GENERAL MOTORS workers struck on Monday.")
    assert all(tag != "persName" for tag, _ in found)


def test_a_word_formed_from_a_surname_is_no_person(tmp_path):
    found = names(tmp_path, "The O’Malleyites and the O’Malleyite press were split, said Ada Voss.")
    assert [text for tag, text in found if tag == "persName"] == ["Ada Voss"]


def test_a_bare_surname_is_as_certain_as_the_full_name_it_stands_for(tmp_path):
    """Coreference inherits the certainty of the full name: a listed forename and a
    surname (high) lends high; a name read only after "by" (low) lends low."""
    found = spans(tmp_path, "Harold Ekstrand spoke first. The hall cheered Ekstrand loudly.")
    assert [(text, cert) for tag, text, _, cert in found if tag == "persName"] == [
        ("Harold Ekstrand", "high"), ("Ekstrand", "high")]
    found = spans(tmp_path, "They read a pamphlet by Zorvan Quillet on the strike. The branch expelled Quillet soon after.")
    certs = {text: cert for tag, text, _, cert in found if tag == "persName"}
    assert certs.get("Zorvan Quillet") == "low" and certs.get("Quillet") == "low"


@pytest.mark.parametrize("sentence, person", [
    ("So too is E.K. Thorvald Harbours and Hunters (Tidewater £3.25) in paperback.", "E.K. Thorvald"),
    ("The essays of W.E.B. Du Bois were read aloud.", "W.E.B. Du Bois"),
    ("The speech of A. Ross Beale was printed.", "A. Ross Beale"),
])
def test_a_name_after_two_initials_ends_at_its_surname(tmp_path, sentence, person):
    assert [text for tag, text in names(tmp_path, sentence) if tag == "persName"][:1] == [person]


def test_a_shorter_full_name_of_the_same_person_is_the_same_entry(tmp_path):
    """"Harold Ekstrand" after "Harold W. Ekstrand" is one person, one entry; "Jane" and
    "Karin W." Quillet are two."""
    found = spans(tmp_path, "Harold W. Ekstrand spoke first. Harold Ekstrand then read the telegram. "
                            "Jane Quillet and Karin W. Quillet answered.")
    refs = {text: ref for tag, text, ref, _ in found if tag == "persName"}
    assert refs["Harold Ekstrand"] == refs["Harold W. Ekstrand"] == "#pers-ekstrand-hw"
    assert refs["Jane Quillet"] != refs["Karin W. Quillet"]


def test_two_fuller_names_leave_the_shorter_its_own_entry(tmp_path):
    found = spans(tmp_path, "John W. Ekstrand, John Q. Ekstrand and John Ekstrand signed the appeal.")
    refs = {text: ref for tag, text, ref, _ in found if tag == "persName"}
    assert refs["John Ekstrand"] == "#pers-ekstrand-j"


def test_dotted_capitals_after_the_are_no_persons_initials(tmp_path):
    found = names(tmp_path, "Beware of all dodges to drive you out of the H.D.L. Help in the organisation. "
                            "J.K. Marlow spoke.")
    assert ("persName", "H.D.L. Help") not in found and ("persName", "J.K. Marlow") in found


def test_a_postscripts_mark_is_no_initials(tmp_path):
    found = names(tmp_path, "We shall write again on Monday.\n\nP.S. Please send Hamish Dunmore the proofs.\n\n"
                            "P.S. Inform Larissa Orlova that the press is mended.")
    assert ("persName", "Hamish Dunmore") in found and ("persName", "Larissa Orlova") in found
    assert all(not text.startswith(("P.S", "Please", "Inform")) for _, text in found)


def test_a_sentences_first_word_before_a_forename_is_no_part_of_the_name_but_an_initial_is(tmp_path):
    found = names(tmp_path, "We met at the hall. Ask Balázs Tornyai for the minutes.\n\nJ. Hamish Dunmore,\n\nsecretary.")
    assert ("persName", "Balázs Tornyai") in found
    assert ("persName", "J. Hamish Dunmore") in found


def test_paragraphs_numbered_in_roman_figures_open_with_no_initial(tmp_path):
    found = names(tmp_path, "I. Pamphlets of all the harbour unions, in two copies.\n\n"
                            "II. Novels of the dock strike, as many as can be had.")
    assert all(not text.startswith("I.") for _, text in found)
    # without a second number, "I." and a surname is a person's initial and surname
    found = names(tmp_path, "I. Tornyai wrote the report.")
    assert ("persName", "I. Tornyai") in found


def test_the_archives_written_line_is_the_headers_no_name_is_read_in_it(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Written: Written in the neighbourhood of Geneva\nSource: Marten Collected Works, Harbour "
                    "Publishers, 1971, Volume 36, page 137.\n\nDear Ada,\n\nThe meeting in Geneva went well, "
                    "and Hamish Dunmore spoke for the dockers of the harbour.\n", encoding="utf-8")
    article = encode_file(page).article
    marked = [(block.kind, block.text[span.start:span.end]) for block in article_blocks(article)
              for span in block.spans if span.attr("resp") == RESP]
    assert ("p", "Geneva") in marked
    assert not any(kind == "dateline" for kind, _ in marked)


def test_a_title_after_the_before_one_word_is_a_nouns_not_a_persons(tmp_path):
    found = names(tmp_path, "Hamish Dunmore’s The General Strike is out in paperback. We saw The Commissar Vanishes "
                            "at the hall, and Comrade Tornyai spoke.")
    assert not any(text in ("Strike", "Vanishes") for _, text in found)
    assert ("persName", "Tornyai") in found


def test_a_forename_abbreviated_with_a_full_stop_goes_on_to_the_surname(tmp_path):
    found = names(tmp_path, "Send the proofs to Mr. Vlad. Tornyai-Dunmore at once, and a copy to Wm. Larkspur.")
    assert ("persName", "Vlad. Tornyai-Dunmore") in found
    assert ("persName", "Wm. Larkspur") in found


def test_a_fuller_name_of_a_listed_person_takes_the_lists_entry(tmp_path):
    # the persons list knows "Philip Murray": "Philip J. Murray" is the same person, one entry,
    # and a bare "Murray" joins it; "Victor Murray" is another person with his own entry
    found = spans(tmp_path, "Philip J. Murray opened the convention. Later Murray spoke of the steel strike.")
    refs = {text: ref for _, text, ref, _ in found}
    assert refs["Philip J. Murray"] == refs["Murray"] == "#pers-murray-p"
    found = spans(tmp_path, "Victor Murray opened the convention of the dockers.")
    assert {text: ref for _, text, ref, _ in found}["Victor Murray"] != "#pers-murray-p"


def test_a_forename_and_surname_in_a_title_case_head_between_small_words_and_punctuation(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(HEAD.replace("Names in Running Text", "Rosa Lindqvist to Ludwig Tornberg, 18 February 1867")
                    + "Dear Tornberg,\n\nThe proofs went off today by the evening post, with the second part.\n",
                    encoding="utf-8")
    heads = [block for block in article_blocks(encode_file(page).article) if block.kind == "head"]
    marked = [(head.text[span.start:span.end]) for head in heads for span in head.spans if span.attr("resp") == RESP]
    assert "Rosa Lindqvist" in marked and "Ludwig Tornberg" in marked
    # capitalised words of a title-case head that run on stay unread ("The Road From Ludwig Street")
    page.write_text(HEAD.replace("Names in Running Text", "The Dockers Of Ludwig Harbour Strike Again")
                    + "The strike began on Monday.\n", encoding="utf-8")
    heads = [block for block in article_blocks(encode_file(page).article) if block.kind == "head"]
    assert not [span for head in heads for span in head.spans if span.attr("resp") == RESP and span.tag == "persName"]


def test_a_forename_or_initials_and_a_surname_in_capitals_are_a_person(tmp_path):
    found = spans(tmp_path, "HAMISH DUNMORE’s The Harbour Strike is out in paperback, and the review is signed\n\n"
                            "K. M. TORNYAI\n\nJOHN BULL will not like it.")
    assert ("persName", "HAMISH DUNMORE", "medium") in [(tag, text, cert) for tag, text, _, cert in found]
    assert any(text == "K. M. TORNYAI" for _, text, _, _ in found)
    assert not any(text == "JOHN BULL" for _, text, _, _ in found)


def test_the_united_states_of_europe_is_one_place_not_two(tmp_path):
    found = names(tmp_path, "Voss wrote for the United States of Europe, and the United States refused.")
    assert [text for tag, text in found if tag == "placeName"] == ["United States of Europe", "United States"]
