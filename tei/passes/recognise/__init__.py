"""The name recogniser: persons, places, organisations and periodicals the register
does not know (issue 11).

Runs after the register's pass and the quotation and date passes (:func:`tei.passes.annotate`):
the register always wins, and the recogniser only marks text that no name or title
covers, never a span that crosses other markup or holds a note anchor. Evidence, in
order: the project's lists (:mod:`.lists`), acronyms the article defines ("Congress of
Industrial Organizations (CIO)"), name shapes and the GeoNames gazetteer
(:mod:`.shapes`, :mod:`.gazetteer`), then what the article itself tells
(:mod:`.coreference`: a bare "Cannon" after "James P. Cannon"; a bare surname two
persons share stays unlinked). :mod:`.state` holds what is known while reading;
:mod:`.ids` makes the ids; :mod:`.entries` and :mod:`.proposals` write the TEI.

Each mention becomes a span with ``@ref``, ``@resp="#app-tei-etol-names"``, ``@cert`` and
``@ana`` naming its evidence (:mod:`.evidence`);
each referent one :class:`Found` entry, whose id is made from its kind and name only
(``docs/decisions.md`` §1), so "Hansen" is ``pers-hansen`` in every article of a corpus.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from ...model import Article, Block, Span
from ..mentions import trie_pattern
from .coreference import (capitals, citation_authors, coreference, enumerations, hyphenated_persons,
                          listed_in_capitals, names_again, review_authors, single_names_again)
from .evidence import category_id
from .gazetteer import gazetteer
from .ids import APP_ID, CERT_ORDER, KIND_TAG, RESP, Found, best_cert, entry_id, id_name, person_key
from .lists import candidate_runs, project_lists
from .shapes import (FUNCTION_WORDS, PARTICLES, QUALIFIER, Guess, body_of_place, classify, classify_word, facts_known,
                     head_of_longer_name, is_initials, more_places, named_local, split_list, word_facts)
from .shapes import opens_sentence as _opens_sentence
from .state import ArticleState
from .words import FIGURES, MARKS_NOT_INITIALS, MONTHS, ORG_HEADS, ROMAN_NUMBERS, forenames

__all__ = ["APP_ID", "CERT_ORDER", "KIND_TAG", "RESP", "Found", "entry_id", "id_name", "person_key", "recognise"]
ACRONYM = re.compile(r"[ \u00a0]?\(([A-Z][A-Z\-&.]{1,7})\)")


#: an organisation's head after a list form, perhaps behind capitalised words: "Militant
#: Group", "Ceylon Labour Party" (the place is part of the party's name)
FOLLOWING_HEAD = re.compile(r"(?:[ \u00a0]+[A-Z][\w’'\-]*){0,3}?[ \u00a0]+(?:"
                            + trie_pattern(ORG_HEADS) + r")\b(?![ \u00a0]\d)")
#: a union's local by its number: "Local 600", "Local 544-CIO"
UNION_LOCAL = re.compile(r"(?<![\w\-])Local[ \u00a0]\d{1,4}(?:-[A-Z]{2,4})?(?![\w\-])")
#: a publisher's name, before its price: "Merlin Press", "Pathfinder", "Allen & Unwin"
PUBLISHER_NAME = r"([A-Z][\w’'&\-]*(?:[ \u00a0]+(?:&[ \u00a0]+)?[A-Z][\w’'&\-]*){0,3})"
#: a book's price: "£3.95", "$2.50", "7s 6d"
PRICE = r"[£$][ \u00a0]?\d+(?:\.\d\d)?|\d+s\.?(?:[ \u00a0]?\d+d\.?)?"
#: a reviewed book's publisher and price, alone on a line: "Merlin Press £3.95", "Pathfinder, $2.50",
#: "Gollancz 7s 6d"
PUBLISHER_LINE = re.compile(r"[ \u00a0]*" + PUBLISHER_NAME + r",?[ \u00a0]+(?:" + PRICE
                            + r")(?:[ \u00a0]+\([a-z]+\))?[ \u00a0]*$")
#: a book's publisher and price in brackets in running text: "(Harbour Books, £3.75)",
#: "(Penguin 85p)", "(Pathfinder, $2.50)"
PUBLISHER_IN_BRACKETS = re.compile(r"\(" + PUBLISHER_NAME + r",?[ \u00a0]+(?:" + PRICE + r"|\d+p)\)")
#: "The" printed capitalised before a periodical's title is part of it: "published in The Young
#: Socialist", "The Lamplighter, weekly paper of …" (docs/names-annotation.md §2)
#: a news report's dateline: a place in capitals, perhaps its state, and the day ("ATLANTIC
#: CITY, N.J., March 30 –", "FLINT, March 2 (By Wire) –")
DATELINE = re.compile(r"([A-Z][A-Z’'\-]+(?:[ \u00a0][A-Z][A-Z’'\-]+){0,2}),(?:[ \u00a0][A-Z][a-z]{0,4}\.(?:[ \u00a0]?[A-Z]\.)?,)?"
                      rf"[ \u00a0](?:{'|'.join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))})[ \u00a0]\d{{1,2}}\b")
THE_BEFORE = re.compile(r"(?<![\w’'\-])The[ \u00a0]$")
CAPITALISED_BEFORE = re.compile(r"(?<![\w’'.\-])([A-Z][\w’'\-]*)[ \u00a0]+$")


def _inside_longer_name(text: str, start: int, end: int, kind: str, lists, breaks=()) -> bool:
    """True when a list form is only part of a longer name: an organisation head follows
    it ("Militant Group", "Chicago Federation of Labor"), or, for an organisation or a
    periodical, a capitalised word that is not a function word, nor a listed person
    ("the Roosevelt Democratic Party"), stands before it on the same line (a reviewed
    book's "edited by Ada Pell" above "Random House, 1963" is no part of the publisher)."""
    following = FOLLOWING_HEAD.match(text, end)
    if following is not None:  # a listed person before a listed body is not part of it
        listed = lists.get(text[end:following.end()].strip()) if kind == "person" else None
        return listed is None or listed.kind not in ("org", "work")
    if kind in ("org", "work"):
        before = CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
        if before is None or before.group(1).capitalize() in FUNCTION_WORDS or QUALIFIER.match(before.group(1)) \
                or any(before.end(1) < b <= start for b in breaks):
            return False  # "the Stalinist-dominated Committee for …": the qualifier is no part of it
        listed = lists.get(before.group(1))
        return listed is None or listed.kind != "person"
    return False


#: a preposition or a dash before a word in capitals that ends a clause: "unload the rest
#: on – US.", "to lend-lease and to US," (the pronoun set in capitals for emphasis)
EMPHASIS_BEFORE = re.compile(r"(?<![\w’'\-])(?:to|for|with|against|on|upon|of|from|at|by|[–—])[ \u00a0]+$")
CLAUSE_END_AFTER = re.compile(r"[ \u00a0]*(?:[.,;:!?)”’]|$)")
#: pronouns that a list also holds in capitals (the United States' "US")
PRONOUNS = frozenset({"US"})


def _word_among_capitals(state: ArticleState, text: str, start: int, end: int) -> bool:
    """True when a form in capitals is also a word the article writes in small letters
    ("US", "us") and a word in capitals stands beside it (a line set in capitals: "GIVE US
    BREAD"); or a pronoun ("US") that ends a clause right after a preposition or a dash, set
    in capitals for emphasis ("and then – to US."; the country takes "the" there)."""
    form = text[start:end]
    if not (form.isalpha() and form.isupper()):
        return False
    if form in PRONOUNS and EMPHASIS_BEFORE.search(text, max(0, start - 12), start) and CLAUSE_END_AFTER.match(text, end):
        return True
    if not state.in_lower_case(form):
        return False
    before = re.search(r"([^\W\d_]+)\W*$", text[max(0, start - 24):start])
    after = re.match(r"\W*([^\W\d_]+)", text[end:end + 24])
    return any(m is not None and len(m.group(1)) > 1 and m.group(1).isupper() for m in (before, after))


def _marked_already(state: ArticleState, block: Block, start: int, end: int, kind: str) -> bool:
    """True when a list form stands where a name already is, and so can add nothing: an
    organisation or a place (it would be refused), or a person's single word (refused too,
    and the surname it would reserve is inside that name, where no run can start). A
    periodical may take the "The" before it, and a person's several words may leave a
    word free: those are read in full."""
    if kind == "work" or (kind == "person" and (" " in block.text[start:end] or "\u00a0" in block.text[start:end])):
        return False
    return not state.free(block, start, end)


def _acronym_matches(long: str, acronym: str) -> bool:
    letters = [w[0] for w in long.split() if w[0].isupper()]
    return "".join(letters) == acronym.replace(".", "").replace("-", "").replace("&", "")


def recognise(article: Article, register=None) -> list[Found]:
    """Mark the names of ``article`` that carry no markup yet; return the machine entries
    (sorted by id). The ``register``'s ids are the editor's, which the machine never
    takes; its forms name what the article prints in capitals ("STALIN")."""
    state = ArticleState(article, register if register is not None else frozenset())  # its ids: `id in register`
    state.register = register
    lists, places, first_names = project_lists(), gazetteer(), forenames()
    acronyms: dict[str, str] = {}  # acronym -> the org's full name
    pending: list[tuple[Block, str, int, int]] = []  # single words left for coreference
    unread: list[tuple[Block, int, int]] = []  # runs of words nothing decided: a name found later?
    surnames_listed: list[tuple[Block, int, int, object]] = []  # "Murray": unless the article names another
    covers = state.covers
    for block in state.blocks:  # before the lists: "(Frank Ekberg, £3.75)" is a publisher, not a person
        for publisher in PUBLISHER_IN_BRACKETS.finditer(block.text) if "(" in block.text else ():
            if not places.get(publisher.group(1)):
                state.add(block, publisher.start(1), publisher.end(1), "org", "publisher-price", "medium",
                          entry_id("org", publisher.group(1)))
    candidates = [(block, candidate_runs(block.text, covers, id(block))) for block in state.blocks]
    for block, runs in candidates:
        for start, end, listed in lists.find(runs) if runs else ():
            if _marked_already(state, block, start, end, listed.kind):
                continue  # the common case: the register named it
            if _inside_longer_name(block.text, start, end, listed.kind, lists, block.breaks):
                continue  # "Militant Group", "Stepney Labour Party": the shapes read the whole name
            if _word_among_capitals(state, block.text, start, end):
                continue  # "TELL US": the pronoun, not the "US" of the places list
            if listed.kind == "person" and block.text[start:end] != listed.full:
                surnames_listed.append((block, start, end, listed))
                state.reserved.add((id(block), start))
                continue
            place = places.get(listed.full) if listed.kind == "place" else None
            if listed.kind == "work" and THE_BEFORE.search(block.text, max(0, start - 6), start):
                start -= 4
            if listed.kind == "org":  # "United Mine Workers of America"
                whole = body_of_place(block.text, end, places, lists)
                if whole == end and head_of_longer_name(block.text, end, places, lists):
                    continue  # "a Congress of Labor": the shapes read the whole name
                end = more_places(block.text, start, whole, places, lists)
            state.add(block, start, end, listed.kind, "list", "high", listed.id, place)
    for block in state.blocks:
        dateline = DATELINE.match(block.text) if block.text[:2].isupper() else None
        if dateline is not None:
            name = dateline.group(1).title()
            state.add(block, 0, dateline.end(1), "place", "dateline", "medium", entry_id("place", name), places.get(name))
        for local in UNION_LOCAL.finditer(block.text) if "Local" in block.text else ():
            start = named_local(block.text, local.start(), places)  # "Dodge Local 3"
            state.add(block, start, local.end(), "org", "union-local", "medium", entry_id("org", block.text[start:local.end()]))
        if not block.breaks and len(block.text) >= 60:
            continue  # one long line: no publisher's line (the common case)
        for publisher in _publisher_lines(block):  # "Merlin Press £3.95" under a reviewed book
            if not places.get(publisher.group(1)):
                state.add(block, publisher.start(1), publisher.end(1), "org", "publisher-price", "medium",
                          entry_id("org", publisher.group(1)))
    known = facts_known(places)  # the facts of the words met before (this reading asks no other gazetteer)
    for block, runs in candidates:
        if not runs:
            continue
        in_head = block.kind == "head" and _title_case(block.text)
        cover = covers[id(block)]
        mask = cover.mask
        for start, end, single, words in runs:
            if mask[start] and mask[end - 1]:
                continue  # a name the register (or a list) already marked: the common case
            if single:  # one word: the common case
                if cover.free(start, end):
                    word = words[0][0]
                    _read_word(state, block, word, start, end, in_head, pending, places,
                               known.get(word) or word_facts(word, places))
                continue
            for run in _runs(cover, block, words):
                _read_run(state, block, run, in_head, acronyms, pending, first_names, places, unread)
    listed_in_capitals(state, pending, lists)
    names_again(state, unread, pending)
    review_authors(state, places)  # "Ian Birchall" above a reviewed book: before coreference reads the full names
    citation_authors(state, [block for note in article.notes for block in note.blocks], places)
    coreference(state, pending, acronyms, places, lists)
    for block, start, end, listed in surnames_listed:
        state.add(block, start, end, "person", "list-surname", "medium", listed.id)
    enumerations(state, pending)
    hyphenated_persons(state, pending)
    single_names_again(state, pending)
    capitals(state, pending, lists, places)
    return _entries(state)


def _publisher_lines(block: Block):
    """The lines of a block (the reader joins them with a space and keeps where they broke)
    that hold a publisher and a price (a block of one long line holds none: the caller
    passes it over)."""
    text = block.text
    bounds = [0, *sorted(block.breaks), len(text)]
    for start, end in zip(bounds, bounds[1:]):
        if end - start < 60 and ("£" in text[start:end] or "$" in text[start:end] or "d" in text[start:end]):
            found = PUBLISHER_LINE.fullmatch(text, start, end)
            if found is not None:
                yield found


#: the small words a candidate run may hold between capitalised words, never at its ends
JOINERS = ("of", "the", "and", "for")
HEAD_WORD = re.compile(r"[^\W\d_][\w’'\-]*")


def _title_case(text: str) -> bool:
    """A head set in title case ("The Month in Review"): its capitals say nothing."""
    words = [w for w in HEAD_WORD.findall(text) if w not in ("of", "the", "and", "in", "a", "to", "for", "on")]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _runs(cover, block: Block, words) -> list[list[tuple[str, int, int]]]:
    """The words of a candidate of several words in runs that no markup interrupts and no
    line break divides ("J.K. Marlow of the Socialist Workers Party", the party already
    marked: "J.K. Marlow")."""
    breaks = block.breaks
    if cover.clear(words[0][1], words[-1][2]) \
            and not (breaks and any(words[0][2] < b <= words[-1][1] for b in breaks)):
        run = list(words)  # nothing inside and no line break: one run (the common case)
        while run and run[-1][0] in JOINERS:
            run.pop()
        return [run] if run else []
    runs: list[list[tuple[str, int, int]]] = [[]]
    for word in words:
        free = cover.free(word[1], word[2])
        if not free or (breaks and runs[-1] and any(runs[-1][-1][2] < b <= word[1] for b in breaks)):
            runs.append([])
            if not free:
                continue
        runs[-1].append(word)
    for run in runs:  # a joiner at either end belongs to no name: "AFL, CIO and Railroad Brotherhoods"
        while run and run[-1][0] in JOINERS:
            run.pop()
        while run and run[0][0] in JOINERS:
            del run[0]
    return [run for run in runs if run]


def _read_run(state: ArticleState, block: Block, words, in_head: bool, acronyms: dict[str, str], pending: list,
              first_names, places, unread: list) -> None:
    """Classify one run of words: an acronym it defines, else the shapes and the gazetteer;
    a single word nothing decides waits for coreference."""
    text = block.text
    if _name_in_capitals(words, first_names):  # "ALEX CALLINICOS", "V. M. MOLOTOV"
        state.add(block, words[0][1], words[-1][2], "person", "capitals", "medium",
                  entry_id("person", " ".join(w[0] if w[0].endswith(".") else w[0].capitalize() for w in words)))
        return
    capitals = 0  # "STALIN INTERVENES TO SAVE BADOGLIO Stalinism": the capitals word by word
    while capitals < len(words) and words[capitals][0].isupper() and "." not in words[capitals][0]:
        capitals += 1
    if capitals and (capitals == len(words) or capitals > 1):
        pending.extend((block, w[0], w[1], w[2]) for w in words[:capitals] if len(w[0]) > 1)
        if capitals > 1:
            state.capital_runs.update((id(block), w[1]) for w in words[:capitals])
        words = words[capitals:]
    while words and _leads(state, text, words, first_names):
        words = words[1:]  # "Later de Voss left": "de Voss" is the name
        while words and (words[0][0] in ("of", "the", "and", "for") or words[0][0] in PARTICLES):
            words = words[1:]
    if not words or (len(words) == 1 and (id(block), words[0][1]) in state.reserved):
        return  # a listed surname alone: coreference first, then the list
    acronym = ACRONYM.match(text, words[-1][2]) if len(words) >= 2 else None
    if acronym and _acronym_matches(" ".join(w[0] for w in words), acronym.group(1)):
        long = text[words[0][1]:words[-1][2]]
        key = entry_id("org", long)
        acronyms[acronym.group(1)] = long
        state.add(block, words[0][1], words[-1][2], "org", "acronym-defined", "high", key)
        state.add(block, acronym.start(1), acronym.end(1), "org", "acronym-defined", "high", key)
        return
    whole = in_head and text[words[0][1]:words[-1][2]] == text.strip()
    guesses = classify(text, words, in_head and not whole, first_names, places)
    if guesses:
        guesses = [g for g in guesses if (id(block), g.start) not in state.reserved or " " in text[g.start:g.end]]
        for guess in guesses:
            _add_guess(state, block, guess)
    if not guesses and len(words) > 1:
        unread.append((block, words[0][1], words[-1][2]))
    if len(words) == 1:  # a single word nothing decided waits for coreference
        if not guesses:
            pending.append((block, words[0][0], words[0][1], words[0][2]))
        return
    if "and" not in (names := [w[0] for w in words]) and "of" not in names:
        return  # split_list would give the run whole: no part of one word
    for part in split_list(words):
        if len(part) == 1 and not any(g.start <= part[0][1] < g.end for g in guesses):
            pending.append((block, part[0][0], part[0][1], part[0][2]))


def _read_word(state: ArticleState, block: Block, word: str, start: int, end: int, in_head: bool, pending: list,
               places, facts) -> None:
    """:func:`_read_run` for a run of one word (the common case): the same decisions, in
    fewer calls. ``facts``: the word's :func:`.shapes.word_facts`."""
    text = block.text
    if facts.capitals:  # a word in capitals waits for coreference
        if len(word) > 1:
            pending.append((block, word, start, end))
        return
    if facts.leads or (id(block), start) in state.reserved:
        return  # (:func:`_leads`: a word that opens the run is no name); a listed surname alone:
        # coreference first, then the list
    if in_head and text[start:end] == text.strip():
        in_head = False  # a head that is this one word: read as running text
    guesses = classify_word(text, word, start, end, in_head, places, facts)
    # a sentence's first word that the article also writes in small letters is no name
    # (:func:`_leads`): the article is searched for it only when it would count, here when
    # the shapes found something, else by the readers of ``pending`` (ArticleState.dropped)
    opens = _opens_sentence(text, start)
    if guesses and opens and state.in_lower_case(word):
        return
    if guesses:
        guesses = [g for g in guesses if (id(block), g.start) not in state.reserved or " " in text[g.start:g.end]]
        for guess in guesses:
            _add_guess(state, block, guess)
    if not guesses:  # nothing decided: it waits for coreference
        pending.append((block, word, start, end))
        if opens:
            state.unsure.add((id(block), start))


def _leads(state: ArticleState, text: str, words, first_names) -> bool:
    """True when the first word of a run is not part of the name: a function word, a
    qualifier ("Stalinist-controlled"), or a sentence's first word that the article also
    writes in lower case ("Many") or that a particle follows ("Later de Voss"), unless a
    listed forename begins a longer run ("Will Rogers spoke")."""
    first = words[0][0]
    if len(words) > 1 and first in first_names:
        return False  # asked first: the search of the article for the word in lower case is the dear part
    if first in MARKS_NOT_INITIALS or (words[0][1] == 0 and first in ROMAN_NUMBERS and state.numbered_paragraphs):
        return True  # "P.S. Please …", "I. Pamphlets and …" beside "II. Novels …": no initials
    return bool(first in FUNCTION_WORDS or ("-" in first and QUALIFIER.match(first))
                or (_opens_sentence(text, words[0][1]) and (_before_particle(words) or _before_forename(words, first_names)
                                                           or state.in_lower_case(first))))


def _name_in_capitals(words, first_names) -> bool:
    """A run of two or three words set in capitals that is a listed forename or initials
    and a surname ("ALEX CALLINICOS", "V. M. MOLOTOV", a byline or a signature in capitals);
    never a figure of speech ("JOHN BULL")."""
    if not 2 <= len(words) <= 3:
        return False
    first, rest = words[0][0], [w[0] for w in words[1:]]
    if not (is_initials(first) or first.isupper() and first.capitalize() in first_names):
        return False
    if not all(len(word) > 2 and word.isupper() and word.replace("-", "").replace("’", "").isalpha() for word in rest):
        return False
    return " ".join(w.capitalize() for w in [first] + rest) not in FIGURES


def _before_forename(words, first_names) -> bool:
    """True when a listed forename and a surname follow the sentence's first word: "Inform
    Sergei Petrovich that …", "Ask Ada Pell": the name starts at the forename."""
    return len(words) > 2 and words[0][0].isalpha() and words[1][0] in first_names  # not "J. George Eccarius"


def _before_particle(words) -> bool:
    """True when a particle follows the first word: "Later de Voss"."""
    return len(words) > 2 and words[1][0] in PARTICLES


def _add_guess(state: ArticleState, block: Block, guess: Guess) -> None:
    name = block.text[guess.start:guess.end]
    key = None if guess.kind == "person" else entry_id(guess.kind, name)
    state.add(block, guess.start, guess.end, guess.kind, guess.evidence, guess.cert, key, guess.place)


@lru_cache(maxsize=4096)
def _clear_of_register(key: str, kind: str, name: str) -> str:
    """A machine id that the editor's register also holds, made distinct from it."""
    digest = hashlib.sha1(f"{kind}|{id_name(name)}".encode()).hexdigest()[:4]
    return f"{key}-m{digest}"


@lru_cache(maxsize=256)
def _machine_attrs(cert: str, evidence: str) -> tuple[tuple[str, str], ...]:
    """A machine span's ``@resp``, ``@cert`` and ``@ana`` (a few pairs in all: made once each)."""
    return (("resp", RESP), ("cert", cert), ("ana", f"#{category_id(evidence)}"))


def _entries(state: ArticleState) -> list[Found]:
    """One entry per referent; spans written into the blocks; ids clear of the editor's."""
    found: dict[str, Found] = {}
    order = {id(block): index for index, block in enumerate(state.blocks)}
    for mention in sorted(state.mentions, key=lambda m: (order[id(m.block)], m.start)):
        name = mention.block.text[mention.start:mention.end]
        if mention.key is None and mention.kind == "person" and mention.evidence != "surname-shared":
            mention.key = entry_id("person", name)
        attrs: tuple[tuple[str, str], ...] = ()
        if mention.key is not None and mention.key.startswith("="):  # the editor's own entry
            attrs = (("ref", f"#{mention.key[1:]}"),)
        elif mention.key is not None:
            key = mention.key
            if key in state.register_ids:
                key = _clear_of_register(key, mention.kind, name)
            entry = found.get(key)
            if entry is None:  # its first mention: (not setdefault: a Found made per mention costs)
                found[key] = Found(key, mention.kind, [name], mention.place, [mention.evidence], mention.cert, 1)
            else:
                if name not in entry.forms:
                    entry.forms.append(name)
                if mention.evidence not in entry.evidence:
                    entry.evidence.append(mention.evidence)
                entry.cert = best_cert(entry.cert, mention.cert)
                entry.place = entry.place or mention.place
                entry.count += 1
            attrs = (("ref", f"#{key}"),)
        if mention.kind == "work":
            attrs = (("level", "j"),) + attrs
        mention.block.spans.append(Span(mention.start, mention.end, KIND_TAG[mention.kind],
                                        attrs + _machine_attrs(mention.cert, mention.evidence)))
    return [found[key] for key in sorted(found)]
