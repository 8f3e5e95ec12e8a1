"""Lines and blank-line groups (the text comes decoded: :mod:`tei.readers.decode`).

An ETOL page saved as text keeps the HTML's paragraphs as runs of lines separated by
blank lines. A line holding only white space (the pages use no-break spaces as spacers)
counts as blank. Each run is a :class:`LineGroup`; its lines keep their source numbers.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    number: int  # 1-based
    text: str  # without the newline, trailing white space removed

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class LineGroup:
    """Consecutive non-blank lines: one paragraph, heading or furniture item."""

    lines: tuple[Line, ...]

    @property
    def line(self) -> int:
        return self.lines[0].number

    @property
    def text(self) -> str:
        """The lines joined by a space; ``breaks`` gives where the line breaks were."""
        return " ".join(line.text.strip() for line in self.lines)

    @property
    def breaks(self) -> list[int]:
        offsets, position = [], 0
        for line in self.lines[:-1]:
            position += len(line.text.strip()) + 1
            offsets.append(position)
        return offsets


def split_lines(text: str) -> list[Line]:
    return [Line(number, raw.rstrip()) for number, raw in enumerate(text.split("\n"), start=1)]


def group_lines(lines: list[Line]) -> list[LineGroup]:
    """Blank-line groups: consecutive non-blank lines make one group."""
    groups: list[LineGroup] = []
    run: list[Line] = []
    for line in lines:
        if line.blank:
            if run:
                groups.append(LineGroup(tuple(run)))
                run = []
        else:
            run.append(line)
    if run:
        groups.append(LineGroup(tuple(run)))
    return groups


def page_groups(lines: list[Line]) -> list[LineGroup]:
    """A whole page's paragraphs. A page in which no blank line separates any two lines
    (saved with its paragraphs "collapsed", one per line, as some tools store it) is read
    one paragraph per line: otherwise the navigation, the credits and the whole body
    would run together into one paragraph."""
    groups = group_lines(lines)
    if len(groups) == 1 and len(groups[0].lines) >= 3:
        return [LineGroup((line,)) for line in groups[0].lines]
    return groups
