"""Mention numbers for the HTML view, counted by the host in one walk of the document.

A name that points at an index entry is that entry's N-th mention, N counting in
document order (``xslt/common/names.xsl``: the key ``mentions`` and ``name-anchor``); its
anchor is ``<entry id>-m<N>`` and the index links back to it. In XSLT 1.0, finding N
means looking the mention up among all of its entry's mentions, so an article that
names one person 10,000 times costs 10,000² steps (95 s for a 10 MB paragraph). The
extension function ``{urn:x-tei-etol:views}mention-number`` answers in constant time
from one walk of the document, made on the first call of a transformation; the
stylesheets use it when it is available and fall back on the key otherwise, with the
same result (``tests/views`` compares both).

The walk applies the key's rule: every ``@ref`` inside ``text`` whose element is a
``persName``, ``placeName``, ``orgName``, ``eventName``, ``name`` or ``rs`` and stands in no ``choice``
is a mention of its first pointer (the value's first space-separated token).
"""
from __future__ import annotations

from collections import Counter

from lxml import etree

from .wrap import HOST_NS, normalize_space

TEI = "{http://www.tei-c.org/ns/1.0}"
NAME_TAGS = frozenset(TEI + tag for tag in ("persName", "placeName", "orgName", "eventName", "name", "rs"))


#: the @ref of every mention (the key's rule), as plain strings.
MENTION_REFS = etree.XPath(
    "//tei:text//*[self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:eventName"
    " or self::tei:name"
    " or self::tei:rs][not(ancestor::tei:choice)]/@ref",
    namespaces={"tei": TEI[1:-1]}, smart_strings=False)


def mention_numbers(root: etree._Element) -> dict:
    """Element -> its number among the mentions of its first pointer."""
    numbers: dict = {}
    counts: dict[str, int] = {}
    for text in root.iter(TEI + "text"):
        if any(ancestor.tag == TEI + "text" for ancestor in text.iterancestors()):
            continue  # an inner text was counted with its outer one
        for element in text.iter(*NAME_TAGS):
            ref = element.get("ref")
            if ref is None or any(a.tag == TEI + "choice" for a in element.iterancestors()):
                continue
            pointer = normalize_space(ref).partition(" ")[0]  # XPath's whitespace, not str.split()'s
            counts[pointer] = counts.get(pointer, 0) + 1
            numbers[element] = counts[pointer]
    return numbers


#: from how many mentions of one entry the host numbers them: below it, the key's loop
#: costs less than a call into Python per name (measured on the bundled article).
MANY = 32


def _numbers(context, node) -> dict:
    """The document's mention numbers, counted once per transformation."""
    cache = context.eval_context
    numbers = cache.get("mention-numbers")
    if numbers is None:
        element = node if isinstance(node, etree._Element) else node.getparent()
        numbers = cache["mention-numbers"] = mention_numbers(element.getroottree().getroot())
    return numbers


def _xpath_many_mentions(context, nodes) -> bool:
    """many-mentions(/*): does an entry have more than :data:`MANY` mentions? (Asked
    once, by a global variable: the host numbers mentions only then.)"""
    if not nodes:
        return False
    refs = MENTION_REFS(nodes[0])  # plain strings: no element proxy made
    counts = Counter(normalize_space(ref).partition(" ")[0] for ref in refs)
    return bool(counts) and max(counts.values()) > MANY


def _xpath_mention_number(context, nodes) -> float:
    """mention-number(@ref): N of the name holding this @ref (NaN if not a mention)."""
    if not nodes:
        return float("nan")
    node = nodes[0]
    element = node if isinstance(node, etree._Element) else node.getparent()
    return float(_numbers(context, element).get(element, float("nan")))


EXTENSIONS = {(HOST_NS, "mention-number"): _xpath_mention_number, (HOST_NS, "many-mentions"): _xpath_many_mentions}
