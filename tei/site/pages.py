"""The pages other than the articles: ``xslt/site/pages.xsl`` returns them, Python
checks where each goes and serialises it."""
from __future__ import annotations

import re

from lxml import etree

from ..errors import ContentError
from .articles import stylesheet
from .links import page_links

#: a page's place in the site: relative, plain names, no way out of the site
SAFE_HREF = re.compile(r"^(?:[A-Za-z0-9][A-Za-z0-9._-]*/)*[A-Za-z0-9][A-Za-z0-9._-]*\.html$")


def render_pages(corpus: etree._ElementTree, params: dict[str, str], entries: set[str] | None = None
                 ) -> dict[str, tuple[bytes, tuple[list[str], list[str]]]]:
    """href -> (bytes, (ids, link targets)) of every page the stylesheet returns; of the
    entries' pages, only those of ``entries`` (None: all). The links are read from the
    result tree, before it is serialised."""
    params = {**params, "entry-pages": "all" if entries is None else " " + " ".join(sorted(entries)) + " "}
    transform = stylesheet("pages.xsl")
    try:
        result = transform(corpus, **{name: etree.XSLT.strparam(value) for name, value in params.items()})
    except etree.XSLTApplyError as error:
        raise ContentError(f"the site's pages failed: {error}") from error
    pages: dict[str, bytes] = {}
    for page in result.getroot().iterchildren("page"):
        href = page.get("href", "")
        if not SAFE_HREF.match(href) or ".." in href.split("/"):
            raise ContentError(f"the site's stylesheet returned a page outside the site: {href!r}")
        if href in pages:
            raise ContentError(f"two pages of the site would be {href}: two register entries with one id?")
        data = b"<!DOCTYPE html>\n" + etree.tostring(page[0], method="html", encoding="UTF-8") + b"\n"
        pages[href] = (data, page_links(page[0]))
    return pages
