"""An article page: the HTML view with the site's navigation, and its mentions read back."""
from __future__ import annotations

import functools

from lxml import etree, html

from ..errors import ContentError
from ..resources import xslt_dir
from ..views.stylesheets import compile_stylesheet

#: the words kept on each side of a mention (about 100 characters in all)
CONTEXT = 50
#: the elements whose text is a mention's context
BLOCKS = {"p", "li", "td", "th", "blockquote", "dd", "h2", "h3", "h4", "h5", "h6", "figcaption"}


@functools.lru_cache(maxsize=None)
def stylesheet(name: str) -> etree.XSLT:
    """A stylesheet of xslt/site/, compiled once, run with access denied."""
    root = xslt_dir()
    return compile_stylesheet(root / "site" / name, root)


def render_article(tree, params: dict[str, str], path: str) -> bytes:
    transform = stylesheet("article.xsl")
    try:
        result = transform(tree, **{name: etree.XSLT.strparam(value) for name, value in params.items()})
    except etree.XSLTApplyError as error:
        raise ContentError(f"the article page failed: {error}", path=path) from error
    return bytes(result)


def clip(text: str, width: int, from_end: bool) -> str:
    """At most ``width`` characters of ``text`` (its end or its start), cut between words."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    if from_end:
        cut = text[-width:]
        space = cut.find(" ")
        return "… " + (cut[space + 1:] if 0 <= space < width // 2 else cut)
    cut = text[:width]
    space = cut.rfind(" ")
    return (cut[:space] if space > width // 2 else cut) + " …"


def context(block, target) -> tuple[str, str, str]:
    """The text of ``block`` before, inside and after ``target``."""
    parts: tuple[list[str], list[str], list[str]] = ([], [], [])
    state = 0
    for event, element in etree.iterwalk(block, events=("start", "end")):
        if event == "start":
            if element is target:
                state = 1
            if isinstance(element.tag, str) and element.text:
                parts[state].append(element.text)
        else:
            if element is target:
                state = 2
            if element is not block and element.tail:
                parts[state].append(element.tail)
    before, inside, after = ("".join(p) for p in parts)
    # the space between the mention and its neighbours is kept (clip strips it)
    space_before = " " if before[-1:].isspace() else ""
    space_after = " " if after[:1].isspace() else ""
    return (clip(before, CONTEXT, True) + space_before if before.strip() else "", " ".join(inside.split()),
            space_after + clip(after, CONTEXT, False) if after.strip() else "")


def read_page(data: bytes) -> html.HtmlElement:
    return html.document_fromstring(data)


def mentions(page: html.HtmlElement) -> list[list[str]]:
    """Every mention of an index entry in the page: entry id, anchor, the words before,
    the mention, the words after. Read from the page's own index (each entry's links
    back to its mentions), so the anchors are the ones the view wrote."""
    anchors = {element.get("id"): element for element in page.iter() if isinstance(element.tag, str) and element.get("id")}
    found = []
    for entry in page.xpath("//div[contains(concat(' ', @class, ' '), ' entry ')][@id]"):
        for backlink in entry.xpath(".//a[contains(concat(' ', @class, ' '), ' backlink ')][starts-with(@href, '#')]"):
            anchor = backlink.get("href")[1:]
            target = anchors.get(anchor)
            if target is None:
                continue  # the build's link check reports it
            block = next((a for a in target.iterancestors() if a.tag in BLOCKS), None)
            if block is None:
                block = target.getparent()
            before, inside, after = context(block, target)
            found.append([entry.get("id"), anchor, before, inside, after])
    return found
