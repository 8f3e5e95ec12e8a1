"""The fidelity rule: no word of the article is lost or invented.

This module is the oracle that judges the readers, so it shares no code with them (a
test checks its imports): the source side is written from the rule's definition below,
with its own, simpler recognisers. When it and the reader disagree about a page, one
of them is wrong, and the fidelity tests say so.

Source side, read straight from the page text:

- the **body** runs from the first line after the source and credit lines to the line
  before the notes heading or "Top of page". The source and credit lines are the run
  of lines (blank lines between them allowed) that starts at the page's first source
  or credit line; the lines above them are the title block and navigation;
- a **source line** opens "From" or "Source:", names the periodical, and after its first
  comma gives the volume, the number (also a series and number, "I/52") or the date
  ("From The Militant, Vol. VI No. 21, 1 April 1933, pp. 1 & 3."); or names it with no
  comma after it and then a series and number or a year, and nothing but the pages
  after that ("From Harbour Review 2 : 41", "From The Harbour Register 1977, pp. 12-30.");
  or names the book the text is an extract of, its author and year ("Extract from Harbour
  Songs, by Tom Ek, 1909.");
  or, without "From", names the periodical (after a
  column's name, if any), then its volume or number, and ends with the date or the
  pages ("International Socialism, Vol.2 No.3, Spring 1990."); a **credit line** opens with a role and says who
  ("Transcribed & marked up by ...", "Transcription/HTML Markup: ...", "Thanks to
  ...") or is one of the archive's labelled lines ("Written:", "Online Version:", "Publishing
  information:", "Publisher:", "Adopted:", "Delivered:") or
  its pointer to another copy ("This article can also be found here."); a **rights
  line** opens "Copyright", "Copyleft", "©" or "Public Domain";
- a paragraph that opens with a source line and closes with a credit line, at least three
  lines, is header lines whole: the lines between are the archive's remarks ("The article
  is available in PDF format at …"), of at most 20 words each;
- the archive's **labels set one value per line** ("Source:" alone, then "Marten" /
  "Collected Works," / "Harbour Publishers," ...) are header lines with their values: a
  label alone on its line (nothing after the colon) takes the lines below it up to the
  next source, credit or rights line, when one comes within 10 lines of at most 15 words
  each, and otherwise the one line below it; the rights label ("Public Domain:",
  "Copyleft:") takes the lines up to the first that ends a sentence ("(2005).") and then
  those of any sentences that grant the page's use ("You may freely copy ...", "Please
  credit ... as your source."); "Other Formats:" is a header line, alone with the names
  of the formats on the lines below it ("Text"), and so is a bullet of the archive's
  links ("• README"). Blank lines between are passed over;
- a letter's **salutation** ("Dear Comrades,", "My dearest Sonia,", "Comrades:") set just above the source and
  credit lines (blank lines between allowed) opens the body: it is the letter's first
  line, printed before the archive's header lines; a line "To ..." ending in "!" is an
  appeal's title there ("To the Dockers of the Port!"), never a salutation;
- a page **without source or credit lines** (none of the page's furniture, or navigation
  only): its title block is its first paragraphs (blank-line separated, after any
  navigation lines), up to the first paragraph of more than 25 words, or of at least 8
  words ending in ".", "?" or "!", or a salutation; that paragraph opens the body. A page
  of short paragraphs only has its first paragraph as the title block, the rest as body.
  A page in which no blank line separates any two lines (saved with its paragraphs
  collapsed) has each line for a paragraph; navigation lines include a breadcrumb, the
  archive's places joined by ">" ("MIA > Archive > Lind > Works");
- the page's **foot** is not body either: a page without notes may end in credit and
  rights lines, navigation lines (links joined by "|", or a short line naming an index
  or the archive) and "Last updated ..." instead of "Top of page";
- the **notes** are the lines after the notes heading ("Notes", "Footnotes", ...), up to
  "Top of page" and the foot: each note's text without its number or symbol ("1.",
  "[1]", "a.", "[a]", "*", "†");
- **markers** are structure: "[1]", "[a]", "[*]", or a bare "*", "**", "†" set right
  after a word. A marker is taken out of the body when a note with its label is still
  waiting for one, in reading order, so each note takes the first marker that matches
  it and a marker repeated beyond its notes is text.

TEI side: the words of ``text`` outside notes, less the title block that the reader
moves into the article's heads (``div[@type='article']/head`` and its ``dateline``
children); the notes' words in the order of the page's notes (the encoder's
``xml:id="noteK"`` is the K-th note of the page: a note kept in back because its marker
was not found, or one whose marker comes out of order, is compared in its place).
``choice`` is read as printed (``sic``/``orig``).

Words are compared after collapsing all white space, the no-break space included;
quotation marks, dashes and spellings count as printed.
"""
from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from .namespaces import TEI, XML_ID
from .words import words
NOTE_ID = re.compile(r"^note(\d+)$")
BLOCKS = {"p", "head", "dateline", "signed", "salute", "ab", "l", "item", "quote", "bibl", "note", "closer",
          "opener", "div", "cit", "epigraph", "byline", "trailer", "lg", "list", "label", "table", "row", "cell", "body", "back", "front"}
SKIP_READINGS = {"corr", "reg", "expan"}

# -- the page's lines, by the rule's definitions ------------------------------------------

YEAR = r"\b(?:1[6-9]|20)\d\d\b"
#: "From <periodical>, Vol./No./Whole No./<a date> ..., <year>" or "Source: ..."
SOURCE_LINE = re.compile(
    r"^(?:From|Source:)\s+[^,]+,\s*(?=.*" + YEAR + r")(?:Vol|No|no\.|Number|Whole|\(|\d|[A-Z][a-z]+\.?\s+\d|[IVX]+\s*/\s*\d)"
    # without "From": a name (or a column's and the periodical's), then "Vol."/"No.", a
    # year, and the line ends in a date or a page
    r"|^[^,]{2,80}(?:,[^,]{2,80})?,\s*(?:Vol|No\.)(?=.*" + YEAR + r")[^;]*[\d)]\.?$"
    # no comma after the name: "From Harbour Review 2 : 41", "From The Harbour Register 1977, pp. 12-30."
    r"|^From\s+[A-Z][^,:\d]*[A-Za-z]\s+(?:\d+\s*:\s*\d+|" + YEAR + r")(?:,\s*pp?\.\s*[\d\s–-]+)?\.?$"
    # a book's extract: "Extract from Harbour Songs, by Tom Ek, 1909."
    r"|^Extract(?:ed)?\s+from\s+[^,]+,\s*by\s+[^,]+,\s*" + YEAR + r"\.?$"
)
ROLE = (r"(?:Transcri\w+|Mark(?:ed)?[- ]?up|HTML|Translat\w+|Proofread\w*|Formatted|Edited|Prepared|"
        r"Scanned|Digiti[sz]ed|Copied|Downloaded|Originally)")
CREDIT_LINE = re.compile(
    rf"^(?:{ROLE}\b[^.:]*?(?:\bby\b|\bfrom\b|:)"
    r"|Thanks\s+(?:are\s+due\s+)?to\b"
    r"|(?:Written|(?:First\s+)?Published|Publishing\s+information|Publisher|Online\s+Version|Source|Adopted|Delivered)\s*:"
    r"|This\s+\w+\s+(?:can|may)\s+(?:also\s+)?be\s+found\b)",
    re.IGNORECASE,
)
#: "Dear Comrades,", "My dear friend,", "My dearest Anna,", "Comrades:", "To the Editors:":
#: a short line opening a letter, ending in a comma, colon or exclamation mark
SALUTATION_LINE = re.compile(r"^(?:Dear(?:est)?|My\s+dear(?:est)?|Comrades?|Friends?|Sirs?|Gentlemen|Fellow|To)\b[^.;?]{0,80}[,:!]$",
                             re.IGNORECASE)
RIGHTS_LINE = re.compile(r"^(?:Copyright|Copyleft|©|Public\s+Domain)", re.IGNORECASE)
UPDATED_LINE = re.compile(r"^(?:Last\s+)?Updated\b", re.IGNORECASE)
ARCHIVE_WORDS = re.compile(r"Index|Encyclop|Marxists|ETOL|MIA|Home|Main\s+Newspaper|Top of page")
NOTES_HEADING = {"notes", "note", "footnotes", "footnote", "endnotes", "end notes"}
TOP_OF_PAGE = {"top of page", "top of the page", "top"}
SYMBOLS = r"\*{1,3}|[†‡]{1,2}"
#: a note's number or symbol at the start of its line, with the white space after it
NOTE_NUMBER = re.compile(
    rf"^(?:\[(?P<bracketed>\d+|[a-z]|{SYMBOLS})\]\s*|(?P<dotted>\d+)\.\s*|(?P<lettered>[a-z])\.\s+"
    rf"|(?P<symbol>{SYMBOLS})(?![*†‡])\s*(?=[^\s*†‡]))"
)
#: a marker in the body, with the white space before a bracketed one
MARKER = re.compile(
    rf"\s*\[(?P<bracketed>\d+|{SYMBOLS})\]|\s*\[(?P<lettered>[a-z])\](?!\w)"
    rf"|(?<=[^\s*†‡])(?P<symbol>{SYMBOLS})(?![*†‡])"
)


def is_source_or_credit(line: str) -> bool:
    stripped = line.strip()
    return bool(SOURCE_LINE.match(stripped) or CREDIT_LINE.match(stripped))


def is_header_line(line: str) -> bool:
    """A line of the run that ends the title block: source, credit or rights (or blank),
    or the archive's links to other formats."""
    stripped = line.strip()
    return (not stripped or is_source_or_credit(line) or bool(RIGHTS_LINE.match(stripped))
            or bool(FORMATS_LINE.match(stripped)))


#: "Other Formats:" (its value, format names, on the lines below it) and the archive's
#: bullet links ("• README")
FORMATS_LINE = re.compile(r"^(?:Other\s+Formats\s*:.*|•\s*\S+(?:\s+\S+){0,2})$")
#: a format's name alone on its line ("Text", "PDF")
FORMAT_WORD = re.compile(r"^[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?$")
#: a sentence granting the page's use
GRANT = re.compile(r"^(?:You\s+(?:may|can|are\s+free)|Please\s+(?:credit|cite|acknowledge)|Permission\b)")
SENTENCE_DONE = re.compile(r"[.!?][”’\"')\]]*$")


def non_blank_after(lines: list[str], at: int) -> list[int]:
    return [i for i in range(at + 1, len(lines)) if lines[i].strip()]


def past_label_alone(lines: list[str], at: int) -> int:
    """The index after the value of the label alone at ``at``, by the rule above."""
    label_text = lines[at].strip()
    below = non_blank_after(lines, at)
    if not below:
        return at + 1
    if RIGHTS_LINE.match(label_text):
        text = ""
        for count, i in enumerate(below[:10]):
            if is_header_line(lines[i]):
                break
            text += " " + lines[i].strip()
            following = lines[below[count + 1]].strip() if count + 1 < len(below) else ""
            if SENTENCE_DONE.search(text) and not GRANT.match(following):
                return i + 1
        return below[0] + 1
    if label_text.startswith("Other"):
        end = at + 1
        for i in below:
            if not FORMAT_WORD.match(lines[i].strip()):
                break
            end = i + 1
        return end
    for i in below[:11]:
        if is_header_line(lines[i]) and ":" in lines[i]:
            return i
        if len(lines[i].split()) > 15:
            break
    return below[0] + 1


def is_label_alone(line: str) -> bool:
    stripped = line.strip()
    return stripped.endswith(":") and len(stripped.split()) <= 3 and is_header_line(stripped)


def header_run_end(lines: list[str], first: int) -> int:
    """The index after the run of source, credit and rights lines that starts at ``first``."""
    at = first
    while at < len(lines) and is_header_line(lines[at]):
        if is_label_alone(lines[at]):
            at = past_label_alone(lines, at)
        else:
            at = past_remarks(lines, at) if SOURCE_LINE.match(lines[at].strip()) else at + 1
    return at


#: the archive's remark between a source line and a credit line has at most so many words
REMARK_WORDS = 20


def past_remarks(lines: list[str], at: int) -> int:
    """After the source line at ``at``: past the end of its paragraph when the paragraph
    closes with a credit line and the lines between are short (the archive's remarks: "The
    article is available in PDF format at ..."), else the next line."""
    end = at + 1
    while end < len(lines) and lines[end].strip():
        end += 1
    between = lines[at + 1:end - 1]
    if end - at >= 3 and CREDIT_LINE.match(lines[end - 1].strip()) and all(
            len(line.split()) <= REMARK_WORDS for line in between):
        return end
    return at + 1


#: a breadcrumb: the archive's places joined by ">" ("MIA > Archive > Lind > Works")
BREADCRUMB_LINE = re.compile(r"^[^<>|]{1,40}(?:\s>\s[^<>|]{1,40}){2,}$")


def is_navigation(line: str) -> bool:
    stripped = line.strip()
    if BREADCRUMB_LINE.match(stripped) and ARCHIVE_WORDS.search(stripped):
        return True
    if "|" in stripped:
        return all(part.strip() and len(part.split()) <= 8 for part in stripped.split("|"))
    return len(stripped.split()) <= 6 and not stripped.endswith(".") and bool(ARCHIVE_WORDS.search(stripped))


def is_foot_line(line: str) -> bool:
    stripped = line.strip()
    return (not stripped or is_source_or_credit(stripped) and not SOURCE_LINE.match(stripped)
            or bool(RIGHTS_LINE.match(stripped)) or is_navigation(stripped) or bool(UPDATED_LINE.match(stripped)))


def is_notes_heading(line: str) -> bool:
    return line.strip().rstrip(":").lower() in NOTES_HEADING


def is_top_of_page(line: str) -> bool:
    return line.strip().lower() in TOP_OF_PAGE


def label(match: re.Match) -> str:
    return next(value for value in match.groupdict().values() if value is not None)


def above_foot(lines: list[str], start: int, end: int) -> int:
    """Where the page's foot begins above ``end`` (never above ``start``)."""
    while end > start and is_foot_line(lines[end - 1]):
        end -= 1
    return end


def without_markers(text: str, labels: Counter) -> str:
    """``text`` less the note markers that the notes ``labels`` (label -> how many notes)
    take, each replaced by a space (a marker is never part of a word)."""
    waiting = Counter(labels)
    pieces, position = [], 0
    for match in MARKER.finditer(text):
        if waiting[label(match)] > 0:
            waiting[label(match)] -= 1
            pieces += [text[position:match.start()], " "]
            position = match.end()
    return "".join(pieces) + text[position:]


def source_parts(text: str) -> tuple[list[str], list[list[str]]]:
    """(body words, [words of each note]) of a page text, by the rule above."""
    lines = text.replace("\r\n", "\n").lstrip("\ufeff").split("\n")
    first = next((i for i, line in enumerate(lines) if is_source_or_credit(line)), None)
    if first is None:
        first = start = body_start_without_source_lines(lines)
        if start is None:
            return [], []
    else:
        start = header_run_end(lines, first)
    end = next((i for i in range(start, len(lines)) if is_notes_heading(lines[i]) or is_top_of_page(lines[i])),
               len(lines))
    has_notes = end < len(lines) and is_notes_heading(lines[end])
    notes: list[list[str]] = []
    labels: Counter = Counter()
    if has_notes:
        stop = next((i for i in range(end + 1, len(lines)) if is_top_of_page(lines[i])), len(lines))
        for line in lines[end + 1:above_foot(lines, end + 1, stop)]:
            number = NOTE_NUMBER.match(line.strip())
            if number:
                notes.append(words(line.strip()[number.end():]))
                labels[label(number)] += 1
            elif line.strip() and notes:
                notes[-1].extend(words(line))
    else:
        end = above_foot(lines, start, end)
    above = salutation_above(lines, first) if first < start else []
    body = words(without_markers("\n".join(above + lines[start:end]), labels))
    return body, notes


#: a title block without source lines ends at a paragraph this long, or at a sentence this long
LONG_PARAGRAPH_WORDS, SENTENCE_WORDS = 25, 8


def paragraphs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last + 1) line indexes of each run of non-blank lines; on a page where no
    blank line separates any two lines (saved with its paragraphs collapsed), each line."""
    found, at = [], None
    for i, line in enumerate(lines + [""]):
        if line.strip() and at is None:
            at = i
        elif not line.strip() and at is not None:
            found.append((at, i))
            at = None
    if len(found) == 1 and found[0][1] - found[0][0] >= 3:
        return [(i, i + 1) for i in range(*found[0])]
    return found


#: an issue cited with its pages, alone in a paragraph, without "From": "Harbour Review,
#: June 1942, pp. 181–186." (perhaps ", under the name …" after it)
PAGED_CITATION = re.compile(
    r"^[A-Z][^,]{1,80},\s*(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?" + YEAR
    + r",\s*pp?\.\s*\d+(?:\s*[–-]\s*\d+)?(?:,?\s+under\s+the\s+(?:pen[- ])?name\s+.+)?\.?$")


def body_start_without_source_lines(lines: list[str]) -> int | None:
    """Where the body of a page without source or credit lines starts, by the rule above;
    None when it has no second paragraph after its navigation. A paragraph of one line
    that cites the issue with its pages, where the body would start, is the page's
    source line: the body starts after it."""
    runs = paragraphs(lines)
    start = _body_start_by_size(lines, runs)
    if start is not None:
        at = next(i for i, run in enumerate(runs) if run[0] == start)
        if runs[at][1] - runs[at][0] == 1 and PAGED_CITATION.match(lines[start].strip()) and at + 1 < len(runs):
            return runs[at + 1][0]
    return start


def _body_start_by_size(lines: list[str], runs: list[tuple[int, int]]) -> int | None:
    """Where the body starts by the size of its paragraphs (the rule above)."""
    runs = list(runs)
    while runs and all(is_navigation(line) for line in lines[runs[0][0]:runs[0][1]]):
        runs.pop(0)
    for at, end in runs:
        text = " ".join(line.strip() for line in lines[at:end])
        size = len(text.split())
        if (size > LONG_PARAGRAPH_WORDS or size >= SENTENCE_WORDS and text[-1:] in ".?!"
                or SALUTATION_LINE.match(text) and size <= 10):
            return at
    return runs[1][0] if len(runs) > 1 else None


def salutation_above(lines: list[str], first: int) -> list[str]:
    """The salutation set just above the line ``first`` (blank lines between), as a list
    of at most one line."""
    above = first - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    line = lines[above].strip() if above >= 0 else ""
    appeal = line.startswith("To ") and line.endswith("!")
    return [line] if SALUTATION_LINE.match(line) and len(line.split()) <= 10 and not appeal else []


def _collect(element: etree._Element, out: list[str], skip_notes: bool) -> None:
    name = etree.QName(element).localname if isinstance(element.tag, str) else None
    if name is None:
        out.append(element.tail or "")
        return
    block = name in BLOCKS
    if block:
        out.append(" ")
    if name not in SKIP_READINGS and not (skip_notes and name == "note"):
        out.append(element.text or "")
        for child in element:
            _collect(child, out, skip_notes)
    if block:
        out.append(" ")
    out.append(element.tail or "")


def text_words(element: etree._Element, skip_notes: bool = True) -> list[str]:
    """The words of an element as printed: corrections read as sic, notes left out."""
    out: list[str] = []
    tail = element.tail
    element.tail = None
    try:
        _collect(element, out, skip_notes)
    finally:
        element.tail = tail
    return words("".join(out))


def tei_parts(tree) -> tuple[list[str], list[list[str]]]:
    """(body words, [words of each note]) of an encoded article, by the rule above."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    ns = {"t": TEI[1:-1]}
    body = root.find(f"{TEI}text/{TEI}body")
    # work on a copy with the title block taken out
    copy = etree.fromstring(etree.tostring(body))
    for element in copy.xpath("t:div[@type='article']/t:head | t:div[@type='article']/t:dateline", namespaces=ns):
        parent = element.getparent()
        if element.tail and element.tail.strip():
            raise ValueError("text after a title-block element")
        parent.remove(element)
    body_words = text_words(copy)
    back = root.find(f"{TEI}text/{TEI}back")
    if back is not None:
        body_words += text_words(back)
    numbered = [note for note in root.iter(f"{TEI}note") if note.get("n")]
    notes = [text_words(note, skip_notes=False) for note in in_page_order(numbered)]
    return body_words, notes


def in_page_order(notes: list[etree._Element]) -> list[etree._Element]:
    """The notes in the order of the page's notes section when the encoder's ids
    (``noteK``) say it, else in document order."""
    positions = [NOTE_ID.match(note.get(XML_ID, "")) for note in notes]
    if all(positions):
        return [note for _, note in sorted(zip((int(m.group(1)) for m in positions), notes), key=lambda pair: pair[0])]
    return notes
