"""The ETOL reader: an article page saved as text -> :class:`tei.model.Article`.

:func:`read` finds the page's regions (:mod:`.regions`: navigation, title block, source
and credit lines, body, notes, foot), then hands each to its own reader:

- navigation and foot -> :func:`read_navigation`, :func:`read_foot` (header: archives,
  rights, credits, "Last updated");
- title block -> :func:`.title_block.read_title_block` (header: title, author, dates);
- source and credit lines -> :func:`read_source_and_credits` (header);
- body -> :func:`.body.read_body` (the article's division);
- notes -> :func:`.notes.read_notes`, tied to their markers by :func:`anchor_notes`.

What the navigation, the source and credit lines and the foot tell goes into the
header; their lines do not enter the text. The slug, the warnings about what the header
lacks and the page's address are the pipeline's (:mod:`tei.pipeline`), for every reader.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ...errors import TeiWarning
from ...model import Article, Block, Division, Group as BlockGroup, Header, PrintedSource, Span, division_blocks
from . import body as body_reader
from .furniture import (
    WRITTEN_LABEL,
    DAY_MONTH, NUMBERED_SOURCE, archives_named, day_and_month, is_credit, is_edition_remark, is_extract_line, is_first_published,
    is_navigation, is_other_formats, is_rights, is_source_or_credit, parse_archive_header, parse_credit,
    parse_credited_source, parse_published_label,
    parse_set_apart_source, parse_source, parse_updated, parse_written_label, read_source_line,
)
from .notes import NOTE_MARKER, is_bracketed_number_or_symbol, label, may_hold_marker, read_notes
from .regions import find_regions, is_credited_source_group, is_source_then_credit_group
from ...dates import is_issue_date, issue_dated
from .text import LineGroup, page_groups, split_lines
from .title_block import (ISSUE_LINE, archive_writers, read_title_block, same_paper, split_masthead, split_numbered_masthead,
                          without_mirror_links)


def written_date_span(text: str) -> tuple[int, int] | None:
    """Where the date stands in "(February 1933)" or "Written: March 1937."."""
    inner = text.strip()
    if inner.startswith("(") and inner.endswith(")"):
        start = text.index("(") + 1
        return start, start + len(inner) - 2
    match = re.match(WRITTEN_LABEL, text, re.IGNORECASE)
    if match:
        return match.end(), len(text.rstrip().rstrip("."))
    return None


def is_better_source(new: PrintedSource, current: PrintedSource) -> bool:
    """Whether a source line read later tells the printed source better than the one
    already read: any line beats none; a "First Published:" line beats the archive's
    "Source:" line (which often names the book it was copied from); a dated line beats
    the archive's header line, which names the journal only; of a book the text is an
    extract of ("Extract from ..., by ..., 1909.") and a periodical, the earlier print."""
    if current.raw is None:
        return True
    if is_extract_line(new.raw) or is_extract_line(current.raw):
        # a book the text is an extract of and a periodical's issue: the earlier print is the first
        return printed_before(new, current)
    if is_first_published(new.raw) and not is_first_published(current.raw):
        return True
    return bool(new.date_text and not current.date_text and not new.loose)


def printed_before(new: PrintedSource, current: PrintedSource) -> bool:
    """Whether ``new`` was printed in an earlier year than ``current`` (both dated)."""
    years = [re.match(r"\d{4}", (source.date_iso or (source.date_period or ("",))[0] or "")) for source in (new, current)]
    return all(years) and int(years[0].group(0)) < int(years[1].group(0))


def take_source(header: Header, source: PrintedSource) -> None:
    """Keep the better of two source lines as the source, the other as printed (never dropped)."""
    if is_better_source(source, header.source):
        if header.source.raw is not None:
            source.more[:0] = [header.source.raw] + header.source.more
        header.source = source
    else:
        header.source.more.append(source.raw)


def read_furniture_lines(group: LineGroup, header: Header) -> None:
    """Record what one source/credit/rights/updated paragraph tells."""
    credited = is_credited_source_group(group)
    remarks = is_source_then_credit_group(group)
    for line in group.lines:
        text = line.text.strip()
        source = read_source_line(text, line.number)
        if source is None and credited and line is group.lines[0]:
            # "The Harbour Call, May 1899." above the credit lines: the printed source
            source = parse_credited_source(text, line.number)
        updated = parse_updated(text)
        written = parse_written_label(text)
        if source:
            take_source(header, source)
        elif re.match(r"^(?:Source|Publishing\s+information|(?:First\s+)?Published)\s*:", text, re.IGNORECASE) \
                or is_edition_remark(text) or is_first_published(text):
            # "Source: Collected Articles ..., 1981", "Publishing information: <the book>":
            # where the archive copied the text from, kept as printed beside the printed
            # source; so is a "Published:" statement that names no periodical ("First
            # published in 1925 in Harbour Miscellany III. Printed from the original.")
            header.source.more.append(text)
        elif written and header.written is None:
            header.written, header.written_iso = written
            header.written_line, header.written_breaks = line.number, []
        elif updated:
            header.updated, header.updated_iso = updated
        elif is_rights(text):
            header.rights.append(text)
        elif is_other_formats(text):
            header.dropped.append(text)
        elif is_credit(text) or re.match(r"^[A-Z][\w ]+:", text) or remarks and line is not group.lines[0]:
            # (an archive's remark between the source line and the credit line is kept as a note)
            header.credits.append(parse_credit(text, line.number))


def date_in_line(raw: str) -> str | None:
    """The first part of a source line, between commas, that is an issue's date once a
    remark in brackets is set aside: "January-February 1958 (a double issue)"."""
    for part in raw.split(",")[1:]:
        text = re.sub(r"\s*\([^()]*\)", "", part).strip().rstrip(".").strip()
        if text and is_issue_date(text):
            return text
    return None


def source_from_masthead(header: Header, journal: str, date_text: str) -> None:
    """No source line: the masthead ("The Militant, 8 July 1933") still names the paper
    and the issue's date. The raw source line stays None, so the header does not claim one."""
    header.source = replace(header.source, journal=journal, **issue_dated(date_text))


def marker_shown(n: str) -> str:
    """How a note's marker is printed in the text, for messages: "[1]", "[a]", "*"."""
    return n if n[:1] in "*†‡" else f"[{n}]"


def anchor_notes(blocks: list[Block], title_heads: list[Block], notes: list, warn) -> None:
    """Tie each note to the first unused marker with its label, in reading order (the
    article's title heads carry none). A note whose marker is not found is kept: the
    writer puts it in back as an unanchored note, and a warning says so. A marker left
    in the text without a note stays text; a "[1]" or "[*]" so left is warned about, and
    so is a bare symbol or "[a]" when the page has notes of that kind."""
    available = Counter(note.n for note in notes)
    title = {id(head) for head in title_heads}
    last = None  # (number, line) of the last numbered marker so far
    for block in blocks:
        if id(block) not in title:
            for n in body_reader.mark_inline(block, available):
                if not n.isdigit():
                    continue
                if last is not None and int(n) < last[0]:
                    warn("W-NOTE-ORDER", f"marker [{n}] comes after marker [{last[0]}] (line {last[1]}): "
                         "the notes stay at their markers, as the page has them", block.line)
                last = (int(n), block.line)
    left = Counter(available)  # notes of each label left without a marker: the last ones
    unanchored = []
    for note in reversed(notes):
        if left[note.n] > 0:
            left[note.n] -= 1
            unanchored.insert(0, note)
    for note in unanchored:
        warn("W-NOTE-UNANCHORED", f"note {note.n} has no marker {marker_shown(note.n)} in the text: "
             "it is kept at the end, in back, as a note without an anchor", note.line)
    labels = {note.n for note in notes}
    for block in blocks:
        if not may_hold_marker(block.text):
            continue
        for match in NOTE_MARKER.finditer(block.text):
            if is_bracketed_number_or_symbol(match) or not label(match).isdigit() and any(
                    not n.isdigit() for n in labels):
                warn("W-MARKER-NO-NOTE", f"marker {match.group(0).strip()} has no note"
                     + (f" (note {label(match)} is anchored at an earlier marker)" if label(match) in labels else ""),
                     block.line)
    for note in notes:
        for block in note.blocks:
            body_reader.mark_inline(block, Counter())


#: a note's marker set at the end of a title: "[1]", "[a]", "[*]", "[1*]" (a starred
#: number: the archive's footnote beside numbered source notes), or a bare "*", "†"
TITLE_MARKER = re.compile(r"\s*(?:\[(?P<bracketed>\d+\*?|[a-z]|\*{1,3}|[†‡]{1,2})\]|(?<=\S)(?P<symbol>\*{1,3}|[†‡]{1,2}))$")


def title_without_marker(title: str | None, notes: list) -> str | None:
    """The header's title less a note's marker printed at its end ("The Harbour
    Strike[1]"), when the page has a note of that label, or when it is a number in
    brackets set close after the title's last word on a page whose notes were not found
    (cut off, or set without a heading); a starred number in brackets ("[1*]") is never
    text, so it goes whatever the notes; the head in the text keeps it as printed."""
    match = TITLE_MARKER.search(title or "")
    if not match or not title:
        return title
    marker = match.group("bracketed") or match.group("symbol")
    starred_number = marker[:-1].isdigit() and marker.endswith("*")
    unseen_note = not notes and marker.isdigit() and match.group(0)[:1] == "["
    known = starred_number or unseen_note or marker in {note.n for note in notes}
    return title[:match.start()].rstrip() if known else title


def recognises(text: str) -> bool:
    """A page with ETOL's furniture near its top or its foot: a navigation line, a
    source or credit line, or "Last updated"."""
    lines = [line for line in text.split("\n") if line.strip()]
    return any(is_navigation(line) or is_source_or_credit(line) or parse_updated(line)
               for line in lines[:40] + lines[-20:])


def read_navigation(groups: list[LineGroup], header: Header) -> None:
    """Navigation lines are left out of the text; the archives they name are the header's,
    and so is the journal that the archive's header line names ("Encyclopedia of
    Trotskyism On-Line: Revolutionary History, Vol. 6 No. 4")."""
    for group in groups:
        for line in group.lines:
            source = parse_archive_header(line.text, line.number)
            if source:
                take_source(header, source)
            header.dropped.append(line.text.strip())
            header.archives.extend(a for a in archives_named(line.text) if a not in header.archives)


def read_foot(groups: list[LineGroup], header: Header) -> None:
    """The page's foot, read from the bottom up: "Last updated", rights, credits; the
    rest is navigation."""
    for group in reversed(groups):
        for line in group.lines:
            updated = parse_updated(line.text)
            if updated:
                header.updated, header.updated_iso = updated
            elif is_rights(line.text):
                header.rights.insert(0, line.text.strip())
            elif is_credit(line.text):
                header.credits.append(parse_credit(line.text, line.number))
            else:
                header.dropped.append(line.text.strip())
                header.archives.extend(a for a in archives_named(line.text) if a not in header.archives)


def source_named(groups: list[LineGroup]) -> PrintedSource:
    """The first source line among ``groups`` that names a periodical (its column, if it
    names one), else an empty source."""
    for group in groups:
        for line in group.lines:
            source = read_source_line(line.text, line.number)
            if source and source.journal:
                return source
    return PrintedSource()


def read_source_and_credits(groups: list[LineGroup], header: Header) -> None:
    for group in groups:
        read_furniture_lines(group, header)


#: an opening paragraph of the text longer than this is the text's, never a statement of
#: where it was first printed
FIRST_PRINTING_WORDS = 25


def first_printing(group: LineGroup) -> PrintedSource | None:
    """The printed source a paragraph that only says where the text was first printed
    gives: "(Originally published in Harbour Review, March 1947)", "Reprinted from Harbour
    Tribune, 3 March 1951."; else None."""
    if not is_first_published(group.text) or len(group.text.split()) > FIRST_PRINTING_WORDS:
        return None
    return parse_published_label(group.text, group.line)


def set_apart_source(group: LineGroup, title: str | None = None) -> PrintedSource | None:
    """The printed source a title-block line gives that names the periodical and the
    issue's date without "From" (:func:`.furniture.parse_set_apart_source`): "[The Militant,
    October 10, 1969]", "International Socialism 2 : 57, Winter 1992.", perhaps after the
    ``title`` printed again; else None."""
    if len(group.lines) != 1:
        return None
    return parse_set_apart_source(group.text, group.line, title)


def without_first_printing(groups: list[LineGroup], header: Header) -> list[LineGroup]:
    """The title block less its statements of the first printing, which are the header's
    printed source (a later reprint's "From" line is kept beside it), never a subtitle nor
    the date the text was written; and less a source line set apart below its first
    paragraph without "From" ("[The Militant, October 10, 1969]")."""
    kept = []
    for group in groups:
        source = first_printing(group) or (set_apart_source(group, kept[-1].text) if kept else None)
        if source:
            take_source(header, source)
        else:
            kept.append(group)
    return kept


def first_printing_opening_the_text(groups: list[LineGroup], header: Header) -> None:
    """The text's opening paragraph, when it only says where the text was first printed
    ("Reprinted from Harbour Tribune, 28 January 1956."), names the printed source; the
    paragraph stays in the text."""
    source = first_printing(groups[0]) if groups else None
    if source:
        take_source(header, source)


def masthead_paragraph(group: LineGroup) -> PrintedSource | None:
    """"Harbour Review / No. 4, Autumn 1984": a paragraph of two lines, a periodical's name
    (a few words, no number) over its issue's number and date: the printed source, the
    paragraph kept whole as printed; else None."""
    if len(group.lines) != 2:
        return None
    name, issue = (" ".join(line.text.split()) for line in group.lines)
    if not ISSUE_LINE.fullmatch(issue) or re.search(r"\d|[.,;:!?]$", name) or not 0 < len(name.split()) <= 6:
        return None
    source = parse_source(f"From {name}, {issue}", group.lines[1].number)
    if source is None or not source.journal or not (source.date_iso or source.date_period):
        return None
    return replace(source, raw=f"{name} {issue}", line=group.line)


def masthead_opening_the_text(groups: list[LineGroup], header: Header) -> bool:
    """The text's opening paragraph, when it is a periodical's masthead over the issue's
    number and date (:func:`masthead_paragraph`), names the printed source; the paragraph
    stays in the text. Whether it did."""
    source = masthead_paragraph(groups[0]) if groups else None
    if source:
        take_source(header, source)
    return source is not None


def title_heads(header: Header, division: Division) -> None:
    """The title block as printed opens the article's division: its title and subtitles
    as heads, its "(February 1933)" line as a dateline with its date."""
    if header.title:
        division.heads.append(Block("head", header.title, header.title_line or 0, attrs={"type": "main"}, breaks=header.title_breaks))
    for text, line, breaks in header.subtitles:
        division.heads.append(Block("head", text, line, attrs={"type": "sub"}, breaks=breaks))
    division.heads.sort(key=lambda head: head.line)  # as printed: a column's name above the title
    if header.written:
        written = Block("dateline", header.written, header.written_line or 0, breaks=header.written_breaks)
        span = written_date_span(header.written)
        if span and header.written_iso:
            written.spans.append(Span(*span, "date", (("when", header.written_iso),)))
        division.top.append(written)


def blocks_of(parts: list, group_kind: str, block_kind: str) -> list[str]:
    """The texts of the ``block_kind`` blocks inside the ``group_kind`` groups of ``parts``,
    their line breaks as printed ("Nils Berglund\nOsterby")."""
    return [with_breaks(block).strip() for part in parts if isinstance(part, BlockGroup) and part.kind == group_kind
            for block in part.blocks if block.kind == block_kind]


def with_breaks(block: Block) -> str:
    """The block's text with a newline at each of its line breaks."""
    text, at = block.text, 0
    pieces = []
    for offset in block.breaks:
        pieces.append(text[at:offset].rstrip())
        at = offset
    return "\n".join(pieces + [text[at:].lstrip()])


def supplied_title(division: Division, column: str | None = None, after: int = 0) -> str | None:
    """A title for a page without a title line, from the page's own evidence: the column
    its source line names ("Workers’ Forum"); the heading the text opens with
    (:func:`opening_heading`); a letter (it opens with a salutation) is
    "Letter to <the addressee it names>", else "Letter from <its signature>"; a letter in
    a column is "<column>: Letter ...". Nothing said (a salutation that names no one, on a
    page that names no column and prints no signature): None (the header says "Untitled":
    "Letter" alone names nothing, docs/headers-annotation.md)."""
    letter = letter_title(division)
    if column:
        return f"{column}: {letter}" if letter else column
    named = letter if letter != "Letter" else None
    heading = opening_heading(division, after)
    # an addressee line set as the text's first heading ("To: Akim") is read as one
    return (heading and addressee_title(heading)) or heading or named or addressee_before_the_text(division)


#: a paragraph longer than this is the text's: a letter's addressee or salutation comes before it
TEXT_WORDS = 25
#: an addressee line that says what the text is or opens with a label: "To: Anna Berg",
#: "Copy to the Print Shop.", "Telegram to A. Lind", "Note to the Harbour Committee[1]"
ADDRESSEE_LINE = re.compile(
    r"(?:(?P<kind>(?i:copy|telegram|note|memo|telephone\s+message|message))\s+(?i:to)|To\s*:)\s+"
    r"(?P<name>(?:the\s+)?[A-Z][^;:!?\[\]]{0,80}?)\s*(?:\[\d+\]\s*)*[.:]?")


def addressee_before_the_text(division: Division) -> str | None:
    """"Letter to <name>" for a page whose addressee line ("To Akim", "To: Akim", "Copy to
    Akim."; "Telegram to Akim" and "Note to Akim" keep their word) or salutation naming
    someone ("Dear P. B.,") stands before the first paragraph of text, below lines that
    the fidelity rule counts as text (the archive's labelled lines broken one item a
    line); else None."""
    for block in division_blocks(division):
        text = " ".join(block.text.split())
        if len(text.split()) > TEXT_WORDS:
            return None
        if addressee_title(text):
            return addressee_title(text)
        addressee = body_reader.is_salutation(text) and (salutation_name(text) or salutation_office(text))
        if addressee:
            return "Letter to " + addressee
    return None


def addressee_title(text: str) -> str | None:
    """The supplied title an addressee line gives: "To Akim", "To: Akim" and "Copy to
    Akim." -> "Letter to Akim"; "Telegram to Akim" -> itself; anything else: None."""
    addressed = ADDRESSEE_LINE.fullmatch(text)
    if addressed:
        kind = (addressed.group("kind") or "letter").lower()
        kind = "letter" if kind == "copy" else kind
        return f"{kind[:1].upper()}{kind[1:]} to {addressed.group('name')}"
    if body_reader.is_addressee(text):
        return "Letter to " + text[3:].strip()
    return None


#: an opening heading longer than this is a paragraph of the text, not a name
OPENING_HEADING_WORDS = 12


def opening_heading(division: Division, after: int = 0) -> str | None:
    """The heading the text opens with, on a page without a title line ("Readers’ Forum",
    "Bolivia: The Tin Miners Strike Again"): the department or topic the page is, else
    None. ``after``: how many paragraphs before it are the periodical's masthead."""
    # the top may hold the "Written:" line's dateline, never a letter's opener
    before = all(isinstance(block, Block) and block.kind == "dateline" for block in division.top)
    first = division.content[after] if len(division.content) > after and before else None
    if not isinstance(first, Division) or not first.heads:
        return None
    text = " ".join(first.heads[0].text.split())
    return text if len(text.split()) <= OPENING_HEADING_WORDS else None


def letter_title(division: Division) -> str | None:
    """"Letter to <addressee>", "Letter from <signature>", "Letter to the <office>" (a
    salutation naming only the addressee's office, "Dear Editor,") or "Letter" for a page
    that opens with a salutation, else None."""
    salutes = blocks_of(division.top, "opener", "salute")
    if not salutes:
        return None
    addressee = next((text for text in salutes if text.startswith("To ") and text[-1:] not in ",:!"), None)
    if addressee:
        return "Letter to " + addressee[3:].strip()
    named = next((name for name in map(salutation_name, salutes) if name), None)
    if named:
        return "Letter to " + named
    signed = blocks_of(division.bottom, "closer", "signed")
    if signed:
        return "Letter from " + signed[0].splitlines()[0].strip()
    # "Dear Editor,": the office names the addressee when no signature names the writer
    office = next((office for office in map(salutation_office, salutes) if office), None)
    return "Letter to " + office if office else "Letter"


#: the words of a salutation that name no one: "Dear Comrades,", "My dear friend,", "Dear Sir,"
GENERIC_ADDRESS = re.compile(
    r"(?i:dear|dearest|my|the|and|fellow|old|comrades?|colleagues?|friends?|sirs?|madam|gentlemen|editors?|readers?"
    r"|brothers?|sisters?|workers?|all|everybody|members?|[-–,:!])")


#: a salutation naming the office its addressee holds: "Dear Editor,", "Dear Comrade Editors:"
OFFICE_SALUTATION = re.compile(r"(?i:(?:my\s+)?dear\s+|to\s+the\s+)?(?i:comrade\s+)?(?P<office>(?i:editors?))\s*[,:!]")


def salutation_office(text: str) -> str | None:
    """The office a salutation addresses: "Dear Editors," -> "the Editors"; else None."""
    match = OFFICE_SALUTATION.fullmatch(" ".join(text.split()))
    return "the " + match.group("office") if match else None


def salutation_name(text: str) -> str | None:
    """Whom a salutation names: "Dear Alexander," or "My dearest Alexander," ->
    "Alexander", "Comrade Litkens," -> "Comrade Litkens", "Dear A. M.:" -> "A. M."; None
    when it names no one ("Dear Comrades,", "My dear friend,", "My dearest friend,")."""
    core = re.sub(r"^(?:(?i:my\s+)?(?i:dear(?:est)?)|To)\s+", "", " ".join(text.split())).rstrip(",:!").strip()
    tokens = re.findall(r"[^\s,:!–-]+|[,:!–-]", core)
    if not tokens or all(GENERIC_ADDRESS.fullmatch(token) for token in tokens):
        return None
    return core


def dateline_completes(raw: str | None, written_iso: str | None) -> tuple[str, str] | None:
    """A source line that prints the issue's day and month without the year ("From Labor
    Action, Vol. 6 No. 48, 30 November, p. 2.") under a dateline of that day ("(30 November
    1942)"): the day and month as printed and the dateline's full date; else None."""
    told = day_and_month(raw or "")
    if not told or not written_iso or len(written_iso) != 10:
        return None
    month, day = told
    if (int(written_iso[5:7]), int(written_iso[8:10])) != (month, day):
        return None
    part = next(p.strip().rstrip(".") for p in (raw or "").split(",")[1:] if DAY_MONTH.match(p.strip().rstrip(".")))
    return part, written_iso


def check_source(header: Header, source_at: int | None, warn) -> None:
    """What the printed source lacks: no source line (the masthead may still name the
    paper and date), a line read only in part, a date not read."""
    if header.source.raw is None:
        masthead = split_masthead(header.masthead) if header.masthead else None
        numbered = split_numbered_masthead(header.masthead) if header.masthead else None
        if masthead:
            source_from_masthead(header, *masthead)
            told = "the newspaper and date come from the masthead; volume, issue and pages are unknown"
        elif numbered:
            journal, volume, issue = numbered
            header.source = replace(header.source, journal=journal, volume=volume, issue=issue)
            told = "the periodical, its volume and number come from the masthead; the date is unknown"
        else:
            told = "the header names no periodical and says the date is unknown"
        warn("W-NO-SOURCE", f"no source line (\"From <newspaper>, Vol. ..., <date>, p. ...\") found: {told}", source_at)
    if header.source.loose:
        date_text, told = date_in_line(header.source.raw), "the date is read from it"
        masthead = split_masthead(header.masthead) if header.masthead else None
        if date_text is None and masthead and same_paper(masthead[0], header.source.journal or ""):
            date_text, told = masthead[1], "the date comes from the masthead"
        year_from_dateline = date_text is None and dateline_completes(header.source.raw, header.written_iso)
        if year_from_dateline:
            told = "its day and month, printed without the year, are the dateline's, whose year is taken"
            header.source = replace(header.source, date_text=year_from_dateline[0], date_iso=year_from_dateline[1])
        elif date_text is None:
            told = "the header says the date is unknown"
        else:
            header.source = replace(header.source, **issue_dated(date_text))
        warn("W-SOURCE-UNPARSED", f"the source line could not be read in full: the newspaper's name is "
             f"taken from it, {told}, and volume, issue and pages stay in the line as printed "
             "(note type=\"source-line\")", header.source.line)
    elif header.source.raw and not (header.source.date_iso or header.source.date_period):
        issue_date = dateline_of_numbered_source(header)
        if issue_date:
            header.source = replace(header.source, **issue_dated(issue_date))
            warn("W-SOURCE-DATE", f"the source line prints its issue's number but no date: the issue's date "
                 f"is the dateline's ({issue_date})", header.source.line)
        else:
            warn("W-SOURCE-DATE", "the source line's date could not be read", header.source.line)


def dateline_of_numbered_source(header: Header) -> str | None:
    """The date of the title block's bracketed dateline ("(Autumn 2016)"), for a source line
    that gives its periodical's issue and no date ("From Harbour Review 2 : 41"): the
    archive dates such an article by its issue; a "Written:" date is never an issue's."""
    if not (NUMBERED_SOURCE.match((header.source.raw or "").replace("\u00a0", " ").strip()) and header.written):
        return None
    dateline = re.fullmatch(r"\((?!\s*Written)([^()]*\d{4})\)", header.written.strip())
    return dateline.group(1).strip() if dateline and is_issue_date(dateline.group(1).strip()) else None


def read(text: str, path: str | None = None) -> tuple[Article, list[TeiWarning]]:
    """Read one ETOL article; returns the model and the warnings found on the way."""
    warnings: list[TeiWarning] = []

    def warn(code: str, message: str, line: int | None = None) -> None:
        warnings.append(TeiWarning(code, message, path, line))

    regions = find_regions(page_groups(split_lines(text)), path)
    if not regions.furniture:
        warn("W-NO-FURNITURE", "no navigation, source, credit or \"Last updated\" line found: the page is "
             "read without them, its title block ending at the first paragraph of text", 1)
    header = Header()
    read_navigation(regions.navigation, header)
    read_foot(regions.foot, header)
    named = source_named(regions.source_and_credits)
    read_title_block(without_first_printing(regions.title_block, header), header, archive_writers(header.dropped),
                     named.journal, named.column)
    read_source_and_credits(regions.source_and_credits, header)
    first_printing_opening_the_text(regions.body, header)
    masthead_in_text = masthead_opening_the_text(regions.body, header)
    if masthead_in_text and header.title and same_paper(header.title, header.source.journal or ""):
        # the title block's line is the periodical's name, the page's masthead, never the
        # title: it stays a heading of the page, and the text's opening heading names it
        header.subtitles.insert(0, (header.title, header.title_line or 0, header.title_breaks))
        header.title = None
    notes = read_notes(regions.notes) if regions.notes else []
    article_div = Division("article", line=regions.body[0].line)
    title_heads(header, article_div)
    blocks = body_reader.read_body(regions.body, article_div)
    anchor_notes(blocks, article_div.heads, notes, warn)
    header.title = title_without_marker(without_mirror_links(header.title), notes)
    if not header.title:
        header.title_supplied = supplied_title(article_div, header.source.column, after=int(masthead_in_text))
    check_source(header, regions.source_at, warn)
    return Article(header=header, body=article_div, notes=notes, path=path), warnings
