"""Line and column of an element in the bytes it was parsed from.

lxml keeps each element's line (``sourceline``) but not its column; a user's editor wants
both. The column is found by looking for the element's start tag on its line: the n-th
``<name`` there, n being the element's rank among same-named elements on that line.
"""
from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree


class SourceLines:
    """The decoded lines of one document, split on first use."""

    def __init__(self, data: bytes | None):
        self._data = data
        self._lines: list[str] | None = None

    def line(self, number: int) -> str:
        if self._lines is None:
            text = (self._data or b"").decode("utf-8", errors="replace")
            self._lines = text.splitlines()
        if 1 <= number <= len(self._lines):
            return self._lines[number - 1]
        return ""


@lru_cache(maxsize=256)
def _start_tag(qname: str) -> re.Pattern:
    return re.compile("<" + re.escape(qname) + r"(?=[\s/>])")


def element_position(element, source: SourceLines) -> tuple[int, int]:
    """(line, column) of ``element``'s start tag, both 1-based; column 0 if not found."""
    if element is None or not isinstance(getattr(element, "tag", None), str):
        return 0, 0
    line = element.sourceline or 0
    if not line:
        return 0, 0
    qname = etree.QName(element).localname
    if element.prefix:
        qname = f"{element.prefix}:{qname}"
    rank = 0
    for other in element.getroottree().getroot().iter(element.tag):
        if other is element:
            break
        if other.sourceline == line:
            rank += 1
    matches = list(_start_tag(qname).finditer(source.line(line)))
    if rank < len(matches):
        return line, matches[rank].start() + 1
    return line, 0


def node_at(tree, xpath: str | None):
    """The element an engine's XPath names, or None when it cannot be evaluated."""
    if not xpath or tree is None:
        return None
    try:
        found = tree.xpath(xpath)
    except (etree.XPathError, TypeError, ValueError):
        return None
    if isinstance(found, list) and found:
        node = found[0]
        if isinstance(node, etree._Element):
            return node
        parent = getattr(node, "getparent", None)
        return parent() if parent else None
    return None


def simple_path(element) -> str | None:
    """A readable XPath such as ``/TEI/text[1]/body[1]/div[1]/p[3]`` (TEI prefix dropped)."""
    if element is None:
        return None
    steps = []
    node = element
    while node is not None and isinstance(node.tag, str):
        parent = node.getparent()
        name = etree.QName(node).localname
        if parent is None:
            steps.append(f"/{name}")
        else:
            index = 1 + sum(1 for sibling in node.itersiblings(preceding=True) if sibling.tag == node.tag)
            steps.append(f"/{name}[{index}]")
        node = parent
    return "".join(reversed(steps))
