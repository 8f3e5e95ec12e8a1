"""Word lists the recogniser reads: titles, organisation heads, words that are never names.

Facts about English usage, kept here so that each rule of :mod:`.shapes` names its list.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ...dates import MONTH_NAMES

#: words before a person's name; the name is the capitalised words that follow
TITLES = frozenset(
    "Comrade Comrades Mr. Mr Mrs. Mrs Miss Dr. Dr General Gen. Senator Sen. President Pres. Governor Gov. "
    "Premier Judge Justice Rev. Reverend Father Professor Prof. Captain Capt. Colonel Col. Mayor Congressman "
    "Chairman Marshal Admiral Lord Sir Lady Minister Chancellor Ambassador Commissar Sergeant Lieutenant Lt. "
    "Brother Sister Bishop Cardinal Pope King Queen Prince Tsar Czar Kaiser Emperor Count Baron Monsieur M. "
    "Herr Frau Senor Señor Don Delegate".split()
)
#: abbreviations of capitals and full stops that open a postscript or a note and are no
#: person's initials ("P.S. Please send ...", "N.B. Inform ...")
MARKS_NOT_INITIALS = frozenset("P.S. P.S P.P.S. PS. N.B. NB.".split())
#: the first Roman numbers, as a numbered paragraph opens ("I. Pamphlets and ...")
ROMAN_NUMBERS = ("I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII.", "IX.", "X.")
#: the last word of an organisation's name
ORG_HEADS = frozenset(
    "Party Parties Union Unions League Committee Committees International Federation Congress Council Association "
    "Brotherhood Front Bureau Commission Secretariat Tendency Club Society Corporation Company Department Board "
    "Administration Ministry Army Navy Government Alliance Confederation Syndicate Trust Group Caucus Movement "
    "Conference Institute Foundation Guild Assembly Soviet Opposition Faction Fraction Organisation Organization "
    "Co. Corp. Inc. Ltd. Motors Steel Publishers Publications Books Press Library University College School Academy "
    "Bank Museum "
    "Hospital Guild Lodge Local Cooperative Clubs".split()
)
#: heads of two words whose last word alone heads no body ("People’s Publishing House", not "White House")
ORG_HEAD_PAIRS = frozenset({("Publishing", "House")})
#: words an organisation head needs beside it to be an organisation, not a phrase
WEAK_HEADS = frozenset("Group Movement Conference Assembly Army Government Opposition Press Soviet Front".split())
#: month names as printed: the full names and the abbreviations with their full stop, from the
#: one list of months (:data:`tei.dates.MONTH_NAMES`)
MONTHS = frozenset(
    name.capitalize() if index == 0 else f"{name.capitalize()}."
    for names in MONTH_NAMES for index, name in enumerate(names)
)
#: nationality and group adjectives and nouns: never a place or a person
NATIONALITIES = frozenset(
    "American Americans British English French German Germans Russian Russians Italian Italians Spanish Japanese "
    "Chinese Indian Indians Polish Irish Scottish Welsh Jewish Jews Negro Negroes Soviet Ukrainian Mexican Cuban "
    "European Europeans Asian African Africans Latin Greek Turkish Austrian Hungarian Czech Dutch Belgian Swiss "
    "Swedish Norwegian Danish Canadian Australian Korean Vietnamese Arab Arabs Israeli Egyptian Persian Catholic "
    "Protestant Christian Christians Muslim Moslem Bolshevik Bolsheviks Menshevik Mensheviks Marxist Marxists "
    "Leninist Stalinist Stalinists Trotskyist Trotskyists Communist Communists Socialist Socialists Fascist "
    "Fascists Nazi Nazis Republican Republicans Democrat Democrats Democratic Labour Labor Liberal Tory Tories "
    "Western Eastern Northern Southern Yankee Cossack Slav Teuton Gentile".split()
)
#: capitalised words that are names of nothing (or of too much) in these articles
NEVER = frozenset(
    "God Lord Christ Heaven Hell Church State Capital Labor Labour Congress Parliament House Government "
    "Constitution Court Revolution Republic Empire War Peace Left Right Centre Center Opposition Party Union "
    "International Communism Socialism Capitalism Marxism Leninism Stalinism Trotskyism Bolshevism Fascism "
    "Nazism Imperialism Democracy Editor Editors Editorial Note Notes Top Page Public Domain Dear Comrade "
    "Comrades Brothers Sisters Friends Sir Sirs Madam Yours Fraternally Greetings Index Archive Main "
    "Contents Introduction Preface Chapter Part Appendix Postscript Footnote Footnotes Vol. No. Volume "
    "Number Issue Spring Summer Autumn Fall Winter Christmas Easter Day Street Avenue Square Hall Building "
    "North South East West Negro White Black Red Blue Green".split()
)
#: a forename and a word that together are a figure of speech, not a person: "Jim Crow" is the
#: segregation laws, "John Bull" England, "John Doe" anybody
FIGURES = frozenset({"Jim Crow", "John Bull", "John Doe", "Jane Doe", "Joe Public", "Johnny Reb"})
SPEECH_VERBS = ("said", "says", "wrote", "writes", "declared", "declares", "argued", "argues", "told", "tells",
                "replied", "answered", "stated", "insisted", "explained", "asked", "added", "claimed", "claims")


@lru_cache(maxsize=1)
def forenames() -> frozenset[str]:
    """The project's list of forenames (``tei/data/names/forenames.txt``)."""
    text = resources.files("tei.data").joinpath("names", "forenames.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())
