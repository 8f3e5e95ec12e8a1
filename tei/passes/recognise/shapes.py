"""Name shapes: what a run of capitalised words is, from its words and its neighbours.

A candidate is a run of capitalised words (initials, "O’Callaghan", "Ter-Vaganyan")
joined by single spaces, or by "of", "the", "and", "de", "von"... between them. The
rules, in order (the first that applies decides; see ``docs/names.md`` for the ``@cert``
each gives):

1. a title and a name ("Comrade Smith", "Gen. Marshall"), perhaps behind the words of an
   office ("Solid Fuels Administrator Harold Ickes", "Secretary of Labor Perkins"): a
   person, without the title;
2. a periodical: a name ending in a newspaper's word ("… Times", "… Review"), or one the
   text cites with a dated issue ("Guardian, 4 May 1996") or calls a paper ("…, organ of
   the …"); then an organisation head ("… Party", "… Union", "Committee of …", "League for
   …", "… Workers"):
   an organisation;
3. initials and a surname ("J.P. Cannon"), or a listed forename and a surname ("James
   P. Cannon"): a person; a name ends at a plural possessive ("Alex Callinicos’ Trotskyism");
4. a name in the gazetteer: a place (a city needs a place word before it, "in", "from",
   unless it has a million people);
5. a list joined by "and" ("China and India"): each part by these rules;
6. one word followed by "said", "wrote"...: a person (low certainty).

A single word that none of these decides is kept for coreference (:mod:`.`): a bare
"Cannon" after "James P. Cannon".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...dates import MONTH_NAMES, WEEKDAYS
from .gazetteer import BIG_CITY, Place
from .words import FIGURES, MONTHS, NATIONALITIES, NEVER, ORG_HEAD_PAIRS, ORG_HEADS, SPEECH_VERBS, TITLES, WEAK_HEADS

UPPER = "A-ZÀ-ÖØ-ÞĀĆČĐĘŁŃŒŘŚŠŤŮŽ"
INITIALS = rf"[{UPPER}]\.(?:[ ]?[{UPPER}]\.)*"
#: forenames as letters and papers of the 19th and early 20th century abbreviate them,
#: with a full stop ("Wm. Morris", "Mr. Vlad. Bonch-Bruyevich")
ABBREVIATED_FORENAMES = "Wm Chas Jas Geo Thos Jos Benj Robt Edw Saml Vlad Anat Konst".split()
#: an abbreviated forename as printed, with its full stop: as good as a listed forename
FORENAME_ABBREVIATIONS = frozenset(f"{name}." for name in ABBREVIATED_FORENAMES)
#: words abbreviated with a full stop that a name goes on after: titles, a company's words
#: ("Mr.", "Co.") and those forenames
ABBREVIATED_WORDS = "Mr Mrs Dr Gen Sen Gov Rev Prof Capt Col Lt Pres St Co Corp Inc Ltd".split() + ABBREVIATED_FORENAMES
ABBREVIATED_WORD = rf"(?:{'|'.join(ABBREVIATED_WORDS)})\."
#: a capitalised word: "O’Callaghan", "Ter-Vaganyan", "Kai-shek" (a lower-case part after a hyphen)
NAME_WORD = rf"[{UPPER}][\w]*(?:[’'\-][{UPPER}][\w]*)*(?:-[a-z]+\b)?(?![’'][{UPPER}])"
#: a plural possessive inside a name: "Teamsters’ Union", "Workers’ Party", "Young People’s
#: Socialist League"
PLURAL_POSSESSIVE = rf"(?:[{UPPER}]\w*s[’']|People[’']s)(?=[ \u00a0][{UPPER}])"
WORD = rf"(?:{ABBREVIATED_WORD}|{INITIALS}|{PLURAL_POSSESSIVE}|{NAME_WORD})"
JOINERS = ("of", "the", "and", "for", "de", "des", "del", "della", "la", "le", "van", "von", "der", "du", "y")
#: a government named after its head: "the Caetano regime", "the Truman administration"
RULER_AFTER = re.compile(r"(?:’s)?[ \u00a0](?:regime|administration|dictatorship)\b")
#: words of an office after which a name follows, besides the titles of :data:`.words.TITLES`
#: ("Secretary Perkins", "Solid Fuels Administrator Harold Ickes", "Majority Leader Rayburn")
OFFICES = frozenset(
    "Secretary Secretary-Treasurer Treasurer Attorney Commissioner Superintendent Administrator Director Sheriff "
    "Inspector Representative Rep. Assemblyman Alderman Councillor Councilman Congresswoman Leader Organizer "
    "Organiser Prosecutor Vice-President Vice-Premier Deputy Spokesman Undersecretary Under-Secretary".split()
)
TITLE_WORDS = TITLES | OFFICES
#: the departments in "Secretary of Labor Perkins", "Secretary of the Navy Knox"
DEPARTMENTS = frozenset(
    "State War Labor Labour Treasury Commerce Agriculture Defense Defence Interior Navy Army Justice Health "
    "Education Housing Transportation Energy Finance Trade Industry Colonies India".split()
)
#: offices followed by "of" and a department
OFFICES_OF = frozenset("Secretary Minister Commissar Undersecretary Under-Secretary".split())
#: small words inside a person's name ("Colvin de Silva", "Ludwig van Beethoven")
PARTICLES = frozenset(("de", "del", "della", "da", "di", "du", "van", "von", "der", "den", "ter", "y"))
#: the last word of a street's or a square's name
STREET_HEADS = frozenset("Street Avenue Road Square Boulevard Lane Strasse Straße Prospekt City Cemetery".split())
#: the first word of an organisation's name in the languages that put the head first
#: ("Parti des Travailleurs", "Grupo Obrero Revolucionario", "Centro Studi Pietro Tresso")
FOREIGN_ORG_FIRST = frozenset("Parti Partido Partito Partei Grupo Gruppo Groupe Gruppe Ligue Liga Lega Centro "
                              "Comité Comitato Federación Fédération Federazione Confédération Confederación "
                              "Confederazione Movimiento Mouvement Movimento Frente Unión Unione".split())
#: a first word that only qualifies the name after it: "Stalinist-controlled Third International"
QUALIFIER = re.compile(r"[^\W\d_][\w’']*-(?:controlled|dominated|led|backed|sponsored|owned|inspired|minded|"
                       r"style|type|wing|like|based|oriented|run|influenced)$")
#: the last word of an organisation's name that also ends common phrases ("the Auto Workers"
#: is a union, "American workers" are not): it needs a word before it that is neither a
#: nationality, a place nor another head
ORG_TAILS = frozenset("Workers Employees Machinists Brotherhoods Court Agency Authority Legion Service".split())
ORG_ENDS = ORG_HEADS | ORG_TAILS
#: words that make "… Workers" a group of people, not a union: "Women Workers", "Young Workers"
GROUP_WORDS = frozenset("Women Men Youth Young Unemployed Striking Organized Unorganized Skilled Unskilled".split())
#: the last word of a periodical's name ("Daily Worker", "Partisan Review", "Workers Press")
PERIODICAL_HEADS = frozenset(
    "Times Tribune Herald Post Journal Gazette Chronicle Bulletin Review Press Worker News Mirror Telegraph "
    "Courier Monthly Weekly Quarterly Magazine Digest Examiner Dispatch Observer Guardian Statesman Express "
    "Inquirer Clarion Vanguard Newsletter".split()
)
#: a periodical's one-word name, cited alone at the head of a line ("Observer, 5 May 1996")
PERIODICAL_WORDS = PERIODICAL_HEADS | {"Independent", "Nation", "Economist", "Spectator", "Listener"}
_MONTH = "|".join(sorted({n.capitalize() for names in MONTH_NAMES for n in names}, key=len, reverse=True))
#: after a periodical's name: a dated issue ("Guardian, 4 May 1996", "Daily Worker, January 13,
#: 1944", "Workers Action, June–July 2001:", "Nation, Vol. 3"; not a dateline's "…, March 25,
#: 1946 –") or an apposition that calls it a paper ("…, organ of the …")
PERIODICAL_AFTER = re.compile(
    rf",[ \u00a0]+(?:(?:\d{{1,2}}[ \u00a0]+)?(?:{_MONTH})\.?(?:[–\-](?:{_MONTH})\.?)?[ \u00a0]+(?:\d{{1,2}},?[ \u00a0]+)?\d{{4}}\b"
    r"(?![ \u00a0]*[–—\-])|Vol\.|No\.[ \u00a0]?\d"
    r"|(?:the[ \u00a0]+|an?[ \u00a0]+)?(?:official[ \u00a0]+|weekly[ \u00a0]+|daily[ \u00a0]+|monthly[ \u00a0]+|theoretical[ \u00a0]+)?"
    r"(?:organ|paper|newspaper|journal|magazine|weekly|monthly|daily|bulletin|mouthpiece|publication)[ \u00a0]+of\b)")
#: the word before a periodical's name (and "the"): "the paper Workers Age", "the columns of the Clarion"
PAPER_SUFFIXES = tuple(f" {w} " for w in "newspaper paper weekly monthly daily journal magazine".split()) + (
    " columns of ", " pages of ")
#: the last two characters of those, or of "the " after them
PAPER_LAST_TWO = frozenset(suffix[-2:] for suffix in (*PAPER_SUFFIXES, "the ", "The "))
GAP = rf"(?:[ \u00a0]+(?:(?:{'|'.join(JOINERS)})[ \u00a0]+)*)"
#: :data:`WORD` after its first letter, a capital (each alternative in the same order; an
#: abbreviated title, one at most of which can match, as a trie: see :func:`_candidate_regex`).
#: A plural possessive and a name word share their run of word characters, read once and
#: possessively: what may follow the run is never a word character, so giving one back could
#: not help. The possessive ("Workers’", the run ending in "s") is tried first, as in
#: :data:`WORD`; "People’s", which it cannot match, before both.
WORD_AFTER_CAPITAL = (rf"(?:{{titles}}\.|\.(?:[ ]?[{UPPER}]\.)*|(?<=P)eople[’']s(?=[ \u00a0][{UPPER}])"
                      rf"|\w*+(?:(?<=s)[’'](?=[ \u00a0][{UPPER}])"
                      rf"|(?:[’'\-][{UPPER}][\w]*+)*(?:-[a-z]++\b)?(?![’'][{UPPER}])))")
# The pattern opens with the capital itself, a character class: the regex engine then
# skips to the next capital at C speed, and tries the rest only there. What stands before
# the capital is read by a look-behind over two characters, the lone function word by a
# trie of the words after their first letter, closed by a look-behind naming that letter;
# a function word ("The", "But") is a candidate only when a capitalised word follows it.
# (FUNCTION_WORDS is defined below: the pattern is compiled by _candidate_regex.)


def _after_first_letter(words) -> str:
    """One regex for ``words`` read from their second letter on: a trie whose every end
    checks, by a look-behind, the first letter that makes the word ("n" after "A", "I" or
    "O": "An", "In", "On")."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word[1:]:
            node = node.setdefault(char, {})
        node.setdefault("", set()).add(word[0])

    def emit(node: dict, depth: int) -> str:
        branches = [re.escape(key) + emit(node[key], depth + 1) for key in sorted(k for k in node if k)]
        if "" in node:
            branches.append(f"(?<=[{''.join(sorted(node['']))}]{'.' * depth})")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(trie, 0)


def _candidate_regex() -> re.Pattern:
    lone_function_word = rf"(?!{_after_first_letter(FUNCTION_WORDS)}(?![\w’'.\-])(?![ \u00a0]+[{UPPER}]))"
    word = WORD_AFTER_CAPITAL.replace("{titles}", _after_first_letter(ABBREVIATED_WORDS), 1)
    # each later word too as its capital, then the rest (:data:`WORD`, read in one test of
    # its first letter rather than one per alternative)
    return re.compile(rf"[{UPPER}](?<![\w\-’'.].){lone_function_word}{word}(?:{GAP}[{UPPER}]{word})*(?![\w])(?!-\w)")


TOKEN = re.compile(rf"{WORD}|\S+")
IS_INITIALS = re.compile(rf"{INITIALS}$")
_INITIALS: dict[str, bool] = {}


def is_initials(word: str) -> bool:
    """True when ``word`` is initials ("J.", "E.P."): :data:`IS_INITIALS`, asked once per word
    and process (a look-up costs less than a match; a corpus's capitalised words are a few
    thousand)."""
    found = _INITIALS.get(word)
    if found is None:
        if len(_INITIALS) > 50_000:
            _INITIALS.clear()
        found = _INITIALS[word] = IS_INITIALS.match(word) is not None
    return found


PLACE_WORDS = re.compile(r"\b(?:in|at|from|to|near|into|across|through|outside|inside|toward|towards|around|throughout|visited|left|entered)\s+(?:the\s+)?$")
FUNCTION_WORDS = frozenset(
    "A An The This That These Those It Its In On At By For From To Of And But Or Nor If So As He She We They "
    "You I His Her Our Their Your My Me Us Them Him There Here What Who Whom Which When Where Why How All Some "
    "Many No Not Now Then Thus Yes One Do Does Did Is Are Was Were Be Been Has Have Had Can Could Will Would "
    "Shall Should May Might Must Among During After Before With Without Under Over Upon While Since Until "
    "Against Every Each Both Such Even Only Also Yet Still Again Once Today Tomorrow Yesterday Let Dear Mr".split()
)
#: a capitalised word right after a name, on the same line: "Ulster" in "the Royal Ulster
#: Constabulary", "Boston" in "the Boston Common"
NEXT_CAPITALISED = re.compile(r"[ \u00a0]([A-Z][a-z’'\-]+)\b(?![.’'\-]?\w)")
#: a word of running text: four letters or more, in small letters
SMALL_WORD = re.compile(r"(?<![\w’'\-])[a-z][a-z’'\-]{3,}")


def runs_on_into_a_name(text: str, end: int) -> bool:
    """True when the place that ends at ``end`` runs on into another capitalised word in
    running text, and so is only part of a longer name ("the Royal Ulster Constabulary",
    "the Boston Common", "Moscow News reported"): not a function word, a month, a weekday
    or a title ("in Chicago Monday", "in Chicago Mayor Kelly"), nor after a place's own
    full stop, which may end the sentence. A heading in capitals and small words ("Labor Rallies to
    Aid of Akron Strike") capitalises every word: there the test says nothing."""
    following = NEXT_CAPITALISED.match(text, end)
    if following is None or text[end - 1] == ".":  # "Newark, N.J. Miss Pell came": its stop may end a sentence
        return False
    word = following.group(1)
    if word in FUNCTION_WORDS or word in MONTHS or word in WEEKDAYS or word in TITLES:
        return False
    return len(SMALL_WORD.findall(text, 0, 400)) >= 3


#: "Rykov", "Preobrazhensky", "Nemchenko", "Mirzoyan", "Vyshinsky", "Rakovsky"
SURNAME_ENDING = re.compile(r"[A-Z][a-z]+(?:ov|ev|yev|sky|ski|skii|enko|yan|vich|ovich|evich|shvili|dze)$"
                            r"|(?:Mc|Mac|O[’'])[A-Z][a-z]+$")  # "McLellan", "MacLeod", "O’Brien"
#: words of the titles of periodicals, publishers and documents: never a person's name
#: ("by Monthly Review", "Daily Herald, 5 June 1926", "New Park Publications, 1970")
NOT_AUTHOR_WORDS = frozenset(
    "Worker Workers Times Herald News Review Journal Guardian Post Tribune Chronicle Gazette Telegraph Mail Express "
    "Observer Standard Star Daily Weekly Monthly Quarterly Bulletin Press Call Appeal Militant Voice Leader Record "
    "Courier Sun Mirror Independent Spectator Economist Nation Statesman Magazine Digest Register Notes Letters "
    "Papers Works Collected Selected Report Reports Proceedings Minutes Resolution Resolutions Theses Programme "
    "Program Books Publications Publishing Editions Verlag Bookshop Bookmarks Library Archive Archives Documents "
    "Bulletins History Writings Speeches Manifesto Declaration Statement Action Struggle Truth Spark Age Life World".split()
)
#: a speech verb that opens a sentence before the speaker: "Says McNutt:", "Writes Voss:"
SPEECH_FIRST = frozenset("Says Writes Adds Declares Asks Replies Answers Explains Insists Continues Concludes "
                         "Said Wrote Added Declared Asked Replied Answered Explained Insisted Continued Concluded".split())
#: a street whose name follows its head: "rue Monsieur-le-Prince", "Calle Mayor", "Piazza Venezia"
STREET_FIRST = frozenset("Rue Calle Avenida Piazza Plaza Praça Ulitsa Platz Boulevard".split())
STREET_BEFORE = re.compile(r"\b(?:rue|calle|avenida|piazza|plaza|ulitsa)[ \u00a0]$")
#: the abbreviations of the United States' states, as a dateline prints them after a city
#: and a comma, with their full stop: "FLINT, Mich.", "Akron, O."
STATE_ABBREVIATIONS = frozenset(
    "Ala Ariz Ark Calif Cal Colo Conn Fla Ga Ill Ind Kan Ky Mass Md Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa "
    "Tenn Tex Va Vt Wash Wis Wyo".split()
)
#: adverbs that open a sentence before a name ("Thereupon Molotov was shown ..."), besides
#: the words ending in "-ly"
SENTENCE_OPENERS = frozenset(
    "Thereupon Meanwhile Moreover However Furthermore Nevertheless Nonetheless Later Finally Afterwards "
    "Subsequently Indeed Perhaps Hence Therefore Consequently Accordingly Besides Likewise Otherwise Instead "
    "Soon Next First Second Third Thereafter Whereupon Meantime Herewith Still Yet Thus Already".split()
)
#: "an article by Harlan Voss", "written by Ada Pell": "by" before a name
BY_BEFORE = re.compile(r"\bby[ \u00a0]$")
#: a word formed from a name ("Stalinist", "Trotskyites", "Bolshevism", "YCLers"): never a
#: name; surnames that end like words ("Rogers", "Cavendish") are not caught
DERIVED = re.compile(r".+(?:ists?|isms?|ites?|ians?)$|[A-Z]{2,}ers$")
#: a word formed from a name: "O’Malleyite", "O’Malleyites" (a surname may end in "-ian")
DERIVED_FROM_NAME = re.compile(r".+(?:ists?|isms?|ites?)$")
CANDIDATE = _candidate_regex()
#: words never part of a person's name (:func:`name_like`): words that are never names,
#: nationalities, organisation heads, months, weekdays, function words and titles
NOT_NAME_WORDS = NEVER | NATIONALITIES | ORG_HEADS | MONTHS | WEEKDAYS | FUNCTION_WORDS | TITLES


@dataclass
class Guess:
    """What a run of words is: kind (person, place, org), where, the evidence and its cert."""

    kind: str
    start: int
    end: int
    evidence: str
    cert: str
    place: Place | None = None


def tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]


def name_like(word: str) -> bool:
    """A word that may be part of a person's name: none of :data:`NOT_NAME_WORDS`, nor a
    word in capitals."""
    return word not in NOT_NAME_WORDS and not (len(word) > 1 and word.isupper() and "." not in word)


def place_guess(name: str, start: int, end: int, before: str, gazetteer, listed) -> Guess | None:
    """Rule 4: a place from the gazetteer (or the project's place list)."""
    place = gazetteer.get(name)
    if place is None or name in NATIONALITIES or name in NEVER:
        return None
    if place.kind != "city" or place.population >= BIG_CITY:
        return Guess("place", start, end, f"gazetteer-{place.kind}", "high", place)
    if PLACE_WORDS.search(before[-30:]):
        return Guess("place", start, end, "gazetteer-city-in-context", "medium", place)
    return None


def split_list(words: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """Rule 5: a run that holds no organisation head, cut at "and" (else at "of")."""
    names = [w for w, _, _ in words]
    splitter = "and" if "and" in names else "of" if "of" in names else None
    if splitter is None or (splitter == "of" and names[0] in PERIODICAL_HEADS):  # "Journal of Trotsky Studies"
        return [words]
    parts: list[list[tuple[str, int, int]]] = [[]]
    for word in words:
        if word[0] == splitter:
            parts.append([])
        else:
            parts[-1].append(word)
    parts = [part[1:] if part and part[0][0] == "the" else part for part in parts]  # "… and the Clarion"
    parts = [part for part in parts if part]
    if not ORG_ENDS.isdisjoint(names):  # "Transport and General Workers’ Union" is one name,
        # "the Auto Workers and the Textile Workers" two
        whole = splitter != "and" or not all(_names_a_whole_body(part) for part in parts)
        return [words] if whole else parts
    return parts


@dataclass(frozen=True)
class WordFacts:
    """What one word is, whatever stands around it: the tests of :func:`classify_word` (and
    of the first word of a run) that read the word alone, made once per word."""

    capitals: bool  # "USSR", not "J.P."
    leads: bool  # a function word or a qualifier ("Stalinist-controlled"): never a name's first word
    state_abbreviation: bool
    place: Place | None  # the gazetteer's
    name_like: bool
    periodical_word: bool
    #: :func:`periodical_guess` may take the word alone (not a function word, initials, a title,
    #: a nationality, a word that is never a name, nor a place)
    may_be_periodical: bool
    derived: bool
    surname_ending: bool


SPEECH_VERB_SET = frozenset(SPEECH_VERBS)
_FACTS: dict[str, WordFacts] = {}
_FACTS_OF: list = [None]  # the gazetteer the facts were read from


def facts_known(gazetteer) -> dict[str, WordFacts]:
    """The words whose :func:`word_facts` are known, for ``gazetteer`` (emptied when the
    gazetteer changes or when it holds many words: a corpus's capitalised words are a few
    thousand)."""
    if _FACTS_OF[0] is not gazetteer or len(_FACTS) > 50_000:
        _FACTS.clear()
        _FACTS_OF[0] = gazetteer
    return _FACTS


def word_facts(word: str, gazetteer) -> WordFacts:
    """The :class:`WordFacts` of ``word`` (kept per process, for one gazetteer)."""
    facts = facts_known(gazetteer).get(word)
    if facts is None:
        place = gazetteer.get(word)
        facts = _FACTS[word] = WordFacts(
            word.isupper() and "." not in word, word in FUNCTION_WORDS or bool("-" in word and QUALIFIER.match(word)),
            word in STATE_ABBREVIATIONS, place, name_like(word), word in PERIODICAL_WORDS,
            not (word in FUNCTION_WORDS or is_initials(word) or word in TITLES or word in NATIONALITIES
                 or word in NEVER or place is not None),
            DERIVED.match(word) is not None, SURNAME_ENDING.match(word) is not None)
    return facts


def classify_word(text: str, word: str, start: int, end: int, in_head: bool, gazetteer,
                  facts: WordFacts | None = None) -> list[Guess]:
    """Guesses for a run of one word: rules 4, 6 and 7 (the others need two words).
    ``facts``: the word's :func:`word_facts`, when the caller has them."""
    if facts is None:
        facts = word_facts(word, gazetteer)
    if facts.state_abbreviation and text[end:end + 1] == "." and text[max(0, start - 2):start] == ", " \
            and text[max(0, start - 3):start - 2].isalpha():  # "FLINT, Mich., May 3"
        return [Guess("place", start, end, "state-abbreviation", "medium")]
    if facts.name_like and not in_head and text[start - 2:start] in ("e ", "a "):
        street = STREET_BEFORE.search(text, max(0, start - 8), start)
        if street is not None:  # "rue Lafayette"
            return [Guess("place", street.start(), end, "street-shape", "medium")]
    if facts.place is not None:
        guess = place_guess(word, start, end, text[max(0, start - 40):start], gazetteer, None)
        if guess is not None:
            return [guess]
    if in_head:
        return []
    # "Guardian, 4 May 1996", "the weekly Clarion" (a word periodical_guess refuses alone is not asked)
    if facts.periodical_word or (facts.may_be_periodical and text[max(0, start - 2):start] in PAPER_LAST_TWO
                                 and _called_a_paper(text, start)):
        periodical = periodical_guess(text, [(word, start, end)], (), gazetteer)
        if periodical is not None:
            return [periodical]
    if not facts.name_like:
        return []
    after = text[end:end + 16]
    if after[:1] == " " and after.split()[0] in SPEECH_VERB_SET and not facts.derived:
        return [Guess("person", start, end, "speech-verb", "low")]
    if text[max(0, start - 4):start] == "the " and RULER_AFTER.match(after) and not facts.derived:
        return [Guess("person", start, end, "ruler", "low")]  # "the Caetano regime"
    if facts.surname_ending and not DERIVED_FROM_NAME.match(word) and not opens_sentence(text, start) \
            and not PLACE_WORDS.search(text[max(0, start - 30):start]):  # "sent to Solovsky": a place
        return [Guess("person", start, end, "surname-shape", "low")]
    return []


#: a lower-case "the" right before a run: no person's initials follow it
#: what stands before a name in a title-case head: its start, punctuation, or a word in small letters
HEAD_NAME_BEFORE = re.compile(r"(?:^|[,:;(–—][ \u00a0]*|(?<![\w’'\-])[a-z]+[ \u00a0]+)$")
#: ... and after it: punctuation, the end, or a word in small letters
HEAD_NAME_AFTER = re.compile(r"[ \u00a0]*(?:[,:;)–—]|$)|[ \u00a0]+[a-z]+\b")
THE_BEFORE_WORD = re.compile(r"(?<![\w’'])the[ \u00a0]+$")
#: "the" or "The" just before a title: the title's word is a noun's ("the General Strike")
THE_BEFORE_TITLE = re.compile(r"(?<![\w’'])[Tt]he[ \u00a0]+$")


def _initials_then_surname(names: list[str]) -> bool:
    """True when two or more initials ("E.P.", "C.L.R.") stand before a name of several
    words: the word after them is the surname, and the name ends there ("E.P. Thompson
    Whigs and Hunters" is a name and a book's title); a particle after the initials
    ("W.E.B. Du Bois") keeps the name going, and one initial may stand before a forename
    ("A. Ross Beale")."""
    return len(names) >= 3 and sum(c.isupper() for c in names[0]) >= 2 and not is_initials(names[1]) \
        and names[1].lower() not in PARTICLES and names[1] not in ("La", "Le", "St.", "Ste.")


def _no_first_rank_place(word: str, gazetteer) -> bool:
    """True when ``word`` is no country, continent or state, nor a city of a million: after
    a forename a smaller city's name is a surname ("Frederick Engels")."""
    place = gazetteer.get(word)
    return place is None or (place.kind == "city" and place.population < BIG_CITY)


def _name_after_title(rest: list[tuple[str, int, int]]) -> bool:
    """True when ``rest`` is a name that may follow a title: one to three name words, a
    particle inside ("Gen. de Gaulle"), not ending in an initial, and no word of an office
    ("the General Secretary of …" names nobody)."""
    named = [w for w in rest if w[0] not in PARTICLES]
    return bool(named) and len(named) <= 3 and rest[-1][0] not in PARTICLES \
        and all((name_like(w[0]) and w[0] not in OFFICES) or is_initials(w[0]) for w in named) \
        and all(w[0] in PARTICLES or w[0] not in JOINERS for w in rest) and not is_initials(rest[-1][0])


def _is_title(names: list[str], at: int) -> bool:
    """True when the word at ``at`` is a title or an office; a title that is also an initial
    ("M.", Monsieur) only first or after another title: "Judge Matthew M. Joyce" is one name."""
    name = names[at]
    if name.isupper() and len(name) > 2:  # a news report's opening word set in capitals: "CAPTAIN"
        name = name.capitalize()
    if name not in TITLES and name not in OFFICES:
        return False
    return not (at and is_initials(name) and names[at - 1] not in TITLE_WORDS)


def _title_cert(name: list[tuple[str, int, int]]) -> str:
    """A full name after a title is a complete personal name (high); one word after it
    ("Judge Joyce", "Mr. Biddle") rests on the title alone (medium)."""
    return "high" if sum(w[0] not in PARTICLES for w in name) > 1 else "medium"


def titled_person(words: list[tuple[str, int, int]]) -> list[Guess]:
    """Rule 1: the name after a title or an office. The title may stand behind the
    capitalised words of the office ("Prime Minister Attlee", "Solid Fuels Administrator
    Harold L. Ickes"), or be an office of a department ("Secretary of Labor Perkins",
    "Secretary of the Navy Knox"); the name is the words after it. Words of an
    organisation before the office ("Labor Party Chairman Smith") are an organisation."""
    names = [w for w, _, _ in words]
    for at, name in enumerate(names[:-3]):
        if name in OFFICES_OF and names[at + 1] == "of":
            department = at + 3 if names[at + 2] == "the" else at + 2
            if department < len(names) - 1 and names[department] in DEPARTMENTS \
                    and _name_after_title(words[department + 1:]):
                return [Guess("person", words[department + 1][1], words[-1][2], "title",
                              _title_cert(words[department + 1:]))]
    last = max((i for i, n in enumerate(names[:-1]) if _is_title(names, i)), default=None)
    if last is None or not _name_after_title(words[last + 1:]):
        return []
    office = names[:last]
    if any(n in JOINERS or n in FUNCTION_WORDS or n[-1] in "’'" for n in office):
        return []  # "Secretary of the Socialist Workers Party James Cannon": the shapes read it otherwise
    person = Guess("person", words[last + 1][1], words[-1][2], "title", _title_cert(words[last + 1:]))
    heads = [i for i, n in enumerate(office) if n in ORG_HEADS]
    if heads and heads[-1] >= 1 and office[heads[-1]] not in WEAK_HEADS:
        return [Guess("org", words[0][1], words[heads[-1]][2], "organisation-shape", "low"), person]
    return [person]


def classify(text: str, words: list[tuple[str, int, int]], in_head: bool, forenames, gazetteer) -> list[Guess]:
    """Guesses for one candidate run of words (rules 1-7); [] when none applies."""
    if not words:
        return []
    if len(words) == 1:
        return classify_word(text, words[0][0], words[0][1], words[0][2], in_head, gazetteer)
    names = [w for w, _, _ in words]
    start, end = words[0][1], words[-1][2]
    before = text[max(0, start - 40):start]
    # rule 1: a title and a name
    if not in_head:
        titled = titled_person(words) if not TITLE_WORDS.isdisjoint(names[:-1]) \
            or (not names[-1].isupper() and any(n.isupper() and n.capitalize() in TITLE_WORDS for n in names[:-1])) \
            else []  # "CAPTAIN Harold O’Malley": a report's first word in capitals, not a head in capitals
        if titled and titled[-1].cert == "medium" and names[0] in TITLE_WORDS and THE_BEFORE_TITLE.search(before):
            return []  # "the General Strike", "The Commissar Vanishes": a noun phrase, a title's words
        if titled:
            return titled
        if names[0] in SPEECH_FIRST and opens_sentence(text, start) and 2 <= len(words) <= 4:
            speaker = classify(text, words[1:], in_head, forenames, gazetteer)  # "Says Secretary Voss:"
            if speaker or len(words) > 2 or not name_like(names[1]):
                return speaker
            return [Guess("person", words[1][1], end, "speech-verb", "low")]  # "Says McNutt:"
    # a street named after its head ("Rue de la Paix", "rue Monsieur-le-Prince")
    if not in_head and (names[0] in STREET_FIRST or (before[-2:] in ("e ", "a ") and STREET_BEFORE.search(before))) \
            and all(name_like(n) or n in JOINERS or n in PARTICLES for n in names[1 if names[0] in STREET_FIRST else 0:]):
        street = STREET_BEFORE.search(before)
        return [Guess("place", start - (len(before) - street.start() if street else 0), end, "street-shape", "medium")]
    # a name ends at a plural possessive: "Alex Callinicos’ Trotskyism", "Marx and Engels’ Manifesto"
    possessive = None
    if "’" in text[start:end] or "'" in text[start:end]:
        possessive = next((i for i, n in enumerate(names[:-1]) if n[-1] in "’'"), None)
    if possessive is not None and ORG_HEADS.isdisjoint(names):
        owner = words[:possessive] + [(names[possessive][:-1], words[possessive][1], words[possessive][2] - 1)]
        return classify(text, owner, in_head, forenames, gazetteer) \
            + classify(text, words[possessive + 1:], in_head, forenames, gazetteer)
    # rule 5 first for lists: "China and India", "Hodgson and Rowthorn", "Walter Held of Norway"
    parts = split_list(words)
    if len(parts) > 1:
        guesses = []
        for part in parts:
            guesses += classify(text, part, in_head, forenames, gazetteer)
        return guesses
    # rule 2: a periodical, then an organisation
    if not in_head:
        periodical = periodical_guess(text, words, forenames, gazetteer)
        if periodical is not None:
            return [periodical]
    if names[0] in FOREIGN_ORG_FIRST and not in_head and _foreign_body(names):
        return [Guess("org", start, end, "organisation-shape", "low")]
    heads = _org_heads(names)
    if heads and len(words) >= 2 and not in_head:
        last = heads[-1]
        if last == len(words) - 1 or (last + 1 < len(words) and names[last + 1] in ("of", "for")):
            content = [n for n in names if n not in JOINERS]
            if names[0] in FUNCTION_WORDS or names[0] in TITLE_WORDS:
                return []  # "Secretary of the Navy" is an office, not a body
            if names[last] in WEAK_HEADS and len(content) < 3:
                return []
            if all(n in ORG_HEADS or n in NEVER or n in NATIONALITIES for n in content) and len(content) < 3:
                return []
            if names[last] in ORG_TAILS and not any(_names_a_body(n, gazetteer) for n in names[:last] if n not in JOINERS):
                return []
            return [Guess("org", start, end, "organisation-shape", "low")]
    # rule 3: initials or a forename, then a surname; in a title-case head only a name of two
    # words that stands between punctuation ("2001: Stan Keable, What was the USSR?"), or a
    # listed forename and a surname between punctuation and a word in small letters, which
    # title case leaves small ("Karl Marx to Ludwig Kugelmann, 18 February 1867")
    if in_head and len(words) == 2 and (HEAD_NAME_BEFORE.search(before) if names[0] in forenames
                                        else not before.strip() or before.rstrip()[-1] in ",:;(–—") \
            and (HEAD_NAME_AFTER.match(text, end) if names[0] in forenames
                 else re.match(r"\s*(?:[,:;)–—]|$)", text[end:end + 2])):
        in_head = False
    if " ".join(names) in FIGURES:
        return []  # "Jim Crow is still boss": a figure of speech, not a person
    if 2 <= len(words) <= 4 and not in_head and "of" not in names and "the" not in names:
        first, last = names[0], names[-1]
        middle_ok = all(name_like(n) or is_initials(n) or n in PARTICLES for n in names[1:-1])
        if name_like(last) and not is_initials(last) and middle_ok and _no_first_rank_place(last, gazetteer) \
                and (first in forenames or first in FORENAME_ABBREVIATIONS or last not in gazetteer):
            if is_initials(first):
                if THE_BEFORE_WORD.search(before) and sum(c.isupper() for c in first) >= 2:
                    return []  # "out of the S.D.F. Help in …": a body's dotted acronym, then the next sentence
                if _initials_then_surname(names):  # "E.P. Thompson Whigs and Hunters": a book's title after it
                    return [Guess("person", start, words[1][2], "initials", "high")]
                return [Guess("person", start, end, "initials", "high")]
            if first in forenames or first in FORENAME_ABBREVIATIONS:  # "Frederick Engels", "Wm. Morris"
                return [Guess("person", start, end, "forename", "high")]
            if len(words) <= 3 and first not in gazetteer and all(n[0].isupper() for n in names):
                if SURNAME_ENDING.match(last):  # "Woodford McLellan", "Ivo Smirnov"
                    if opens_sentence(text, start) and (first in SENTENCE_OPENERS or first.endswith("ly")):
                        return classify(text, words[1:], in_head, forenames, gazetteer)  # "Thereupon Molotov"
                    return [Guess("person", start, end, "surname-shape", "medium")]
                if BY_BEFORE.search(before) and NOT_AUTHOR_WORDS.isdisjoint(names):
                    return [Guess("person", start, end, "by-author", "low")]  # "a pamphlet by Harlan Voss"
    # rule 4: a place: a named street or square ("Tüzoltó Street"), else the gazetteer
    if names[-1] in STREET_HEADS and not in_head and all(name_like(n) for n in names[:-1]):
        return [Guess("place", start, end, "street-shape", "medium")]
    name = " ".join(names)
    guess = place_guess(name, start, end, before, gazetteer, None)
    if guess is not None:
        return [guess]
    # a longer run: its words that are places of the first class ("Minneapolis Teamsters")
    found = []
    for word in words:
        if word[0] not in gazetteer:
            continue  # (place_guess would find no place)
        guess = place_guess(word[0], word[1], word[2], text[max(0, word[1] - 40):word[1]], gazetteer, None)
        if guess is not None and guess.cert == "high":
            found.append(guess)
    return found


FOREIGN_JOINERS = frozenset(("de", "des", "del", "della", "du", "la", "le", "y"))


def _org_heads(names: list[str]) -> list[int]:
    """The places of the organisation heads among ``names``: a head word ("… Party",
    "… Books") or the last word of a head of two ("… Publishing House")."""
    heads = [i for i, n in enumerate(names) if n in ORG_ENDS] if not ORG_ENDS.isdisjoint(names) else []
    if "House" in names:
        heads = sorted(heads + [i for i in range(1, len(names)) if (names[i - 1], names[i]) in ORG_HEAD_PAIRS])
    return heads


def _foreign_body(names: list[str]) -> bool:
    """True for a head-first name in another language: the head and capitalised words,
    joined only by that language's small words ("Parti des Travailleurs"; not "Liga and
    Comité", two names)."""
    rest = names[1:]
    return bool(rest) and name_like(rest[-1]) \
        and all(name_like(n) or n in FOREIGN_JOINERS for n in rest) \
        and not any(n in NATIONALITIES or n in NEVER for n in rest)


def opens_sentence(text: str, start: int) -> bool:
    """True when only quotation marks, brackets and space stand between ``start`` and the
    start of the text or the end of a sentence."""
    if start >= 2 and text[start - 1] == " " and text[start - 2] not in OPENING_MARKS:
        return text[start - 2] in SENTENCE_ENDS  # one space after a word or a full stop: the common case
    window = max(0, start - 24)  # a short look back: the text before may be long
    before = text[window:start].rstrip(OPENING_MARKS)  # "“Yes.” Thereupon Molotov"
    if not before:
        return window == 0
    return before[-1] in SENTENCE_ENDS


#: what may stand between the end of a sentence and its first word
OPENING_MARKS = " \u00a0“\"‘(–-”’)"
SENTENCE_ENDS = ".!?…:"


def _names_a_whole_body(words) -> bool:
    """True when a part of a list is itself an organisation's name: it ends in a head, or a
    head before "of"/"for" ("League for Industrial Democracy")."""
    names = [w for w, _, _ in words]
    return any(n in ORG_ENDS and (i == len(names) - 1 or names[i + 1] in ("of", "for")) for i, n in enumerate(names))


def _names_a_body(word: str, gazetteer) -> bool:
    """A word that can make "… Workers" a union's name: not a nationality, a place, a
    function word or another head ("Auto Workers", not "American Workers", "Detroit Workers")."""
    return (word not in NATIONALITIES and word not in NEVER and word not in ORG_ENDS and word not in FUNCTION_WORDS
            and word not in GROUP_WORDS
            and not DERIVED.match(word) and gazetteer.get(word) is None)


def periodical_guess(text: str, words: list[tuple[str, int, int]], forenames, gazetteer) -> Guess | None:
    """Rule 2, periodicals: a name the text cites with a dated issue or calls a paper
    ("Guardian, 4 May 1996", "The Wage Earner, organ of the …", "the columns of the Clarion"),
    or two or more words ending in a newspaper's word ("Detroit Free Press"). A capitalised
    "The" just before it is part of the title. Not a place, nor a person's name."""
    start, end = words[0][1], words[-1][2]
    last = words[-1][0]
    shaped = len(words) >= 2 and (last in PERIODICAL_HEADS or (  # "Marxist Monthly", "Journal of Trotsky Studies"
        words[0][0] in PERIODICAL_HEADS and len(words) > 2 and words[1][0] == "of"))
    dated = text[end:end + 1] == "," and PERIODICAL_AFTER.match(text, end) is not None
    called = _called_a_paper(text, start)
    cited = dated or called
    if not (shaped or cited):
        return None  # the common case: two cheap looks
    names = [w for w, _, _ in words]
    first = names[0]
    if first in FUNCTION_WORDS or first in forenames or is_initials(first) or first in TITLES \
            or (first in NATIONALITIES and not shaped):
        return None
    if gazetteer.get(" ".join(names)) is not None or all(n in NATIONALITIES or n in NEVER for n in names):
        return None
    if len(words) == 1 and not (called or (dated and first in PERIODICAL_WORDS and _opens_line(text, start))):
        return None  # "Guardian, 4 May 1996", not a letter's "Prinkipo, 15 March 1930"
    if text[max(0, start - 4):start] == "The ":
        start -= 4
    return Guess("work", start, end, "periodical-cited" if cited else "periodical-shape", "medium")


def _opens_line(text: str, start: int) -> bool:
    """True at the start of the text, after a line break or an opening bracket."""
    before = text[max(0, start - 2):start].rstrip(" \u00a0")
    return start == 0 or before[-1:] in ("\n", "(", "[")


#: capitalised words before "Local 600" that name the local: "Dodge Local 3", "General Drivers Local 544"
LOCAL_NAME_BEFORE = re.compile(rf"(?:(?<![\w’'\-])[{UPPER}][\w’'\-]*[ \u00a0]){{1,3}}$")


def named_local(text: str, start: int, gazetteer) -> int:
    """Where a union local's name starts: before "Local 3" the capitalised words that name
    it ("Dodge Local 3"), not a function word, month, nationality or place of the first rank."""
    found = LOCAL_NAME_BEFORE.search(text, max(0, start - 48), start)
    if found is None:
        return start
    at = start
    for word in reversed(list(re.finditer(r"\S+", found.group()))):
        name = word.group()
        if name in FUNCTION_WORDS or name in MONTHS or name in NATIONALITIES or name in NEVER or DERIVED.match(name):
            break
        place = gazetteer.get(name)
        if place is not None and (place.kind != "city" or place.population >= BIG_CITY):
            break
        at = found.start() + word.start()
    return at


def _called_a_paper(text: str, start: int) -> bool:
    """True when "the paper", "the weekly", "the columns of" (and "the") stand just before."""
    if text[max(0, start - 2):start] not in PAPER_LAST_TWO:
        return False  # the common case, told by two characters
    before = text[max(0, start - 24):start]
    if before.endswith(("the ", "The ")):
        before = before[:-4]
    return before.endswith(PAPER_SUFFIXES)


#: a body's country after its name: "United Mine Workers of America", "Communist Party of France"
OF_PLACE = re.compile(rf"[ \u00a0]of[ \u00a0]+(?:the[ \u00a0]+)?[{UPPER}][\w’'\-]*(?:[ \u00a0][{UPPER}][\w’'\-]*)?")


def body_of_place(text: str, end: int, gazetteer, lists) -> int:
    """Where a listed body's name ends: after "of" and a country, state or continent (of the
    gazetteer or the place list) when they follow a name ending in a head ("United Mine
    Workers of America"); else ``end``."""
    found = OF_PLACE.match(text, end)
    if found is None or text[max(0, end - 24):end].rsplit(None, 1)[-1] not in ORG_ENDS:
        return end
    name = found.group().split(None, 1)[1]
    name = name[4:] if name.startswith("the ") else name
    for stop in (found.end(), found.end() - len(name.split()[-1]) - 1 if " " in name else None):
        if stop is None:
            continue
        words = text[found.end() - len(name):stop].strip()
        place, listed = gazetteer.get(words), lists.get(words)
        if (place is not None and place.kind != "city") or (listed is not None and listed.kind == "place"):
            return stop
    return end


def head_of_longer_name(text: str, end: int, gazetteer, lists) -> bool:
    """True when "of" and capitalised words that name no place follow a listed body: it is
    the head of a longer name ("a Congress of Labor", "the Congress of the Fourth
    International"), not the body the list means. "of" and a place leave it whole
    (:func:`body_of_place`: "the CIO of Detroit", "Communist Party of India")."""
    found = OF_PLACE.match(text, end)
    if found is None:
        return False
    words = found.group().split(None, 1)[1]
    words = words[4:] if words.startswith("the ") else words
    for name in (words, words.split()[0]):
        listed = lists.get(name)
        if gazetteer.get(name) is not None or (listed is not None and listed.kind == "place"):
            return False
    return True


#: one more place after a body's "of" and a place: ", Ceylon", " and Burma"
MORE_PLACE = re.compile(rf"(,|[ \u00a0]and)[ \u00a0]+([{UPPER}][\w’'\-]*(?:[ \u00a0][{UPPER}][\w’'\-]*)?)")


def _names_place(words: str, gazetteer, lists) -> bool:
    place, listed = gazetteer.get(words), lists.get(words)
    return (place is not None and place.kind != "city") or (listed is not None and listed.kind == "place")


def more_places(text: str, start: int, end: int, gazetteer, lists) -> int:
    """Where a body's name ends whose name ends in "of" and a country: after the further
    countries listed with it ("Bolshevik-Leninist Party of India and Ceylon", "… of India,
    Ceylon and Burma"); else ``end``."""
    name = text[start:end]
    at = name.rfind(" of ")
    if at == -1 or not _names_place(name[at + 4:].removeprefix("the "), gazetteer, lists):
        return end
    stop = end
    while (found := MORE_PLACE.match(text, stop)) is not None:
        words = found.group(2)
        if not _names_place(words, gazetteer, lists):
            words = words.split()[0]  # "… and Ceylon With": the place alone
            if not _names_place(words, gazetteer, lists):
                break
        stop = found.start(2) + len(words)
        if found.group(1) != ",":
            return stop  # "and" ends the list
    return end  # a list with no "and": commas that run on into the sentence

