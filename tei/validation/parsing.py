"""Reading an input safely: well-formed, no DTD, no entity, a TEI root.

The parser never loads a DTD, never resolves an entity and never touches the network
(``resolve_entities=False, no_network=True, load_dtd=False``). A document that declares
a DTD or entities, or uses an entity reference, is refused (TEI-P003) rather than
half-read: TEI P5 documents need neither, and they are how XXE and "billion laughs"
attacks arrive.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from lxml import etree

from ..xmlparse import safe_parser

from .findings import Finding

from ..namespaces import TEI_NS
TEI_ROOTS = frozenset({f"{{{TEI_NS}}}TEI", f"{{{TEI_NS}}}teiCorpus"})

#: libxml2 reports these xml:id problems while parsing; they are rule findings, not
#: well-formedness errors, so the document is re-read leniently and validated on.
_XMLID_PARSE_ERRORS = {"DTD_XMLID_VALUE": "TEI-R003", "DTD_ID_REDEFINED": "TEI-R002"}

#: no TEI element needs more attributes than this; an element with more is refused
#: before validation, whose log would hold one finding per attribute (300,000 of them
#: took half a gigabyte)
MAX_ATTRIBUTES = 1_000
#: a file smaller than this cannot hold enough attributes to matter: not scanned, so
#: that ordinary files pay nothing
_SCAN_ABOVE_BYTES = 1_000_000





@dataclass
class Parsed:
    """A parsed input: the tree (None if unusable), its bytes, and the findings so far."""

    name: str
    data: bytes
    tree: etree._ElementTree | None
    findings: list[Finding] = field(default_factory=list)


def read_source(source, name: str | None = None) -> tuple[str, bytes | None, list[Finding]]:
    """Read a path or a binary file object; a failure is a TEI-P004 finding."""
    from ..errors import InputError
    from ..files import read_input, read_stream

    if hasattr(source, "read"):
        label = str(name or getattr(source, "name", "<stdin>"))
    else:
        label = name or os.fsdecode(source)
    try:
        data = read_stream(source, label) if hasattr(source, "read") else read_input(source, "TEI file")
    except InputError as error:
        return label, None, [Finding("TEI-P004", error.message, label)]
    return label, data, []


def parse_bytes(name: str, data: bytes) -> Parsed:
    """Parse ``data`` safely and check that it is a TEI document."""
    findings: list[Finding] = []
    # A fresh parser each time, and its own log: the exception's log can carry entries
    # left by an earlier document.
    parser = safe_parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        entries = _distinct(e for e in parser.error_log if e.level_name != "WARNING")
        xmlid = [e for e in entries if e.type_name in _XMLID_PARSE_ERRORS]
        if entries and len(xmlid) == len(entries):
            findings.extend(_xmlid_finding(name, e) for e in xmlid)
            try:
                root = etree.fromstring(data, safe_parser(recover=True))
            except etree.XMLSyntaxError:  # pragma: no cover - recovered parse of a parsed doc
                root = None
            if root is None:
                return Parsed(name, data, None, findings)
        else:
            return Parsed(name, data, None, [_syntax_finding(name, error, entries)])
    tree = root.getroottree()
    refused = _dtd_finding(name, tree) if _may_have_doctype(data) else None
    if refused:
        return Parsed(name, data, None, [refused])
    if root.tag not in TEI_ROOTS:
        return Parsed(name, data, None, [_not_tei_finding(name, root)])
    crowded = _crowded_element_finding(name, root) if len(data) > _SCAN_ABOVE_BYTES else None
    if crowded:
        return Parsed(name, data, None, [crowded])
    return Parsed(name, data, tree, findings)


def _crowded_element_finding(name: str, root: etree._Element) -> Finding | None:
    """TEI-P005 for the first element with more than :data:`MAX_ATTRIBUTES` attributes."""
    for element in root.iter(etree.Element):
        if len(element.attrib) > MAX_ATTRIBUTES:
            return Finding(
                "TEI-P005",
                f"element '{etree.QName(element).localname}' has {len(element.attrib):,} attributes; "
                f"expected at most {MAX_ATTRIBUTES:,} (no TEI element needs more)",
                name, element.sourceline or 0, 0,
            )
    return None


def _distinct(entries) -> list:
    seen, kept = set(), []
    for entry in entries:
        key = (entry.type_name, entry.line, entry.column, entry.message)
        if key not in seen:
            seen.add(key)
            kept.append(entry)
    return kept


def _xmlid_finding(name: str, entry) -> Finding:
    code = _XMLID_PARSE_ERRORS[entry.type_name]
    if code == "TEI-R003":
        value = entry.message.split("attribute value", 1)[-1].split(" is not", 1)[0].strip()
        message = f"xml:id '{value}' is not an NCName; expected a name that starts with a letter or '_' and has no spaces or colons"
    else:
        value = entry.message.split("ID ", 1)[-1].split(" already", 1)[0].strip()
        message = f"xml:id '{value}' is used more than once; expected it once in the document"
    return Finding(code, message, name, entry.line, entry.column)


def _syntax_finding(name: str, error: etree.XMLSyntaxError, entries: list) -> Finding:
    entry = entries[0] if entries else None
    text = (entry.message if entry else str(error)).strip()
    line = entry.line if entry else (error.lineno or 0)
    col = entry.column if entry else 0
    if "entity" in text.lower() and ("amplification" in text.lower() or "loop" in text.lower()):
        return Finding("TEI-P003", f"entity expansion refused: {text}", name, line, col)
    return Finding("TEI-P001", f"not well-formed XML: {text}", name, line, col)


_FIRST_TAG = re.compile(rb"<[^?!]")  # the first start tag: the root element, unless hidden


def _may_have_doctype(data: bytes) -> bool:
    """False only when the bytes certainly hold no DOCTYPE: an ASCII-compatible encoding
    and no "<!DOCTYPE" before the root element. Reading ``docinfo`` costs almost half a
    parse, and almost no TEI file has a DOCTYPE, so it is read only when one may be there.

    A DOCTYPE comes before the root element, so only the prolog is searched; when a
    comment or an unclosed processing instruction could hide where the root begins,
    the whole document is."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4]:
        return True  # UTF-16 or UTF-32: the byte search below would not see it
    return data.find(b"<!DOCTYPE", 0, _prolog_end(data)) != -1


def _prolog_end(data: bytes) -> int:
    """Where the root element's start tag begins, or len(data) when that is not certain."""
    first = _FIRST_TAG.search(data)
    if first is None:
        return len(data)
    head = data[: first.start()]
    if b"<!--" in head or head.count(b"<?") != head.count(b"?>"):
        return len(data)
    return first.start()


def _dtd_finding(name: str, tree: etree._ElementTree) -> Finding | None:
    """A DOCTYPE with an internal subset or an external identifier, or any entity node."""
    info = tree.docinfo
    dtd = info.internalDTD
    if info.system_url or info.public_id:
        target = info.system_url or info.public_id
        return Finding("TEI-P003", f"external DTD '{target}' refused (never fetched); expected no DOCTYPE in a TEI P5 document", name, 1, 1)
    if dtd is not None:
        entities = [e for e in dtd.iterentities()]
        if entities:
            names = ", ".join(e.name for e in entities[:3])
            external = [e for e in entities if e.system_url]
            what = "external entity" if external else "entity declaration"
            return Finding("TEI-P003", f"{what} ({names}) refused: entities are never expanded or fetched; expected no DOCTYPE in a TEI P5 document", name, 1, 1)
    if dtd is None:
        return None  # without declarations, any entity reference was a parse error already
    for node in tree.getroot().iter(etree.Entity):
        return Finding("TEI-P003", f"entity reference '&{node.name};' refused; expected plain characters", name, node.sourceline or 0, 0)
    return None


def _not_tei_finding(name: str, root: etree._Element) -> Finding:
    qname = etree.QName(root)
    found = f"'{qname.localname}'" + (f" in namespace '{qname.namespace}'" if qname.namespace else " in no namespace")
    return Finding(
        "TEI-P002",
        f"not a TEI document: root element {found}; expected 'TEI' in namespace '{TEI_NS}'",
        name, root.sourceline or 0, 1,
    )
