"""The TEI files a site is made from, and what the site needs of each."""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..errors import ContentError, InputError
from ..namespaces import TEI_NS, XML_ID, XML_LANG, tei
from ..xmlparse import safe_parser

NS = {"tei": TEI_NS}
#: register entries the site has pages for (docs/decisions.md, section 1)
ENTRY_TAGS = {tei(name) for name in ("person", "personGrp", "place", "org", "event")}
SAFE_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")


@dataclass(frozen=True)
class Source:
    """One TEI file: where it is (relative to the input folder), its bytes and their hash."""

    path: Path
    rel: str
    data: bytes

    @functools.cached_property
    def sha(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def find_sources(out: Path, site: Path) -> list[Source]:
    """Every ``*.xml`` under ``out`` (sorted; the site's own folder left out)."""
    if not out.is_dir():
        raise InputError("no such folder", str(out))
    site = site.resolve()
    found = []
    for path in sorted(out.rglob("*.xml")):
        resolved = path.resolve()
        if site == resolved or site in resolved.parents or not path.is_file():
            continue
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(f"cannot read: {error.strerror}", str(path)) from error
        found.append(Source(path, path.relative_to(out).as_posix(), data))
    return found


def parse(source: Source) -> etree._ElementTree | None:
    """The file's tree, or None when it is XML but not TEI (a schema, a report)."""
    try:
        root = etree.fromstring(source.data, safe_parser(), base_url=str(source.path))
    except etree.XMLSyntaxError as error:
        raise ContentError(f"not well-formed XML: {error.msg}", str(source.path), error.lineno or None) from error
    if root.tag != tei("TEI"):
        return None
    return root.getroottree()


def text_of(element) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def printed_issue(root: etree._Element) -> etree._Element | None:
    """The issue the article was printed in: the first ``monogr`` of the printed
    ``biblStruct`` (tei-etol 0.2.0), else the printed ``bibl`` (0.1.0), else any ``bibl``."""
    for path in (".//tei:sourceDesc/tei:biblStruct[@type='printed']/tei:monogr",
                 ".//tei:sourceDesc/tei:bibl[@type='printed']", ".//tei:sourceDesc/tei:bibl"):
        found = root.find(path, NS)
        if found is not None:
            return found
    return None


def describe(tree: etree._ElementTree, source: Source) -> dict:
    """What the site needs of one article, as JSON-able data (kept between runs)."""
    root = tree.getroot()
    slug = root.get(XML_ID) or text_of(root.find(".//tei:publicationStmt/tei:idno[@type='slug']", NS)) or source.path.stem
    if not SAFE_SLUG.match(slug):
        slug = re.sub(r"[^A-Za-z0-9._-]+", "-", source.path.stem).strip("-.") or "article"
    printed = printed_issue(root)
    title = text_of(root.find(".//tei:titleStmt/tei:title[@type='main']", NS)) or text_of(root.find(".//tei:titleStmt/tei:title", NS)) or slug
    periodical, date = "", ""
    if printed is not None:
        periodical = text_of(printed.find("tei:title[@level='j']", NS))
        found = printed.find("tei:date", NS)
        if found is None:
            found = printed.find("tei:imprint/tei:date", NS)
        if found is not None:
            date = found.get("when") or found.get("from") or ""
    bibl = etree.Element(tei("bibl"), nsmap={None: TEI_NS})
    etree.SubElement(bibl, tei("title"), level="a").text = title
    for author in root.iterfind(".//tei:titleStmt/tei:author", NS):
        etree.SubElement(bibl, tei("author")).text = text_of(author)
    if printed is not None:
        for child in printed.xpath("tei:title | tei:biblScope | tei:date | tei:imprint/tei:date", namespaces=NS):
            if child.get("level") != "a":
                copy = etree.SubElement(bibl, child.tag, {k: v for k, v in child.attrib.items() if k in ("level", "unit", "n", "when", "from", "to")})
                copy.text = text_of(child)
    entries = {}
    for entry in root.iterfind("tei:standOff//*", NS):
        if entry.tag in ENTRY_TAGS and entry.get(XML_ID):
            entries[entry.get(XML_ID)] = etree.tostring(entry, encoding="unicode", with_tail=False)
    applications = {}
    for app in root.iterfind(".//tei:appInfo/tei:application", NS):
        if app.get(XML_ID):
            applications[app.get(XML_ID)] = etree.tostring(app, encoding="unicode", with_tail=False)
    return {
        "rel": source.rel, "slug": slug, "title": title, "periodical": periodical or "Other", "date": date,
        "year": date[:4] if date[:4].isdigit() else "undated", "lang": root.get(XML_LANG) or "",
        "bibl": etree.tostring(bibl, encoding="unicode"), "entries": entries, "applications": applications,
    }
