"""Whole-document passes: inline markup added to the model after the reader.

:func:`annotate` runs, in this order, over every block of the article (heads, body,
notes; see :func:`tei.model.article_blocks`):

1. corrections from the companion file -> ``choice`` (:mod:`.corrections`);
2. mentions from the register -> ``persName``/``placeName``/``orgName`` with ``@ref``,
   and titles of works -> ``title`` (:mod:`.mentions`);
3. quotations -> ``q`` (:mod:`.quotes`);
4. dates -> ``date`` with ``@when`` where certain (:mod:`.dates`).

Passes add :class:`tei.model.Span` s and never change a block's text. Spans of a block
nest; :func:`nest` orders them for the writer (outer first; for equal ranges in the
order of :data:`tei.model.NESTING`).
Spans the reader made (note milestones, a dateline's ``date``) are kept. Running
:func:`annotate` twice gives the same spans: a pass finds the same spans again and
:func:`nest` keeps one of each.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import ContentError, TeiWarning
from ..model import Article, Span, nesting_rank
from ..register import Register
from ..responsibility import APP_ID
from ..model import article_blocks
from .corrections import apply_corrections, read_corrections
from .dates import mark_dates, reference
from .mentions import Context, mark_names
from .quotes import mark_quotations

__all__ = ["annotate", "nest", "used_ids", "header_ids"]


#: what ``--names`` may say: the register's names only, or the recogniser's too
NAMES_CHOICES = ("register", "all")


def annotate(article: Article, register: Register | None, corrections: str | Path | None = None,
             names: str = "all", corrections_resp: str = f"#{APP_ID}") -> list[TeiWarning]:
    """Add correction, mention, title, quotation and date spans to every block (the
    register's mentions and titles only with a register; with ``names="all"`` the names
    the recogniser finds, :mod:`.recognise`, whose entries go to ``article.found``).

    ``corrections`` is the path of the article's corrections file, or None, and
    ``corrections_resp`` whom its corrections point at. A broken
    corrections file raises :class:`tei.errors.RegisterError` (file:line).
    """
    blocks = list(article_blocks(article))
    if corrections is not None:
        apply_corrections(article, read_corrections(corrections), corrections_resp)
    warnings: list[TeiWarning] = []
    if register is not None:
        matcher = register.matcher()
        context = Context()
        for block in blocks:
            warnings += mark_names(block, matcher, context, article.path)
    ref_year, ref_month = reference(article)
    for block in blocks:
        warnings += mark_quotations(block, article.path)
        mark_dates(block, ref_year, ref_month)
    if names == "all":
        from .recognise import recognise

        article.found = recognise(article, register)
    for block in blocks:
        block.spans = nest(block.spans)
    return warnings


def _order(span: Span) -> tuple[int, int, int]:
    return (span.start, -span.end, nesting_rank(span.tag))


def nest(spans: list[Span]) -> list[Span]:
    """The spans ordered outer-first for writing; :class:`ContentError` if two cross."""
    ordered = sorted(set(spans), key=lambda s: (*_order(s), s.attrs))
    stack: list[Span] = []
    for span in ordered:
        while stack and stack[-1].end <= span.start:
            stack.pop()
        if stack and span.end > stack[-1].end:
            raise ContentError(
                f"spans cross: {stack[-1].tag} {stack[-1].start}-{stack[-1].end} and {span.tag} {span.start}-{span.end}"
            )
        stack.append(span)
    return ordered


def header_ids(article: Article, register: Register) -> list[str]:
    """Register ids of the header's names: authors (persons), credit names (persons)."""
    ids = [register.lookup(name, "person") for name in article.header.authors]
    for credit in article.header.credits:
        ids += [register.lookup(name, "person") for name in credit.names]
    return [i for i in ids if i]


def used_ids(article: Article, register: Register | None = None) -> list[str]:
    """Ids the article refers to (``@ref`` of its spans; with ``register``, the header's
    names too), once each, in order of first use: what its ``standOff`` must hold."""
    ids: list[str] = header_ids(article, register) if register is not None else []
    for block in article_blocks(article):
        for span in sorted(block.spans, key=_order):
            ref = span.attr("ref")
            if ref and ref.startswith("#"):
                ids.append(ref[1:])
    return list(dict.fromkeys(ids))

