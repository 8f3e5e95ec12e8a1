"""The XML namespaces the toolkit reads and writes, and the Clark names built from them."""
from __future__ import annotations

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
#: "{http://www.tei-c.org/ns/1.0}": a TEI element's Clark name is TEI + its local name
TEI = f"{{{TEI_NS}}}"
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"


def tei(name: str) -> str:
    """The Clark name of a TEI element."""
    return f"{TEI}{name}"
