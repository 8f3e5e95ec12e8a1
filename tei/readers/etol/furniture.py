"""The page's furniture: navigation, source line, credits, rights, "Last updated".

Each recogniser takes one line (or group) of text and returns what it tells, or None.
They are pure functions over strings, so each is tested on its own.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...model import Credit, PrintedSource
from ...dates import DAY_SPAN_TEXT, MONTHS, YEAR, is_issue_date, issue_dated, parse_date

# -- navigation ----------------------------------------------------------------------

NAV_WORDS = (
    "Index", "Encyclopedia of Trotskyism", "Marxists’ Internet Archive", "Marxists' Internet Archive",
    "Main Newspaper", "ETOL", "MIA", "Top of page", "Home", "Encyclopedia of Anti-Revisionism",
)
ARCHIVE_NAMES = {
    "Encyclopedia of Trotskyism": "Encyclopedia of Trotskyism On-Line",
    "Encyclopaedia of Trotskyism": "Encyclopedia of Trotskyism On-Line",
    "Marxists’ Internet Archive": "Marxists’ Internet Archive",
    "Marxists' Internet Archive": "Marxists’ Internet Archive",
    # the archive's encyclopedia of the anti-revisionist movement (history/erol/), whose pages
    # open with its name alone, then the author's line and the title
    "Encyclopedia of Anti-Revisionism": "Encyclopedia of Anti-Revisionism On-Line",
}


def is_top_of_page(text: str) -> bool:
    return text.strip().lower() in {"top of page", "top of the page", "top"}


def is_navigation(text: str) -> bool:
    """A navigation line: links joined by " | ", or a lone index/archive link, or the
    archive's header line naming the journal (:func:`parse_archive_header`)."""
    stripped = text.strip()
    if is_top_of_page(stripped) or ARCHIVE_HEADER.match(stripped):
        return True
    parts = [part.strip() for part in stripped.split("|")]
    if len(parts) > 1:
        return all(parts) and all(len(part.split()) <= 8 for part in parts)
    return len(stripped.split()) <= 6 and any(word in stripped for word in NAV_WORDS) and not stripped.endswith(".")


#: navigation that only the top of a page sets: a breadcrumb ("MIA > Archive > Lenin >
#: Works"), the archive's arrows ("< backward   forward >"), a writer's archive named alone
#: ("Lenin Internet Archive", "Marta Lind Internet Archive: Writings 1935")
#: "MIA > Archive > Trotsky", and with colons, "MIA: History: ETOL: Documents: 1938-1949"
BREADCRUMB = re.compile(r"^(?:MIA|Marxists\S*|Home|ETOL|Encyclop\w*|Archive)\b(?:[^<>|]{0,40}(?:\s+>\s+[^<>|]{1,40})+"
                        r"|(?:\s*:\s*[^:<>|]{1,40}){2,})$")
ARROWS = re.compile(r"^(?:<\s*(?i:back(?:ward)?|prev(?:ious)?)\b[^<>]*?)?(?:(?i:forward|next)\s*>)?$")
WRITER_ARCHIVE = re.compile(r"^(?:[A-Z][\w.’'-]*\s+){1,5}Internet\s+Archive(?:\s*[:|–—-]\s*[^.]{1,60})?$")


#: a site's contact line: an e-mail address alone, perhaps after its label, or the mirror's
#: placeholder for a hidden one ("email [email protected]")
CONTACT = re.compile(r"^(?:(?i:e-?mail|contact)\s*:?\s*)?(?:\S+@\S+\.\w+|\[email\s+protected\])$")


def is_top_navigation(text: str) -> bool:
    """A navigation line at the top of a page (:func:`is_navigation`, or a breadcrumb,
    the arrows, a writer's archive named alone, a contact line's e-mail address); at the
    foot only :func:`is_navigation`'s lines are navigation."""
    stripped = " ".join(text.replace("\u00a0", " ").split())
    return is_navigation(text) or bool(stripped and (BREADCRUMB.match(stripped) or ARROWS.fullmatch(stripped)
                                                     or WRITER_ARCHIVE.match(stripped) or CONTACT.match(stripped)))


#: the line under a writer's archive's name that says whose copy the archive holds: "From
#: the Harbour Workers Library" (an organisation's name alone: no comma, number or date)
ARCHIVE_PROVENANCE = re.compile(r"^From\s+the\s+[A-Z][^\d,.;:|]{2,80}$")


def is_writer_archive_heading(lines: list[str]) -> bool:
    """A writer's archive named alone (:data:`WRITER_ARCHIVE`) with the provenance lines
    under it (:data:`ARCHIVE_PROVENANCE`): the archive's heading, never the title."""
    stripped = [" ".join(line.replace("\u00a0", " ").split()) for line in lines]
    return (len(stripped) > 1 and bool(WRITER_ARCHIVE.match(stripped[0]))
            and all(ARCHIVE_PROVENANCE.match(line) for line in stripped[1:]))


def archives_named(text: str) -> list[str]:
    """The archives a navigation line names, by their full names."""
    found = []
    for short, full in ARCHIVE_NAMES.items():
        if short in text and full not in found:
            found.append(full)
    return found


# -- "Last updated" ------------------------------------------------------------------

UPDATED = re.compile(r"^(?:Last updated(?: on)?|Updated(?: by [^:]+)?)\s*:?\s*(?P<date>.+?)\.?$", re.IGNORECASE)


def parse_updated(text: str) -> tuple[str, str | None] | None:
    """("Last updated on 23 October 2015", "2015-10-23"), or None when not such a line."""
    match = UPDATED.match(text.strip())
    if not match:
        return None
    return text.strip(), parse_date(match.group("date"), day_first=True)


# -- the printed source --------------------------------------------------------------

#: a periodical's name: up to the first comma (a "name" that is only numbering is no
#: periodical: :func:`periodical_and_numbers`)
_JOURNAL = r"(?P<journal>[^,]+?)"
#: an issue's date: "1 April 1933", "Spring 1990", "January-February 1958", "1942–43",
#: a weekly's days "27 March 1981–2 April 1981" (tei.dates.DAY_SPAN_TEXT)
_DATE = (
    r"(?P<date>" + DAY_SPAN_TEXT + r"|(?:\d{1,2}\s+)?(?:(?i:mid|early|late)[- ]+)?[A-Z][a-z]+\.?(?:\s*[-–/]\s*[A-Z][a-z]+\.?)?(?:\s+\d{1,2},)?"
    # a year, or two across a year's turn ("Winter 1970/71", "1942–43")
    r"\s+\d{4}(?:\s*[-–/]\s*\d\d(?:\d\d)?)?|\d{4}(?:\s*[-–/]\s*\d\d(?:\d\d)?)?)"
)
#: what follows the periodical's name in a source line: volume, number, date, pages
_AFTER_JOURNAL = (
    # the second series of International Socialism numbers its issues "2 : 132", after
    # the name or after a comma ("International Socialism, 2 : 147, Summer 2015")
    r"(?:,?\s+(?P<series>\d+)\s*:\s*(?P<series_issue>\d+))?,\s*"
    r"(?:(?i:vol(?:ume)?)\.?\s*(?P<volume>[IVXLCDM\d]+)\s*,?\s*)?"
    # "No. 3", "no. 3"; New Left Review's "I/52" (series I, issue 52: the series stays in the raw line)
    r"(?:(?:(?i:no|nos)\.?|Number)\s*(?P<issue>[\d]+(?:\s*[-–/&]\s*\d+)?)\s*,?\s*"
    r"|(?P<roman_series>[IVX]+)\s*/\s*(?P<series_number>\d+)\s*,\s*)?"
    r"(?:[\[(]?Whole\s+No\.?\s*(?P<whole>\d+)[\])]?\s*,?\s*)?"
    r"\(?" + _DATE + r"\)?"
    # the pages; then the later issues of an article printed in several, after "&" or a
    # comma ("p. 2 & Vol. IV No. 7, 17 February 1940, p. 2"; "pp. 3–5, Vol. V No. 52, ...")
    r"(?:\s*,\s*(?P<pages>(?:pp?\.|pages?\b)\s*(?:(?!\s*[&,]\s*(?i:vol)\b).)+?))?"
    r"(?P<continued>\s*[&,]\s*(?i:vol)\b.+?)?"
    # the archive's labelled lines may end in a semicolon ("Source: The Harbour Times, May 4, 1871;")
    r"\s*[.;]?$"
)
SOURCE = re.compile(r"^(?:From|Source:)\s+" + _JOURNAL + _AFTER_JOURNAL)
#: the date before the volume: "Socialist Appeal, February 1935, Volume 1 No. 1, Page 2"
DATE_FIRST_SOURCE = re.compile(
    r"^(?:From\s+)?" + _JOURNAL + r",\s*" + _DATE + r",\s*(?i:vol(?:ume)?)\.?\s*(?P<volume>[IVXLCDM\d]+)\s*,?\s*"
    r"(?:(?:No\.?|Nos\.?|Number)\s*(?P<issue>\d+(?:\s*[-–/&]\s*\d+)?))?"
    r"(?:\s*,\s*(?:Pages?\s+|pp?\.\s*)(?P<pages>[\d–&, -]+?))?\s*\.?$"
)
#: the line that opens the archive's pages of some journals: "Encyclopedia of Trotskyism
#: On-Line: Revolutionary History, Vol. 6 No. 4" (the periodical, perhaps its volume and
#: number, seldom a date)
ARCHIVE_HEADER = re.compile(
    r"^(?:Encyclop(?:a)?edia\s+of\s+Trotskyism(?:\s+On-?Line)?|ETOL)\s*:\s*"
    r"(?P<journal>(?!.*\b(?:Index|Page|Home)\b)[^,:|]{2,80}?)(?P<rest>,.*)?\.?$"
)


def parse_pages(text: str) -> list[str]:
    """"pp. 1 & 3" -> ["1", "3"]; "pp. 4–5" -> ["4–5"] (a range stays one item)."""
    body = re.sub(r"^(?:pp?\.|pages?\b)\s*", "", text.replace("\u00a0", " ").strip()).rstrip(".")
    return [part.strip() for part in re.split(r"\s*(?:&|,|\band\b)\s*", body) if part.strip()]


def parse_source(text: str, line: int) -> PrintedSource | None:
    """The "From The Militant, Vol. VI No. 21, 1 April 1933, pp. 1 & 3." line: the journal
    (up to the first comma), volume and issue as printed (a "Whole No." stays in the raw
    line only), the date, and the pages ("pp. 1 & 3" two pages; "pp. 4–5" one range).

    Also read: "vol.6" in lower case; a date in brackets ("No. 31 (Fall 1988)"); the
    "International Socialism 2 : 132" numbering (series 2 stays in the raw line, 132 is the
    issue); an article printed in two issues ("p. 2 & Vol. IV No. 7, 17 February 1940,
    p. 2"): the first issue is the source, each later one an instalment
    (``PrintedSource.instalments``), and the raw line keeps them all; a "Source:"
    line. Lines without "From" are :func:`parse_bare_source`'s and
    :func:`parse_date_first_source`'s."""
    clean = SOURCE_TAIL.sub("", text.replace("\u00a0", " ").strip())
    match = SOURCE.match(clean)
    if match and MEETINGS_REPORT.search(match.group("journal")):
        return None  # "Source: Harbour Party 12th Congress Report, 1957": a document, no periodical
    return source_from(match, text, line) if match else None


#: what may follow a source line's date and pages, which tells nothing of the print: a note's
#: marker ("[1*]", "[2]") and the permission to reprint ("Used by permission.")
SOURCE_TAIL = re.compile(r"(?<=\.)(?:\s*\[\d{1,3}\*?\])?(?:\s*(?:Used|Reprinted|Reproduced)\s+(?:by|with)\s+(?:kind\s+)?"
                         r"permission(?:\s+of\s+[^.]{1,60})?\.)?$")


#: the printed report of a body's meeting, a document and never a periodical: "12th Congress
#: Report", "Report of the Harbour Conference", "Conference Proceedings"
MEETINGS_REPORT = re.compile(r"\b(?:Congress|Conference|Convention|Plenum)\s+(?:Report|Proceedings|Minutes|Resolutions)\b"
                             r"|\b(?:Report|Proceedings|Minutes)\s+of\s+the\b.*\b(?:Congress|Conference|Convention|Plenum)\b")


def parse_date_first_source(text: str, line: int) -> PrintedSource | None:
    """"Socialist Appeal, February 1935, Volume 1 No. 1, Page 2": the date before the
    volume (:data:`DATE_FIRST_SOURCE`); the line must name a periodical."""
    match = DATE_FIRST_SOURCE.match(text.replace("\u00a0", " ").strip())
    source = source_from(match, text, line) if match else None
    return source if source and source.journal else None


def source_from(match: re.Match, text: str, line: int) -> PrintedSource:
    """The source a :data:`SOURCE`-shaped match tells (:func:`periodical_and_numbers`)."""
    groups = match.groupdict()
    pages = parse_pages(groups["pages"]) if groups["pages"] else []
    journal, volume, issue = periodical_and_numbers(groups["journal"], groups["volume"],
                                                    groups["issue"] or groups.get("series_issue")
                                                    or groups.get("series_number"))
    return PrintedSource(raw=text.strip(), line=line, journal=journal, volume=volume, issue=issue,
                         **issue_dated(match.group("date")), pages=pages,
                         instalments=later_instalments(groups.get("continued"), groups["journal"], line))


def later_instalments(continued: str | None, journal: str, line: int) -> list[PrintedSource]:
    """The issues after the first of an article printed in several ("& Vol. IV No. 7, 17
    February 1940, p. 2", or after a comma), each read as a source line of the same periodical; none when
    the rest does not read as one (it stays in the raw line, as always)."""
    if not continued:
        return []
    rest = continued.strip().lstrip("&,").strip()
    match = SOURCE.match(f"From {journal.strip()}, {rest}")
    if not match:
        return []
    later = source_from(match, rest, line)
    return [replace(later, raw=None, instalments=[]), *later.instalments]


def parse_archive_header(text: str, line: int) -> PrintedSource | None:
    """"Encyclopedia of Trotskyism On-Line: Revolutionary History, Vol. 6 No. 4": the
    periodical, and its volume, number and date where the line gives them."""
    clean = text.replace("\u00a0", " ").strip()
    match = ARCHIVE_HEADER.match(clean)
    if not match:
        return None
    rest = match.group("rest") or ""
    full = parse_bare_source(match.group("journal") + rest, line) if rest else None
    if full and full.journal == match.group("journal").strip():
        return replace(full, raw=text.strip())
    volume = re.search(r"\b(?i:vol(?:ume)?)\.?\s*([IVXLCDM\d]+)\b", rest)
    issue = re.search(r"\b(?:No|Nos|Number)\.?\s*(\d+(?:\s*[-–/&]\s*\d+)?)", rest)
    return PrintedSource(raw=text.strip(), line=line, journal=match.group("journal").strip(),
                         volume=volume.group(1) if volume else None, issue=issue.group(1) if issue else None)


def is_first_published(text: str) -> bool:
    """"First Published: ...", "Reprinted from ...", "(Originally published in ...)": the
    first printing, wherever the page's "Source:" or "From" line points (a later reprint)."""
    return bool(re.match(r"^[(\[]?\s*(?:This\s+\w+\s+(?:was|is)\s+)?(?:(?:First|Originally)\s+(?:published|printed|appeared)"
                         r"|(?:Reprinted|Republished|Reproduced)\s+from)\b", text.strip(), re.IGNORECASE))


#: "Bulletin of the Opposition No. 35", "Labor Action Vol. 15 No. 3": the volume and the
#: issue's number set after the periodical's name, before the first comma
NUMBER_AFTER_NAME = re.compile(
    r"^(?P<journal>.+?),?\s+(?:(?:(?i:vol(?:ume)?)\.?\s*(?P<volume>[IVXLCDM\d]+)\b\s*,?\s*)?"
    r"(?:No\.?|Number)\s*(?P<issue>\d+)|[IVX]+\s*/\s*(?P<series_issue>\d+))$"
)
#: what starts an issue's numbering, never a periodical's name
NUMBERING = re.compile(r"^(?:Vol(?:ume)?\b|Nos?\.|Number\b|Whole\b|\d)", re.IGNORECASE)


def periodical_and_numbers(journal: str, volume: str | None, issue: str | None
                           ) -> tuple[str | None, str | None, str | None]:
    """The periodical's name, the volume and the issue's number: numbers set after the
    name are the issue's, and an issue number is never a periodical's title."""
    journal = journal.strip()
    after = NUMBER_AFTER_NAME.match(journal)
    if after and issue is None:
        # "New Left Review I/52": series I stays in the raw line, 52 is the issue
        journal, issue = after.group("journal").strip(), after.group("issue") or after.group("series_issue")
        volume = volume or after.group("volume")
    # "in The Harbour Star; No. 212": the semicolon before the number is no part of the name
    journal = journal.rstrip(";").strip()
    return (None if NUMBERING.match(journal) else journal), volume, issue


def periodical_and_issue(journal: str, issue: str | None) -> tuple[str | None, str | None]:
    """:func:`periodical_and_numbers` without the volume."""
    name, _volume, number = periodical_and_numbers(journal, None, issue)
    return name, number


#: the archive's labelled line naming the first printing: "First Published: ...",
#: "Published: in ...", "First published in ..."
PUBLISHED_LABEL = re.compile(r"^(?:(?:First|Originally)\s+)?Published(?:\s*:\s*|\s+(?=in\b))(?:in\s+)?",
                             re.IGNORECASE)
#: any statement of the first printing, the label's or a sentence's, perhaps in brackets:
#: "(Originally published in Harbour Review, March 1947)", "Reprinted from Harbour
#: Tribune, 3 March 1951.", "This article first appeared in ..."
FIRST_PRINTING = re.compile(
    r"^[(\[]?\s*(?:(?:This\s+(?:article|text|piece|review|letter|report|item)\s+(?:was|is)\s+)?"
    r"(?:First|Originally)\s+(?:published|printed|appeared)(?:\s*:\s*|\s+in\s+)"
    r"|(?:Reprinted|Republished|Reproduced)\s+from\s+(?:the\s+columns\s+of\s+)?)",
    re.IGNORECASE)


def parse_published_label(text: str, line: int) -> PrintedSource | None:
    """"First Published: New International, Vol.II No.1, January 1935, pp.15-17." (the
    MIA writer archives' label), "Reprinted from Harbour Tribune, 3 March 1951.", "(Originally
    published in Harbour Review, March 1947)": the printed source as a source line gives it
    without "From"; the line is kept whole as printed."""
    stripped = text.strip()
    label = FIRST_PRINTING.match(stripped) or PUBLISHED_LABEL.match(stripped)
    if not label:
        return None
    rest = stripped[label.end():]
    if stripped[:1] in "([" and rest[-1:] == {"(": ")", "[": "]"}[stripped[0]]:
        rest = rest[:-1]
    if is_issue_date(rest.strip().rstrip(".").replace(",", "")):
        return None  # "Published: October, 1976": a date, no periodical (never "October")
    # the edition's word of what it printed from, before a semicolon, is no source: "Published
    # according to the manuscript; Harbour Tribune No. 25. May 3, 1922"
    rest = ACCORDING_TO.sub("", rest)
    # the Collected Works' sentence: "Published June 1 (May 19), 1917 in Pravda No. 61.";
    # the label may stand for its first word: "First Published: 3 May, 1917 in the
    # magazine Harbour Annals No. 8."
    sentence = (parse_published_sentence(rest if label.re is PUBLISHED_LABEL else stripped, line)
                or label.group(0).rstrip().endswith(":") and parse_published_sentence("Published " + rest, line)
                or None)
    if sentence is not None:
        return replace(sentence, raw=text.strip())
    # a full stop between the issue's number and its date stands for a comma: "Harbour
    # Tribune No. 25. May 3, 1922"
    rest = NUMBER_THEN_DATE.sub(r"\g<number>, ", rest)
    # the label's value may itself say so ("Published: First published in ...")
    inner = FIRST_PRINTING.match(rest) or BARE_PUBLISHED_IN.match(rest)
    rest = rest[inner.end():] if inner else rest
    # ... or say how much of the text it printed ("First published: abridged in Harbour
    # Review, 1901-1902"), and name a later, fuller printing after it ("... and in full in
    # Harbour Letters, Oslo, 1928."): the first printing is the one named first
    rest = LATER_PRINTING.sub("", EXTENT.sub("", rest))
    # ... or open with "in" ("First Published: in Die Neue Zeit, 1895.")
    rest = re.sub(r"^[Ii]n\s+(?:the\s+)?(?=[A-Z])", "", rest)
    # ... and go on after the source ("Pravda No. 96, April 27, 1913. Printed from the
    # Pravda text."): its first sentence is the source
    # (an old-style day in brackets beside the new style's is set aside: "May 19 (6), 1917")
    dated = OLD_STYLE.sub("", rest)
    for value in dict.fromkeys((rest, first_sentence(rest), dated, first_sentence(dated))):
        source = parse_source("From " + value, line) or parse_loose_source("From " + value, line)
        if source is not None and names_a_book(source):
            return None  # a book of letters or works names no periodical: none is guessed
        if source is not None:
            return replace(source, raw=text.strip())
    return None


#: a person's initial and surname: "F. Lind", "K. M. Berg"
INITIAL_AND_SURNAME = re.compile(r"\b(?:[A-Z]\.\s*)+[A-Z][a-zà-ÿ’'-]+")
#: a book's imprint where an issue's date would be: a place before the year ("Stockholm
#: 1913", "Oslo-Bergen 1922"), a word that is no month, season or day
IMPRINT = re.compile(rf"^(?P<place>[A-Z][^\d,]*?)\s*,?\s+(?:{YEAR})$")
SEASON_WORDS = {"spring", "summer", "autumn", "fall", "winter", "early", "late"}


def names_a_book(source: PrintedSource) -> bool:
    """Whether what a "First published:" value names is a book, not a periodical: a name
    that holds a person's initial and surname ("Lind und Berg, Briefe" is a title, "F.
    Lind. Nachgelassene Schriften" an author and a title: "in F. Lind. Nachgelassene
    Schriften, Oslo 1922", "in Der Briefwechsel zwischen F. Lind und K. Berg, 1913"), or a
    place of publication printed before the year ("..., Stockholm-Oslo 1922")."""
    if source.issue or source.volume:
        return False
    if source.journal and INITIAL_AND_SURNAME.search(source.journal):
        return True
    imprint = IMPRINT.match((source.date_text or "").replace("\u00a0", " ").strip())
    if imprint:
        words = re.findall(r"[A-Za-zà-ÿ]+", imprint.group("place").lower())
        return bool(words) and not any(word in MONTHS or word in SEASON_WORDS for word in words)
    return False


#: how much of the text a printing held, before the "in" that names it: "abridged", "slightly
#: abridged", "in part", "in full", "partly", "in excerpts"
EXTENT = re.compile(r"^(?i:(?:(?:slightly|much|heavily)\s+)?abridged|in\s+(?:part|full|abridged\s+form|excerpts|extracts)"
                    r"|partly|partially|excerpts|extracts)\s+(?=(?i:in)\s)")
#: a second, later printing named after the first, from its "and": ", and in full in Harbour
#: Letters, Oslo, 1928.", "and later in ..."
LATER_PRINTING = re.compile(r",?\s+and\s+(?:[a-z]+\s+){0,3}?in\s+(?=[A-Z]).*$")
#: the edition's word of the text it printed from, before the source: "Published according
#: to the manuscript;", "Printed according to the magazine text;"
ACCORDING_TO = re.compile(r"^(?i:published|printed)\s+(?i:according\s+to)\b[^;.]*;\s*")
#: an issue's number closed by a full stop before its date: "No. 25. May 3, 1922"
NUMBER_THEN_DATE = re.compile(r"(?P<number>\b(?:No|Nos)\.\s*\d+)\.\s+(?=[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+)")
#: a label's value that opens with "Published in" ("First Published: Published in The Call, ...")
BARE_PUBLISHED_IN = re.compile(r"^Published\s+in\s+", re.IGNORECASE)
#: the Collected Works' statement of the first printing as a sentence: "Published June 1
#: (May 19), 1917 in Pravda No. 61.", "First published May 3, 1928, in Pravda No. 18.", "First published in part in 1940 in the journal
#: Bolshevik No. 3."; the periodical is a name with an issue number, or one the sentence
#: calls a journal, newspaper or magazine ("in Lenin Miscellany XXV", a book series, is none)
PUBLISHED_SENTENCE = re.compile(
    r"^(?i:(?:(?:First|Originally)\s+)?(?:published|printed)(?:\s+in\s+(?:part|full|abridged\s+form))?)"
    r"(?:\s+(?i:(?:on|in)\s+)?(?P<date>[^;]*?\d{4}),?)?"
    r"\s+(?i:in)\s+(?:(?i:the)\s+(?P<kind>(?i:journal|newspaper|magazine|periodical))\s+)?"
    r"(?P<name>[A-Z][^,;]*?)(?:,?\s+(?:No|Nos)\.\s*(?P<issue>\d+(?:\s*[-–/&]\s*\d+)?)"
    # a second number after the first (the whole number, a double issue's) stays in the raw line
    r"(?:\s+(?:No|Nos)\.\s*\d+(?:\s*[-–/&]\s*\d+)?)*)?"
    r"(?:\s*,\s*(?P<after>[^,;]*?\d{4}))?\s*\.?$"
)
#: a day set in brackets after another, the old style beside the new: "June 1 (May 19), 1917"
OLD_STYLE = re.compile(r"\s*\((?:[A-Z][a-z]+\.?\s+)?\d{1,2}\)")


def parse_published_sentence(text: str, line: int) -> PrintedSource | None:
    """The first sentence of a "Published:" value in the Collected Works' words
    (:data:`PUBLISHED_SENTENCE`): the periodical, its number and the issue's date (the new
    style's, when the old style's is set beside it in brackets); None when the sentence
    names no periodical (a book, a book series, a pamphlet) or is not of that shape."""
    first = first_sentence(OLD_STYLE.sub("", text.replace("\u00a0", " ").strip()))
    match = PUBLISHED_SENTENCE.match(first)
    if not match or not (match.group("issue") or match.group("kind")):
        return None
    date = match.group("date") or match.group("after")
    if date is None or not is_issue_date(date.strip()):
        return None
    journal, issue = periodical_and_issue(match.group("name"), match.group("issue"))
    if journal is None:
        return None
    return PrintedSource(raw=text.strip(), line=line, journal=journal, issue=issue, **issue_dated(date.strip()))


#: the words before a full stop that does not end a sentence: "No. 96", "Vol. 3", "pp. 4"
ABBREVIATION = re.compile(r"(?:No|Nos|Vol|Vols|pp?|Nr|St|Dr|Mr|Mrs|[A-Z])", re.IGNORECASE)


def first_sentence(text: str) -> str:
    """``text`` up to its first full stop that ends a sentence (one followed by a capital,
    not after "No", "Vol", "p" or an initial)."""
    for stop in re.finditer(r"\.(?=\s+[A-Z])", text):
        words = text[:stop.start()].split()
        if words and not ABBREVIATION.fullmatch(words[-1]):
            return text[:stop.end()]
    return text


#: "International Socialism 2 : 57, Winter 1992": a periodical's name, its series and number
SERIES_NUMBERED = re.compile(r"^[^,\d][^,]*?,?\s+\d+\s*:\s*\d+\s*,")


#: the pages of an issue after its date: "…, June 1942, pp. 181–186"
PAGES_AFTER_DATE = re.compile(r",\s*pp?\.\s*\d+(?:\s*[-–]\s*\d+)?\b")
#: the pen name a source line says the text was printed under: ", under the name “Lars Holm”."
PEN_NAME_TAIL = re.compile(r",?\s+under\s+the\s+(?:pen[- ])?name\s+\S.*$")


#: how the text was signed where it was printed, opening a set-apart source line: "Unsigned,
#: Harbour Review, March 1924.", "Signed A. L., Harbour Review, ...", "Signed Lars, ..."
SIGNED_AS = re.compile(r"^(?:Unsigned|Anonymous|Signed\s+[^,;:]{1,30})\s*,\s*(?=\S)")


def parse_set_apart_source(text: str, line: int, title: str | None = None) -> PrintedSource | None:
    """A source line set apart in the title block, without "From": in brackets ("[The
    Militant, October 10, 1969]", "(Labor Action, Vol. 5 No. 3, 24 March 1941)"),
    numbered by series ("International Socialism 2 : 57, Winter 1992."), with the issue's
    pages ("Harbour Review, June 1942, pp. 181–186, under the name “Lars Holm”.": a pen
    name after it is no part of it), or after the page's ``title`` printed again
    ("Strike!, Harbour Review, October 1941"), or after the word of how it was signed there
    ("Unsigned, Harbour Review, March 1924."): the periodical and the issue's date, read
    as a "From" line is, the line kept whole. Only a line that reads in full and names
    both counts; a title ("Paris, May 1968") is none of these."""
    stripped = text.replace("\u00a0", " ").strip()
    closing = {"[": "]", "(": ")"}.get(stripped[:1])
    if closing and stripped.endswith(closing):
        inner = stripped[1:-1].strip()
    elif SERIES_NUMBERED.match(stripped):
        inner = stripped
    elif PAGES_AFTER_DATE.search(PEN_NAME_TAIL.sub("", stripped)):
        inner = PEN_NAME_TAIL.sub("", stripped)
    elif title and stripped.startswith(title.strip() + ",") and len(stripped) > len(title.strip()) + 2:
        inner = stripped[len(title.strip()) + 1:].strip()
    elif SIGNED_AS.match(stripped):
        inner = stripped[SIGNED_AS.match(stripped).end():]
    else:
        return None
    inner = re.sub(r"^From\s+", "", inner)
    source = parse_source("From " + inner, line)
    if source is None or not source.journal or not (source.date_iso or source.date_period):
        return None
    return replace(source, raw=text.strip())


def read_source_line(text: str, line: int) -> PrintedSource | None:
    """Any source line: "From ...", "Source: ...", one without an opening word, one
    :func:`parse_source` reads only in part, the archive's "First Published:" line, or one
    set apart without "From" (:func:`parse_set_apart_source`)."""
    return (parse_source(text, line) or parse_numbered_source(text, line) or parse_loose_source(text, line)
            or parse_published_label(text, line) or parse_bare_source(text, line)
            or parse_date_first_source(text, line) or parse_extract_line(text, line)
            or parse_set_apart_source(text, line))


#: a source line with no comma after the periodical's name: its series and issue ("From
#: Harbour Review 2 : 41") or its year, an annual's ("From The Harbour Register 1977, pp.
#: 12-30."); the name is capitalised words (and "of", "and", "the" between them), the line
#: holds nothing else
NUMBERED_SOURCE = re.compile(
    r"^From\s+(?P<journal>(?:The\s+)?[A-Z][\w’'&.-]*(?:\s+(?:(?:of|and|the|for)\s+){0,2}[A-Z][\w’'&.-]*){0,5})"
    rf"\s+(?:(?P<series>\d)\s*:\s*(?P<issue>\d{{1,4}})|(?P<date>{YEAR}))"
    r"(?:\s*,\s*(?P<pages>pp?\.\s*\d+(?:\s*[-–]\s*\d+)?))?\s*\.?$"
)


def parse_numbered_source(text: str, line: int) -> PrintedSource | None:
    """"From Harbour Review 2 : 41" (a series and its issue, the date left to the page's
    dateline) and "From The Harbour Register 1977, pp. 12-30." (an annual's year): a
    periodical's name with no comma after it, then its numbering or its year alone."""
    match = NUMBERED_SOURCE.match(text.replace("\u00a0", " ").strip())
    if not match:
        return None
    dated = issue_dated(match.group("date")) if match.group("date") else {}
    pages = parse_pages(match.group("pages")) if match.group("pages") else []
    return PrintedSource(raw=text.strip(), line=line, journal=match.group("journal"), issue=match.group("issue"),
                         pages=pages, **dated)



#: a line that starts as a source line does, the newspaper then its volume or number
#: ("From The Journal, Vol.3 No.1, ..."), with a year, that :data:`SOURCE` cannot read in
#: full. A sentence of the text ("From Paris, Comrade N. writes (see p. 3) that in 1936
#: ...") has no "Vol."/"No." and a number right after its first comma.
#: an issue's day and month printed without the year ("30 November", "November 30"), a
#: part of its own between commas
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_MONTH = re.compile(rf"^(?:(?P<day>\d{{1,2}})\s+(?P<month>(?i:{_MONTH}))\.?|(?P<month2>(?i:{_MONTH}))\.?\s+(?P<day2>\d{{1,2}}))$")
LOOSE_SOURCE = re.compile(
    r"^From\s+(?P<journal>[^,]{2,80}?),\s*(?:Vol(?:ume)?\.?\s*[\dIVXLC]|Nos?\.\s*\d|Number\s+\d|Whole\s+No)"
    rf"(?=.*\b(?:{YEAR})\b|.*,\s*(?:\d{{1,2}}\s+(?i:{_MONTH})|(?i:{_MONTH})\.?\s+\d{{1,2}})\s*(?:,|\.?$)).{{0,200}}$"
)


def day_and_month(raw: str) -> tuple[int, int] | None:
    """The (month, day) a source line prints without its year ("..., 30 November, p. 2."),
    else None."""
    for part in raw.split(",")[1:]:
        match = DAY_MONTH.match(part.strip().rstrip("."))
        if match:
            month = MONTHS[(match.group("month") or match.group("month2")).lower()]
            return month, int(match.group("day") or match.group("day2"))
    return None


def is_source_line(text: str) -> bool:
    """A source line, read in full or only in part (the reader keeps both in the header),
    with "From" or without it, or a book's extract line."""
    return (parse_source(text, 0) is not None or parse_numbered_source(text, 0) is not None
            or parse_loose_source(text, 0) is not None or parse_bare_source(text, 0) is not None
            or parse_date_first_source(text, 0) is not None or parse_extract_line(text, 0) is not None)


#: the book the text is an extract of, its author and its year: "Extract from Harbour Songs,
#: by Tom Ek, 1909."
EXTRACT_LINE = re.compile(r"^(?i:extract(?:ed)?\s+from)\s+(?P<book>[^,]{2,80}),\s*(?i:by)\s+(?P<author>[^,]{2,60}),\s*"
                          rf"(?P<year>{YEAR})\.?$")


def parse_extract_line(text: str, line: int) -> PrintedSource | None:
    """"Extract from Harbour Songs, by Tom Ek, 1909.": the text was printed in a book (no
    periodical), in that year; the line is kept whole."""
    match = EXTRACT_LINE.match(text.replace("\u00a0", " ").strip())
    if not match:
        return None
    return PrintedSource(raw=text.strip(), line=line, **issue_dated(match.group("year")))


def is_extract_line(text: str | None) -> bool:
    return bool(text) and parse_extract_line(text, 0) is not None


#: a source line without "From": the periodical's name (after a column's name, if any),
#: then its volume or number: "International Socialism, Vol.2 No.3, Spring 1990."
BARE_SOURCE = re.compile(r"^(?P<before>[^,]{2,80}(?:,[^,]{2,80})?),\s*(?P<rest>(?:Vol(?:ume)?\.?\s*[\dIVXLC]|No\.\s*\d).+)$")


def parse_bare_source(text: str, line: int) -> PrintedSource | None:
    """"International Socialism, Vol.2 No.3, Spring 1990, pp.40-52.", and "Shop Talks,
    Labor Action, Vol. 5 No. 12, 24 March 1941, p. 3." after a column's name, with or
    without "From": read as a source line is, only when it reads in full (a sentence of
    the text does not); the periodical is the name just before the numbering, the
    column's name is kept as ``column``, the line is kept whole."""
    clean = text.replace("\u00a0", " ").strip()
    opened = clean.startswith("From ")
    match = BARE_SOURCE.match(clean[5:] if opened else clean)
    if not match or opened and "," not in match.group("before"):
        return None  # "From <periodical>, Vol. ...": parse_source's, read in full or in part
    column, _, journal = match.group("before").rpartition(",")
    source = parse_source(f"From {journal.strip()}, {match.group('rest')}", line)
    if source is None or source.journal is None:
        return None
    return replace(source, raw=text.strip(), column=column.strip() or None)


#: a periodical's name and the issue's date alone, set above the archive's credit lines:
#: "The Harbour Call, May 1899.", "Harbour Review, Winter 1935."
NAME_AND_DATE = re.compile(r"^(?P<journal>[A-Z][^,\d;:()\[\]]{1,60}?),\s*(?P<date>[^,;:]{3,30}?)\.?$")


def parse_credited_source(text: str, line: int) -> PrintedSource | None:
    """"The Harbour Call, May 1899.": a periodical's name and an issue's date (a month or a
    season with its year, or a day), nothing else; the page's printed source when the
    line opens a paragraph of the archive's credit lines (``Transcribed ...``, ``Marked up
    ...``), where no dateline stands. The line is kept whole."""
    clean = text.replace("\u00a0", " ").strip()
    match = NAME_AND_DATE.match(clean)
    if not match:
        return None
    date = match.group("date").strip()
    if not is_issue_date(date) or re.fullmatch(rf"(?:{YEAR})", date):
        return None  # a year alone ("Oslo, 1899") may be a place's dateline or a book's imprint
    return PrintedSource(raw=text.strip(), line=line, journal=match.group("journal").strip(), **issue_dated(date))


def parse_loose_source(text: str, line: int) -> PrintedSource | None:
    """A source line :func:`parse_source` cannot read: the newspaper's name only, the line
    kept whole (``loose``), so that it stays in the header and is not read as the text."""
    clean = text.replace("\u00a0", " ").strip()
    match = LOOSE_SOURCE.match(clean)
    if not match:
        return None
    journal, issue = periodical_and_issue(match.group("journal"), None)
    return PrintedSource(raw=text.strip(), line=line, journal=journal, issue=issue, loose=True)





# -- credits and rights --------------------------------------------------------------

#: the MIA's labels of its header lines: "Written: 1937.", "Online Version: ...", "Source: ...",
#: "Adopted: June 12, 1943." (a body's resolution), "Delivered: 3 May 1920" (a speech),
#: "Publisher: Harbour Labour Party" (who printed it)
ARCHIVE_LABEL = (r"(?:Written|(?:First\s+)?Published|Publishing\s+information|Publisher|Online\s+Version|Source"
                 r"|Adopted|Delivered)\s*:")
#: a line opening with one of the labels, as printed (capitalised)
LABELLED_LINE = re.compile("^" + ARCHIVE_LABEL)
CREDIT_WORDS = re.compile(
    r"^(?:Transcri\w*|Mark(?:ed)?[- ]?up|HTML|Translat\w*|Proofread\w*|Formatted|Edited|Prepared|"
    r"Scanned|Digiti[sz]ed|Thanks|Copy(?:right|left)|Copied|Downloaded|Original(?:ly)?|Public Domain|"
    + ARCHIVE_LABEL + r"|"
    # the page's pointer to another copy: "This article can also be found here."
    r"This (?:article|text|document|item|review|letter|piece) (?:can|may) (?:also )?be found\b)",
    re.IGNORECASE,
)
CREDIT = re.compile(
    r"^(?P<resp>.+?)(?:\s+by\s+|\s*:\s*)(?P<names>.+?)"
    r"(?:\s+in\s+(?P<year>\d{4}))?(?:\s+for\s+(?P<for>.+?))?\s*\.?$"
)
#: "..., with thanks to the Example Trust": a clause of thanks after the names of a credit
THANKS_CLAUSE = re.compile(r"[,;]?\s+(?:with\s+)?(?:many\s+)?thanks\s+(?:are\s+due\s+)?to\b.*$", re.IGNORECASE)
THANKS = re.compile(r"^Thanks\s+(?:are due\s+)?to\s+(?P<names>.+?)(?:\s+for\s+(?P<for>.+?))?\s*\.?$", re.IGNORECASE)
ROLES = (
    ("translat", "translation"), ("thank", "thanks"), ("proofread", "proofreading"),
    ("transcri", "transcription"), ("mark", "markup"), ("html", "markup"), ("format", "markup"),
    ("edit", "editing"), ("scan", "scanning"), ("digiti", "scanning"), ("prepar", "transcription"),
)


def is_rights(text: str) -> bool:
    return bool(re.match(r"^(?:Copyright|Copyleft|©|Public Domain)", text.strip(), re.IGNORECASE))


#: the words of a role done to the page ("Transcribed", "Marked up", "Translated"): a line
#: opening with one credits somebody only when it names them ("... by X", "...: X")
ROLE_WORDS = re.compile(
    r"^(?:Transcri\w*|Mark(?:ed)?[- ]?up|HTML|Translat\w*|Proofread\w*|Formatted|Edited|Prepared|Scanned|Digiti[sz]ed)\b",
    re.IGNORECASE,
)


def is_credit(text: str) -> bool:
    """A credit line; one opening with a role word must name who did it ("Transcribed by
    ...", "Transcription/Markup: ..."): "Transcribed in the Bulletin, the resolution ..." is
    the text's."""
    stripped = text.strip()
    if not CREDIT_WORDS.match(stripped) or is_rights(stripped):
        return False
    # ... or say what it was done from, before its first full stop: "Translated from the
    # French." (the fidelity rule's reading of a credit line)
    return (not ROLE_WORDS.match(stripped) or bool(re.search(r"\bby\b|:", stripped, re.IGNORECASE))
            or bool(re.match(r"^[^.:]*?\bfrom\b", stripped, re.IGNORECASE)))


#: the archive's links to the text in other formats: "Other Formats: Text", "Other Formats:   TextREADME"
OTHER_FORMATS = re.compile(r"^Other\s+Formats\s*:")
#: one of the archive's links set as a bullet: "• README", "• Word"
BULLET_LINK = re.compile(r"^•\s*\S+(?:\s+\S+){0,2}$")
def is_other_formats(text: str) -> bool:
    """The archive's links to other formats of the page ("Other Formats: Text • README",
    "• README"): furniture, left out of the text."""
    stripped = text.strip()
    return bool(OTHER_FORMATS.match(stripped) or BULLET_LINK.match(stripped))


#: the edition's word of the text it printed from, alone on its line: "Printed from the
#: original.", "Published according to the manuscript."
EDITION_REMARK = re.compile(r"^(?:Printed|Published)\s+(?:from|according\s+to)\s+(?:the\s+)?[a-z][a-z\s’'-]{2,60}\.?$")
#: the edition's statement of the first printing, a line of the furniture wherever it stands
#: ("First published in 1941 in the book: …"; a "Reprinted from …" paragraph may open the text)
FIRST_PUBLISHED = re.compile(r"^First\s+published\b", re.IGNORECASE)


def is_edition_remark(text: str) -> bool:
    """"Printed from the original.": the edition's word of its copy text, a remark on the
    source beside the source lines, never a title."""
    return bool(EDITION_REMARK.match(text.strip()))


def is_source_or_credit(text: str) -> bool:
    """A line of the page's furniture under its title block: a source, credit, rights or
    labelled line, the edition's statement of the first printing or remark on its copy text,
    or the archive's links to other formats."""
    stripped = text.strip()
    return (is_source_line(stripped) or is_credit(stripped) or is_rights(stripped)
            or bool(LABELLED_LINE.match(stripped)) or is_edition_remark(stripped) or bool(FIRST_PUBLISHED.match(stripped))
            or is_other_formats(stripped))


def split_names(text: str) -> list[str]:
    parts = re.split(r"\s*(?:&|,|\band\b)\s*", text.strip())
    return [part for part in (p.strip() for p in parts) if part]


#: the label of the date of writing, with the word the archive often repeats after it:
#: "Written: March 1937.", "Written: Written on April 2, 1917"
WRITTEN_LABEL = r"^\s*Written\s*:\s*(?:Written\s+(?:(?:on|in)\s+)?)?"
WRITTEN = re.compile(WRITTEN_LABEL + r"(?P<date>.+?)\.?$", re.IGNORECASE)


def parse_written_label(text: str) -> tuple[str, str | None] | None:
    """"Written: March 1937." -> (the line, "1937-03"); a year alone is certain too."""
    match = WRITTEN.match(text.strip())
    if not match:
        return None
    year = re.search(rf"\b(?:{YEAR})\b", match.group("date"))
    return text.strip(), parse_date(match.group("date")) or (year.group(0) if year else None)


def parse_credit(text: str, line: int) -> Credit:
    """One credit line; the names are split on "&", "and" and commas. Only a line that
    names a role (transcription, markup, translation, ...) names persons: the words after
    "Online Version:" or "Originally published by" are kept whole, as a note."""
    stripped = text.strip()
    head = stripped.lower()[:40]
    # the role named first: "Transcribed by X, with thanks to Y" is a transcription
    found = [(head.find(key), name) for key, name in ROLES if key in head]
    role = min(found)[1] if found else "other"
    thanks = THANKS.match(stripped)
    if thanks:
        # "for the copy of the paper" is the reason for thanks, not whom it was done for
        return Credit(stripped, line, "thanks", "Thanks", split_names(thanks.group("names")))
    match = CREDIT.match(stripped)
    if not match or role == "other":
        # "Online Version: ETOL, 2009.", "Originally published by ...": no person's role
        return Credit(stripped, line, role, stripped.rstrip("."))
    resp, names = match.group("resp").strip(), THANKS_CLAUSE.sub("", match.group("names"))
    return Credit(stripped, line, role, resp, split_names(names), match.group("year"), match.group("for"))
