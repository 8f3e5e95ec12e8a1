"""The kinds of evidence the name recogniser decides on, declared once.

Each machine mention points at its evidence with ``@ana="#ev-<name>"``; a file that holds
machine mentions declares the kinds it uses as ``category`` elements of one ``taxonomy`` in
``encodingDesc/classDecl`` (TEI's way to say what an ``@ana`` value means), so a receiving
project can see, and count, why each name was marked. ``docs/names.md`` describes each kind
with its ``@cert`` and examples; a test checks that its table names exactly these.
"""
from __future__ import annotations

#: the taxonomy's id and the prefix of its categories' ids
TAXONOMY_ID = "names-evidence"
CATEGORY_PREFIX = "ev-"

#: evidence name -> what it is, in one line (the category's catDesc)
EVIDENCE: dict[str, str] = {
    "list": "a form of one of the project's lists of persons, organisations, publishers, periodicals and places",
    "acronym-defined": "an acronym the article defines after the full name, or that full name",
    "gazetteer-country": "a country in the GeoNames gazetteer",
    "gazetteer-continent": "a continent in the GeoNames gazetteer",
    "gazetteer-state": "a US state in the GeoNames gazetteer",
    "gazetteer-city": "a city of a million people or more in the GeoNames gazetteer",
    "gazetteer-city-in-context": "a city of 100,000 or more after a preposition of place",
    "title": "a name after a title or an office (Comrade, Mr., General, Senator ...)",
    "initials": "initials and a surname",
    "forename": "a listed forename and a surname",
    "periodical-cited": "a name the text cites with a dated issue or calls a paper",
    "periodical-shape": "capitalised words ending in a newspaper's word (Times, Tribune, Review ...)",
    "named-again": "a periodical, organisation or dateline place the article named before, standing again",
    "short-form": "a publisher's name without its last word where it stands again",
    "dateline": "a news report's opening place in capitals before the day",
    "acronym-of-name": "an undefined acronym that spells the initials of one body the article names",
    "place-region": "a word of position or a colonial adjective before a place",
    "street-shape": "capitalised words ending in Street, Avenue, Square, City ..., or after rue, Calle ...",
    "state-abbreviation": "a US state's abbreviation after a city and a comma",
    "review-author": "an author in a reviewed book's heading",
    "citation-author": "the author at the head of a citation in a note",
    "union-local": "a union's local: Local and its number, with the words that name it",
    "publisher-price": "a publisher with a price, on a review heading's line or in brackets",
    "coreference": "a bare surname of the one person the article names in full with it",
    "hyphen-list": "names joined by hyphens, two of which are persons the article names",
    "surname-shape": "a word with a Slavonic, Armenian or Gaelic surname's shape",
    "list-surname": "a surname of the persons list, when the article names no other person of that surname",
    "capitals": "a word in capitals the lists, the gazetteer or the article know in small letters",
    "organisation-shape": "capitalised words ending in an organisation's word (Party, Union, League, Committee ...)",
    "speech-verb": "one capitalised word before or after a verb of speaking (said, wrote ...)",
    "by-author": "capitalised words after by",
    "ruler": "one capitalised word between the and regime, administration, dictatorship",
    "enumeration": "one word in a list another member of which is a person",
    "repeated": "the same word again, once a weak rule made it a person",
    "acronym": "capitals nobody defined, read as an organisation",
    "surname-shared": "a bare surname two persons of the article share (no entry)",
}


def category_id(evidence: str) -> str:
    """The ``xml:id`` of the taxonomy's category for ``evidence`` (``ev-forename``)."""
    if evidence not in EVIDENCE:
        raise KeyError(f"undeclared evidence {evidence!r}: declare it in tei/passes/recognise/evidence.py")
    return CATEGORY_PREFIX + evidence
