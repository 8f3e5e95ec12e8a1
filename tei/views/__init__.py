"""The reading views: TEI P5 rendered as HTML or plain text by the XSLT 1.0 stylesheets
of ``xslt/`` (run by lxml; see ``xslt/params.xsl`` for every parameter).

    from tei.views import render
    page = render(tree, "html", {"reading": "diplomatic"})
    page.output      # bytes (UTF-8)
    page.warnings    # [tei.errors.TeiWarning]: elements the views do not know (W-VIEW-UNKNOWN)

An element the stylesheets do not know is rendered as its text and reported: nothing is
dropped silently. The text view's word wrap runs in Python (``tei.views.wrap``, an
extension function the stylesheets use when it is available; they fall back on the same
rule in XSLT 1.0 under any other processor).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ..errors import ContentError, TeiWarning, UsageError
from ..namespaces import TEI_NS
from .view_words import body_words
from .stylesheets import declared_params, stylesheet

__all__ = ["VIEWS", "Rendered", "render", "body_words"]


#: the views and the file suffix of their output.
VIEWS = {"html": ".html", "text": ".txt"}

#: parameters whose values are checked here (the others are free strings).
CHOICES = {"reading": ("corrected", "diplomatic"), "title-heads": ("merge", "repeat"),
           "index": ("yes", "no"), "paragraph-links": ("yes", "no")}


@dataclass
class Rendered:
    """A rendered view: the bytes to write, and what the views could not express."""

    view: str
    output: bytes
    warnings: list[TeiWarning] = field(default_factory=list)


def check_params(view: str, params: dict[str, str] | None) -> dict[str, str]:
    """Refuse unknown parameter names and bad values with a message that says what to do."""
    params = dict(params or {})
    known = declared_params(view)
    for name, value in params.items():
        if name not in known:
            raise UsageError(f"unknown parameter {name!r} for the {view} view; expected one of: {', '.join(sorted(known))}")
        allowed = CHOICES.get(name)
        if allowed and value not in allowed:
            raise UsageError(f"parameter {name}={value!r}: expected one of: {', '.join(allowed)}")
        if name == "wrap" and not (value.isascii() and value.isdigit()):
            raise UsageError(f"parameter wrap={value!r}: expected a whole number of columns (0 = no wrapping)")
    return params


def render(tree, to: str, params: dict[str, str] | None = None) -> Rendered:
    """Render a TEI document (an lxml ElementTree or root element) as ``to`` ('html' or 'text')."""
    if to not in VIEWS:
        raise UsageError(f"unknown view {to!r}; expected one of: {', '.join(VIEWS)}")
    params = check_params(to, params)
    document = tree.getroottree() if isinstance(tree, etree._Element) else tree
    root = document.getroot()
    path = document.docinfo.URL
    if root is None or root.tag != f"{{{TEI_NS}}}TEI":
        name = root.tag if root is not None else "nothing"
        raise ContentError(f"not a TEI document: the root element is {name}, expected TEI in the namespace {TEI_NS}", path=path)
    transform = stylesheet(to)
    try:
        result = transform(document, **{name: etree.XSLT.strparam(value) for name, value in params.items()})
    except etree.XSLTApplyError as error:
        raise ContentError(f"the {to} view failed: {error}", path=path) from error
    output = bytes(result) if result.getroot() is not None or to == "text" else b""
    if to == "text" and not output:
        output = str(result).encode("utf-8")
    return Rendered(view=to, output=output, warnings=collect_warnings(transform.error_log, document, path))


def collect_warnings(log, document, path: str | None) -> list[TeiWarning]:
    """Turn the stylesheets' ``xsl:message`` reports into warnings: one per element name
    (TEI from elsewhere can hold thousands of one unknown element), with how many
    elements of that name there are, located at the first one's source line."""
    first: dict[str, tuple[str, str]] = {}  # element name -> (code, path of its first occurrence)
    counts: dict[str, int] = {}
    seen: set[str] = set()
    for entry in log:
        parts = entry.message.split("\t")
        if len(parts) != 3 or not parts[0].startswith("W-VIEW-"):
            continue
        code, name, where = parts
        if where in seen:
            continue  # the same element, met again by another mode
        seen.add(where)
        first.setdefault(name, (code, where))
        counts[name] = counts.get(name, 0) + 1
    warnings: list[TeiWarning] = []
    for name, (code, where) in first.items():
        found = document.xpath(where)
        line = found[0].sourceline if found else None
        count = counts[name]
        times = "" if count == 1 else f" ({count:,} elements; the first is located)"
        warnings.append(TeiWarning(code, f"element <{name}> is not known to the views: its text is rendered as is{times}", path, line))
    return warnings
