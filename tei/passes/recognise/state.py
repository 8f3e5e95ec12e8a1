"""What the recogniser knows of one article while it reads it: its mentions so far, and
where in each block a name may still go."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ...model import Article, Block, article_blocks
from .gazetteer import Place
from .ids import entry_id
from .shapes import runs_on_into_a_name

#: inline elements a machine name may neither overlap nor enter
NAME_TAGS = {"persName", "placeName", "orgName", "eventName", "title", "name", "rs"}
#: a surname's particle printed in small letters before it: "de Gaulle", "van der Lubbe"
PARTICLE_BEFORE = re.compile(r"(?<![\w’'\-])(?:de|da|di|du|del|della|van|von|ter)(?:[ \u00a0](?:la|der|den))?[ \u00a0]$")
#: a generation after a person's name: "Oskar T. Brandt, Jr." (the annotation rules keep it)
SUFFIX_AFTER = re.compile(r",?[ \u00a0](?:Jr|Sr)\.")
#: a word of position before a place, part of a region's name: "Central Europe", "Upper Silesia";
#: "New" before a city, part of another city's name ("New Delhi", when the gazetteer has only "Delhi")
POSITION_BEFORE = re.compile(r"(?<![\w’'\-])(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|"
                             r"Upper|Lower|Greater|New)[ \u00a0]$")
#: a word of position abbreviated before a country: "N. Ireland", "S. Africa", "W. Germany"
POSITION_ABBREVIATED_BEFORE = re.compile(r"(?<![\w’'.\-])[NSEW]\.[ \u00a0]$")
#: a colonial power's adjective before a country, part of a territory's name: "Spanish Morocco"
POWER_BEFORE = re.compile(r"(?<![\w’'\-])(?:British|French|Spanish|Portuguese|Dutch|Belgian|Italian|German|"
                          r"Japanese|Russian|Danish)[ \u00a0]$")


@dataclass
class Mention:
    block: Block
    start: int
    end: int
    kind: str
    evidence: str
    cert: str
    key: str | None = None  # entry id; None: a person left unlinked
    place: Place | None = None


class Cover:
    """Where names may not go in one block: a mask of the characters that a name or title
    (or an earlier machine mention) covers, note anchors, and the ends of other spans
    (quotations, dates, corrections), which a name may hold whole but never cross.
    ``stops`` marks where an anchor or an end stands (None when none does): a range with
    none strictly inside needs no more than the mask (the common case). The mask is filled
    through a memoryview of it, whose slice assignment costs less than the bytearray's."""

    def __init__(self, block: Block):
        self.mask = mask = bytearray(len(block.text))
        self._fill = fill = memoryview(mask)
        self.anchors = anchors = []
        self.ends = ends = []  # (boundary, start, end) of other spans
        for span in block.spans:
            start, end = span.start, span.end
            if start == end:
                anchors.append(start)
            elif span.tag in NAME_TAGS:
                fill[start:end] = b"\x01" * (end - start)
            else:
                ends.append((start, start, end))
                ends.append((end, start, end))
        self.stops = None
        if anchors or ends:
            anchors.sort()
            ends.sort()
            self.stops = stops = bytearray(len(mask) + 1)
            for at in anchors:
                stops[at] = 1
            for at, _, _ in ends:
                stops[at] = 1

    def cover(self, start: int, end: int) -> None:
        self._fill[start:end] = b"\x01" * (end - start)

    def clear(self, start: int, end: int) -> bool:
        """True when nothing stands inside ``[start, end)``: no name, no note anchor after
        ``start``, no end of another span after ``start``. Then every part of it is
        :meth:`free` too."""
        return 1 not in self.mask[start:end] and (self.stops is None or 1 not in self.stops[start + 1:end])

    def free(self, start: int, end: int) -> bool:
        if 1 in self.mask[start:end]:
            return False
        if self.stops is None or 1 not in self.stops[start + 1:end]:
            return True  # no anchor, no end inside: the common case
        at = bisect_right(self.anchors, start)
        if at < len(self.anchors) and self.anchors[at] < end:
            return False
        at = bisect_right(self.ends, (start, len(self.mask) + 1, 0))
        while at < len(self.ends) and self.ends[at][0] < end:
            _, lo, hi = self.ends[at]
            if lo < start or hi > end:  # one end inside, the other outside: it crosses
                return False
            at += 1
        return True


#: the archive's "Written:" line, which the reader keeps as the title block's dateline
WRITTEN_LABEL = re.compile(r"^\s*Written\s*:")


def is_archive_label(block: Block) -> bool:
    """The archive's labelled "Written: ..." line kept as a dateline: the header's
    statement, not the article's text, so no name is read in it (as in the source and
    credit lines, docs/names-annotation.md)."""
    return block.kind == "dateline" and WRITTEN_LABEL.match(block.text) is not None


class Covers(dict):
    """Each block's :class:`Cover` by the block's id, made when first asked for (a block
    with no candidate names never needs one)."""

    def __init__(self, blocks: list[Block]):
        super().__init__()
        self.blocks = {id(b): b for b in blocks}

    def __missing__(self, key: int) -> Cover:
        cover = self[key] = Cover(self.blocks[key])
        return cover


class ArticleState:
    """What the recogniser knows of one article while it reads it."""

    def __init__(self, article: Article, register_ids):
        """``register_ids``: what answers ``id in register_ids`` for the editor's ids (the
        register itself: no set of its ids made per article)."""
        self.blocks = [block for block in article_blocks(article) if not is_archive_label(block)]
        self.register_ids = register_ids
        self.register = None
        self.capital_runs: set[tuple[int, int]] = set()  # (block, start) of words in a run of capitals
        self.reserved: set[tuple[int, int]] = set()  # (block, start) of listed surnames, decided last
        self.mentions: list[Mention] = []
        self.covers = Covers(self.blocks)
        self._text: str | None = None
        self._numbered: bool | None = None
        self._lower: dict[str, bool] = {}
        #: (block, start) of words left for coreference that open a sentence: no name if the
        #: article also writes them in small letters, a search made only when one would count
        self.unsure: set[tuple[int, int]] = set()

    @property
    def numbered_paragraphs(self) -> bool:
        """True when a paragraph or heading of the article opens with "II.": its "I." is a
        number too, never an initial (made when first asked for)."""
        if self._numbered is None:
            self._numbered = any(block.text.startswith("II. ") for block in self.blocks)
        return self._numbered

    @property
    def text(self) -> str:
        """The article's blocks joined by line breaks (made when first asked for)."""
        if self._text is None:
            self._text = "\n".join(b.text for b in self.blocks)
        return self._text

    def in_lower_case(self, word: str) -> bool:
        """True when the article also writes ``word`` in lower case ("Many" opening a
        sentence, "many" elsewhere): a common word, not a name. A search per word asked
        about (cached): cheaper than listing every word of the article."""
        lower = word.lower()
        if lower not in self._lower:
            text = self.text
            found, at = False, text.find(lower)
            while at != -1 and not found:
                end = at + len(lower)
                found = (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isalpha())
                at = text.find(lower, at + 1)
            self._lower[lower] = found
        return self._lower[lower]

    def dropped(self, block: Block, word: str, start: int) -> bool:
        """True for a word left for coreference that the reading leaves out after all: a
        sentence's first word the article also writes in small letters ("Many")."""
        return (id(block), start) in self.unsure and self.in_lower_case(word)

    def free(self, block: Block, start: int, end: int) -> bool:
        """True when ``block.text[start:end]`` may become a name: no name or title
        overlaps it, no span crosses it, no note anchor is inside it."""
        return self.covers[id(block)].free(start, end)

    def add(self, block: Block, start: int, end: int, kind: str, evidence: str, cert: str,
            key: str | None = None, place: Place | None = None) -> bool:
        if start >= end or not self.free(block, start, end):
            return False
        if kind == "person":
            start, end = self._whole_person(block, start, end)
        elif kind == "place":
            if (evidence == "list" or evidence.startswith("gazetteer-")) and runs_on_into_a_name(block.text, end):
                return False  # a part of a longer name: "the Royal Ulster Constabulary"
            region = self._region_before(block, start, place)
            if region is not None:  # "Central Europe": a place of its own, with no gazetteer id
                start, evidence, cert, place = region, "place-region", "medium", None
                key = entry_id("place", block.text[start:end])
        self.covers[id(block)].cover(start, end)
        self.mentions.append(Mention(block, start, end, kind, evidence, cert, key, place))
        return True

    def _region_before(self, block: Block, start: int, place: Place | None) -> int | None:
        """Where a region's name starts whose last word is the place found at ``start``: a
        word of position before any place ("Central Europe", "Upper Silesia"), a colonial
        power's adjective before a country ("Spanish Morocco"); None when there is none or
        it is not free."""
        before = block.text[max(0, start - 12):start]
        found = POSITION_BEFORE.search(before)
        if found is None and place is not None and place.kind == "country":
            found = POWER_BEFORE.search(before) or POSITION_ABBREVIATED_BEFORE.search(before)
        if found is None:
            return None
        region = start - len(before) + found.start()
        return region if self.free(block, region, start) else None

    def _whole_person(self, block: Block, start: int, end: int) -> tuple[int, int]:
        """A person's name with the particle before it and the generation after it, when
        they are free: "Gaulle" in "de Gaulle", "Roosevelt, Jr."."""
        # the particle ends in a space (a search that ends at "$" may also end before a "\n")
        particle = PARTICLE_BEFORE.search(block.text, max(0, start - 12), start) \
            if start and block.text[start - 1] in " \u00a0\n" else None
        if particle is not None and self.free(block, particle.start(), start):
            start = particle.start()
        suffix = SUFFIX_AFTER.match(block.text, end)
        if suffix is not None and self.free(block, end, suffix.end()):
            end = suffix.end()
        return start, end
