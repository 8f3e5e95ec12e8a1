"""Finding the regions of an ETOL page, top to bottom, before any of them is read:

1. navigation lines ("Main NI Index | Main Newspaper Index", archive links);
2. the title block (masthead, author, title, subtitle, "(February 1933)");
3. the source and credit lines ("From The Militant, Vol. VI No. 21, ...", "Transcribed
   & marked up by ...", "Copyright ..."), which close the title block;
4. the body, up to a notes heading or the page's foot;
5. the notes, after their heading;
6. the foot: "Top of page", navigation, credits, rights and "Last updated ...".

Each region is a list of blank-line groups; :mod:`.reader` hands each to its reader.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...errors import NotAnArticleError
from .body import is_salutation
from .furniture import (PAGES_AFTER_DATE, is_source_or_credit, parse_set_apart_source, is_credit, is_navigation, is_rights, is_source_line, is_top_navigation, is_writer_archive_heading, parse_credited_source,
                        parse_updated)
from .labelled_values import join_labelled_values
from .notes import heading_and_rest
from .text import LineGroup
from .title_block import MAKING_LABEL, is_mirror_title, parse_written

#: a title block without source or credit lines ends at the first paragraph this long
LONG_PARAGRAPH = 25
#: ... or at the first sentence this long (a title seldom ends in a full stop)
SENTENCE = 8


@dataclass
class Regions:
    navigation: list[LineGroup] = field(default_factory=list)
    title_block: list[LineGroup] = field(default_factory=list)
    source_and_credits: list[LineGroup] = field(default_factory=list)
    body: list[LineGroup] = field(default_factory=list)
    notes: list[LineGroup] = field(default_factory=list)  # after the heading
    foot: list[LineGroup] = field(default_factory=list)
    #: the line where the source line was looked for (for W-NO-SOURCE)
    source_at: int | None = None
    #: whether any of the page's furniture (navigation, source, credit or rights line,
    #: foot) was found; a page without it is still read, and W-NO-FURNITURE says so
    furniture: bool = True


def is_paged_source_group(group: LineGroup) -> bool:
    """A paragraph of one line that cites the issue with its pages, without "From"
    ("Harbour Review, June 1942, pp. 181–186, under the name “Lars Holm”."): on a page
    without source lines, where the text would open, it is the source line."""
    return len(group.lines) == 1 and PAGES_AFTER_DATE.search(group.text) is not None \
        and parse_set_apart_source(group.text, group.line) is not None


def ends_title_block(text: str) -> bool:
    """Where a title block without source or credit lines ends: a long paragraph, a
    sentence of some length ("Guardian, 20 March 1999: Tom Whitehouse, ..."), or a
    letter's salutation."""
    size = len(text.split())
    return (size > LONG_PARAGRAPH or size >= SENTENCE and text.rstrip()[-1:] in ".?!"
            or is_salutation(text))


def is_foot(group: LineGroup) -> bool:
    """Navigation, "Last updated", credit or rights lines only: the page's foot."""
    return all(is_navigation(line.text) or parse_updated(line.text) for line in group.lines) or all(
        is_credit(line.text) or is_rights(line.text) for line in group.lines)


def leading_navigation(groups: list[LineGroup]) -> int:
    """How many groups at the top are navigation lines only (or a writer's archive's
    heading: :func:`.furniture.is_writer_archive_heading`)."""
    start = 0
    while start < len(groups) and (all(is_top_navigation(line.text) for line in groups[start].lines)
                                   or is_writer_archive_heading([line.text for line in groups[start].lines])):
        start += 1
    return start


def foot_start(groups: list[LineGroup], start: int) -> int:
    """Where the page's foot begins, read from the bottom up (never above ``start``)."""
    end = len(groups)
    while end > start and is_foot(groups[end - 1]):
        end -= 1
    return end


def split_foot_lines(group: LineGroup) -> tuple[LineGroup, LineGroup] | None:
    """Navigation or "Last updated" lines that end the page's last paragraph without a
    blank line above them ("< backward   forward >" then "Works Index | Volume 43 | ..."):
    the paragraph's lines and the foot's, else None."""
    lines = group.lines
    cut = len(lines)
    while cut > 0 and (is_navigation(lines[cut - 1].text) or parse_updated(lines[cut - 1].text)):
        cut -= 1
    if 0 < cut < len(lines):
        return LineGroup(lines[:cut]), LineGroup(lines[cut:])
    return None


def is_credited_source_group(group: LineGroup) -> bool:
    """A paragraph whose first line names the periodical and the issue's date ("The
    Harbour Call, May 1899.") and whose other lines are the archive's credit lines
    ("Marked up by ...", "HTML Mark-up: ...", with the archive's remarks between them): the
    page's furniture, its first line the printed source."""
    lines = group.lines
    return (len(lines) > 1 and parse_credited_source(lines[0].text, lines[0].number) is not None
            and any(is_source_or_credit(line.text) for line in lines[1:]))


#: the archive's remark between a source line and a credit line has at most so many words
REMARK_WORDS = 20


def is_source_then_credit_group(group: LineGroup) -> bool:
    """A paragraph that opens with a source line and closes with a credit line, the
    archive's remarks between them ("From Harbour Review 1971, pp. 81–109." / "The article is
    available in PDF format at …" / "Transcribed & marked up by …"): the page's furniture whole."""
    lines = group.lines
    return (len(lines) >= 3 and is_source_line(lines[0].text.strip()) and is_credit(lines[-1].text.strip())
            and all(len(line.text.split()) <= REMARK_WORDS for line in lines[1:-1]))


def split_furniture_lines(group: LineGroup) -> tuple[LineGroup, LineGroup] | None:
    """Source or credit lines that share their paragraph with the text's first lines (no
    blank line between): the header's lines and the text's, else None."""
    lines = group.lines
    leading = next((i for i, line in enumerate(lines) if not is_source_or_credit(line.text)), len(lines))
    if 0 < leading < len(lines):
        return LineGroup(lines[:leading]), LineGroup(lines[leading:])
    return None


def is_title_block_line(text: str) -> bool:
    """A label of how the text was made ("Dictated: by phone") or the title block's date
    line in brackets ("(Winter 1990)"): a line of the title block wherever it is set."""
    return bool(MAKING_LABEL.match(text.strip()) or parse_written(text))


def split_making_labels(group: LineGroup) -> tuple[LineGroup, LineGroup] | None:
    """A label of how the text was made ("Dictated: by phone", a heading of the page,
    :func:`.title_block.is_heading_never_title`) or the date line in brackets ("(Winter
    1990)") set on the line above the source or labelled lines, in their paragraph: the
    title block's lines and the source lines, else None."""
    lines = group.lines
    leading = next((i for i, line in enumerate(lines) if not is_title_block_line(line.text)), len(lines))
    if 0 < leading < len(lines) and is_source_or_credit(lines[leading].text):
        return LineGroup(lines[:leading]), LineGroup(lines[leading:])
    return None


def last_notes_heading(groups: list[LineGroup], start: int, end: int) -> int | None:
    return next((i for i in range(end - 1, start - 1, -1) if heading_and_rest(groups[i])), None)


def find_regions(groups: list[LineGroup], path: str | None = None) -> Regions:
    """The page's regions. A page without any furniture (a stored copy that lost its
    navigation, a chapter whose only source statement is in its text) is read all the
    same: its title block ends as one without source lines does. A page without text
    after its source lines is not an article."""
    groups = join_labelled_values(list(groups))
    if len(groups) > 1 and is_mirror_title(groups[0].text) and leading_navigation(groups[1:]):
        # a mirror's copy of the title above the navigation: read below it, in the title block
        navigation = leading_navigation(groups[1:])
        groups[0:navigation + 1] = groups[1:navigation + 1] + groups[:1]
    start = leading_navigation(groups)
    zone = next((i for i in range(start, len(groups))
                 if any(is_source_or_credit(line.text) for line in groups[i].lines)), None)
    making = split_making_labels(groups[zone]) if zone is not None else None
    if making:
        groups[zone:zone + 1] = list(making)
        zone += 1
    end = foot_start(groups, start)
    split = split_foot_lines(groups[end - 1]) if end > start else None
    if split:
        groups[end - 1:end] = list(split)
    furniture = start > 0 or zone is not None or end < len(groups)
    found_zone = zone is not None
    if zone is None:
        # no source or credit line: the title block ends at the first long paragraph, at
        # a sentence, or at a letter's salutation ("Dear Comrades,"), never a title
        zone = next((i for i in range(start, end) if ends_title_block(groups[i].text)), end)
    regions = Regions(navigation=groups[:start], title_block=groups[start:zone], foot=groups[end:],
                      furniture=furniture)
    body_start = zone
    while body_start < end and (all(is_source_or_credit(line.text) for line in groups[body_start].lines)
                                or body_start == zone and is_credited_source_group(groups[body_start])
                                or body_start == zone and is_source_then_credit_group(groups[body_start])
                                or body_start == zone and not found_zone and is_paged_source_group(groups[body_start])):
        regions.source_and_credits.append(groups[body_start])
        body_start += 1
    if body_start == zone < end:
        split = split_furniture_lines(groups[zone])
        if split:
            regions.source_and_credits.append(split[0])
            groups[zone] = split[1]
    regions.source_at = groups[zone].line if zone < len(groups) else None
    notes_at = last_notes_heading(groups, body_start, end)
    regions.body = groups[body_start:notes_at if notes_at is not None else end]
    # a letter's salutation set just above the source and credit lines opens the letter:
    # it is the body's, never the title block's ("Marta Lind / Dear Comrades, / Written: ...")
    while regions.title_block and is_salutation(regions.title_block[-1].text):
        regions.body.insert(0, regions.title_block.pop())
    if notes_at is not None:
        _heading, first = heading_and_rest(groups[notes_at])
        regions.notes = ([first] if first else []) + groups[notes_at + 1:end]
    if not regions.body and not regions.source_and_credits and len(regions.title_block) > 1:
        # short paragraphs only, and nothing that closes a title block: the first is the
        # title, the rest the text (a page with text always encodes)
        regions.body = regions.title_block[1:]
        regions.title_block = regions.title_block[:1]
    if not regions.body:
        raise NotAnArticleError("no article text found between the source lines and the end of the page", path)
    return regions
