"""What the article itself tells after a first reading: a bare surname is the person
named in full with it, a word in a list of persons is a person, a word in capitals is
the name the article (or the register, or the lists) writes in small letters."""
from __future__ import annotations

import re
from bisect import bisect_left

from .ids import KIND_TAG, best_cert, entry_id
from .shapes import DERIVED, FUNCTION_WORDS, NOT_AUTHOR_WORDS, PARTICLES, is_initials, name_like, tokens
from .state import ArticleState, Mention
from .words import ORG_HEADS, forenames


GENERATION = re.compile(r",?\s+(?:Jr|Sr)\.$")
#: a surname that names a firm: "Dillon, Read and Company", "Morgan & Co.", "Lehman Brothers"
FIRM_AFTER = re.compile(r"(?:,[ \u00a0][A-Z][\w’'\-]*)?,?[ \u00a0](?:(?:and|&)[ \u00a0](?:Company|Co\.|Sons)|Brothers)\b")
THE = re.compile(r"^The\s+")


def without_generation(name: str) -> str:
    """``name`` without the generation after it ("Oskar T. Brandt, Jr." -> "Oskar T.
    Brandt"); the regex is asked only when the name holds "r.", which "Jr." and "Sr." end in."""
    return GENERATION.sub("", name) if "r." in name else name


def surname(name: str) -> str:
    """The word a bare mention repeats: "Brandt" of "Oskar T. Brandt, Jr."."""
    return without_generation(name).split()[-1]


def bare(name: str) -> bool:
    """A surname alone, with its particle if any ("Gaulle", "de Gaulle"), not "J. Smith"."""
    return "." not in name and sum(not w[0].islower() for w in name.split()) == 1


def given_names(name: str) -> list[str]:
    """The words before the surname, initials apart: "J.W. Anderson" -> ["J.", "W."]."""
    return without_generation(name).replace(".", ". ").split()[:-1]


def one_person(short: str, long: str) -> bool:
    """True when ``long`` names the person ``short`` names with more forenames: "John
    Anderson" and "John W. Anderson", "J. Anderson" and "John W. Anderson" (each forename
    of the shorter is the longer's in its place, or its initial)."""
    first, second = given_names(short), given_names(long)
    return 0 < len(first) < len(second) and all(
        a == b or (a[0] == b[0] and (len(a) == 2 and a[1] == "." or len(b) == 2 and b[1] == "."))
        for a, b in zip(first, second))


def fuller_names(surnames: dict[str, set[str]], fulls: dict[str, str]) -> dict[str, str]:
    """Person id -> the id of the one fuller name of the same surname that names the same
    person in the article ("John Anderson" -> "John W. Anderson"); none when two fuller
    names would do ("John W." and "John Q. Anderson")."""
    alias: dict[str, str] = {}
    for keys in surnames.values():
        if len(keys) < 2:
            continue
        for key in sorted(keys):
            longer = [other for other in sorted(keys) if other != key and key in fulls and other in fulls
                      and one_person(fulls[key], fulls[other])]
            if len(longer) == 1:
                alias[key] = longer[0]
    while any(alias.get(target) for target in alias.values()):  # "J. A." -> "John A." -> "John W. A."
        alias = {key: alias.get(target, target) for key, target in alias.items()}
    return alias


def listed_persons(alias: dict[str, str], fulls: dict[str, str], lists) -> dict[str, str]:
    """``alias`` with each full name of the article that names the person of the persons
    list with that surname ("Walter P. Reuther", or "Walter Reuther", for the list's
    "Walter Reuther") sent to the list's entry: one person, one entry, the list's id, and a
    bare "Reuther" joins it. A full name of another person of that surname ("Victor
    Reuther") keeps its own."""
    listed: dict[str, str] = {}
    for key, name in fulls.items():
        person = lists.get(surname(name))
        if person is not None and person.kind == "person" and (person.full == name or one_person(person.full, name)):
            listed[key] = person.id
    if not listed:
        return alias
    # a listed name's fuller form joins the list's entry, never the other way round
    turned = {key: target for key, target in alias.items() if key not in listed}
    turned.update((key, person_id) for key, person_id in listed.items() if key != person_id)
    return {key: listed.get(target, target) for key, target in turned.items()}


def coreference(state: ArticleState, pending, acronyms: dict[str, str], places, lists) -> None:
    """Person ids (a bare surname joins the one full name it shares), bare surnames and
    acronyms met again."""
    surnames: dict[str, set[str]] = {}
    named: dict[str, str] = {}  # person id -> the best @cert of the mentions that name them in full
    fulls: dict[str, str] = {}  # person id -> the first full name met
    titled: list[tuple[str, str]] = []  # "Gen. de Gaulle": the person named in full, if the article does
    for mention in state.mentions:
        if mention.kind == "person" and mention.evidence != "speech-verb":
            name = mention.block.text[mention.start:mention.end]
            if not bare(name):
                key = entry_id("person", name)
                surnames.setdefault(surname(name), set()).add(key)
                named[key] = best_cert(named.get(key), mention.cert)
                fulls.setdefault(key, name)
            elif mention.evidence == "title":
                titled.append((name, mention.cert))
    alias = listed_persons(fuller_names(surnames, fulls), fulls, lists)  # "John Anderson" -> "John W. Anderson"
    for name_of_surname, keys in surnames.items():
        surnames[name_of_surname] = {alias.get(key, key) for key in keys}
    for short, long in alias.items():
        named[long] = best_cert(named.get(long), named.pop(short, "low"))
    for name, cert in titled:
        key = entry_id("person", name)
        if surname(name) not in surnames:
            surnames[surname(name)] = {key}
            named[key] = best_cert(named.get(key), cert)
    for mention in state.mentions:
        if mention.kind == "person" and mention.key is None:
            name = mention.block.text[mention.start:mention.end]
            keys = surnames.get(surname(name), ()) if bare(name) else ()
            if len(keys) > 1:
                mention.cert, mention.evidence = "low", "surname-shared"
            elif len(keys) == 1:
                mention.key = next(iter(keys))
                if mention.evidence in ("speech-verb", "surname-shape"):  # the full name tells more
                    mention.cert, mention.evidence = named.get(mention.key, "medium"), "coreference"
            else:
                mention.key = alias.get(entry_id("person", name), entry_id("person", name))
    for block, word, start, end in pending if acronyms or surnames else ():
        if word in acronyms:
            if not state.dropped(block, word, start):
                state.add(block, start, end, "org", "acronym-defined", "high", entry_id("org", acronyms[word]))
        elif word in surnames and not DERIVED.match(word) and not FIRM_AFTER.match(block.text, end) \
                and not state.dropped(block, word, start):
            keys = surnames[word]
            if len(keys) == 1:  # as certain as the full name it stands for
                key = next(iter(keys))
                state.add(block, start, end, "person", "coreference", named.get(key, "medium"), key)
            else:
                state.add(block, start, end, "person", "surname-shared", "low", None)


#: capitals that are never an organisation's acronym
NOT_ACRONYMS = frozenset("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XX OK TV AM PM AD BC PS NB".split())
ROMAN = re.compile(r"[IVXLCDM]+$")


#: a capitalised word right after a list's last member: the list is a title's words
TITLE_CASE_AFTER = re.compile(r"[ \u00a0]+[A-Z]")
#: "the" (and small words) before a member: a person's name takes no article
THE_BEFORE_MEMBER = re.compile(r"(?<![\w’'\-])the(?:[ \u00a0]+[a-z][\w\-]*){0,2}[ \u00a0]+$")
#: a member of an enumeration, and the "and" of a list of two
MEMBER = re.compile(r"[A-Z][\w’'\-]*")
AND = re.compile(r"[ \u00a0]and[ \u00a0]")
#: (the words possessive: what follows a word is never a word character, so giving one back
#: could not help, and the engine does not try)
ENUMERATION = re.compile(r"[A-Z][\w’'\-]*+(?:(?:,[ \u00a0]+|,?[ \u00a0]+and[ \u00a0]+)[A-Z][\w’'\-]*+)+")


SEPARATOR_AFTER = re.compile(r",|[ \u00a0]+and[ \u00a0]")


def _beside_separator(text: str, start: int, end: int) -> bool:
    """True when a separator of :data:`ENUMERATION` may follow ``text[start:end]`` (a comma,
    or "and" after space) or precede it (a comma or "and", then space): a word with neither
    is no member of a list, and the block's lists need not be read for it."""
    if SEPARATOR_AFTER.match(text, end):
        return True
    at = start
    while at and text[at - 1] in " \u00a0":
        at -= 1
    return at < start and (text[at - 1:at] == "," or (text[max(0, at - 3):at] == "and" and at >= 4
                                                      and text[at - 4] in " \u00a0"))


def enumerations(state: ArticleState, pending) -> None:
    """"Eismont, Tolmachev and others", "Rykov and Tomsky": in a list of single words one
    of which is a person (or of three or more that ends in a person's full name), the others
    that nothing else decided are persons too (low)."""
    # a member is a person when a person's name is it or ends with it ("Trotsky, Zinoviev and
    # Kamenev" after "Leon Trotsky"); a list has "and" or three members ("Finally, Rose
    # Levine-Meyer" and "John Kampfner, Birds ..." are none)
    persons: dict[tuple[int, int], int] = {}
    starts: set[tuple[int, int]] = set()  # "… and Ivan Smirnov"
    person_blocks: set[int] = set()
    for m in state.mentions:
        if m.kind == "person":
            key = id(m.block)
            persons[(key, m.end)] = m.start
            starts.add((key, m.start))
            person_blocks.add(key)
    waiting = {}
    waiting_starts: dict[int, list[int]] = {}  # by block: where its waiting words that may be members start
    for item in pending:
        if id(item[0]) in person_blocks:  # a list matters only in a block that names a person
            waiting[(id(item[0]), item[2])] = item
            if _beside_separator(item[0].text, item[2], item[3]):
                waiting_starts.setdefault(id(item[0]), []).append(item[2])
    for block in state.blocks:
        starts_here = waiting_starts.get(id(block))
        if starts_here is None:
            continue
        starts_here.sort()
        text = block.text
        # no list holds a full stop, and the pattern looks at nothing before its match: the
        # lists after the last full stop before the first waiting word are the same when
        # the search starts there; none after the last waiting word can hold one
        for match in ENUMERATION.finditer(text, text.rfind(".", 0, starts_here[0]) + 1):
            if match.start() > starts_here[-1]:
                break
            at = bisect_left(starts_here, match.start())
            if at == len(starts_here) or starts_here[at] >= match.end():
                continue  # no word waits inside: the list can add nothing
            members = [m.span() for m in MEMBER.finditer(text, match.start(), match.end())]
            if TITLE_CASE_AFTER.match(text, match.end()) and (id(block), members[-1][0]) not in starts:
                continue  # "Madness, Mao and Mass Starvation": a title's words, not a list of names
            if len(members) < 3 and not AND.search(text, match.start(), match.end()):
                continue
            # a full name before "and" is a list of two only when it is the name's one word:
            # "Harpal Brar and Gulag socialism" is none; a list of three or more may end in a
            # full name ("Thomas, Addes, Frankensteen and Walter Reuther")
            if not any(persons.get((id(block), b)) == a or (len(members) > 2 and (id(block), b) in persons)
                       for a, b in members) \
                    and not (len(members) > 2 and (id(block), members[-1][0]) in starts):
                continue
            for a, b in members:
                item = waiting.get((id(block), a))
                if item is not None and item[3] == b and not item[1].isupper() and not DERIVED.match(item[1]) \
                        and name_like(item[1]) and not THE_BEFORE_MEMBER.search(block.text, max(0, a - 40), a) \
                        and not state.dropped(block, item[1], a):
                    # "McLellan, Africans and Black Americans", "the radical Reformation and Boer": no persons
                    state.add(block, a, b, "person", "enumeration", "low", None)


#: the last word of a publisher's name, which the article may leave out ("Pluto", "Penguin")
PUBLISHER_HEADS = frozenset("Press Books Publishers Publications Publishing".split())
HYPHEN_PART = re.compile(r"[A-Z][a-z][\w’']*")


def hyphenated_persons(state: ArticleState, pending) -> None:
    """"the Thomas-Addes-Reuther quartet": names joined by hyphens, two of which are
    persons the article names (a one-word person or a full name's last word), are each a
    person (low); "Levine-Meyer", one double surname, names no two persons."""
    known: dict[str, Mention] = {}
    for mention in state.mentions:
        if mention.kind == "person":
            known.setdefault(mention.block.text[mention.start:mention.end].split()[-1], mention)
    for block, word, start, end in pending if known else ():
        if "-" not in word or state.dropped(block, word, start):
            continue
        parts = word.split("-")
        if not all(HYPHEN_PART.fullmatch(part) and not DERIVED.match(part) for part in parts) \
                or sum(part in known for part in parts) < 2:
            continue
        at = start
        for part in parts:
            mention = known.get(part)
            state.add(block, at, at + len(part), "person", "hyphen-list", "medium",
                      mention.key if mention is not None else None)
            at += len(part) + 1


def single_names_again(state: ArticleState, pending) -> None:
    """A one-word person found by a weak rule ("Eismont" in a list, "Rykov" by its
    ending) is the same person where the word stands again (low)."""
    names = {}
    for mention in state.mentions:
        text = mention.block.text[mention.start:mention.end]
        if mention.kind == "person" and " " not in text and "." not in text:
            names.setdefault(text, mention)
    for block, word, start, end in pending if names else ():
        if word in names and not word.isupper() and not state.dropped(block, word, start):
            state.add(block, start, end, "person", "repeated", "low", names[word].key)


def _looks_like_acronym(word: str) -> bool:
    """"MWF", "RCP", "ILO": two or three capitals, or up to five without a vowel; not a
    Roman numeral, a common abbreviation or a word in capitals ("NOT", "ONE")."""
    if not word.isalpha() or word in NOT_ACRONYMS or ROMAN.match(word) or not 2 <= len(word) <= 5 \
            or word.capitalize() in FUNCTION_WORDS:
        return False
    return len(word) <= 3 or not set(word) & set("AEIOUY")


def listed_in_capitals(state: ArticleState, pending, lists) -> None:
    """Two or more words in capitals in a row that spell a name of the project's lists
    ("PLUTO PRESS", "SOCIALIST WORKERS PARTY"): that name (medium), before the names
    that may stand again without their head ("Pluto")."""
    run: list[tuple] = []
    for item in [*pending, None]:
        block, word, start, end = item if item is not None else (None, "", 0, 0)
        if run and (item is None or block is not run[-1][0] or start != run[-1][3] + 1 or not word.isupper()
                    or block.text[start - 1] != " "):
            if len(run) > 1:
                first, last = run[0], run[-1]
                listed = lists.get(first[0].text[first[2]:last[3]].title())
                if listed is not None and listed.kind != "person":
                    state.add(first[0], first[2], last[3], listed.kind, "capitals", "medium", listed.id)
            run = []
        if item is not None and word.isupper() and len(word) > 1:
            run.append(item)


def capitals(state: ArticleState, pending, lists, places) -> None:
    """Words printed in capitals: the name they spell in the register, the lists, the
    gazetteer or the article ("STALIN", "IZVESTIA", "THE MILITANT": medium); else a short acronym no
    one defined ("MWF"): an organisation, low."""
    register = state.register
    known = {m.block.text[m.start:m.end]: m for m in state.mentions if m.key is not None}
    by_initials = None  # the bodies the article names, by initials: made when an acronym needs them
    for block, word, start, end in pending:
        if not word.isupper() or not state.free(block, start, end) or state.dropped(block, word, start):
            continue
        title = word.title()
        listed = lists.get(title) if len(word) > 2 else None
        forms = register.forms.get(title, []) if register is not None and len(word) > 2 else []
        place = places.get(title) if len(word) > 2 else None
        if listed is not None:
            if listed.kind == "work" and block.text[max(0, start - 4):start] == "THE " \
                    and state.free(block, start - 4, start):
                start -= 4  # "THE MILITANT": the title's "The", as in small letters
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
            by_initials = _bodies_by_initials(state) if by_initials is None else by_initials
            spelt = by_initials.get(word)  # "BL" of "British Leyland" named in the article
            if spelt is not None:
                state.add(block, start, end, spelt.kind, "acronym-of-name", "medium", spelt.key)
            else:
                state.add(block, start, end, "org", "acronym", "low", entry_id("org", word))


def _bodies_by_initials(state: ArticleState) -> dict:
    """The organisations and periodicals the article names in full, by their initials
    ("British Leyland": "BL"); an acronym two of them share spells neither."""
    found: dict[str, object] = {}
    for mention in state.mentions:
        name = THE.sub("", mention.block.text[mention.start:mention.end])
        if mention.kind in ("org", "work") and mention.key is not None and " " in name:
            initials = "".join(w[0] for w in name.split() if w[0].isupper())
            if found.get(initials, mention).key != mention.key:
                mention = None
            found[initials] = mention
    return {initials: mention for initials, mention in found.items() if mention is not None}


#: the last line of a reviewed book's heading: a price, a number of pages or a binding
#: ("Bookmarks, 2011, £15", "Pluto Press 85p", "Gollancz 7s 6d", "320 pp.", "paperback")
PRICE_LINE = re.compile(r"[£$€][ \u00a0]?\d|\b\d+p\b|\b\d+s\.?(?:[ \u00a0]?\d+d)?\b|\b\d+[ \u00a0]?pp\b|"
                        r"\bpp\.[ \u00a0]?\d|\bpaper(?:back)?\b|\bcloth\b|\bhardback\b")
#: a line of a reviewed book's heading that names its authors: "by Harlan Voss", "Edited by ..."
BY_LINE = re.compile(r"[ \u00a0]*(?:(?:[Ee]dited|[Tt]ranslated|[Ii]ntroduced|[Ww]ritten)[ \u00a0]+)?[Bb]y[ \u00a0]+")
AUTHORS_SPLIT = re.compile(r",?[ \u00a0]+(?:and|&)[ \u00a0]+|,[ \u00a0]+|[ \u00a0]*/[ \u00a0]*")


def review_authors(state: ArticleState, places) -> None:
    """The authors in a reviewed book's heading: a block of lines whose last line holds a
    price or a page count ("Bookmarks, 2011, £15"), whose first line (when a title line
    follows) or whose line "by ..." holds only names of two to four words joined by "and",
    "&" or commas ("Ian Birchall", "Marta Kowalczyk and Ilse Brandt"): each is a person
    (medium), and a full name for the coreference of the review's "Birchall". The reader
    often sets such a heading as one title-case head, where the shapes read nothing."""
    for block in state.blocks:
        if not block.breaks:
            continue
        bounds = [0, *sorted(block.breaks), len(block.text)]
        lines = list(zip(bounds, bounds[1:]))
        if len(lines) < 2 or not PRICE_LINE.search(block.text, *lines[-1]):
            continue
        by_lines = [BY_LINE.match(block.text, start, end) for start, end in lines[:-1]]
        for index, (start, end) in enumerate(lines[:-1]):
            if by_lines[index] is not None:
                _add_authors(state, block, by_lines[index].end(), end, "review-author", places)
            elif index == 0 and len(lines) >= 3 and not any(by_lines):
                _add_authors(state, block, start, end, "review-author", places, state)


def _add_authors(state: ArticleState, block, start: int, end: int, evidence: str, places, confirm=None) -> None:
    """Persons (medium) for the names of ``block.text[start:end]`` joined by "and", "&" or
    commas, when every part is a name of two to four words. With ``confirm`` (the
    article's state) a name needs more: a listed forename or initials first, or a surname
    the article prints again and never in small letters (a review calls its author
    "Birchall"; a book's title line, "Permanent Revolution", fails)."""
    parts, at = [], start
    for separator in AUTHORS_SPLIT.finditer(block.text, start, end):
        parts.append((at, separator.start()))
        at = separator.end()
    parts.append((at, end))
    names = [_author(block.text, a, b, places) for a, b in parts]
    if confirm is not None and all(names):
        names = [name if _confirmed(confirm, block.text[name[0]:name[1]].split()) else None for name in names]
    if all(names):
        for a, b in names:
            state.add(block, a, b, "person", evidence, "medium", None)


def _confirmed(state: ArticleState, words: list[str]) -> bool:
    last = words[-1]
    if words[0] in forenames() or is_initials(words[0]):
        return True
    return not state.in_lower_case(last) and len(re.findall(rf"(?<!\w){re.escape(last)}(?!\w)", state.text)) > 1


def _author(text: str, start: int, end: int, places) -> tuple[int, int] | None:
    """(start, end) of a name of two to four words alone in ``text[start:end]``, or None."""
    words = tokens(text, start, end)
    if not 2 <= len(words) <= 4 or "".join(w for w, _, _ in words) != "".join(text[start:end].split()):
        return None
    names = [w for w, _, _ in words]
    last = names[-1]
    if is_initials(last) or not name_like(last) or last in places or DERIVED.match(last):
        return None
    if not all((name_like(n) and n[0].isupper()) or is_initials(n) or n in PARTICLES for n in names) \
            or any(n in ORG_HEADS or n in NOT_AUTHOR_WORDS or n in places for n in names) or not names[0][0].isupper():
        return None
    return words[0][1], words[-1][2]


#: where a cited author stands in a note: its start, or after "See", "Cf.", "Also", ";"
CITATION_START = re.compile(r"(?:\b(?:[Ss]ee|[Cc]f\.|[Aa]lso|[Ii]n)[ \u00a0]+|^|[;.][ \u00a0]+)"
                            r"([A-Z][^,;:()\[\]“”‘\d]{2,80}?)(?=,|[ \u00a0]\(ed)")
#: the same after the start of the text, opening with a character class (the first letter of
#: "See", "Cf.", "Also", "In", or ";", "."), so that the regex engine skips to such a
#: character in C rather than trying the pattern at every one; each alternative opens with
#: the character after it, which the engine tests before anything else ("s" is mostly
#: inside a word: one test, not a look behind per alternative), then looks behind for the rest
CITATION_START_AFTER = re.compile(r"[SsCcAaIi;.](?:ee(?<=\b[Ss]ee)[ \u00a0]+|f\.(?<=\b[Cc]f\.)[ \u00a0]+"
                                  r"|lso(?<=\b[Aa]lso)[ \u00a0]+|n(?<=\b[Ii]n)[ \u00a0]+|[ \u00a0](?<=[;.][ \u00a0])[ \u00a0]*)"
                                  r"([A-Z][^,;:()\[\]“”‘\d]{2,80}?)(?=,|[ \u00a0]\(ed)")
#: what a citation holds after its author: a year or a page
CITATION_REST = re.compile(r"[^;]{0,200}?\b(?:1[5-9]\d\d|20\d\d|pp?\.[ \u00a0]?\d)")
DIGIT = re.compile(r"\d")


def citation_authors(state: ArticleState, note_blocks, places) -> None:
    """The author at the head of a citation in a note: "Harlan Voss, The Road from Ohio,
    London 1971, p. 23", "See Ada Pell, ...": two to four name words before a comma, with a
    year or a page further in the citation. A person (medium), and a full name for the
    coreference of the body's "Voss"."""
    for block in note_blocks:
        for match in _citation_starts(block.text):
            rest = match.end(1)
            if DIGIT.search(block.text, rest, rest + 206) is None or not CITATION_REST.match(block.text, rest):
                continue  # (a year or a page ends within 206 characters: no digit, no citation)
            _add_authors(state, block, match.start(1), match.end(1), "citation-author", places)


def _citation_starts(text: str):
    """The matches of :data:`CITATION_START` over ``text``, as its ``finditer`` gives them:
    the one at the start of the text, then :data:`CITATION_START_AFTER`'s from its end on."""
    first = CITATION_START.match(text)
    if first is not None:
        yield first
    yield from CITATION_START_AFTER.finditer(text, first.end() if first is not None else 1)


def names_again(state: ArticleState, unread, pending) -> None:
    """A periodical or an organisation the article named with evidence ("The Wage Earner,
    organ of …") is the same body where its words stand again with none ("The Wage Earner
    starts its editorial"); a capitalised "The" before a periodical is part of its title. A
    place named in capitals ("ATLANTIC CITY, March 27") is the same place in small letters;
    a publisher's name without its head ("Pluto" after "Pluto Press") is the publisher."""
    known, short = {}, {}
    for mention in state.mentions:
        text = mention.block.text[mention.start:mention.end]
        if mention.kind in ("org", "work") and mention.key is not None and mention.evidence != "list":
            known.setdefault(THE.sub("", text), mention)
        elif mention.kind == "place" and text.isupper() and " " in text:
            known.setdefault(text.title(), mention)  # "ATLANTIC CITY, March 27": "Atlantic City" again
        words = THE.sub("", text.title() if text.isupper() else text).split()
        if mention.kind in ("org", "work") and len(words) > 1 and words[-1] in PUBLISHER_HEADS \
                and all(w[0].isupper() for w in words[:-1]):
            short.setdefault(" ".join(words[:-1]), mention)  # "Pluto Press": "Pluto"
    if not known and not short:
        return
    for block, word, start, end in [*((b, None, s, e) for b, s, e in unread), *pending]:
        text = block.text[start:end]
        mention = known.get(text)
        if mention is not None and (word is None or not state.dropped(block, word, start)):
            if mention.kind == "work" and block.text[max(0, start - 4):start] == "The ":
                start -= 4
            state.add(block, start, end, mention.kind, "named-again", "medium", mention.key, mention.place)
        elif text in short and not state.in_lower_case(text) and (word is None or not state.dropped(block, word, start)):
            state.add(block, start, end, short[text].kind, "short-form", "medium", short[text].key)
