"""The document model -> a TEI P5 document (lxml).

One small function per kind of node. TEI quirks are commented where they are handled.
"""
from __future__ import annotations

from typing import Callable, Iterable

from lxml import etree

from ..errors import TeiWarning
from ..model import Article, Block, Division, Group, Note
from ..options import Options
from ..register import Register
from ..responsibility import corrections_resp, edition_editor
from .header import Lookup, write_evidence_taxonomy, write_header, write_prefix_def

from .inline import fill
from ..namespaces import TEI_NS, XML_ID, XML_LANG, tei
from .elements import sub


#: entry element -> the standOff list that holds it, and the lists' order
LIST_OF = {"person": "listPerson", "place": "listPlace", "org": "listOrg", "event": "listEvent", "bibl": "listBibl"}
LIST_ORDER = ["listPerson", "listPlace", "listOrg", "listEvent", "listBibl"]


class Writer:
    """Writes one article with the run's options. From the register (None: no names),
    ``entries`` gives the entries (lxml elements) for the ids used and ``lookup`` finds
    a header name."""

    def __init__(self, article: Article, options: Options | None = None, register: Register | None = None):
        self.article = article
        self.options = options if options is not None else Options()
        self.register = register
        self.lookup: Lookup | None = register.lookup if register is not None else None
        self.entries: Callable[[list[str]], Iterable[etree._Element]] | None = (
            standoff_entries(register, article.found) if register is not None or article.found else None)
        #: the recogniser decided something: it is named in appInfo (docs/decisions.md §3)
        self.recogniser = self.options.names == "all" or (register is not None and register.has_machine_entries)
        self.warnings: list[TeiWarning] = []
        self.pending = list(article.notes)  # notes not yet written, in order
        self.paragraphs = 0

    # -- blocks ------------------------------------------------------------------------

    def inline(self, element: etree._Element, block: Block) -> etree._Element:
        fill(element, block, self.note, self.warnings, self.article.path)
        return element

    def block(self, parent: etree._Element, block: Block) -> etree._Element:
        if block.kind == "p":
            self.paragraphs += 1
            return self.inline(sub(parent, "p", xml_id=f"p{self.paragraphs}"), block)
        return self.inline(sub(parent, block.kind, **block.attrs), block)

    def group(self, parent: etree._Element, group: Group) -> etree._Element:
        if group.kind == "epigraph":
            # TEI: an epigraph's quotation and its source go in a cit.
            cit = sub(sub(parent, "epigraph"), "cit")
            for block in group.blocks:
                if block.kind == "quote":
                    self.inline(sub(sub(cit, "quote"), "p"), block)
                else:
                    self.inline(sub(cit, "bibl"), block)
            return cit
        element = sub(parent, group.kind)
        if group.kind == "table":  # TEI: cells in rows
            cells = iter(group.blocks)
            for count in group.rows:
                row = sub(element, "row")
                for _ in range(count):
                    self.block(row, next(cells))
            return element
        for block in group.blocks:
            self.block(element, block)
        return element

    def division(self, parent: etree._Element, division: Division) -> etree._Element:
        div = sub(parent, "div", type=division.type)
        for head in division.heads:
            self.block(div, head)
        for part in (division.top, division.content, division.bottom):
            for item in part:
                if isinstance(item, Division):
                    self.division(div, item)
                elif isinstance(item, Group):
                    self.group(div, item)
                else:
                    self.block(div, item)
        if len(div) == len(division.heads):
            # TEI doesn't allow a div with nothing but heads: keep an empty paragraph.
            sub(div, "p")
        return div

    # -- notes -------------------------------------------------------------------------

    def note(self, n: str) -> etree._Element:
        """The first note numbered ``n`` not yet written, at its anchor point."""
        note = next(note for note in self.pending if note.n == n)
        return self.note_element(note)

    def note_element(self, note: Note) -> etree._Element:
        """A note: ``n`` as printed, the editor's say-so in @type; its id from its position
        among the page's notes, so that ids stay unique even if a page repeats a number."""
        self.pending.remove(note)
        element = etree.Element(tei("note"))
        element.set(XML_ID, f"note{self.article.notes.index(note) + 1}")
        element.set("n", note.n)
        element.set("place", "foot")
        if note.resp == "editor":
            element.set("type", "editorial")
        if len(note.blocks) == 1:
            self.inline(element, note.blocks[0])
        else:
            for block in note.blocks:
                self.inline(sub(element, "p"), block)
        return element

    def unanchored_notes(self, text: etree._Element) -> None:
        """Notes whose marker was not found in the text go to back, so that nothing is
        lost, in the order of the page's notes. TEI's ``@anchored="false"`` says that the
        text does not show the note's place of reference: it exempts the note from
        TEI-R005 (a note in back is pointed to) and the warning TEI-R013 reports it.
        (Not ``@subtype``: TEI's att.typed forbids a @subtype without a @type, and a
        note that is not the editor's has no @type.)"""
        if self.pending:
            div = sub(sub(text, "back"), "div", type="notes")
            for note in list(self.pending):
                element = self.note_element(note)
                element.set("place", "end")
                element.set("anchored", "false")
                div.append(element)

    # -- document ----------------------------------------------------------------------

    def used_entries(self, root: etree._Element) -> list[etree._Element]:
        """Copies of the register entries the document points at, and those they point
        at in turn (a work's author), in register order."""
        ids = {ref[1:] for ref in root.xpath("//@ref") if ref.startswith("#")}
        while True:
            entries = self.entries(sorted(ids))
            more = {ref[1:] for entry in entries for ref in entry.xpath(".//@ref") if ref.startswith("#")} - ids
            if not more:
                return entries
            ids |= more

    def standoff(self, root: etree._Element) -> None:
        if self.entries is None:
            return
        lists: dict[str, etree._Element] = {}
        standoff = etree.Element(tei("standOff"))
        # TEI: each list once, in one order (persons, places, organisations, events, works)
        for entry in sorted(self.used_entries(root), key=lambda e: LIST_ORDER.index(LIST_OF[etree.QName(e).localname])):
            list_name = LIST_OF[etree.QName(entry).localname]
            if list_name not in lists:
                lists[list_name] = sub(standoff, list_name)
            lists[list_name].append(entry)
        if len(standoff):
            # TEI: standOff may stand between teiHeader and text.
            root.insert(1, standoff)
        if self.register is not None and standoff.xpath("*/*[@sameAs]"):
            # the copies point at the corpus register: its prefix is declared
            write_prefix_def(root.find(tei("teiHeader")).find(tei("encodingDesc")), self.register)

    def write(self) -> etree._ElementTree:
        root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
        root.set(XML_LANG, "en")
        root.set(XML_ID, self.article.slug)
        editor = edition_editor(self.options, self.register)
        write_header(root, self.article, lookup=self.lookup, date=self.options.change_date(),
                     publisher=self.options.publisher, recogniser=self.recogniser, editor=editor,
                     corrections_resp=corrections_resp(editor))
        text = sub(root, "text")
        body = sub(text, "body")
        self.division(body, self.article.body)
        self.unanchored_notes(text)
        self.standoff(root)
        if self.recogniser:
            write_evidence_taxonomy(root.find(tei("teiHeader")).find(tei("encodingDesc")), set(root.xpath("//@ana")))
        return etree.ElementTree(root)


def standoff_entries(register: Register | None, found):
    """The entries of the ids a file uses: the register's (in register order), then the
    recogniser's (by id)."""
    from ..passes.recognise.entries import entry_element

    machine = {entry.id: entry for entry in found}

    def entries(ids):
        ids = list(ids)
        known = [i for i in ids if register is not None and i in register and i not in machine]
        copies = register.entries(known) if known else []
        return copies + [entry_element(machine[i]) for i in sorted(ids) if i in machine]

    return entries


def write(article: Article, options: Options | None = None,
          register: Register | None = None) -> tuple[etree._ElementTree, list[TeiWarning]]:
    """The TEI document for ``article``, and the warnings met while writing it."""
    writer = Writer(article, options, register)
    tree = writer.write()
    return tree, writer.warnings


def serialize(tree: etree._ElementTree, pis: list[tuple[str, str]] = ()) -> bytes:
    """UTF-8 bytes: the XML declaration, one ``<?xml-model?>`` line per schema, the document."""
    root = tree.getroot()
    indent_structure(root)
    lines = [b'<?xml version="1.0" encoding="UTF-8"?>']
    lines += [etree.tostring(etree.ProcessingInstruction(target, text), encoding="UTF-8") for target, text in pis]
    lines.append(etree.tostring(root, encoding="UTF-8"))
    return b"\n".join(lines) + b"\n"


#: elements whose content is only elements: safe to indent. Mixed content (p, head,
#: note, ...) is never touched, since white space there is text.
STRUCTURAL = {
    "TEI", "teiHeader", "fileDesc", "titleStmt", "respStmt", "publicationStmt", "availability",
    "sourceDesc", "bibl", "editionStmt", "notesStmt", "biblStruct", "analytic", "monogr", "imprint", "tagsDecl",
    "listPrefixDef", "prefixDef", "correspDesc", "correspAction", "listEvent", "event", "encodingDesc", "editorialDecl", "correction", "normalization", "quotation",
    "hyphenation", "segmentation", "interpretation", "classDecl", "taxonomy", "category", "appInfo", "application", "profileDesc",
    "langUsage", "revisionDesc", "standOff", "listPerson", "listPlace", "listOrg", "listBibl", "person", "place",
    "org", "text", "front", "back", "body", "div", "opener", "closer", "epigraph", "cit", "quote", "list",
    "table", "row",
}


STRUCTURAL_TAGS = frozenset(tei(name) for name in STRUCTURAL)


def indent_structure(element: etree._Element, level: int = 0, step: str = "  ") -> None:
    """Indent element-only content; leave mixed content exactly as it is."""
    if element.tag not in STRUCTURAL_TAGS or not len(element):
        return
    if (element.text or "").strip() or any((child.tail or "").strip() for child in element):
        return
    inner = "\n" + step * (level + 1)
    element.text = inner
    for child in element:
        child.tail = inner
        if child.tag in STRUCTURAL_TAGS:
            indent_structure(child, level + 1, step)
    element[-1].tail = "\n" + step * level
