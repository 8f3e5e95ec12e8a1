"""Namespaces and element construction shared by the writer's modules."""
from __future__ import annotations

from lxml import etree

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"


def tei(name: str) -> str:
    """The Clark name of a TEI element."""
    return f"{{{TEI_NS}}}{name}"


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
