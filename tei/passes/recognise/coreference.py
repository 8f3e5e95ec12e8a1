"""What the article itself tells after a first reading: a bare surname is the person
named in full with it, a word in a list of persons is a person, a word in capitals is
the name the article (or the register, or the lists) writes in small letters."""
from __future__ import annotations

import re

from .ids import KIND_TAG, entry_id
from .shapes import DERIVED
from .state import ArticleState


GENERATION = re.compile(r",?\s+(?:Jr|Sr)\.$")


def surname(name: str) -> str:
    """The word a bare mention repeats: "Brandt" of "Oskar T. Brandt, Jr."."""
    return GENERATION.sub("", name).split()[-1]


def bare(name: str) -> bool:
    """A surname alone, with its particle if any ("Gaulle", "de Gaulle"), not "J. Smith"."""
    words = GENERATION.sub("", name).split()
    return "." not in name and len([w for w in words if not w[0].islower()]) == 1


def coreference(state: ArticleState, pending, acronyms: dict[str, str], places) -> None:
    """Person ids (a bare surname joins the one full name it shares), bare surnames and
    acronyms met again."""
    surnames: dict[str, set[str]] = {}
    titled: list[str] = []  # "Gen. de Gaulle": the person named in full, if the article does
    for mention in state.mentions:
        if mention.kind == "person" and mention.evidence != "speech-verb":
            name = mention.block.text[mention.start:mention.end]
            if bare(name) and mention.evidence == "title":
                titled.append(name)
            elif not bare(name):
                surnames.setdefault(surname(name), set()).add(entry_id("person", name))
    for name in titled:
        surnames.setdefault(surname(name), {entry_id("person", name)})
    for mention in state.mentions:
        if mention.kind == "person" and mention.key is None:
            name = mention.block.text[mention.start:mention.end]
            if bare(name) and len(surnames.get(surname(name), ())) > 1:
                mention.cert, mention.evidence = "low", "surname-shared"
                continue
            if bare(name) and len(surnames.get(surname(name), ())) == 1:
                mention.key = next(iter(surnames[surname(name)]))
                if mention.evidence == "speech-verb":
                    mention.cert, mention.evidence = "medium", "coreference"
            else:
                mention.key = entry_id("person", name)
    for block, word, start, end in pending:
        if word in acronyms:
            state.add(block, start, end, "org", "acronym-defined", "high", entry_id("org", acronyms[word]))
        elif word in surnames and not DERIVED.match(word):
            keys = surnames[word]
            if len(keys) == 1:
                state.add(block, start, end, "person", "coreference", "medium", next(iter(keys)))
            else:
                state.add(block, start, end, "person", "surname-shared", "low", None)


#: capitals that are never an organisation's acronym
NOT_ACRONYMS = frozenset("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XX OK TV AM PM AD BC PS NB".split())
ROMAN = re.compile(r"[IVXLCDM]+$")


ENUMERATION = re.compile(r"[A-Z][\w’'\-]*(?:(?:,[ \u00a0]+|,?[ \u00a0]+and[ \u00a0]+)[A-Z][\w’'\-]*)+")


def enumerations(state: ArticleState, pending) -> None:
    """"Eismont, Tolmachev and others", "Rykov and Tomsky": in a list of single words one
    of which is a person, the others that nothing else decided are persons too (low)."""
    waiting = {(id(block), start): (block, word, start, end) for block, word, start, end in pending}
    persons = {(id(m.block), m.start) for m in state.mentions if m.kind == "person"}
    candidates = {id(block) for block, *_ in pending} & {id(m.block) for m in state.mentions if m.kind == "person"}
    for block in state.blocks:
        if id(block) not in candidates:
            continue
        for match in ENUMERATION.finditer(block.text):
            members = [(m.start(), m.end()) for m in re.finditer(r"[A-Z][\w’'\-]*", match.group())]
            members = [(match.start() + a, match.start() + b) for a, b in members]
            if not any((id(block), a) in persons for a, _ in members):
                continue
            for a, b in members:
                item = waiting.get((id(block), a))
                if item is not None and item[3] == b and not item[1].isupper() and not DERIVED.match(item[1]):
                    state.add(block, a, b, "person", "enumeration", "low", None)


def single_names_again(state: ArticleState, pending) -> None:
    """A one-word person found by a weak rule ("Eismont" in a list, "Rykov" by its
    ending) is the same person where the word stands again (low)."""
    names = {}
    for mention in state.mentions:
        text = mention.block.text[mention.start:mention.end]
        if mention.kind == "person" and " " not in text and "." not in text:
            names.setdefault(text, mention)
    for block, word, start, end in pending:
        if word in names and not word.isupper():
            state.add(block, start, end, "person", "repeated", "low", names[word].key)


def _looks_like_acronym(word: str) -> bool:
    """"MWF", "RCP", "ILO": two or three capitals, or up to five without a vowel; not a
    Roman numeral or a common abbreviation."""
    if not word.isalpha() or word in NOT_ACRONYMS or ROMAN.match(word) or not 2 <= len(word) <= 5:
        return False
    return len(word) <= 3 or not set(word) & set("AEIOUY")


def capitals(state: ArticleState, pending, lists, places) -> None:
    """Words printed in capitals: the name they spell in the register, the lists, the
    gazetteer or the article ("STALIN", "IZVESTIA": medium); else a short acronym no
    one defined ("MWF"): an organisation, low."""
    register = state.register
    known = {m.block.text[m.start:m.end]: m for m in state.mentions if m.key is not None}
    for block, word, start, end in pending:
        if not word.isupper() or not state.free(block, start, end):
            continue
        title = word.title()
        listed = lists.get(title) if len(word) > 2 else None
        forms = register.forms.get(title, []) if register is not None and len(word) > 2 else []
        place = places.get(title) if len(word) > 2 else None
        if listed is not None:
            state.add(block, start, end, listed.kind, "capitals", "medium", listed.id,
                      places.get(listed.full) if listed.kind == "place" else None)
        elif len({f.entry_id for f in forms}) == 1:
            entry = register[forms[0].entry_id]
            if entry.kind in KIND_TAG and entry.kind != "work":
                state.add(block, start, end, entry.kind, "capitals", "medium", f"={entry.id}")
        elif title in known:
            mention = known[title]
            state.add(block, start, end, mention.kind, "capitals", "medium", mention.key, mention.place)
        elif place is not None and place.kind != "city":
            state.add(block, start, end, "place", "capitals", "medium", entry_id("place", title), place)
        elif _looks_like_acronym(word) and not state.in_lower_case(word) \
                and (id(block), start) not in state.capital_runs:
            state.add(block, start, end, "org", "acronym", "low", entry_id("org", word))
