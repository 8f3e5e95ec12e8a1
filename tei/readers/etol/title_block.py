"""The title block: masthead, author, title, subtitle, and the "(February 1933)" line.

ETOL sets them in this order, each as its own paragraph; a title broken over two lines
is one paragraph of two lines. The author comes first when there is one; a block of two
paragraphs is read as author and title only when the first looks like a name (initials,
brackets, "&", or two or three name-like words), otherwise as title and subtitle.
"The Editors" is always the author, even alone (an untitled editorial note); a "by ..."
line after the title is the author wherever it stands.
"""
from __future__ import annotations

import re

from ...model import Header
from ...dates import is_issue_date, parse_date, parse_issue_date
from ...passes.recognise.words import forenames
from .text import LineGroup

#: a paragraph longer than this below "Previously unpublished:" is the editor's note, not a title
NOTE_WORDS = 25
FUNCTION_WORDS = {"the", "of", "and", "in", "on", "a", "an", "to", "for", "with", "at", "by", "from", "is", "are", "its"}
#: words that name a journal's departments and a book's parts, never a person: "Readers Notes"
DEPARTMENT_WORDS = {"notes", "note", "letters", "letter", "review", "reviews", "editorial", "editorials", "column",
                    "news", "report", "reports", "readers", "comment", "comments", "diary", "obituary", "preface",
                    "introduction", "appendix", "chapter", "contents", "index", "foreword", "afterword", "postscript"}
#: the nouns that name a periodical's running column or department, never one text
COLUMN_NOUNS = {"notes", "letters", "column", "news", "comment", "comments", "diary", "correspondence", "forum",
                "editorial", "editorials", "mailbag"}
#: the other words a column's name is made of: "Notes of the Month", "Our Readers Write"
COLUMN_WORDS = COLUMN_NOUNS | FUNCTION_WORDS | {
    "readers", "reader", "editor", "editors", "manager", "month", "week", "workers", "our", "write", "letter"}
#: common nouns of titles that are never part of a person's name: "Labor Party", "Harbour Freedom"
TITLE_NOUNS = {"party", "war", "peace", "strike", "strikes", "crisis", "labor", "labour", "power", "union", "state",
               "class", "world", "workers", "front", "program", "programme", "question", "problem", "road",
               "struggle", "fight", "policy", "politics", "economy", "history", "unity", "freedom", "truth",
               "lessons", "answer", "reply", "today", "tomorrow", "now", "again", "victory", "defeat", "future",
               "past", "revolt", "socialism", "communism", "fascism", "capitalism", "democracy", "crisis"}
NOT_NAME_ENDINGS = ("ism", "ist", "ists", "ions", "ion", "ment", "ments", "ness", "ity", "ance", "ence", "ing", "ed")


def parse_masthead(text: str) -> str | None:
    """"The Militant, 1 April 1933" -> the date's ISO form ("Fourth International, Winter
    1942" -> "1942"), else None: a masthead is a paper's name and an issue date."""
    match = re.fullmatch(r"(.+?),\s+(.+)", text.strip())
    if match and parse_issue_date(match.group(2)):
        return parse_issue_date(match.group(2))
    return None


def split_masthead(text: str) -> tuple[str, str] | None:
    """"The Militant, 1 April 1933" -> ("The Militant", "1 April 1933"), else None; the
    date may be a span ("International Socialism, Winter 1970/71")."""
    match = re.fullmatch(r"(.+?),\s+(.+)", text.strip())
    if match and is_issue_date(match.group(2)):
        # "International Socialism 2 : 57, Winter 1992": the series and number are not the name
        return re.sub(r"\s+\d+\s*:\s*\d+$", "", match.group(1).strip()), match.group(2).strip()
    return None


#: a masthead that numbers the issue but gives no date: "Revolutionary History, Vol. 7 No. 3"
NUMBERED_MASTHEAD = re.compile(
    r"(?P<journal>[A-Z][^,:;.!?]{1,80}?),?\s+(?:(?i:vol(?:ume)?)\.?\s*(?P<volume>[IVXLCDM\d]+)\b\s*,?\s*)?"
    r"(?:(?i:No|Nos|Number)\.?\s*(?P<issue>\d+(?:\s*[-/–&]\s*\d+)?))?\.?"
)


def split_numbered_masthead(text: str) -> tuple[str, str | None, str | None] | None:
    """"Revolutionary History, Vol. 7 No. 3" -> ("Revolutionary History", "7", "3"), else
    None: a periodical's name, then its volume (and number), and nothing else."""
    match = NUMBERED_MASTHEAD.fullmatch(text.strip())
    if not match or not match.group("volume"):
        return None  # "Theses on the War, No. 2" is a title: a masthead gives the volume
    return match.group("journal").strip(), match.group("volume"), match.group("issue")


#: an issue's number and date on the masthead's line under (or without) the periodical's
#: name: "No. 4, Autumn 1984", "Vol. 2 No. 9, October 1932", or with a leader of dots
#: between the number and the date: "Volume 2 Number 9 ........ October 1932"
ISSUE_LINE = re.compile(r"(?:(?i:vol(?:ume)?)\.?\s*[IVXLCDM\d]+\s*,?\s*)?(?:No|Nos|Number)\.?\s*\d+\s*"
                        r"(?:,|[\s.…]*[.…]{3}[\s.…]*).*\d{4}\.?")
#: a line wholly in brackets: a periodical's motto set above its issue line
MOTTO = re.compile(r"\([^()]+\)")


def is_nameless_masthead(group: LineGroup) -> bool:
    """"(For the Harbour Workers) / Volume 2 Number 9 ........ October 1932": a masthead
    whose copy lacks the periodical's name, its issue line (:data:`ISSUE_LINE`) perhaps
    under the periodical's motto in brackets; a heading of the page, never its title (and
    never a source: the periodical is not named)."""
    lines = [" ".join(line.text.split()) for line in group.lines]
    return bool(ISSUE_LINE.fullmatch(lines[-1])) and all(MOTTO.fullmatch(line) for line in lines[:-1])


def parse_written(text: str) -> str | None:
    """"(February 1933)" -> "1933-02"; any parenthesised line ending in a year counts."""
    match = re.fullmatch(r"\((?:Written\s*:?\s*)?([^()]*\d{4})\)", text.strip())
    if not match:
        return None
    return parse_date(match.group(1)) or re.search(r"\d{4}", match.group(1)).group(0)


def parse_letter_dateline(text: str) -> str | None:
    """"Oslo, January 14, 1918", "Bergen, 24 August 1916[7]": a letter's place and day of
    writing above its salutation -> "1918-01-14"; None for anything else. Only a date
    with its day counts: "Paris, May 1968" may be an article's title."""
    stripped = re.sub(r"\s*\[\d+\]$", "", text.strip()).rstrip(".").strip()
    place, comma, rest = stripped.partition(",")
    if "\n" in stripped or not comma or not place[:1].isupper() or len(place.split()) > 3:
        return None
    when = parse_date(rest.strip())
    return when if when and len(when) == 10 else None


#: a note's marker after an author's name: "Nils Holm [1]", "Nils Holm [1*]"
MARKER_AFTER_NAME = re.compile(r"\s*\[\d{1,3}\*?\]$")


def looks_like_name(text: str) -> bool:
    """Strong evidence of an author line: brackets, initials, "&", "by ...", or name-like
    words (a note's marker after them aside: "Nils Holm [1]")."""
    stripped = MARKER_AFTER_NAME.sub("", text.strip())
    if re.fullmatch(r"\[[^\[\]]+\]", stripped) or stripped.lower().startswith("by "):
        return True
    if re.search(r"\b[A-Z]\.", stripped) and len(stripped.split()) <= 8:
        return True
    words = stripped.replace("&", " ").replace(" and ", " ").split()
    if not 1 <= len(words) <= 8 or stripped[-1] in ".?!:;,":
        return False
    if " & " in stripped or " and " in stripped:
        # "Ted Crawford & David Walters"; never "Soviet Union and Stalinism"
        return all(w[0].isupper() and not w.lower().endswith(NOT_NAME_ENDINGS) for w in words)
    # "Anna di Berg", "Jan van der Lind": a particle between the name's words
    core = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in NAME_PARTICLES)]
    return 2 <= len(core) <= 3 and len(words) <= 4 and all(is_name_word(w) for w in core)


#: the lower-case words inside a person's name: "Anna di Berg", "Jan van der Lind"
NAME_PARTICLES = {"di", "de", "da", "del", "della", "van", "von", "der", "den", "ter", "du", "la", "le", "bin", "ibn"}


def is_name_word(word: str) -> bool:
    """A word that may be part of a person's name: capitalised, not a function word, not
    a common noun's ending, not possessive, not a word that names a page's department."""
    lower = word.lower()
    return (word[0].isupper() and lower not in FUNCTION_WORDS and not lower.endswith(NOT_NAME_ENDINGS)
            and not is_possessive(word) and lower not in DEPARTMENT_WORDS and lower.strip(".,:;!?") not in TITLE_NOUNS)


def is_column_name(text: str) -> bool:
    """"Readers’ Notes", "Manager’s Column", "Letters to the Editor": a periodical's column
    or department, made only of such words ("Letters from the Coalfields" is a title)."""
    words = [re.sub(r"(?:[’']s?|[.:,!?])$", "", word.lower()) for word in text.split()]
    return (0 < len(words) <= 6 and any(word in COLUMN_NOUNS for word in words)
            and all(word in COLUMN_WORDS for word in words))


def is_possessive(word: str) -> bool:
    """"Readers’", "Worker’s": a possessive is never a person's name ("Readers’ Notes")."""
    return bool(re.search(r"(?:[’']|[’']s)$", word))


EDITORS = re.compile(r"(?:The\s+)?(?:Editors?|Editorial\s+(?:Board|Staff))", re.IGNORECASE)
#: a paper's staff signing: "The Harbour Call Staff", "Voice Staff"
STAFF = re.compile(r"(?:The\s+)?(?!The\b)(?:[A-Z][\w’'.-]*\s+){1,4}Staff")
#: a body that signs a statement: "National Committee of the SWP", "Political Bureau,
#: Workers Party", "International Executive Committee": capitalised words around the name
#: of a committee-like body, perhaps "of (the) <organisation>"
ORGANISATION_BYLINE = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}"
    r"(?:Committee|Bureau|Secretariat|Executive|Board|Presidium|Council|Secretary)"
    r"(?:\s*(?:,|\bof\b)\s*(?:the\s+)?(?:[A-Z][\w.’'()&-]*|of|the|and|for)(?:\s+(?:[A-Z][\w.’'()&-]*|of|the|and|for))*)?\.?"
)
#: the name of a book's part, set below the book's title: "Chapter 3", "Preface", "About the author",
#: or the part's number and a full stop before its name ("IV. The War Years", "3. The Lockout")
BOOK_PART = re.compile(
    r"(?:Chapter|Part|Section|Book|Appendix|Preface|Foreword|Introduction|Afterword|Postscript|Epilogue|Prologue|"
    r"Conclusion|Acknowledgements?|Bibliography|About\s+the\s+author)\b|(?-i:[IVXLC]+|\d{1,3})\.(?=\s)",
    re.IGNORECASE,
)


#: a book's part named by its number alone: "CHAPTER I", "Part 2", "Book Three"
PART_NUMBER = re.compile(r"(?:Chapter|Part|Book|Section)\s+(?:\d{1,3}|[IVXLC]+|[A-Z][a-z]+)\.?", re.IGNORECASE)


def is_part_number(text: str) -> bool:
    """"CHAPTER I" alone on its line: the number of the part whose name the next line gives."""
    return bool(PART_NUMBER.fullmatch(text.strip()))


#: a serialised book's chapter, set below the book's title: "Chapter 10", "Chapter X: ...",
#: "Chapter Ten"
CHAPTER = re.compile(r"Chapter\s+(?:\d+|[IVXLC]+|[A-Z][a-z]+)\b", re.IGNORECASE)
#: the credit of whoever compiled, edited, introduced or translated what the page prints,
#: set under its title: "Compiled and Annotated by Jane Roe", "Edited by ...", "Selected,
#: translated and introduced by ...", "With an introduction by ..."
COMPILER_CREDIT = re.compile(
    r"(?i:(?:With\s+an\s+)?(?:introduction|notes)(?:\s+and\s+notes)?|"
    r"(?:Compiled|Edited|Introduced|Translated|Selected|Annotated|Collected|Presented)"
    r"(?:\s*(?:,|and|&)\s*(?:compiled|edited|introduced|translated|selected|annotated|collected|presented))*)"
    r"(?i:\s+with\s+(?:an\s+introduction|notes))?\s+(?i:by)\s+[A-Z][^.;:!?]{1,80}\.?")


def is_compiler_credit(text: str) -> bool:
    """"Compiled and Annotated by Jane Roe": who prepared the documents a department or a
    review prints, never its title nor its author's line."""
    stripped = text.strip()
    return "\n" not in stripped and len(stripped.split()) <= 14 and bool(COMPILER_CREDIT.fullmatch(stripped))


#: a subtitle that spans a period: "Greek Trotskyism from the Founding of the Party to the
#: Occupation", "The Harbour Unions, 1928–1946"
PERIOD = re.compile(r"\bfrom\b.+\bto\b|\b(?:1[6-9]|20)\d\d\s*[-–/]\s*(?:\d\d)?\d\d\b", re.IGNORECASE)


def is_period_subtitle(title: str, subtitle: str) -> bool:
    """Whether ``subtitle`` is the subtitle of a name-like ``title`` ("Pantelis Pouliopoulos
    / Greek Trotskyism from 1928 to 1943"): longer than it, a topic over a span of time,
    not an author's "by" line nor a sentence."""
    stripped = subtitle.strip()
    return (len(stripped.split()) > len(title.split()) and bool(PERIOD.search(stripped))
            and not stripped.lower().startswith("by ") and stripped[-1:] not in ".!")


def is_forename_and_surname(text: str) -> bool:
    """"Jane Roe", "Robert J. Alexander": a person's name alone on its line, opening with
    a forename the project knows (``tei/data/names/forenames.txt``) or set with initials."""
    words = text.strip().split()
    return looks_like_name(text) and 2 <= len(words) <= 4 and (
        words[0] in forenames() or is_initialled_name(text))


def is_editors_byline(text: str) -> bool:
    """"The Editors", "The Editorial Board": a collective author, never a title."""
    return bool(EDITORS.fullmatch(text.strip()))


def is_staff_byline(text: str) -> bool:
    """"The Harbour Call Staff": a paper's staff signing, above a title (alone on the page it
    may be one: "The General Staff")."""
    return bool(STAFF.fullmatch(text.strip()))


def same_paper(a: str, b: str) -> bool:
    """"The New International" and "New International" are one paper."""
    def key(name: str) -> str:
        return re.sub(r"^the\s+", "", " ".join(name.lower().split()))
    return key(a) == key(b)


def is_periodical_byline(text: str, journal: str | None) -> bool:
    """The periodical's own name alone above the title, the paper that the source line names
    ("The Harbour Voice" over "First Published: The Harbour Voice, Vol. II, …"): the paper
    signs the article, never its title."""
    return bool(journal) and same_paper(text, journal)


#: a party's name: "Harbour Labour Party", "Socialist Party of Harbourland" (never "The ...")
PARTY_NAME = re.compile(r"(?!The\b)(?:[A-Z][\w’'-]*\s+){1,4}Party(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?")


#: a political body's name: "Harbour Workers Movement", "Dockers' League" (never "The ...")
BODY_NAME = re.compile(r"(?!The\b)(?:[A-Z][\w’'-]*\s+){1,4}(?:Movement|League|Group|Collective|Organi[sz]ation|"
                       r"Federation|Association|Alliance|Tendency|Caucus|Circle)")


def is_body_name(text: str) -> bool:
    """"Harbour Workers Movement": a political body's name alone on its line, which signs
    what the page prints when a title stands under it."""
    return "\n" not in text.strip() and bool(BODY_NAME.fullmatch(text.strip()))


def is_party_name(text: str) -> bool:
    """"Socialist Party of Harbourland": a party's name alone on its line, which signs what
    the page prints when it is all the title block holds."""
    return "\n" not in text.strip() and bool(PARTY_NAME.fullmatch(text.strip()))


def is_organisation_byline(text: str) -> bool:
    """"National Committee of the SWP": a body that signs, never a title. A line of at
    most ten words, without a sentence's end; "The Committee for ..." is a title."""
    stripped = text.strip()
    return (len(stripped.split()) <= 10 and "\n" not in stripped and bool(ORGANISATION_BYLINE.fullmatch(stripped))
            and not re.match(r"(?:The\s+)?(?:Committee|Council|Board)\s+(?:for|on|to)\b", stripped))


#: a writer's name and the pen name the text was printed under: "Tom Ek writing as Lars Holm"
WRITING_AS = re.compile(r"(?P<name>[A-Z][^\s,;:]*(?:\s+[^\s,;:]+){0,4}?)\s+writing\s+as\s+"
                        r"(?P<pen>[A-Z][^\s,;:]*(?:\s+[^\s,;:]+){0,3})")


def is_writing_as(text: str) -> bool:
    """"Tom Ek writing as Lars Holm": a byline naming the writer and the pen name."""
    match = WRITING_AS.fullmatch(text.strip())
    return match is not None and (looks_like_name(match.group("name")) or looks_like_name(match.group("pen")))


def find_byline(groups: list[LineGroup]) -> int | None:
    """The index of a "by Bert Cochran" line set after the title, of a "Tom Ek writing as
    Lars Holm" line anywhere in the block, or of a signing body's line ("National
    Committee of the SWP") anywhere in the block, else None."""
    return next((i for i, group in enumerate(groups)
                 if i > 0 and group.text.strip().lower().startswith("by ") and looks_like_name(group.text)
                 or is_writing_as(group.text) or is_organisation_byline(group.text)), None)


def split_authors(text: str) -> tuple[list[str], bool]:
    """"[The Editor]" -> (["The Editor"], True); "A & B" -> (["A", "B"], False)."""
    stripped = text.strip()
    bracketed = bool(re.fullmatch(r"\[[^\[\]]+\]", stripped))
    if bracketed:
        stripped = stripped[1:-1].strip()
    stripped = re.sub(r"^by\s+", "", stripped, flags=re.IGNORECASE)
    writing_as = WRITING_AS.fullmatch(stripped)
    if writing_as is not None:  # the writer, not the pen name the page was printed under
        stripped = writing_as.group("name")
    stripped = MARKER_AFTER_NAME.sub("", stripped)  # the note it points at stays a note
    separators = LIST_SEPARATORS if is_list_of_names(stripped) else JOINED_BY_AND
    names = [part.strip() for part in re.split(separators, stripped) if part.strip()]
    return names, bracketed


#: between two authors' names: "&" or "and"; in a list of three or more, a comma too ("A, B and C")
JOINED_BY_AND = r"\s+(?:&|and)\s+"
LIST_SEPARATORS = r"\s*,\s*(?:and\s+)?|" + JOINED_BY_AND


def is_list_of_names(text: str) -> bool:
    """"Ada Pell, Nils Holm, Tom Ek\nand Marta Lind": three or more persons' names (two of
    them at least with a known forename or initials) joined by commas and a last "and" or
    "&", perhaps over two lines: the authors' line, never a title."""
    parts = [part for part in re.split(LIST_SEPARATORS, " ".join(text.split())) if part]
    return (len(parts) >= 3 and all(looks_like_name(part) and len(part.split()) <= 3 for part in parts)
            and sum(is_forename_and_surname(part) for part in parts) >= 2)


def archive_writers(navigation: list[str]) -> list[str]:
    """The writers whose archive the navigation names: "Pell Archive | Trotskyist Writers
    Index" -> ["Pell"]; "Leon Trotsky Internet Archive" -> ["Leon Trotsky"]."""
    found = []
    for line in navigation:
        for part in line.split("|"):
            match = re.fullmatch(r"\s*(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}?)\s+(?:Internet\s+)?Archive\s*",
                                 part)
            if match and not archives_or_indexes(match.group("name")):
                found.append(match.group("name"))
    return found


def archives_or_indexes(name: str) -> bool:
    return bool(re.search(r"\b(?:Marxists?|Internet|Trotskyism|Writers|Main|Index|Newspaper|ETOL|MIA)\b", name))


INITIALLED_NAME = re.compile(r"(?:[A-Z][a-z’'-]+\s+)*(?:[A-Z]\.\s*)+(?:[A-Z][a-z’'-]+\s*){1,2}")


def is_initialled_name(text: str) -> bool:
    """"Robert J. Alexander", "C.L.R. James": a person's name with initials, alone on its
    line, is an author line even without a title below it ("U.S. Imperialism" is not)."""
    stripped = text.strip()
    words = [word for word in stripped.split() if not word.endswith(".")]
    if re.search(r"\b(?:U\.\s*S|U\.\s*K|U\.\s*N|S\.\s*U)\.", stripped):
        return False  # "U.S. Steel Strikes": a country's or a body's initials
    return bool(INITIALLED_NAME.fullmatch(stripped)) and all(is_name_word(word) for word in words)


def is_initials_only(text: str) -> bool:
    """"A.P.", "J. R. J.": a writer's initials alone on a line sign the article, they are
    never its title."""
    return bool(re.fullmatch(r"(?:[A-Z]\.\s*){2,4}", text.strip()))


def names_archive_writer(text: str, writers: list[str]) -> bool:
    """A name-like line that names the writer whose archive the page is in: the author,
    even alone above the archive's labelled lines."""
    words = text.strip().split()
    return looks_like_name(text) and any(writer.split()[-1] in words for writer in writers)


def is_masthead(text: str, journal: str | None) -> bool:
    """"The Militant, 1 April 1933"; or, when the page's source line names the journal,
    that journal and a year however the date is printed ("Fourth International,
    November-December 1951 1951")."""
    if split_masthead(text) or split_numbered_masthead(text):
        return True
    stripped = text.strip()
    return bool(journal) and stripped.startswith(journal + ",") and len(stripped.split()) <= 10 and bool(
        re.search(r"\b(?:1[6-9]|20)\d\d\b", stripped[len(journal):]))


#: words joined as a list: "Ted Crawford & David Walters", "Soviet Union and Stalinism"
JOINED = re.compile(r"\s(?:and|&)\s")


def same_words(a: str, b: str) -> bool:
    """"Waterfront Notes" and "Waterfront notes:" are one name."""
    def key(text: str) -> list[str]:
        return re.sub(r"[^\w\s]", " ", text.lower()).split()
    return key(a) == key(b)


def is_column_before_title(rest: list[LineGroup], journal: str | None, column: str | None) -> bool:
    """Whether the first of the two paragraphs left between the author and the source line
    is the column the article stands in, the second its title: "Notes of the Week / The
    Speed-Up on the North Quay" (a column's words), or the column the source line names
    ("Waterfront Notes, The Militant, Vol. XVI ..."). Only a page whose source line
    names the periodical ends its title block for certain; a department's page without
    one ("Readers’ Notes / Soviet Union and Stalinism") has its section head there instead,
    and a column whose page lists its topics under its name keeps its name as the title."""
    return bool(journal) and len(rest) == 2 and not is_list_of_topics(rest[1].text) and (
        is_column_name(rest[0].text) or bool(column) and same_words(rest[0].text, column)
        or is_label_above_title(rest[0].text) or is_papers_label_above_title(rest[0].text, journal))


def is_column_above_author(rest: list[LineGroup], journal: str | None) -> bool:
    """"Harbour Jottings / Tom R. Ek / The Strike Showed the Way": on a page whose source
    line names the periodical, a line of name-like words that is no person's name, set
    above a person's name (a known forename, or initials) with a title under it that is
    no name, is the running column's name: ETOL sets the author above the title, so the
    line above the author heads them both, and the paragraph under the author is the title
    ("Freedom of the Port / Tom Ek / A Reply to ...", a title's words above the author, is
    the title and its subtitle)."""
    return (bool(journal) and len(rest) >= 3 and looks_like_name(rest[0].text) and not is_forename_and_surname(rest[0].text)
            and is_forename_and_surname(rest[1].text) and not looks_like_name(rest[2].text))


#: the archive's name for a year's letters, set above each letter's heading:
#: "Harbour-Lind Correspondence 1871", "Letters of Marta Lind, 1902", "Letters of Lind and Berg 1899"
COLLECTION = re.compile(r"(?:Letters\s+of\s+[A-Z][^,;:]{1,60}?|(?:[A-Z][\w’'.-]*\s+){1,4}Correspondence)"
                        r",?\s+(?:1[6-9]|20)\d\d\.?"
                        # "Letters to Anna Berg": the series of letters to one person the page is one of
                        r"|Letters\s+to\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+")


#: the archive's name for a writer's pieces in one paper, set above each one's heading:
#: "Articles by Jane Roe for The Harbour Star", "Jane Roe in The Harbour Times 1871"
PRESS_COLLECTION = re.compile(
    r"Articles\s+by\s+(?P<writer>[^,;:]{3,40}?)\s+(?:for|in)\s+(?:The\s+)?[A-Z][^,;:]{1,60}?(?:,?\s+(?:1[6-9]|20)\d\d)?"
    r"|(?P<in_paper>[^,;:]{3,40}?)\s+in\s+The\s+[A-Z][^,;:]{1,60}?,?\s+(?:1[6-9]|20)\d\d")


def is_press_collection(text: str) -> bool:
    """"Articles by Jane Roe for The Harbour Star", "Jane Roe in The Harbour Times 1871":
    the archive's name for a writer's pieces in one paper (the writer a person's name),
    set above the piece's heading."""
    match = PRESS_COLLECTION.fullmatch(text)
    return bool(match) and is_forename_and_surname(match.group("writer") or match.group("in_paper"))


def is_collection_name(text: str) -> bool:
    """"Harbour-Lind Correspondence 1871", "Letters of Marta Lind, 1902", "Letters to Anna
    Berg", "Articles by Jane Roe for The Harbour Star": the collection of a year's letters,
    of the letters to one person, or of a writer's pieces in one paper, the page belongs
    to, set above the heading or the letter's dateline; never the title (it stays a
    heading of the page, where it is printed)."""
    stripped = text.strip()
    return "\n" not in stripped and bool(COLLECTION.fullmatch(stripped) or is_press_collection(stripped))


#: the archive's word that the text was never printed: "Previously unpublished:",
#: "Unpublished.", "Not published before"
UNPUBLISHED = re.compile(r"(?:(?:Previously|Hitherto|Formerly)\s+)?Unpublished|Not\s+(?:previously\s+)?published(?:\s+before)?"
                         r"|Never\s+(?:before\s+)?published", re.IGNORECASE)


def is_unpublished_label(text: str) -> bool:
    """"Previously unpublished:": a statement that the text was never printed (the page
    names no periodical then), perhaps introducing the editor's note below it; never a title."""
    return bool(UNPUBLISHED.fullmatch(text.strip().rstrip(".:;").strip()))


#: the number an edition of letters gives each document, set alone above its heading:
#: "259" over "To: Anna Berg" (a year, "1905", may be a title: at most three digits)
DOCUMENT_NUMBER = re.compile(r"(?:No\.\s*)?\d{1,3}\.?")
#: a labelled line that says how the text was made, which the archive sets above its
#: labelled header lines and the fidelity rule does not list: "Dictated: by phone",
#: "Wired: 16 February 1920", "Delivered: 3 May 1921"
MAKING_LABEL = re.compile(r"(?:Dictated|Delivered|Wired|Telegraphed|Telephoned|Spoken|Signed|Sent)\s*:\s*\S",
                          re.IGNORECASE)


def is_heading_never_title(text: str) -> bool:
    """An edition's number for the document ("259") or a label of how the text was made
    ("Dictated: by phone"): a heading of the page as printed, never its title."""
    stripped = text.strip()
    return "\n" not in stripped and bool(DOCUMENT_NUMBER.fullmatch(stripped) or MAKING_LABEL.match(stripped))


#: a mirror's copy of the page's own title, set first with the mirror's links after it:
#: "The Harbour Strike (May 1931) (original) (raw)"
MIRROR_TITLE = re.compile(r"(?P<title>\S.*?)\s*\(original\)\s*\(raw\)")


def is_mirror_title(text: str) -> bool:
    """"The Harbour Strike (original) (raw)": the page's title as a mirror copies it."""
    return "\n" not in text.strip() and bool(MIRROR_TITLE.fullmatch(text.strip()))


def is_short_line(text: str) -> bool:
    """A line of at most six words that is no sentence: a name, never a paragraph."""
    stripped = text.strip()
    return "\n" not in stripped and 0 < len(stripped.split()) <= 6 and stripped[-1:] not in ".?!:;,"


def without_mirror_links(title: str | None) -> str | None:
    """The title less the mirror's "(original) (raw)" (the head in the text keeps them)."""
    match = MIRROR_TITLE.fullmatch((title or "").strip())
    return match.group("title") if match else title


def continues_names(text: str) -> bool:
    """"& Tom Ek", "and Tom Ek": a second author's line under the first's."""
    return bool(re.match(r"(?:&|and)\s+[A-Z]", text.strip())) and looks_like_name(re.sub(r"^(?:&|and)\s+", "", text.strip()))


def is_label_above_title(text: str) -> bool:
    """"Harbour Diary:": a running column's name of at most four words set off by a colon
    on its own line, above the title."""
    stripped = text.strip()
    return "\n" not in stripped and stripped.endswith(":") and 0 < len(stripped.split()) <= 4


def is_papers_label_above_title(text: str, journal: str | None) -> bool:
    """"Harbour Call Answers Readers’ Questions:": a column's label of up to eight words that
    names the periodical of the source line, set off by a colon on its own line."""
    stripped = text.strip()
    name = (journal or "").removeprefix("The ")
    return (bool(name) and "\n" not in stripped and stripped.endswith(":") and len(stripped.split()) <= 8
            and name in stripped)


def is_section_word_above_title(rest: list[LineGroup], journal: str | None) -> bool:
    """"Europe / The Harbour Strike Spreads" above a "By ..." line, on a page that names no
    periodical (a magazine's own web page): a single word over a heading of three words or
    more is the magazine's section, the heading under it the title."""
    return (not journal and len(rest) >= 2 and len(rest[0].text.split()) == 1 and rest[0].text.strip()[:1].isupper()
            and "\n" not in rest[1].text.strip() and len(rest[1].text.split()) >= 3
            and rest[1].text.strip()[-1:] not in ".,;:")


def is_year_alone(text: str) -> bool:
    """"1916": a year alone on its line."""
    return bool(re.fullmatch(r"(?:1[6-9]|20)\d\d\.?", text.strip()))


#: a writer's name and a year, or the years of a life: "Marta Lind 1871-1919", "Marta Lind 1902",
#: "Marta Lind. 1964"
WRITER_AND_YEARS = re.compile(r"(?P<name>[^\d\n]+?)[.,]?\s+(?:1[6-9]|20)\d\d(?:\s*[-–]\s*(?:(?:1[6-9]|20)\d\d|\d\d))?")


def is_writer_and_years(text: str) -> bool:
    """"Marta Lind 1871-1919", "Marta Lind 1902": a writer archive's heading, the writer (a
    person's name, :func:`is_forename_and_surname`) and the years of a life or the year of
    the archive's index the page is listed in."""
    match = WRITER_AND_YEARS.fullmatch(text.strip())
    return match is not None and is_forename_and_surname(match.group("name"))


def is_list_of_topics(text: str) -> bool:
    """"The Strikes – The Elections – The Budget": the topics a column's page treats, set
    under its name, not a title of its own."""
    return len(re.split(r"\s[–—-]\s", text)) >= 3


def is_alternative_title(text: str) -> bool:
    """"Or How to Tailor Facts to Fit Politics": a subtitle that gives the title another
    form, so the line above it is a title, never an author."""
    return bool(re.match(r"^[(\[]?Or[,:]?\s+\w", text.strip()))


def book_above_chapter(rest: list[LineGroup]) -> int | None:
    """The index of a book's title set just above a chapter ("Chapter 10: The Great
    Strike", or "Chapter 10" and its name), first in the block or under its author's name;
    else None."""
    for book in (0, 1):
        if (len(rest) > book + 1 and CHAPTER.match(rest[book + 1].text.strip())
                and not CHAPTER.match(rest[book].text.strip()) and not BOOK_PART.match(rest[book].text.strip())
                and not looks_like_name(rest[book].text) and (book == 0 or looks_like_name(rest[0].text))):
            return book
    return None


def is_title_over_period_subtitle(rest: list[LineGroup], journal: str | None) -> bool:
    """A name-like title over its subtitle ("Pantelis Pouliopoulos / Greek Trotskyism from
    1928 to 1943") on a page whose source line names no periodical (where the layout is
    title and subtitle, not author and title): the first line is the title. A name with
    initials or in brackets is an author's all the same."""
    first = rest[0].text.strip()
    return (not journal and len(rest) == 2 and not is_initialled_name(first) and not first.startswith("[")
            and is_period_subtitle(first, rest[1].text) and not names_its_subject(rest[1].text))


def names_its_subject(text: str) -> bool:
    """"Marta Lind: Letters to Tom Ek from 1901 to 1912": a title that names its subject
    before a colon, a title of its own (so a name above it is its author's), never a
    subtitle."""
    subject, colon, _rest = text.strip().partition(":")
    return bool(colon) and looks_like_name(subject)


def is_title_connective(text: str) -> bool:
    """"about the", "of the": a short line of lower-case words that ends on an article or a
    preposition, the middle of a title set over three paragraphs; never a title of its
    own nor a "by ..." line."""
    words = text.strip().split()
    return (0 < len(words) <= 4 and "\n" not in text and all(word.islower() for word in words)
            and words[-1] in FUNCTION_WORDS and words[0] != "by")


def join_titles_broken_at_connectives(rest: list[LineGroup]) -> list[LineGroup]:
    """"Frequently Asked Questions / about the / Online Archive": a title whose lines were
    set as paragraphs of their own, joined at a connective line
    (:func:`is_title_connective`) into one paragraph of those lines."""
    joined = list(rest)
    at = next((i for i in range(1, len(joined) - 1) if is_title_connective(joined[i].text)), None)
    while at is not None:
        joined[at - 1:at + 2] = [LineGroup(joined[at - 1].lines + joined[at].lines + joined[at + 1].lines)]
        at = next((i for i in range(1, len(joined) - 1) if is_title_connective(joined[i].text)), None)
    return joined


def below_date_line(rest: list[LineGroup]) -> int | None:
    """The index just below the "(March 1977)" line when paragraphs follow it in the
    title block, else None: the date line is the block's last line in ETOL's layout, so
    what a page without source lines sets below it (a section head) is a heading of the
    page, never its title nor its author."""
    at = next((i for i, group in enumerate(rest) if parse_written(group.text)), None)
    return at + 1 if at is not None and at + 1 < len(rest) else None


def read_title_block(groups: list[LineGroup], header: Header, writers: list[str] | None = None,
                     journal: str | None = None, column: str | None = None) -> None:
    """Fill the header's title fields from the title block's paragraphs. ``writers`` are
    the writers whose archive the navigation names (:func:`archive_writers`); ``journal``
    the periodical the page's source line names, ``column`` the column it names before it."""
    rest = join_titles_broken_at_connectives(groups)
    writers = writers or []
    # "The Harbour Strike (original) (raw)" first: the title, whatever the block sets below
    mirror = rest.pop(0) if len(rest) > 1 and is_mirror_title(rest[0].text) else None
    if (rest and len(rest[0].lines) > 1 and is_forename_and_surname(rest[0].lines[0].text)
            and not continues_names(rest[0].lines[1].text)):
        # "Marta Lind" over "Letters to Anna Berg" without a blank line: the author's
        # line and the next, never one title
        rest[0:1] = [LineGroup(rest[0].lines[:1]), LineGroup(rest[0].lines[1:])]
    # "Harbour-Lind Correspondence 1871" above "Lind To Berg / In Harbourtown": the year's
    # collection of letters, a heading of the page above the title, never the title itself
    # nor a periodical's masthead ("Letters of Lind and Berg, 1899" reads like one)
    collection = [rest.pop(0)] if rest and is_collection_name(rest[0].text) else []
    if rest and is_unpublished_label(rest[0].text):
        # "Previously unpublished:" and the editor's note it introduces: headings of the
        # page as printed, never the title (the page names no printed source)
        collection.append(rest.pop(0))
        if rest and len(rest[0].text.split()) > NOTE_WORDS:
            collection.append(rest.pop(0))
    if rest and not collection and is_masthead(rest[0].text, journal):
        header.masthead = rest.pop(0).text
    # a masthead without the periodical's name stays a heading of the page, never the title
    nameless = [rest.pop(0)] if rest and not collection and is_nameless_masthead(rest[0]) else []
    below = []
    if below_date_line(rest) is not None:
        at_date = below_date_line(rest)
        rest, below = rest[:at_date], rest[at_date:]
    if rest and (parse_written(rest[-1].text) or len(rest) > 1 and parse_letter_dateline(rest[-1].text)):
        # "(February 1933)", or a letter's dateline under its author ("Oslo, January 14, 1918")
        written = rest.pop()
        header.written = written.text
        header.written_iso = parse_written(written.text) or parse_letter_dateline(written.text)
        header.written_line = written.line
        header.written_breaks = written.breaks
    # "Compiled and Annotated by Jane Roe": a credit set under the title, never the title
    # nor the author; it stays a heading of the page, as printed
    credits = [group for group in rest if is_compiler_credit(group.text)]
    rest = [group for group in rest if not is_compiler_credit(group.text)]
    # "259" above "To: Anna Berg", "Dictated: by phone": headings of the page, never the title
    headings = [group for group in rest if is_heading_never_title(group.text)]
    rest = [group for group in rest if not is_heading_never_title(group.text)]
    # "Marta Lind 1871-1919" and "Marta Lind 1902" above the heading: the writer's archive
    # and its year's index, headings of the page, never the title nor an author's line
    archive = [group for group in rest if is_writer_and_years(group.text)]
    if archive and len(rest) > len(archive):
        headings = sorted(headings + archive, key=lambda group: group.line)
        rest = [group for group in rest if group not in archive]
    # "1916" above "To: Anna Berg": the edition's year of the letters, a heading of the page,
    # when two paragraphs (an author and a title) are left without it
    years = [group for group in rest if is_year_alone(group.text)]
    if years and len(rest) - len(years) >= 2:
        headings = sorted(headings + years, key=lambda group: group.line)
        rest = [group for group in rest if group not in years]
    at = find_byline(rest)
    if at is not None and is_organisation_byline(rest[at].text):
        header.author_editorial = True  # a body signs: its words, not a person's name
    if at is None and len(rest) >= 3 and not journal and not looks_like_name(rest[0].text) and looks_like_name(rest[1].text):
        # "International Trotskyism / Robert J. Alexander / Ceylon: ...": the book or
        # series the page belongs to, then its author, then the title (an article whose
        # source line names a periodical has a title and a subtitle instead)
        work = rest.pop(0)
        header.work, header.work_line = work.text, work.line
    elif (at is None and len(rest) >= 3 and not journal and looks_like_name(rest[0].text)
          and BOOK_PART.match(rest[2].text.strip()) and not BOOK_PART.match(rest[1].text.strip())):
        # "Marta Lind / A Century of Strikes / Chapter 2: ...": the author, the book, the
        # part of it this page holds (its number and name perhaps over two lines), and
        # perhaps the part's first section head
        work = rest.pop(1)
        header.work, header.work_line = work.text, work.line
    elif at is None and book_above_chapter(rest) is not None:
        # "The History of the Harbour Movement / Chapter 10: The Great Strike", perhaps
        # under its author: a serialised book's chapter is the title, the book the work
        work = rest.pop(book_above_chapter(rest))
        header.work, header.work_line = work.text, work.line
    if at is None and len(rest) >= 3 and journal and not looks_like_name(rest[0].text) and looks_like_name(rest[1].text):
        # "Harbour Freedom / Tom Ek / A Reply to ...": an article's title, its author, its
        # subtitle (the source line names a periodical: no book above the author)
        at = 1
    column_above_author = at is None and is_column_above_author(rest, journal)
    if column_above_author:
        at = 1
    if at is None and (len(rest) >= 3 or (len(rest) == 2 and looks_like_name(rest[0].text)
                                          and not is_alternative_title(rest[1].text)
                                          and not is_title_over_period_subtitle(rest, journal))
                       or (rest and is_editors_byline(rest[0].text))
                       or (len(rest) >= 2 and (is_staff_byline(rest[0].text) or is_list_of_names(rest[0].text)
                                               or is_body_name(rest[0].text)
                                               or is_periodical_byline(rest[0].text, journal)))
                       # under a mirror's title line, a short line alone is its author's
                       # ("Ted Crawford & David Walters"; never "Soviet Union and Stalinism")
                       or (mirror and len(rest) == 1 and is_short_line(rest[0].text)
                           and (looks_like_name(rest[0].text) or not JOINED.search(rest[0].text)))
                       or (len(rest) == 1 and not credits and (names_archive_writer(rest[0].text, writers)
                                               or is_initialled_name(rest[0].text)
                                               or is_initials_only(rest[0].text)
                                               or is_forename_and_surname(rest[0].text)
                                               or is_party_name(rest[0].text)))):
        at = 0
        header.author_editorial = (header.author_editorial or is_party_name(rest[0].text) or is_staff_byline(rest[0].text)
                                   or is_body_name(rest[0].text) or is_periodical_byline(rest[0].text, journal))
    if at is not None:
        author = rest.pop(at)
    if at is not None and rest and not collection and is_collection_name(rest[0].text):
        collection.append(rest.pop(0))  # "Marta Lind / Letters to Anna Berg / Oslo, 3 May 1916"
    if at is not None:
        if header.author_editorial:
            header.authors, header.author_bracketed = [author.text.strip()], False
        else:
            header.authors, header.author_bracketed = split_authors(author.text)
            header.author_editorial = len(header.authors) == 1 and is_editors_byline(header.authors[0])
        header.author_line = author.line
    above = collection + ([rest.pop(0)] if column_above_author or is_column_before_title(rest, journal, column) else [])
    if at is not None and at >= 2 and is_section_word_above_title(rest, journal):
        above.append(rest.pop(0))
    if mirror and not rest:
        rest = [mirror]
    elif mirror and same_words(without_mirror_links(mirror.text), rest[0].text):
        above.insert(0, mirror)  # the title is printed below: the mirror's line is a heading above it
    elif mirror:
        rest.insert(0, mirror)  # the mirror copies the page's title; the lines below are headings under it
    if len(rest) >= 2 and is_part_number(rest[0].text) and not BOOK_PART.match(rest[1].text.strip()):
        above.append(rest.pop(0))  # "CHAPTER I / THE DECLINE OF THE HARBOUR": the name is the title
    if rest:
        title = rest.pop(0)
        header.title, header.title_line, header.title_breaks = title.text, title.line, title.breaks
        header.title_is_column = not rest and not above and is_column_name(title.text)
    # a column's name set above the title stays a heading of the page, after the title
    header.subtitles = [(group.text, group.line, group.breaks) for group in above + rest]
    header.subtitles += [(group.text, group.line, group.breaks) for group in nameless + credits + headings + below]
    header.subtitles.sort(key=lambda subtitle: subtitle[1] if subtitle[1] > (header.title_line or 0) else -1)
