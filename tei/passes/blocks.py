"""The blocks of an article in document order: the ones passes annotate.

Order: the body division (its heads, top matter, content, bottom matter, recursively),
then the notes. Context rules (the person named most recently) follow this order.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..model import Article, Block, Division, Group


def division_blocks(division: Division) -> Iterator[Block]:
    """Every block of a division, depth first, in reading order."""
    yield from division.heads
    for item in [*division.top, *division.content, *division.bottom]:
        if isinstance(item, Block):
            yield item
        elif isinstance(item, Group):
            yield from item.blocks
        elif isinstance(item, Division):
            yield from division_blocks(item)


def article_blocks(article: Article) -> Iterator[Block]:
    """The body's blocks, then the notes' blocks."""
    yield from division_blocks(article.body)
    for note in article.notes:
        yield from note.blocks
