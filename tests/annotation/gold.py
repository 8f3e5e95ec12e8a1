"""Scoring mentions against the gold annotation of the seed article.

The gold (``seed_gold.tsv``) was made by hand by the issue's rules. Each row is one
mention: ``line  kind  ref  surface  nth``: the source line of the article text, the
kind (persName, placeName, orgName, eventName), the register id, the printed surface, and which
occurrence of that surface (as a substring of the printed line, 1-based) it is. This
position does not depend on how the reader splits blocks or the writer nests elements,
so the same gold scores the model (reader + passes) and the TEI (reader + passes +
writer).
"""
from __future__ import annotations

from pathlib import Path

from lxml import etree

HERE = Path(__file__).parent
GOLD = HERE / "seed_gold.tsv"
KINDS = ("persName", "placeName", "orgName", "eventName")
TEI = "{http://www.tei-c.org/ns/1.0}"
BLOCK_TAGS = {"head", "p", "dateline", "signed", "salute", "ab", "byline", "trailer", "l"}

Key = tuple[int, str, str, str, int]


def load_gold(path: Path = GOLD) -> set[Key]:
    keys: set[Key] = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#") or raw.startswith("line\t"):
            continue
        line, kind, ref, surface, nth = raw.split("\t")
        keys.add((int(line), kind, ref, surface, int(nth)))
    return keys


def _occurrence(text: str, surface: str, column: int) -> int:
    """Which occurrence of ``surface`` in ``text`` starts at ``column`` (overlaps counted)."""
    count, at = 0, text.find(surface)
    while at != -1 and at < column:
        count += 1
        at = text.find(surface, at + 1)
    return count + 1


def keys_from_blocks(source: str, blocks) -> set[Key]:
    """Gold keys of mentions found in ``blocks``: (text, [(start, end, kind, ref)]) in
    document order; each block is found in the source text from the previous one on."""
    lines = source.splitlines()
    cursor = 0
    keys: set[Key] = set()
    for text, mentions in blocks:
        segments = text.split("\n")
        first = next((s for s in segments if s.strip()), "")
        probe = first.strip()[:60]
        if not probe:
            continue
        found = next((i for i in range(cursor, len(lines)) if probe in lines[i]), None)
        if found is None:
            raise AssertionError(f"block not found in the source: {probe!r}")
        cursor = found
        for start, end, kind, ref in mentions:
            surface = text[start:end]
            before = text[:start]
            index = before.count("\n")
            line_no = found + index
            segment_start = before.rfind("\n") + 1
            segment = segments[index]
            column = lines[line_no].find(segment.strip()) + (start - segment_start) - (len(segment) - len(segment.lstrip()))
            keys.add((line_no + 1, kind, ref, surface, _occurrence(lines[line_no], surface, column)))
    return keys


def header_keys(source: str, names) -> set[Key]:
    """Header names (kind, ref, surface): placed at the first line that prints them."""
    lines = source.splitlines()
    keys = set()
    for kind, ref, surface in names:
        line_no = next(i for i, line in enumerate(lines) if surface in line)
        keys.add((line_no + 1, kind, ref, surface, _occurrence(lines[line_no], surface, lines[line_no].find(surface))))
    return keys


def model_blocks(article):
    from tei.model import article_blocks

    for block in article_blocks(article):
        mentions = [(s.start, s.end, s.tag, (s.attr("ref") or "")[1:]) for s in block.spans if s.tag in KINDS]
        yield block.text, mentions


# -- the TEI side ---------------------------------------------------------------------
def _plain(element, out: list[str], mentions: list, notes: list) -> None:
    """Printed (sic) text of ``element`` without its notes; mentions with offsets."""
    tag = etree.QName(element).localname if isinstance(element.tag, str) else None
    if tag == "note":
        notes.append(element)
        return
    if tag == "corr":
        return  # the printed reading is the sic
    start = sum(map(len, out))
    _plain_children(element, out, mentions, notes)
    if tag in KINDS:
        mentions.append((start, sum(map(len, out)), tag, (element.get("ref") or "")[1:]))


def _block_of(element, notes: list):
    out: list[str] = []
    mentions: list = []
    _plain_children(element, out, mentions, notes)
    return "".join(out), mentions


def _plain_children(element, out, mentions, notes):
    if element.text:
        out.append(element.text)
    for child in element:
        if isinstance(child.tag, str):
            _plain(child, out, mentions, notes)
        if child.tail:
            out.append(child.tail)


def tei_blocks(tree):
    """(printed text, mentions) of each block of ``text`` in order: body, then notes."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    text = root.find(f"{TEI}text")
    notes: list = []
    blocks = []
    for element in text.iter():
        if not isinstance(element.tag, str):
            continue
        if etree.QName(element).localname in BLOCK_TAGS and not any(
            etree.QName(a).localname == "note" for a in element.iterancestors()
        ):
            blocks.append(_block_of(element, notes))
    for note in notes:
        inner = [c for c in note if isinstance(c.tag, str) and etree.QName(c).localname in BLOCK_TAGS]
        for element in inner or [note]:
            blocks.append(_block_of(element, []))
    return blocks


def tei_header_names(tree):
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    # the names the page prints (author, transcriber): the file description, less the
    # edition's editor (from the meta file, not the page); profileDesc repeats the text's
    file_desc = root.find(f"{TEI}teiHeader/{TEI}fileDesc")
    names = set()
    for kind in KINDS:
        for element in file_desc.iter(f"{TEI}{kind}"):
            if any(a.tag == f"{TEI}editor" for a in element.iterancestors()):
                continue
            names.add((kind, (element.get("ref") or "")[1:], "".join(element.itertext())))
    return names


def score(found: set[Key], gold: set[Key]) -> tuple[float, float, set[Key], set[Key]]:
    """Precision, recall, false positives, misses."""
    hits = found & gold
    precision = len(hits) / len(found) if found else 0.0
    recall = len(hits) / len(gold) if gold else 0.0
    return precision, recall, found - gold, gold - found
