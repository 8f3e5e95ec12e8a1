"""Element construction shared by the writer's modules."""
from __future__ import annotations

from lxml import etree

from ..namespaces import XML_ID, XML_LANG, tei


def sub(parent: etree._Element, name: str, text: str | None = None, **attrs: str | None) -> etree._Element:
    """A TEI child element with optional text; attributes whose value is None are left out.
    ``xml_id`` and ``xml_lang`` stand for ``xml:id`` and ``xml:lang``."""
    element = etree.SubElement(parent, tei(name))
    for key, value in attrs.items():
        if value is None:
            continue
        key = {"xml_id": XML_ID, "xml_lang": XML_LANG}.get(key, key)
        element.set(key, value)
    if text is not None:
        element.text = text
    return element
