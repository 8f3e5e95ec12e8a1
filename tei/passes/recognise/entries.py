"""Machine entries as TEI, for a file's ``standOff`` and for ``tei entities --format tei``.

TEI rule (``docs/decisions.md`` §2, §3): a machine entry carries
``@resp="#app-tei-etol-names"`` and ``@cert`` (its best mention's); its first name child
is ``@type="full"``, the others ``@type="form"`` (a periodical's titles are untyped, full
title first: the schema's title/@type is closed); a GeoNames id is an ``idno
type="geonames"`` holding the URI, written only from the gazetteer package.
"""
from __future__ import annotations

from lxml import etree

from ...namespaces import tei
from ...writer.elements import sub
from . import RESP, Found

ENTRY_TAGS = {"person": ("person", "persName"), "place": ("place", "placeName"), "org": ("org", "orgName"),
              "work": ("bibl", "title")}


def entry_element(found: Found, *, cert: bool = True) -> etree._Element:
    """The TEI entry for ``found``, with ``@resp`` (and ``@cert`` unless told not to)."""
    tag, name_tag = ENTRY_TAGS[found.kind]
    element = etree.Element(tei(tag))
    element.set("{http://www.w3.org/XML/1998/namespace}id", found.id)
    element.set("resp", RESP)
    if cert:
        element.set("cert", found.cert)
    full = found.full
    if found.kind == "work":
        # The schema's title/@type is closed (main, sub, supplied): a periodical's entry
        # gives its full title first and its other printed forms after it, untyped.
        for form in [full] + [f for f in found.forms if f != full]:
            sub(element, name_tag, form, level="j")
    else:
        sub(element, name_tag, full, type="full")
        for form in found.forms:
            if form != full:
                sub(element, name_tag, form, type="form")
    if found.place is not None:
        sub(element, "idno", found.place.uri, type="geonames")
    return element
