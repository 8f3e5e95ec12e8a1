"""Spans over a block's text -> nested TEI inline elements.

The reader and the passes describe inline markup as :class:`tei.model.Span` offsets; here
they become elements. Spans are opened outermost first: at equal ranges the order of
:data:`tei.model.NESTING` decides (a ``persName`` holds its ``choice``, a ``q`` holds a name).
Zero-width spans are milestones (note anchors, line breaks). A span that would cross
another cannot be expressed in XML: it is dropped with a warning, its text kept.
"""
from __future__ import annotations

from typing import Callable

from lxml import etree

from ..errors import TeiWarning
from ..model import Block, Span, nesting_rank
from ..namespaces import XML_ID, tei

NoteMaker = Callable[[str], etree._Element]


def append_text(parent: etree._Element, text: str) -> None:
    """Add text at the end of ``parent``'s content (its text, or its last child's tail)."""
    if not text:
        return
    try:
        last = parent[-1]  # constant time; len(parent) counts every child (quadratic on many lb)
    except IndexError:
        parent.text = (parent.text or "") + text
    else:
        last.tail = (last.tail or "") + text


def ordered(spans: list[Span], breaks: list[int]) -> list[Span]:
    """Milestones before the spans that start at the same place, then outer before inner."""
    everything = list(spans) + [Span(offset, offset, "lb") for offset in breaks]
    return sorted(everything, key=lambda s: (s.start, s.end != s.start, -s.end, nesting_rank(s.tag)))


def fill(parent: etree._Element, block: Block, make_note: NoteMaker | None = None,
         warnings: list[TeiWarning] | None = None, path: str | None = None) -> None:
    """Write ``block``'s text and spans into ``parent`` as mixed content."""
    text = block.text
    stack: list[tuple[Span, etree._Element, etree._Element]] = []  # span, element, text container
    cursor = 0

    def container() -> etree._Element:
        return stack[-1][2] if stack else parent

    def close_until(position: int) -> None:
        nonlocal cursor
        while stack and stack[-1][0].end <= position:
            span, element, inner = stack.pop()
            append_text(inner, text[cursor:span.end])
            cursor = max(cursor, span.end)
            if span.tag == "choice":
                corr = etree.SubElement(element, tei("corr"))
                corr.text = span.attr("corr", "")
                for name, key in (("id", XML_ID), ("type", "type"), ("resp", "resp")):
                    if span.attr(name):
                        corr.set(key, span.attr(name))

    for span in ordered(block.spans, block.breaks):
        close_until(span.start)
        if stack and span.end > stack[-1][0].end:
            if warnings is not None:
                warnings.append(TeiWarning("W-CROSSING", f"<{span.tag}> over {text[span.start:span.end]!r} crosses <{stack[-1][0].tag}>: left out", path, block.line))
            continue
        if stack and stack[-1][0].tag == "choice" and span.start != span.end:
            if warnings is not None:
                warnings.append(TeiWarning("W-CROSSING", f"<{span.tag}> inside a correction: left out", path, block.line))
            continue
        append_text(container(), text[cursor:span.start])
        cursor = span.start
        if span.start == span.end:
            if span.tag == "note" and make_note is not None:
                container().append(make_note(span.attr("n")))
            elif span.tag != "note":
                milestone = etree.SubElement(container(), tei(span.tag))
                for key, value in span.attrs:
                    milestone.set(key, value)
            continue
        element = etree.SubElement(container(), tei(span.tag))
        inner = element
        if span.tag == "choice":
            inner = etree.SubElement(element, tei("sic"))
        else:
            for key, value in span.attrs:
                element.set(key, value)
        stack.append((span, element, inner))
    close_until(len(text) + 1)
    append_text(parent, text[cursor:])
