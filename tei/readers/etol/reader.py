"""The ETOL reader: an article page saved as text -> :class:`tei.model.Article`.

The page is read in regions, top to bottom:

1. navigation lines ("Main NI Index | Main Newspaper Index", archive links);
2. the title block (masthead, author, title, subtitle, "(February 1933)");
3. the source and credit lines ("From The Militant, Vol. VI No. 21, ...", "Transcribed
   & marked up by ...", "Copyright ..."): header material;
4. the body, up to a notes heading or "Top of page";
5. the notes; then "Top of page", navigation and "Last updated ...".

What regions 1, 3 and 5 tell goes into the header; their lines do not enter the text.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace

from ...errors import NotAnArticleError, Warning_
from ...model import Article, Block, Division, Header, Span
from . import body as body_reader
from .furniture import (
    archives_named, is_credit, is_navigation, is_rights, is_source_line, parse_credit,
    parse_loose_source, parse_source, parse_updated, parse_written_label,
)
from .notes import NOTE_MARKER, heading_and_rest, is_bracketed_number_or_symbol, label, may_hold_marker, read_notes
from .text import Group, page_groups, refuse_non_xml_characters, split_lines
from ...dates import is_issue_date, issue_dated
from .title_block import read_title_block, split_masthead


def is_source_or_credit(text: str) -> bool:
    stripped = text.strip()
    return (is_source_line(stripped) or is_credit(stripped) or is_rights(stripped)
            or bool(re.match(r"^(?:Written|Published|First Published|Source|Online Version)\s*:", stripped)))


def written_date_span(text: str) -> tuple[int, int] | None:
    """Where the date stands in "(February 1933)" or "Written: March 1937."."""
    inner = text.strip()
    if inner.startswith("(") and inner.endswith(")"):
        start = text.index("(") + 1
        return start, start + len(inner) - 2
    match = re.match(r"^\s*Written\s*:\s*", text, re.IGNORECASE)
    if match:
        return match.end(), len(text.rstrip().rstrip("."))
    return None


def is_bottom_furniture(group: Group) -> bool:
    return all(is_navigation(line.text) or parse_updated(line.text) for line in group.lines)


def read_furniture_lines(group: Group, header: Header) -> None:
    """Record what one source/credit/rights/updated paragraph tells."""
    for line in group.lines:
        text = line.text.strip()
        source = parse_source(text, line.number) or parse_loose_source(text, line.number)
        updated = parse_updated(text)
        written = parse_written_label(text)
        if source and header.source.raw is None:
            header.source = source
        elif source:  # a second source line: kept as printed, never dropped
            header.source.more.append(text)
        elif written and header.written is None:
            header.written, header.written_iso = written
            header.written_line, header.written_breaks = line.number, []
        elif updated:
            header.updated, header.updated_iso = updated
        elif is_rights(text):
            header.rights.append(text)
        elif is_credit(text) or re.match(r"^[A-Z][\w ]+:", text):
            header.credits.append(parse_credit(text, line.number))


def date_in_line(raw: str) -> str | None:
    """The first part of a source line, between commas, that is an issue's date once a
    remark in brackets is set aside: "January-February 1958 (a double issue)"."""
    for part in raw.split(",")[1:]:
        text = re.sub(r"\s*\([^()]*\)", "", part).strip().rstrip(".").strip()
        if text and is_issue_date(text):
            return text
    return None


def same_paper(a: str, b: str) -> bool:
    """"The New International" and "New International" are one paper."""
    def key(name: str) -> str:
        return re.sub(r"^the\s+", "", " ".join(name.lower().split()))
    return key(a) == key(b)


def source_from_masthead(header: Header, journal: str, date_text: str) -> None:
    """No source line: the masthead ("The Militant, 8 July 1933") still names the paper
    and the issue's date. The raw source line stays None, so the header does not claim one."""
    header.source = replace(header.source, journal=journal, **issue_dated(date_text))


def slugify(text: str, limit: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug


def make_slug(header: Header) -> str:
    """newspaper-date-title: "militant-1933-04-01-stalinist-persecutions"."""
    journal = re.sub(r"^(?:The|La|Le|Die|Der)\s+", "", header.source.journal or "")
    period = header.source.date_period
    date = header.source.date_iso or (period[0] if period else None) or header.written_iso or ""
    parts = [slugify(journal, 30), date, slugify(header.title or "untitled")]
    slug = "-".join(part for part in parts if part) or "article"
    return slug if slug[0].isalpha() else f"a-{slug}"


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
    for block in blocks:
        if id(block) not in title:
            body_reader.mark_inline(block, available)
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


def read(text: str, path: str | None = None) -> tuple[Article, list[Warning_]]:
    """Read one ETOL article; returns the model and the warnings found on the way."""
    warnings: list[Warning_] = []
    refuse_non_xml_characters(text, path)
    groups = page_groups(split_lines(text))
    header = Header()

    def warn(code: str, message: str, line: int | None = None) -> None:
        warnings.append(Warning_(code, message, path, line))

    # 1. top navigation
    start = 0
    while start < len(groups) and all(is_navigation(line.text) for line in groups[start].lines):
        for line in groups[start].lines:
            header.dropped.append(line.text.strip())
            header.archives.extend(a for a in archives_named(line.text) if a not in header.archives)
        start += 1

    # 3. source and credit lines close the title block
    zone = next((i for i in range(start, len(groups))
                 if any(is_source_or_credit(line.text) for line in groups[i].lines)), None)
    # 5. bottom furniture, read backwards
    end = len(groups)
    while end > start and (is_bottom_furniture(groups[end - 1]) or all(
            is_credit(line.text) or is_rights(line.text) for line in groups[end - 1].lines)):
        end -= 1
        for line in groups[end].lines:
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
    found_furniture = start > 0 or zone is not None or end < len(groups)
    if not found_furniture:
        raise NotAnArticleError("not an ETOL article: no navigation, title block, source or credit line found", path)

    if zone is None:
        zone = next((i for i in range(start, end) if len(groups[i].text.split()) > 25), end)
    read_title_block(groups[start:zone], header)
    body_start = zone
    while body_start < end and all(is_source_or_credit(line.text) for line in groups[body_start].lines):
        read_furniture_lines(groups[body_start], header)
        body_start += 1
    if zone is not None and body_start == zone < end:
        # the source or credit lines share their paragraph with the text's first lines
        # (no blank line between): those lines are the header's, the rest is text
        lines = groups[zone].lines
        leading = next((i for i, line in enumerate(lines) if not is_source_or_credit(line.text)), len(lines))
        if 0 < leading < len(lines):
            read_furniture_lines(Group(lines[:leading]), header)
            groups[zone] = Group(lines[leading:])

    # 4/5. body and notes
    notes_at = next((i for i in range(end - 1, body_start - 1, -1) if heading_and_rest(groups[i])), None)
    body_groups = groups[body_start:notes_at if notes_at is not None else end]
    notes: list = []
    if notes_at is not None:
        _heading, first = heading_and_rest(groups[notes_at])
        notes = read_notes(([first] if first else []) + groups[notes_at + 1:end])
    if not body_groups:
        raise NotAnArticleError("no article text found between the source lines and the end of the page", path)

    article_div = Division("article", line=body_groups[0].line)
    if header.title:
        article_div.heads.append(Block("head", header.title, header.title_line or 0, attrs={"type": "main"}, breaks=header.title_breaks))
    for text, line, breaks in header.subtitles:
        article_div.heads.append(Block("head", text, line, attrs={"type": "sub"}, breaks=breaks))
    if header.written:
        written = Block("dateline", header.written, header.written_line or 0, breaks=header.written_breaks)
        span = written_date_span(header.written)
        if span and header.written_iso:
            written.spans.append(Span(*span, "date", (("when", header.written_iso),)))
        article_div.top.append(written)
    blocks = body_reader.read_body(body_groups, article_div)

    anchor_notes(blocks, article_div.heads, notes, warn)

    if header.source.raw is None:
        masthead = split_masthead(header.masthead) if header.masthead else None
        if masthead:
            source_from_masthead(header, *masthead)
            told = "the newspaper and date come from the masthead; volume, issue and pages are unknown"
        else:
            told = "the header says the newspaper, its date and pages are unknown"
        warn("W-NO-SOURCE", f"no source line (\"From <newspaper>, Vol. ..., <date>, p. ...\") found: {told}",
             groups[zone].line if zone < len(groups) else None)
    if not header.title:
        warn("W-NO-TITLE", "no title found")
    if not header.authors:
        warn("W-NO-AUTHOR", "no author line found: the header says the author is unknown")
    if not header.credits:
        warn("W-NO-CREDIT", "no transcription credit line found")
    if not header.updated:
        warn("W-NO-UPDATED", "no \"Last updated\" line found")
    if header.source.loose:
        date_text, told = date_in_line(header.source.raw), "the date is read from it"
        masthead = split_masthead(header.masthead) if header.masthead else None
        if date_text is None and masthead and same_paper(masthead[0], header.source.journal or ""):
            date_text, told = masthead[1], "the date comes from the masthead"
        if date_text is None:
            told = "the header says the date is unknown"
        else:
            header.source = replace(header.source, **issue_dated(date_text))
        warn("W-SOURCE-UNPARSED", f"the source line could not be read in full: the newspaper's name is "
             f"taken from it, {told}, and volume, issue and pages stay in the line as printed "
             "(note type=\"source-line\")", header.source.line)
    elif header.source.raw and not (header.source.date_iso or header.source.date_period):
        warn("W-SOURCE-DATE", "the source line's date could not be read", header.source.line)

    article = Article(header=header, body=article_div, notes=notes, path=path)
    article.slug = make_slug(header)
    return article, warnings
