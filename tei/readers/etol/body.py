"""The article's body: paragraphs, section heads, separators, opener and closer.

Input is the body's paragraphs (blank-line groups) between the source/credit lines and
the notes heading or "Top of page"; output is a :class:`~tei.model.Division` tree.
Each recogniser is a small predicate over one paragraph's text; the order in which
they are tried is the order of :func:`read_body`.
"""
from __future__ import annotations

import re
from collections import Counter

from ...model import Block, Division, Group as BlockGroup, Span, division_blocks
from ...dates import MONTHS, WEEKDAYS, parse_date
from .notes import label, take_markers
from ...words import words
from .text import LineGroup

SEPARATOR = re.compile(r"[*\s\u00a0]+|[–—-]{3,}")
SALUTE_OPEN = re.compile(r"^(?:Dear|My dear|To (?:the )?|Comrades?\b|Sirs?\b|Friends?\b|Gentlemen\b|Fellow)", re.IGNORECASE)
SALUTE_CLOSE = re.compile(
    r"^(?:(?:Yours|Fraternally|Comradely|Sincerely|Respectfully|Cordially|Faithfully|With)\b[^.!?]{0,60}|[A-Z][\w’' -]{0,40}greetings),$",
    re.IGNORECASE,
)
#: "Moscow. –", "TOLEDO, Ohio, Feb. 24 –", "LONDON, 5 January –": a place, a date month
#: first or day first, a dash
_MONTH = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
OPENING_DATELINE = re.compile(r"^(?P<dateline>[A-Z][\w’'.-]*(?:[ ,]+[A-Z][\w’'.-]*){0,4}"
                              rf"(?:,\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}))?\.?\s+[–—])\s+(?=\S)")
EDITORIAL_INSERT = re.compile(r"\[(?!\d+\])[^\[\]\n]{1,200}\]")
SENTENCE_END = ".,;:!”\"’"
#: an epigraph's source set without a dash: "Leon Trotsky, History of the Russian Revolution."
ATTRIBUTION = re.compile(r"^[–—-]?\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3},\s*[^\W\d].*$")


def is_salutation(text: str) -> bool:
    """A letter's salutation: "Dear Comrades,", "Comrades:", "My dear friend,". A line
    "To ..." that ends in "!" is an appeal's title ("To the Dockers of Harbourtown!"), never
    a salutation."""
    stripped = text.strip()
    return (len(words(stripped)) <= 10 and bool(SALUTE_OPEN.match(stripped)) and stripped[-1:] in ",:!"
            and not is_appeal_title(stripped))


def is_appeal_title(text: str) -> bool:
    """"To the Dockers of Harbourtown!": an appeal addressed to a people or a class, set as
    its title line."""
    stripped = text.strip()
    return stripped.startswith("To ") and stripped.endswith("!") and "\n" not in stripped


def is_addressee(text: str) -> bool:
    """The line naming whom a letter is to, set before its salutation: "To the Political
    Committee", "To the Editor of Labor Action"."""
    stripped = text.strip()
    return 2 <= len(words(stripped)) <= 12 and stripped.startswith("To ") and stripped[-1:] not in ".?!;"


def is_separator(text: str) -> bool:
    return bool(SEPARATOR.fullmatch(text.strip())) and "*" in text or bool(re.fullmatch(r"[–—-]{3,}", text.strip()))


def is_date_line(text: str) -> bool:
    """"February 1933", "Prinkipo, March 5, 1933", "Moscow, February 1933"."""
    stripped = text.strip().rstrip(".")
    if len(words(stripped)) > 7:
        return False
    if parse_date(stripped):
        return True
    place, _, rest = stripped.partition(",")
    return bool(rest) and place[:1].isupper() and parse_date(rest) is not None


#: a letter's day set alone above its salutation: a weekday ("Friday", "Sunday morning") or
#: a day and a month in figures or Roman numerals and a year ("7/XII. 00", "17/XI-21")
LETTER_DAY = re.compile(r"^(?:(?P<weekday>[A-Z][a-z]+)(?:\s+(?:morning|evening|night|afternoon))?"
                        r"|\d{1,2}\s*/\s*(?:[IVXivx]{1,4}|\d{1,2})\.?\s*[-–/.]?\s*\d{2,4})\.?$")


def is_letter_day(text: str) -> bool:
    """The day of a letter alone on its line (:data:`LETTER_DAY`): its dateline when a
    salutation follows."""
    match = LETTER_DAY.match(text.strip())
    return bool(match) and (match.group("weekday") is None or match.group("weekday") in WEEKDAYS)


def is_dateline_with_address(group: LineGroup) -> bool:
    """"Manchester, 14 January 1858 / 7 Southgate": a letter's place and date set over the
    writer's street address (a line or two of at most five words, no sentence)."""
    lines = [line.text.strip() for line in group.lines]
    return 2 <= len(lines) <= 3 and is_date_line(lines[0]) and all(
        1 <= len(words(line)) <= 5 and line[-1:] not in ".?!:;," and (line[:1].isdigit() or line[:1].isupper())
        for line in lines[1:])


def is_signature(text: str) -> bool:
    """A short name-like line: "T.T.", "L. Trotsky", "Leon Trotsky", "The Editors"."""
    stripped = text.strip()
    tokens = words(stripped)
    if not 1 <= len(tokens) <= 5 or stripped[-1:] in ",;:!?":
        return False
    if stripped.endswith(".") and not re.search(r"\b[A-Z]\.$", stripped):
        return False
    return all(token[0].isupper() or token in {"&", "and", "of", "the"} for token in tokens)


def is_signature_lines(lines: list[str]) -> bool:
    """A signature set over several lines: a name, then short capitalised lines for the
    signer's office, organisation or place ("Rosa Karsner / Secretary, Lynn Branch").
    TEI keeps it as one ``signed`` with ``lb`` at the line breaks."""
    if not 2 <= len(lines) <= 5 or not is_signature(lines[0]):
        return False
    return all(
        (1 <= len(words(line)) <= 8 and line.strip()[:1].isupper() or is_signing_for(line))
        and (line.strip()[-1:] not in ".;:!?" or re.search(r"\b[A-Z]\.$", line.strip()))
        for line in lines[1:]
    )


#: the line under a signer's name saying for whom they sign: "for the Harbour Committee",
#: "on behalf of the Executive Committee of the Harbour Workers League"
SIGNING_FOR = re.compile(r"(?:for|on\s+behalf\s+of)\s+(?:the\s+)?[A-Z]", re.IGNORECASE)


def is_signing_for(line: str) -> bool:
    """"for the Executive Committee of the Harbour Workers League": the body a signer signs
    for, set under the name (a longer line than an office's, in lower case)."""
    stripped = line.strip()
    return bool(SIGNING_FOR.match(stripped)) and len(words(stripped)) <= 16 and stripped[:1].islower()


def is_signature_group(group: LineGroup) -> bool:
    """One paragraph that is a signature, on one line or over several."""
    if len(group.lines) == 1:
        return is_signature(group.text)
    return is_signature_lines([line.text.strip() for line in group.lines])


def is_closing_salute(text: str) -> bool:
    """"Fraternally yours,", "Yours for the revolution,", "Comradely greetings,"."""
    return bool(SALUTE_CLOSE.match(text.strip()))


def split_salute_and_signature(group: LineGroup) -> tuple[LineGroup, LineGroup] | None:
    """"Fraternally yours, / Rosa Karsner / Secretary" set as one paragraph -> the closing
    salutation and the signature, each its own group (the salutation's comma may be
    missing there: the signature below says what the line is)."""
    first = group.lines[0].text.strip() if group.lines else ""
    # set over its signature, a closing salutation may lack its comma ("Yours in comradeship")
    if len(group.lines) < 2 or not (is_closing_salute(first) or is_closing_salute(first + ",")):
        return None
    signature = LineGroup(group.lines[1:])
    if not is_signature_group(signature):
        return None
    return LineGroup(group.lines[:1]), signature


def is_head(text: str) -> bool:
    """A section head: short, no closing punctuation, mostly capitalised words."""
    stripped = text.strip()
    tokens = words(stripped)
    if not 1 <= len(tokens) <= 14 or stripped[-1] in SENTENCE_END or not stripped[0].isupper():
        return False
    content = [t for t in tokens if t.lower() not in {"the", "of", "and", "in", "on", "a", "an", "to", "for", "with", "at", "by", "from", "among", "against", "as"}]
    capitalised = sum(1 for t in content if t[0].isupper() or not t[0].isalpha())
    return bool(content) and capitalised / len(content) >= 0.6


def is_head_group(group: LineGroup) -> bool:
    """A paragraph that is a section head: :func:`is_head`, and not a table's rows
    (tab-separated) or a closing salutation, which are just as short and capitalised. A
    head opens a section that runs to the next one, so a false head would take the rest
    of the article with it. (A one-line signature cannot be told from a head by its
    words: "Anna Roe", "Situation Among the Exiles".)"""
    lines = [line.text for line in group.lines]
    return not any("\t" in line for line in lines) and not is_closing_salute(lines[0]) and is_head(group.text)


#: a line that starts with an enumerator: "1.", "2)", "(3)", "a.", "(b)"
ENUMERATED = re.compile(r"^\s*(?P<label>\(?(?P<n>\d{1,2}|[a-z])[.)])\s+(?=\S)")


def enumerated_lines(group: LineGroup) -> list[re.Match] | None:
    """The enumerators of a paragraph whose lines count 1, 2, 3 ... or a, b, c ...
    (two lines at least), else None: a list set as one paragraph, line by line."""
    matches = [ENUMERATED.match(line.text) for line in group.lines]
    if len(matches) < 2 or not all(matches):
        return None
    numbers = [m.group("n") for m in matches]
    first = numbers[0]
    if first not in ("1", "a"):
        return None
    expected = [str(i) for i in range(1, len(numbers) + 1)] if first == "1" else \
        [chr(ord("a") + i) for i in range(len(numbers))]
    return matches if numbers == expected else None


def list_from(group: LineGroup, matches: list[re.Match]) -> BlockGroup:
    """TEI: a printed enumerator is a ``label`` before its ``item`` (the text keeps it)."""
    blocks = []
    for line, match in zip(group.lines, matches):
        text = line.text
        blocks.append(Block("label", match.group("label"), line.number))
        blocks.append(Block("item", text[match.end():], line.number))
    return BlockGroup("list", blocks, group.line)


def is_table(group: LineGroup) -> bool:
    """Rows of tab-separated cells: two lines at least, each with two cells or more (a
    tab that only indents a line makes no cell)."""
    return len(group.lines) >= 2 and all(
        len([cell for cell in line.text.split("\t") if cell.strip()]) >= 2 for line in group.lines)


def table_from(group: LineGroup) -> BlockGroup:
    """TEI ``table``: a ``row`` per line, a ``cell`` per run of text between tabs (tabs
    that align columns are not cells)."""
    cells, rows = [], []
    for line in group.lines:
        texts = [cell.strip() for cell in line.text.split("\t") if cell.strip()]
        cells.extend(Block("cell", text, line.number) for text in texts)
        rows.append(len(texts))
    return BlockGroup("table", cells, group.line, rows=rows)


def block_from(group: LineGroup, kind: str, **attrs: str) -> Block:
    block = Block(kind, group.text, group.line, attrs=dict(attrs), breaks=group.breaks)
    if kind == "dateline":
        mark_date(block)
    return block


def mark_date(block: Block) -> None:
    """A dateline's date gets a ``date`` span with @when: "February 1933", "Prinkipo, May 5, 1933"."""
    text = block.text.rstrip(". ")
    start = 0
    when = parse_date(text)
    if when is None and "," in text:
        start = text.index(",") + 1
        when = parse_date(text[start:])
    if when is not None:
        while start < len(text) and text[start] in " (\u00a0":
            start += 1
        end = len(text) - (1 if text.endswith(")") else 0)
        block.spans.append(Span(start, end, "date", (("when", when),)))


def shifted_break(offset: int, removed: list[tuple[int, int]]) -> int:
    """A line break's offset once the markers ``removed`` are out of the text: moved back
    by the characters taken out before it (a break inside a marker's leading white
    space moves to where the marker was)."""
    return offset - sum(min(end, offset) - start for start, end in removed if start < offset)


def mark_inline(block: Block, available: Counter) -> list[str]:
    """Take note markers ("[1]", "[a]", "*", "†" ...) out of the text as note milestones;
    mark "[words missing]".

    A marker is taken out only while a note with its label is left in ``available``
    (see :func:`tei.readers.etol.notes.take_markers`, which counts it off); the white space
    before a bracketed marker goes with it, so the anchor sits right after the word it
    follows. Returns the labels anchored here, in order.
    """
    anchored: list[str] = []
    pieces: list[str] = []
    spans: list[Span] = []
    removed: list[tuple[int, int]] = []  # (start, end) of each marker taken out
    position = 0
    length = 0
    for match in take_markers(block.text, available):
        pieces.append(block.text[position:match.start()])
        length += match.start() - position
        spans.append(Span(length, length, "note", (("n", label(match)),)))
        anchored.append(label(match))
        removed.append(match.span())
        position = match.end()
    pieces.append(block.text[position:])
    if anchored:
        block.text = "".join(pieces)
        block.breaks = [shifted_break(b, removed) for b in block.breaks]
    block.spans.extend(spans)
    if "[" not in block.text:
        return anchored
    for match in EDITORIAL_INSERT.finditer(block.text):
        block.spans.append(Span(match.start(), match.end(), "seg", (("type", "editorial"),)))
    return anchored


def split_opening_dateline(group: LineGroup) -> tuple[Block, Block] | None:
    """"Moscow. – The most important fact ..." -> a dateline and the paragraph's rest."""
    match = OPENING_DATELINE.match(group.text)
    if not match or len(group.lines) > 1 and match.end() > len(group.lines[0].text):
        return None
    dateline = Block("dateline", match.group("dateline"), group.line)
    rest = Block("p", group.text[match.end():], group.line)
    rest.breaks = [b - match.end() for b in group.breaks if b > match.end()]
    return dateline, rest


def is_attribution(text: str) -> bool:
    """An epigraph's source line: "– Karl Marx", or "Author, Work." without a dash."""
    stripped = text.strip()
    if len(words(stripped)) > 14:
        return False
    return bool(re.match(r"^[–—]\s*\S", stripped) or ATTRIBUTION.match(stripped))


def split_epigraph(group: LineGroup) -> tuple[LineGroup, LineGroup] | None:
    """A quotation with its source on the paragraph's last line, no blank line between
    ("... a work of history. / Leon Trotsky, History of the Russian Revolution."): the
    quotation ends a sentence and is longer than its source line. TEI
    ``epigraph`` holds the quotation and, as ``bibl``, its source."""
    if len(group.lines) < 2 or not is_attribution(group.lines[-1].text):
        return None
    quote = " ".join(line.text.strip() for line in group.lines[:-1])
    if quote[-1:] not in ".!?”\"’…)" or len(words(quote)) < len(words(group.lines[-1].text)):
        return None
    return LineGroup(group.lines[:-1]), LineGroup(group.lines[-1:])


def take_opener(groups: list[LineGroup]) -> tuple[list[Block | BlockGroup], list[LineGroup]]:
    """Salutation, dateline, epigraph at the start of the body."""
    top: list[Block | BlockGroup] = []
    opener: list[Block] = []
    rest = list(groups)
    while rest:
        text = rest[0].text
        if is_salutation(text) or is_addressee(text) and len(rest) > 1 and is_salutation(rest[1].text):
            opener.append(block_from(rest.pop(0), "salute"))
        elif ((is_date_line(text) or is_dateline_with_address(rest[0])) and len(rest) > 1
              or is_letter_day(text) and len(rest) > 1 and is_salutation(rest[1].text)):
            opener.append(block_from(rest.pop(0), "dateline"))
        else:
            break
    if len(rest) > 2 and re.match(r"^[–—]\s*\S", rest[1].text) and len(words(rest[1].text)) <= 14:
        quote, source = rest.pop(0), rest.pop(0)
        top.append(BlockGroup("epigraph", [block_from(quote, "quote"), block_from(source, "bibl")], quote.line))
    elif len(rest) > 1 and split_epigraph(rest[0]):
        quote, source = split_epigraph(rest.pop(0))
        top.append(BlockGroup("epigraph", [block_from(quote, "quote"), block_from(source, "bibl")], quote.line))
    if rest:
        split = split_opening_dateline(rest[0])
        if split:
            opener.append(split[0])
            rest.pop(0)
            rest.insert(0, split[1])  # a Block stands in for the group from here on
    if opener:
        top.append(BlockGroup("opener", opener, opener[0].line))
    return top, rest


def take_closer(groups: list) -> tuple[BlockGroup | None, list]:
    """Closing salutation, dateline and signature at the end of the body.

    TEI ``closer``: the signature (``signed``, one line or several joined by ``lb``), and
    before it at most three of: a closing salutation (``salute``), a dateline. A salutation
    and signature printed as one paragraph are split into the two.
    """
    rest = list(groups)
    closer: list[Block] = []
    if rest and isinstance(rest[-1], LineGroup) and len(rest) > 1:
        split = split_salute_and_signature(rest[-1])
        if split:
            rest.pop()
            closer = [block_from(split[0], "salute"), block_from(split[1], "signed")]
        elif is_signature_group(rest[-1]):
            closer.insert(0, block_from(rest.pop(), "signed"))
    for _ in range(3):
        if not rest or not isinstance(rest[-1], LineGroup) or len(rest) < 2:
            break
        text = rest[-1].text
        if is_date_line(text):
            closer.insert(0, block_from(rest.pop(), "dateline"))
        elif is_closing_salute(text):
            closer.insert(0, block_from(rest.pop(), "salute"))
        else:
            break
    if not closer:
        return None, groups
    return BlockGroup("closer", closer, closer[0].line), rest


def read_body(groups: list[LineGroup], article: Division) -> list[Block]:
    """Fill ``article`` with the body; returns every block, in reading order, for notes."""
    top, rest = take_opener(groups)
    article.top.extend(top)
    closer, rest = take_closer(rest)
    current = article
    for index, item in enumerate(rest):
        if isinstance(item, Block):
            current.content.append(item)
            continue
        following = rest[index + 1] if index + 1 < len(rest) else None
        enumerated = enumerated_lines(item)
        if is_separator(item.text):
            current.content.append(block_from(item, "ab", type="separator"))
        elif enumerated:
            current.content.append(list_from(item, enumerated))
        elif is_table(item):
            current.content.append(table_from(item))
        elif following is not None and is_head_group(item) and not is_head(getattr(following, "text", "")):
            section = Division("section", heads=[block_from(item, "head")], line=item.line)
            article.content.append(section)
            current = section
        else:
            current.content.append(block_from(item, "p"))
    if closer:
        article.bottom.append(closer)
    return list(division_blocks(article))
