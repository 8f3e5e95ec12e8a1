"""The corpus document: a TEI listing of the articles and the merged register.

Not a ``teiCorpus`` of whole files: a ``listBibl`` per periodical with one ``bibl``
per article (title, authors, periodical, volume, issue, date; ``@corresp`` its page,
``@source`` its TEI file, ``@n`` its year), a ``note type="mentions"`` in it for each
register entry it names (the entry in ``@corresp``) holding one ``ref`` per mention (the
anchor in ``@target``, the words around it in ``seg``s), and in ``standOff`` every register entry the files hold, merged
by ``xml:id`` (ids are the same across a corpus, docs/decisions.md section 1; when two
files disagree on an entry, the first file in path order is kept).
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from lxml import etree

from ..xmlparse import safe_parser
from ..namespaces import TEI_NS, XML_ID, XML_LANG, tei as t

LISTS = {"person": "listPerson", "personGrp": "listPerson", "place": "listPlace", "org": "listOrg", "event": "listEvent"}


def ordered(records: dict[str, dict]) -> dict[str, list[str]]:
    """Periodical -> the keys of its articles in date order (then title, slug)."""
    groups: dict[str, list[str]] = {}
    for key, record in records.items():
        groups.setdefault(record["periodical"], []).append(key)
    return {name: sorted(keys, key=lambda k: (records[k]["date"] or "9999", records[k]["title"], records[k]["page"]))
            for name, keys in sorted(groups.items())}


def corpus_document(records: dict[str, dict], order: dict[str, list[str]], title: str) -> etree._ElementTree:
    """The corpus document. Each article's listing (:func:`article_listing`) is kept
    between runs as XML text, so the listing of 1,000 articles is parsed in one go."""
    root = etree.Element(t("TEI"), nsmap={None: TEI_NS})
    languages = sorted({r["lang"] for r in records.values() if r["lang"]})
    root.set(XML_LANG, languages[0] if len(languages) == 1 else "en")
    header = etree.SubElement(root, t("teiHeader"))
    file_desc = etree.SubElement(header, t("fileDesc"))
    etree.SubElement(etree.SubElement(file_desc, t("titleStmt")), t("title")).text = title
    etree.SubElement(etree.SubElement(file_desc, t("publicationStmt")), t("p")).text = "A static reading edition made by tei site."
    etree.SubElement(etree.SubElement(file_desc, t("sourceDesc")), t("p")).text = f"The {len(records)} TEI files of the articles listed below."
    app_info = etree.SubElement(etree.SubElement(header, t("encodingDesc")), t("appInfo"))
    stand_off = etree.SubElement(root, t("standOff"))
    parts = [f'<listBibl xmlns="{TEI_NS}" type="articles">']
    for periodical, keys in order.items():
        parts.append(f'<listBibl type="periodical"><head>{escape(periodical)}</head>')
        parts.extend(records[key]["listing"] for key in keys)
        parts.append("</listBibl>")
    parts.append("</listBibl>")
    stand_off.append(etree.fromstring("".join(parts), safe_parser()))
    lists = {name: etree.Element(t(name)) for name in ("listPerson", "listPlace", "listOrg", "listEvent")}
    seen_entries: set[str] = set()
    seen_apps: set[str] = set()
    for key in sorted(records):
        record = records[key]
        for entry_id, xml in sorted(record["entries"].items()):
            if entry_id not in seen_entries:
                seen_entries.add(entry_id)
                entry = etree.fromstring(xml, safe_parser())
                lists[LISTS[etree.QName(entry).localname]].append(entry)
        for app_id, xml in sorted(record["applications"].items()):
            if app_id not in seen_apps:
                seen_apps.add(app_id)
                app_info.append(etree.fromstring(xml, safe_parser()))
    if not len(app_info):  # an empty encodingDesc is not TEI
        header.remove(app_info.getparent())
    for element in lists.values():
        if len(element):
            stand_off.append(element)
    etree.SubElement(etree.SubElement(etree.SubElement(root, t("text")), t("body")), t("p")).text = (
        "The articles are separate TEI files; this document lists them and their register.")
    return root.getroottree()


def article_listing(record: dict) -> str:
    """One article in the corpus document: its bibl, and a note per register entry it
    names holding a ref per mention."""
    bibl = etree.fromstring(record["bibl"], safe_parser())
    page = record["page"]
    bibl.set(XML_ID, f"article-{page}")
    bibl.set("type", "article")
    bibl.set("corresp", f"articles/{page}.html")
    bibl.set("source", f"tei/{page}.xml")
    bibl.set("n", record["year"])
    notes: dict[str, etree._Element] = {}
    for entry, anchor, before, inside, after in record.get("mentions", []):
        note = notes.get(entry)
        if note is None:
            note = notes[entry] = etree.SubElement(bibl, t("note"), type="mentions", corresp=f"#{entry}")
        ref = etree.SubElement(note, t("ref"), target=f"articles/{page}.html#{anchor}")
        for kind, text in (("before", before), ("mention", inside), ("after", after)):
            etree.SubElement(ref, t("seg"), type=kind).text = text
    return etree.tostring(bibl, encoding="unicode")


def serialize(tree: etree._ElementTree) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8") + b"\n"
