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
from .text import LineGroup

FUNCTION_WORDS = {"the", "of", "and", "in", "on", "a", "an", "to", "for", "with", "at", "by", "from", "is", "are", "its"}
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
        return match.group(1).strip(), match.group(2).strip()
    return None


def parse_written(text: str) -> str | None:
    """"(February 1933)" -> "1933-02"; any parenthesised line ending in a year counts."""
    match = re.fullmatch(r"\((?:Written\s*:?\s*)?([^()]*\d{4})\)", text.strip())
    if not match:
        return None
    return parse_date(match.group(1)) or re.search(r"\d{4}", match.group(1)).group(0)


def looks_like_name(text: str) -> bool:
    """Strong evidence of an author line: brackets, initials, "&", "by ...", or name-like words."""
    stripped = text.strip()
    if re.fullmatch(r"\[[^\[\]]+\]", stripped) or stripped.lower().startswith("by "):
        return True
    if re.search(r"\b[A-Z]\.", stripped) and len(stripped.split()) <= 8:
        return True
    words = stripped.replace("&", " ").replace(" and ", " ").split()
    if not 1 <= len(words) <= 8 or stripped[-1] in ".?!:;,":
        return False
    if " & " in stripped or " and " in stripped:
        return all(w[0].isupper() for w in words)
    return 2 <= len(words) <= 3 and all(
        w[0].isupper() and w.lower() not in FUNCTION_WORDS and not w.lower().endswith(NOT_NAME_ENDINGS) for w in words
    )


EDITORS = re.compile(r"(?:The\s+)?(?:Editors?|Editorial\s+Board)", re.IGNORECASE)


def is_editors_byline(text: str) -> bool:
    """"The Editors", "The Editorial Board": a collective author, never a title."""
    return bool(EDITORS.fullmatch(text.strip()))


def find_byline(groups: list[LineGroup]) -> int | None:
    """The index of a "by Bert Cochran" line set after the title, else None."""
    return next((i for i, group in enumerate(groups)
                 if i > 0 and group.text.strip().lower().startswith("by ") and looks_like_name(group.text)), None)


def split_authors(text: str) -> tuple[list[str], bool]:
    """"[The Editor]" -> (["The Editor"], True); "A & B" -> (["A", "B"], False)."""
    stripped = text.strip()
    bracketed = bool(re.fullmatch(r"\[[^\[\]]+\]", stripped))
    if bracketed:
        stripped = stripped[1:-1].strip()
    stripped = re.sub(r"^by\s+", "", stripped, flags=re.IGNORECASE)
    names = [part.strip() for part in re.split(r"\s+(?:&|and)\s+", stripped) if part.strip()]
    return names, bracketed


#: "Marta Lind Internet Archive", "Pell Archive": a writer's archive, named in the navigation
WRITERS_ARCHIVE = re.compile(r"^(?P<writer>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}?)\s+(?:Internet\s+)?Archive$")
NOT_A_WRITER = ("Marxists", "Trotskyism", "Encyclop", "Main", "Index")


def archive_writers(navigation: list[str]) -> list[str]:
    """The writers whose archives the page's navigation lines name."""
    found = []
    for line in navigation:
        for part in line.split("|"):
            match = WRITERS_ARCHIVE.match(part.strip())
            if match and not any(word in match.group("writer") for word in NOT_A_WRITER):
                found.append(match.group("writer"))
    return found


def names_the_archives_writer(text: str, navigation: list[str]) -> bool:
    """A title block line that is the name of the writer whose archive the page is in
    ("Marta Lind" under "Marta Lind Internet Archive", "Ada Pell" under "Pell Archive"):
    the author, never the title."""
    name = text.strip()
    return looks_like_name(name) and any(name == writer or name.endswith(" " + writer)
                                         for writer in archive_writers(navigation))


def read_title_block(groups: list[LineGroup], header: Header) -> None:
    """Fill the header's title fields from the title block's paragraphs."""
    rest = list(groups)
    if rest and split_masthead(rest[0].text):
        header.masthead = rest.pop(0).text
    if rest and parse_written(rest[-1].text):
        written = rest.pop()
        header.written, header.written_iso = written.text, parse_written(written.text)
        header.written_line = written.line
        header.written_breaks = written.breaks
    at = find_byline(rest)
    if at is None and (len(rest) >= 3 or (len(rest) == 2 and looks_like_name(rest[0].text))
                       or (rest and is_editors_byline(rest[0].text))
                       or (len(rest) == 1 and names_the_archives_writer(rest[0].text, header.dropped))):
        at = 0
    if at is not None:
        author = rest.pop(at)
        header.authors, header.author_bracketed = split_authors(author.text)
        header.author_editorial = len(header.authors) == 1 and is_editors_byline(header.authors[0])
        header.author_line = author.line
    if rest:
        title = rest.pop(0)
        header.title, header.title_line, header.title_breaks = title.text, title.line, title.breaks
    header.subtitles = [(group.text, group.line, group.breaks) for group in rest]
