"""The corrected reading of a block, and the way back to printed offsets.

Names and quotation marks are found in the reading in which every ``choice`` span reads
as its ``corr`` ("Ziinoviev" reads "Zinoviev"); what is found is then placed on the
printed text. A boundary that falls inside a corrected stretch widens to the whole
``choice``, so a mention always contains its correction whole and spans never cross.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..model import Block


@dataclass(frozen=True)
class Piece:
    """One stretch of the reading: printed text kept, or a correction read as corr."""

    src_start: int
    src_end: int
    read_start: int
    read_end: int
    corrected: bool


class Reading:
    """``text`` is the corrected reading of ``block``; :meth:`source_start` and
    :meth:`source_end` map reading offsets back to printed offsets."""

    def __init__(self, block: Block):
        choices = sorted((s for s in block.spans if s.tag == "choice"), key=lambda s: s.start)
        parts: list[str] = []
        pieces: list[Piece] = []
        src = read = 0
        for choice in choices:
            if choice.start < src:
                continue  # overlapping corrections are refused when they are loaded
            kept = block.text[src : choice.start]
            parts.append(kept)
            pieces.append(Piece(src, choice.start, read, read + len(kept), False))
            read += len(kept)
            corr = choice.attr("corr", "") or ""
            parts.append(corr)
            pieces.append(Piece(choice.start, choice.end, read, read + len(corr), True))
            read += len(corr)
            src = choice.end
        kept = block.text[src:]
        parts.append(kept)
        pieces.append(Piece(src, len(block.text), read, read + len(kept), False))
        self.text = "".join(parts)
        self.pieces = pieces
        self._starts = [p.read_start for p in pieces]

    def _piece(self, offset: int, for_end: bool) -> Piece:
        """The piece a start offset opens (read_start <= offset < read_end) or an end
        offset closes (read_start < offset <= read_end); empty deletions are skipped."""
        if for_end:
            index = bisect.bisect_left(self._starts, offset) - 1
        else:
            index = bisect.bisect_right(self._starts, offset) - 1
        return self.pieces[max(index, 0)]

    def source_start(self, offset: int) -> int:
        piece = self._piece(offset, for_end=False)
        if piece.corrected:
            return piece.src_start
        return piece.src_start + (offset - piece.read_start)

    def source_end(self, offset: int) -> int:
        piece = self._piece(offset, for_end=True)
        if piece.corrected:
            return piece.src_end
        return piece.src_start + (offset - piece.read_start)
