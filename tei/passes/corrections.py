"""Corrections of clear transcription errors, from an article's companion file.

TEI rule: a correction keeps what was printed and adds the reading, as
``<choice><sic>printed</sic><corr xml:id="corr1" type="transcription" resp="#resp-editor">corrected</corr></choice>``;
the text is never patched by hand. This pass adds ``Span(start, end, "choice", (("corr",
corrected), ("resp", resp), ("type", "transcription"), ("id", "corrK"), ("reason", note)))``
over the printed ``sic``: ``resp`` is whoever the corrections file belongs to (the
edition's editor, else the encoder: :func:`tei.responsibility.corrections_resp`), ``K``
the row's place in the file, and the reason the file's ``note``, which the header keeps
as a ``note`` pointing at the correction.

Companion file ``<article>.corrections.tsv`` (UTF-8, tab-separated)::

    # comment lines and blank lines are ignored
    sic	corr	context	note
    Ziinoviev	Zinoviev	made by Ziinoviev prior	doubled i

- the first non-comment row is the header, exactly ``sic  corr  context  note``;
- ``sic``: the printed text to correct (not empty); ``corr``: its reading (may be empty:
  a stray character deleted); ``context``: printed text around ``sic`` that contains it
  exactly once and occurs exactly once in the article (its blocks: heads, body, notes);
  an empty context means ``sic`` itself must be unique; ``note``: free text, why.
- An entry whose context matches nothing or more than one place, or whose ``sic`` is not
  in its context exactly once, or whose context overlaps another's, raises
  :class:`tei.errors.RegisterError` naming the file and line.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import RegisterError
from ..model import Article, Block, Span
from ..model import article_blocks

HEADER = ["sic", "corr", "context", "note"]
#: corr/@type: an error of the web page's transcription (the print is not corrected)
TYPE = "transcription"


@dataclass(frozen=True)
class Correction:
    """One row of a corrections file."""

    sic: str
    corr: str
    context: str
    note: str
    path: str
    line: int


def read_corrections(path: str | Path) -> list[Correction]:
    """Parse a corrections file; a malformed row raises RegisterError with file:line."""
    path = Path(path)
    from ..files import read_input

    data = read_input(path, "corrections file (TSV)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise RegisterError("the corrections file is not UTF-8", str(path)) from None
    rows: list[Correction] = []
    header_seen = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = raw.split("\t")
        if not header_seen:
            if cells != HEADER:
                raise RegisterError(f"expected the header row {'<TAB>'.join(HEADER)}", str(path), number)
            header_seen = True
            continue
        if len(cells) != 4:
            raise RegisterError(f"expected 4 tab-separated cells, found {len(cells)}", str(path), number)
        sic, corr, context, note = cells
        if not sic:
            raise RegisterError("empty sic: a correction must name the printed text", str(path), number)
        if sic == corr:
            raise RegisterError(f"sic and corr are the same ({sic!r})", str(path), number)
        context = context or sic
        if context.count(sic) != 1:
            raise RegisterError(f"the context must contain {sic!r} exactly once", str(path), number)
        rows.append(Correction(sic, corr, context, note, str(path), number))
    return rows


def _locate(correction: Correction, blocks: list[Block]) -> tuple[Block, int, int]:
    """The block where the correction's context occurs (once), where its sic starts there,
    and where its context starts."""
    hits = []
    for block in blocks:
        at = block.text.find(correction.context)
        while at != -1:
            hits.append((block, at))
            at = block.text.find(correction.context, at + 1)
    if len(hits) != 1:
        found = "nothing" if not hits else f"{len(hits)} places"
        raise RegisterError(
            f"correction {correction.sic!r} -> {correction.corr!r}: its context {correction.context!r} matches {found}",
            correction.path,
            correction.line,
        )
    block, at = hits[0]
    return block, at + correction.context.index(correction.sic), at


def apply_corrections(article: Article, corrections: list[Correction], resp: str) -> None:
    """Add one ``choice`` span per correction, each located exactly once, made by ``resp``."""
    blocks = list(article_blocks(article))
    placed: dict[int, list[tuple[int, int, Correction]]] = {}
    for number, correction in enumerate(corrections, start=1):
        block, start, context_start = _locate(correction, blocks)
        end = start + len(correction.sic)
        context_end = context_start + len(correction.context)
        for other_start, other_end, other in placed.get(id(block), []):
            if context_start < other_end and other_start < context_end:
                raise RegisterError(
                    f"correction {correction.sic!r} (line {correction.line}) overlaps correction {other.sic!r}"
                    f" (line {other.line}): their contexts share text; give each a context of its own",
                    correction.path,
                    correction.line,
                )
        placed.setdefault(id(block), []).append((context_start, context_end, correction))
        attrs = (("corr", correction.corr), ("resp", resp), ("type", TYPE), ("id", f"corr{number}"))
        block.spans.append(Span(start, end, "choice", attrs + ((("reason", correction.note),) if correction.note else ())))
