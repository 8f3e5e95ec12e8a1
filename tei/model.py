"""The document model: what the reader finds in an article, before any XML.

The reader (``tei.readers``) builds it from text; passes (``tei.passes``) add inline
spans to it; the writer (``tei.writer``) turns it into TEI. Text is never changed after
the reader: inline markup is a list of :class:`Span` over a block's text, so every
character of the source survives by construction.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field


#: how spans over the same range of text nest, outermost first: a ``q`` holds a name, a
#: ``persName`` holds its ``choice``; a tag not listed goes inside all of these. The
#: passes order spans by it and the writer opens elements by it.
NESTING = ("q", "soCalled", "mentioned", "said", "quote", "seg", "title", "eventName", "orgName", "placeName", "persName", "name", "rs", "date", "choice")


def nesting_rank(tag: str) -> int:
    """Where ``tag`` stands in :data:`NESTING` (lower: outside)."""
    return NESTING.index(tag) if tag in NESTING else len(NESTING)


@dataclass(frozen=True)
class Span:
    """Inline markup over ``text[start:end]`` of one block.

    ``tag`` is the TEI element to write (``persName``, ``placeName``, ``orgName``, ``q``,
    ``date``, ``title``, ``seg``, ``choice``). A ``choice`` span holds the printed text
    as ``sic`` and its correction in ``attrs["corr"]``. A span with ``start == end`` is a
    milestone: ``note`` (attrs ``n``) marks where note ``n`` is anchored.
    Spans of one block must nest; :func:`tei.passes.nest` checks and orders them
    (:data:`NESTING` for spans over the same range).
    """

    start: int
    end: int
    tag: str
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, name: str, default: str | None = None) -> str | None:
        for key, value in self.attrs:
            if key == name:
                return value
        return default


@dataclass
class Block:
    """A run of text with one role: ``p``, ``head``, ``dateline``, ``salute``,
    ``signed``, ``ab`` (separator), ``seg``... ``line`` is its 1-based source line;
    ``lines`` keeps line breaks inside it (a signature over several lines) as offsets."""

    kind: str
    text: str
    line: int
    spans: list[Span] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)
    breaks: list[int] = field(default_factory=list)


@dataclass
class Group:
    """Blocks that TEI wraps together: ``opener``, ``closer``, ``epigraph``, ``list``,
    ``table``."""

    kind: str
    blocks: list[Block]
    line: int
    #: a ``table``'s cells per row, in order (its blocks are the cells, row after row)
    rows: list[int] = field(default_factory=list)


@dataclass
class Division:
    """A ``div``: its heads, its top matter, its content, its bottom matter."""

    type: str
    heads: list[Block] = field(default_factory=list)
    top: list[Block | Group] = field(default_factory=list)
    content: list["Block | Group | Division"] = field(default_factory=list)
    bottom: list[Block | Group] = field(default_factory=list)
    line: int = 0


@dataclass
class Note:
    """A numbered note: ``n`` as printed (without brackets or dot), its text blocks."""

    n: str
    blocks: list[Block]
    line: int
    resp: str | None = None  # "editor" when the note ends "– Editor"


@dataclass
class PrintedSource:
    """The printed source line: "From The Militant, Vol. VI No. 21, 1 April 1933, pp. 1 & 3."."""

    raw: str | None = None
    line: int | None = None
    journal: str | None = None
    volume: str | None = None  # as printed ("VI")
    issue: str | None = None  # as printed ("21")
    date_text: str | None = None  # as printed ("1 April 1933")
    date_iso: str | None = None  # "1933-04-01", "1933-04", "1933"
    #: an issue dated across a span ("Winter 1970/71"): ("1970", "1971"); else None
    date_period: tuple[str, str] | None = None
    #: the line starts like a source line but its parts could not all be read: only the
    #: newspaper is taken from it, the rest stays in ``raw``
    loose: bool = False
    #: the column or department the line names before the periodical ("Workers’ Forum,
    #: The Militant, Vol. ..."), else None
    column: str | None = None
    #: further source lines of the page ("Reprinted from ..."), as printed
    more: list[str] = field(default_factory=list)
    #: the later instalments of an article printed in several issues, each its own source
    instalments: list["PrintedSource"] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)  # ["1", "3"]; a range stays "4–5"


@dataclass
class Credit:
    """One credit line: who did what for the digital edition."""

    raw: str
    line: int
    role: str  # "transcription", "markup", "translation", "thanks", "proofreading"...
    resp: str  # the words for the role, as printed ("Transcribed & marked up")
    names: list[str] = field(default_factory=list)
    year: str | None = None
    for_whom: str | None = None  # "ETOL", "the Marxists’ Internet Archive"


@dataclass
class Header:
    """What the page tells about the article and its transcription."""

    title: str | None = None
    title_line: int | None = None
    title_breaks: list[int] = field(default_factory=list)
    subtitles: list[tuple[str, int, list[int]]] = field(default_factory=list)  # (text, line, breaks)
    masthead: str | None = None  # "The Militant, 1 April 1933"
    #: the book or series a page belongs to, set above its author ("International Trotskyism")
    work: str | None = None
    work_line: int | None = None
    #: no title line: a title made from the page's own evidence ("Letter from Stuart
    #: King"), for the header only (``title type="supplied"``); never in the text
    title_supplied: str | None = None
    #: the only title line names a periodical's column or department ("Readers’ Notes",
    #: "Manager’s Column"), not this text: the header's title says it is supplied
    title_is_column: bool = False
    authors: list[str] = field(default_factory=list)
    author_line: int | None = None
    author_bracketed: bool = False  # "[The Editor]"
    #: "The Editors", "Editorial Board", "Editor": the paper speaks, no person is named
    author_editorial: bool = False
    written: str | None = None  # "(February 1933)" as printed
    written_iso: str | None = None
    written_line: int | None = None
    written_breaks: list[int] = field(default_factory=list)
    source: PrintedSource = field(default_factory=PrintedSource)
    credits: list[Credit] = field(default_factory=list)
    rights: list[str] = field(default_factory=list)  # "Copyright © ..." / "Copyleft: ..."
    updated: str | None = None  # as printed
    updated_iso: str | None = None
    archives: list[str] = field(default_factory=list)  # from the navigation lines
    source_url: str | None = None
    dropped: list[str] = field(default_factory=list)  # navigation lines left out of the text


@dataclass
class Article:
    """One article: its header, its body division, its notes, and where it came from."""

    header: Header
    body: Division
    notes: list[Note] = field(default_factory=list)
    path: str | None = None
    slug: str = "article"
    #: entries the name recogniser made (``tei.passes.recognise.Found``), by id
    found: list = field(default_factory=list)


def division_blocks(division: Division) -> Iterator[Block]:
    """Every block of a division, depth first, in reading order: its heads, then its top
    matter, content and bottom matter (the blocks of a group in turn)."""
    yield from division.heads
    for item in [*division.top, *division.content, *division.bottom]:
        if isinstance(item, Block):
            yield item
        elif isinstance(item, Group):
            yield from item.blocks
        elif isinstance(item, Division):
            yield from division_blocks(item)


def article_blocks(article: Article) -> Iterator[Block]:
    """The body's blocks, then the notes' blocks: the order passes annotate in (context
    rules, such as the person named most recently, follow it)."""
    yield from division_blocks(article.body)
    for note in article.notes:
        yield from note.blocks
