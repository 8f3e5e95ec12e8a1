"""Word wrap of the text view, done by the host (Python) instead of XSLT 1.0 recursion.

``xslt/txt/wrap.xsl`` wraps text in pure XSLT 1.0, so the stylesheets work on their own
(xsltproc, any XSLT 1.0 processor). When the extension function
``{urn:x-tei-etol:views}wrap-segments`` is available (lxml registers :func:`wrap_segments`
with the compiled stylesheet, see ``stylesheets.py``) the stylesheet calls it instead:
the rule is the same, byte for byte (``tests/views/test_wrap.py`` checks both engines on
every fixture and on random text), only some ten times faster.

The rule (the XSLT's, stated once):

- U+E000 (:data:`BR`, private use) stands for a hard line break. Each segment between
  breaks has its whitespace collapsed as XPath ``normalize-space()`` does (space, tab,
  CR and LF only: a no-break space is a letter here).
- A segment is cut into lines of at most ``width`` code points, the prefix included: the
  first line of the first non-empty segment starts with ``first``, every other line with
  ``prefix``. A line ends at the last space within its first room+1 characters (room =
  ``width`` minus the prefix); a word longer than the line stays whole.
- Empty segments between non-empty ones become blank lines; leading and trailing empty
  segments produce nothing. ``width`` 0 turns wrapping off (one line per segment).
"""
from __future__ import annotations

#: the namespace of the host functions the stylesheets may call (function-available()).
HOST_NS = "urn:x-tei-etol:views"

#: a hard line break inside a block's content (the same character as $BR in wrap.xsl).
BR = "\ue000"

def normalize_space(text: str) -> str:
    """XPath 1.0 ``normalize-space()``: only space, tab, CR and LF are whitespace (not
    the no-break space, which ``str.split()`` would take)."""
    if "\n" in text or "\t" in text or "\r" in text:
        text = text.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    if "  " in text:
        return " ".join(filter(None, text.split(" ")))
    return text.strip(" ")


def wrap_line(segment: str, width: int, first: str = "", prefix: str = "") -> str:
    """Wrap one segment (whitespace already collapsed, not empty) into lines."""
    lead = first or prefix
    if width == 0 or len(segment) <= width - len(lead):
        return lead + segment
    lines = []
    start, end = 0, len(segment)
    while True:
        room = width - len(lead)
        if end - start <= room:
            lines.append(lead + segment[start:])
            break
        # the last space within the first room+1 characters, else the end of the first word
        cut = segment.rfind(" ", start, start + room + 1) if room >= 0 else -1
        if cut < 0:
            cut = segment.find(" ", start)
            if cut < 0:
                cut = end
        lines.append(lead + segment[start:cut])
        start = cut + 1
        if start >= end:
            break
        lead = prefix
    return "\n".join(lines)


def wrap_segments(text: str, width: int, first: str = "", prefix: str = "") -> str:
    """Wrap ``text``, whose segments are separated by :data:`BR`, at ``width`` columns."""
    segments = [normalize_space(part) for part in text.split(BR)]
    while segments and not segments[-1]:
        segments.pop()
    out: list[str] = []
    started = False
    for segment in segments:
        if segment:
            if started:
                out.append("\n")
            out.append(wrap_line(segment, width, "" if started else first, prefix))
            started = True
        elif started:
            out.append("\n")
    return "".join(out)


def _xpath_wrap_segments(_context, text, first, prefix, width) -> str:
    """The extension function: wrap-segments(text, first, prefix, width)."""
    return wrap_segments(str(text), int(width), str(first), str(prefix))


#: extensions for etree.XSLT(..., extensions=EXTENSIONS).
EXTENSIONS = {(HOST_NS, "wrap-segments"): _xpath_wrap_segments}
