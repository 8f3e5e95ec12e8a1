"""The teiHeader: what the page tells about the article, stated honestly.

Every value comes from the page (or a companion file, or an explicit option); where the
page does not say, the header says it is unknown rather than guessing.
"""
from __future__ import annotations

import re
from typing import Callable

from lxml import etree

from pathlib import Path

from .. import __version__
from ..namespaces import tei
from ..register import PREFIX
from ..model import Article, Credit, Group, Header, PrintedSource, article_blocks
from ..responsibility import APP_ID, APPLICATIONS, EDITOR_ID, RECOGNISER_APP, Application, Editor
from .elements import sub

APP = "tei-etol"
Lookup = Callable[[str, str], "str | None"]


def person(parent: etree._Element, name: str, lookup: Lookup | None) -> etree._Element:
    """A ``persName``, pointing into the register when it knows the name."""
    ref = lookup(name, "person") if lookup else None
    return sub(parent, "persName", name, ref=f"#{ref}" if ref else None)


def write_authors(parent: etree._Element, header: Header, lookup: Lookup | None) -> None:
    if not header.authors:
        sub(parent, "author", "Unknown")  # TEI: say the author is unknown, do not guess
        return
    for name in header.authors:
        author = sub(parent, "author")
        if header.author_bracketed:
            author.set("role", "attributed")
        if header.author_editorial:  # no person is named: the words, not a persName
            author.text = name
        else:
            person(author, name, lookup)


def write_title(parent: etree._Element, header: Header, **attrs: str) -> None:
    """The article's title; a title the page does not print but its evidence gives
    (a letter's addressee or signature), or a column's name standing for it ("Readers’
    Notes"), is marked ``type="supplied"``; none: "Untitled"."""
    if not header.title and header.title_supplied or header.title and header.title_is_column:
        attrs = {**attrs, "type": "supplied"}
    sub(parent, "title", header.title or header.title_supplied or "Untitled", **attrs)


def write_editor(parent: etree._Element, editor: Editor | None) -> None:
    """The edition's responsible editor, a person or a body, as named (docs/decisions.md,
    section 3: software is never here; nobody named, no editor)."""
    if editor is not None:
        sub(sub(parent, "editor", xml_id=EDITOR_ID), "orgName" if editor.body else "persName", editor.name)


def write_title_stmt(file_desc: etree._Element, header: Header, lookup: Lookup | None,
                     editor: Editor | None) -> None:
    stmt = sub(file_desc, "titleStmt")
    write_title(stmt, header, type="main")
    for text, _line, _breaks in header.subtitles:
        sub(stmt, "title", text, type="sub")
    write_authors(stmt, header, lookup)
    write_editor(stmt, editor)


def write_edition_stmt(file_desc: etree._Element) -> None:
    """This TEI edition, as against the print and the web page it comes from."""
    sub(sub(file_desc, "editionStmt"), "edition", "TEI edition of the ETOL transcription",
        n=__version__)


LICENCE = re.compile(r"(?i)\b(?:copyleft|public domain|creative commons|licen[cs])")
URL = re.compile(r"https?://[^\s<>\"“”]+[^\s<>\"“”.,;:)]")


def write_rights(availability: etree._Element, line: str) -> None:
    """A rights line as printed: a ``licence`` (with ``@target`` when the line gives the
    licence's address) when it states one, else a ``p``."""
    if LICENCE.search(line):
        found = URL.search(line)
        sub(availability, "licence", line, target=found.group() if found else None)
    else:
        sub(availability, "p", line)


def write_availability(parent: etree._Element, header: Header) -> None:
    """Terms the page states are carried over; none stated: status="unknown"."""
    if not header.rights:
        availability = sub(parent, "availability", status="unknown")
        sub(availability, "p", "The source page states no copyright or licence terms.")
        return
    # copyleft and public domain both leave the text free to copy
    status = "free" if any(r.lower().startswith(("copyleft", "public domain")) for r in header.rights) else "restricted"
    availability = sub(parent, "availability", status=status)
    for line in header.rights:
        write_rights(availability, line)


def write_publication_stmt(file_desc: etree._Element, article: Article, publisher: str | None) -> None:
    stmt = sub(file_desc, "publicationStmt")
    # who publishes the edition: the project named in the meta file; else it is only
    # distributed, with the toolkit
    if publisher:
        sub(stmt, "publisher", publisher)
    else:
        sub(stmt, "distributor", f"The {APP} project")
    sub(stmt, "idno", article.slug, type="slug")
    write_availability(stmt, article.header)


PRINTED_ID = "source-printed"
DIGITAL_ID = "source-digital"


def write_printed_source(source_desc: etree._Element, header: Header, lookup: Lookup | None) -> None:
    """The print as a ``biblStruct``: the article (``analytic``) in the periodical
    (``monogr``: its title, the issue's ``imprint/date``, volume, issue and pages), one
    ``monogr`` per instalment; the source lines as printed in ``note``s."""
    src = header.source
    struct = sub(source_desc, "biblStruct", type="printed", xml_id=PRINTED_ID)
    analytic = sub(struct, "analytic")
    write_title(analytic, header, level="a")
    write_authors(analytic, header, lookup)
    for part in [src, *src.instalments]:
        write_monogr(struct, header, part)
    for raw in ([src.raw] if src.raw else []) + src.more:
        sub(struct, "note", raw, type="source-line")


def write_monogr(struct: etree._Element, header: Header, src: PrintedSource) -> None:
    """One issue of the periodical the article was printed in."""
    monogr = sub(struct, "monogr")
    if header.work:  # the book or series the page belongs to
        sub(monogr, "title", header.work, level="m")
    journal = src.journal or header.source.journal or header.masthead
    if journal:  # a periodical the page does not name is never guessed: no title then
        sub(monogr, "title", journal, level="j")
    imprint = sub(monogr, "imprint")
    if src.date_text and src.date_period:  # an issue dated across a span: its ends
        sub(imprint, "date", src.date_text, **dict(zip(("from", "to"), src.date_period)))
    elif src.date_text:
        sub(imprint, "date", src.date_text, when=src.date_iso)
    else:
        sub(imprint, "date", "date unknown")
    if src.volume:
        sub(monogr, "biblScope", src.volume, unit="volume", n=roman_to_int(src.volume))
    if src.issue:
        sub(monogr, "biblScope", src.issue, unit="issue", n=src.issue if src.issue.isdigit() else None)
    for page in src.pages:
        sub(monogr, "biblScope", page, unit="page", **page_attributes(page))


#: one page's number as ``biblScope/@n``, ``@from`` or ``@to`` may give it: "3", "iv", "12a"
PAGE_NUMBER = re.compile(r"^(?:\d+[a-z]?|[ivxlcdm]+|[IVXLCDM]+)$")


def page_attributes(page: str) -> dict[str, str]:
    """``@n`` for one page ("3"), ``@from``/``@to`` for a range ("4–5", "4 - 5"); a page
    statement that is not a page number or a range of two ("3 ff", "1–2 ff", "3 (continued
    on p. 6)") stays text only: TEI's @from/@to take one token, and the text keeps what
    was printed."""
    text = page.strip()
    first, dash, last = text.replace("-", "–").partition("–")
    first, last = first.strip(), last.strip()
    if not dash and PAGE_NUMBER.match(text):
        return {"n": text}
    if dash and PAGE_NUMBER.match(first) and PAGE_NUMBER.match(last):
        return {"from": first, "to": full_range_end(first, last)}
    return {}


def full_range_end(first: str, last: str) -> str:
    """The last page of a range printed in short ("195-99" ends on 199, "1203-4" on 1204):
    the first page's leading digits complete it; any other end stays as printed."""
    if first.isdigit() and last.isdigit() and len(last) < len(first):
        whole = first[: len(first) - len(last)] + last
        if int(whole) > int(first):
            return whole
    return last


def write_credit(bibl: etree._Element, credit: Credit, index: int, lookup: Lookup | None) -> None:
    if credit.role == "thanks" or not credit.names:
        sub(bibl, "note", credit.raw, type="credit")
        return
    stmt = sub(bibl, "respStmt", xml_id=f"credit-{index}")
    sub(stmt, "resp", credit.resp, key=credit.role)
    for name in credit.names:
        person(stmt, name, lookup)


def write_digital_source(source_desc: etree._Element, article: Article, lookup: Lookup | None) -> None:
    """The web page the text was taken from: its own ``bibl``, pointing at the print it
    transcribes (``@corresp``), with the copy-text chain stated."""
    header = article.header
    bibl = sub(source_desc, "bibl", type="digital", xml_id=DIGITAL_ID, corresp=f"#{PRINTED_ID}")
    archives = header.archives or archives_of_address(header.source_url)
    sub(bibl, "title", archives[0], level="m")
    for name in archives[1:]:
        sub(bibl, "publisher", name)
    for index, credit in enumerate(header.credits, start=1):
        write_credit(bibl, credit, index, lookup)
    if header.updated:
        sub(bibl, "date", header.updated, type="updated", when=header.updated_iso)
    if header.source_url:
        sub(bibl, "idno", header.source_url, type="URI")
        sub(bibl, "ref", header.source_url, target=header.source_url)
    else:
        sub(bibl, "note", "The address of the source page is not recorded.", type="url-unknown")
    for credit in header.credits:
        if credit.names and credit.role != "thanks":
            sub(bibl, "note", credit.raw, type="credit")
    sub(bibl, "note", copy_text_chain(archives[0]), type="copy-text")


ETOL = "Encyclopedia of Trotskyism On-Line"
MIA = "Marxists’ Internet Archive"


def archives_of_address(url: str | None) -> list[str]:
    """The archives that published the page, when its navigation names none: a page of the
    Marxists' Internet Archive outside ``/history/etol/`` (a writer's archive, ``/archive/…``)
    is the MIA's alone; an ETOL page, or a page whose address is unknown, is ETOL's, a part
    of the MIA."""
    match = re.match(r"^https?://(?:www\.)?marxists\.org(/[^?#]*)", url or "", re.IGNORECASE)
    if match and not match.group(1).startswith("/history/etol/"):
        return [MIA]
    return [ETOL, MIA]


def copy_text_chain(archive: str) -> str:
    """How the text came here: print, web page, plain text, TEI."""
    return (f"Copy text: the printed article (the source described above) was transcribed for the {archive}; "
            f"the text of that web page, saved as plain text, was encoded in TEI by {APP} {__version__} "
            f"(#{APP_ID}). Corrections of the web page's errors are marked in the text; nothing else was changed.")


def correction_statement(corrections_resp: str) -> str:
    """The editorial declaration of corrections: whose they are."""
    if corrections_resp == f"#{APP_ID}":
        who = (f"No editor is named for this edition: the corrections (corr resp=\"#{APP_ID}\") are the "
               f"encoder's proposals, applied from the article's corrections file, for an editor to check.")
    else:
        who = (f"The corrections (corr resp=\"{corrections_resp}\") are the edition's editor's, from the "
               f"article's corrections file.")
    return ("Clear transcription errors of the web page are marked with choice: sic keeps the page's reading, "
            f"corr the correction, with type=\"transcription\". {who} The reason for each is a note in notesStmt "
            "pointing at the correction. Period spellings are kept.")


EDITORIAL = {
    "normalization": "Spelling, capitalisation, quotation marks, apostrophes and dashes are kept as "
                     "printed; nothing is normalised.",
    "quotation": "Quotation marks are kept in the text as printed; q marks the quotation's extent, and "
                 "the views add no marks of their own (tagsDecl: rendition #rend-marks-printed).",
    "hyphenation": "The web page has no end-of-line hyphenation; hyphens are kept as printed.",
    "segmentation": "Paragraphs follow the web page's paragraphs. The page's navigation lines (index "
                    "links, \"Top of page\") were dropped; what they tell is in this header.",
    "interpretation": "Persons, places and organisations are marked with persName, placeName and "
                      "orgName pointing into the register in standOff; dates with date/@when where "
                      "the value is certain (cert=\"medium\" where the year is supplied from the "
                      "article's date); notes stand at their anchor point.",
}

#: the rendition every q carries in TEI's terms: its marks are in the text
QUOTES_RENDITION = "rend-marks-printed"

def write_tags_decl(desc: etree._Element) -> None:
    """Quotation marks are printed in the text: a renderer adds none (CSS ``quotes: none``
    on ``q``, the TEI way to say so to TEI Publisher or CETEIcean)."""
    tags = sub(desc, "tagsDecl")
    sub(tags, "rendition", "quotes: none;", xml_id=QUOTES_RENDITION, scheme="css", selector="q, soCalled, mentioned")


def write_prefix_def(desc: etree._Element, register) -> None:
    """``etol:ID`` (the ``@sameAs`` of each copied entry) names the entry ID of the corpus
    register the build used, by its file name and version."""
    name = Path(register.path).name if register.path else "register.xml"
    prefixes = etree.Element(tei("listPrefixDef"))
    prefix = sub(prefixes, "prefixDef", ident=PREFIX, matchPattern="([A-Za-z_][A-Za-z0-9_.\\-]*)",
                 replacementPattern=f"{name}#$1")
    sub(prefix, "p", f"The entries of this file's standOff are copies of those of the corpus register {name} "
                     f"(version {register.version}); etol:ID points at the entry ID there.")
    desc.find(tei("appInfo")).addprevious(prefixes)


def write_evidence_taxonomy(desc: etree._Element, used: set[str]) -> None:
    """The kinds of evidence the file's machine mentions point at with ``@ana``
    (``#ev-forename``), each a ``category`` of one ``taxonomy`` in ``classDecl``, in the
    order the recogniser declares them (``tei/passes/recognise/evidence.py``)."""
    from ..passes.recognise.evidence import EVIDENCE, TAXONOMY_ID, category_id

    kinds = [name for name in EVIDENCE if f"#{category_id(name)}" in used]
    if not kinds:
        return
    class_decl = etree.Element(tei("classDecl"))
    taxonomy = sub(class_decl, "taxonomy", xml_id=TAXONOMY_ID)
    sub(taxonomy, "desc", "The evidence on which the name recogniser marked a name (docs/names.md of tei-etol).")
    for name in kinds:
        category = sub(taxonomy, "category", xml_id=category_id(name))
        sub(category, "catDesc", EVIDENCE[name])
    desc.find(tei("appInfo")).addprevious(class_decl)


def write_app_info(desc: etree._Element, applications: tuple[Application, ...] = APPLICATIONS) -> None:
    """One ``application`` per piece of software that decides something in the output."""
    app_info = sub(desc, "appInfo")
    for app in applications:
        application = sub(app_info, "application", xml_id=app.xml_id, ident=app.ident, version=app.version)
        sub(application, "label", app.label)
        if app.note:
            sub(application, "p", app.note)


def write_encoding_desc(header_el: etree._Element, corrections_resp: str,
                        applications: tuple[Application, ...] = APPLICATIONS) -> etree._Element:
    desc = sub(header_el, "encodingDesc")
    decl = sub(desc, "editorialDecl")
    sub(sub(decl, "correction"), "p", correction_statement(corrections_resp))
    for name, text in EDITORIAL.items():
        attrs = {"marks": "all"} if name == "quotation" else {"eol": "none"} if name == "hyphenation" else {}
        sub(sub(decl, name, **attrs), "p", text)
    write_tags_decl(desc)
    write_app_info(desc, applications)
    return desc


def correction_spans(article: Article):
    """The corrections of the text, in the corrections file's order."""
    spans = [span for block in article_blocks(article) for span in block.spans if span.tag == "choice" and span.attr("id")]
    return sorted(spans, key=lambda span: int(span.attr("id").removeprefix("corr")))


def write_notes_stmt(file_desc: etree._Element, article: Article) -> None:
    """The reason given for each correction, pointing at it."""
    reasons = [(span.attr("id"), span.attr("reason"), span.attr("resp")) for span in correction_spans(article)
               if span.attr("reason")]
    if reasons:
        stmt = sub(file_desc, "notesStmt")
        for corr_id, reason, resp in reasons:
            sub(stmt, "note", reason, type="correction", target=f"#{corr_id}", resp=resp)


def write_header(root: etree._Element, article: Article, *, lookup: Lookup | None = None,
                 date: str | None = None, publisher: str | None = None, recogniser: bool = False,
                 editor: Editor | None = None, corrections_resp: str = f"#{APP_ID}") -> etree._Element:
    """The teiHeader; ``recogniser``: the name recogniser decided something, so it is
    listed in appInfo (docs/decisions.md, section 3)."""
    header_el = sub(root, "teiHeader")
    file_desc = sub(header_el, "fileDesc")
    write_title_stmt(file_desc, article.header, lookup, editor)
    write_edition_stmt(file_desc)
    write_publication_stmt(file_desc, article, publisher)
    write_notes_stmt(file_desc, article)
    source_desc = sub(file_desc, "sourceDesc")
    write_printed_source(source_desc, article.header, lookup)
    write_digital_source(source_desc, article, lookup)
    write_encoding_desc(header_el, corrections_resp, APPLICATIONS + ((RECOGNISER_APP,) if recogniser else ()))
    write_profile_desc(header_el, article)
    revision = sub(header_el, "revisionDesc")
    sub(revision, "change", f"Encoded from the ETOL transcription by {APP} {__version__}.", who=f"#{APP_ID}", when=date)
    return header_el


def framing_blocks(article: Article, kind: str):
    """The blocks of ``kind`` in the article's opener and closer (its letter furniture)."""
    for item in [*article.body.top, *article.body.bottom]:
        for block in item.blocks if isinstance(item, Group) else [item]:
            if block.kind == kind:
                yield block


def first_name_span(blocks, tag: str, first_line: bool = False) -> tuple[str, str | None] | None:
    """(text, ref) of the first ``tag`` span (a name the register knows) in ``blocks``;
    with ``first_line``, only on a block's first line (a dateline's place, never a street
    of the address under it)."""
    for block in blocks:
        end = block.breaks[0] if first_line and block.breaks else len(block.text)
        for span in block.spans:
            if span.tag == tag and span.start < end:
                return block.text[span.start:span.end], span.attr("ref")
    return None


def is_letter(article: Article) -> bool:
    """A letter: a salutation, or a signature closing a text whose opener is dated."""
    return (any(framing_blocks(article, "salute"))
            or (any(framing_blocks(article, "signed")) and any(framing_blocks(article, "dateline"))))


def write_profile_desc(header_el: etree._Element, article: Article) -> None:
    """The language; where the text gives the place and date of writing (a letter's
    "Moscow, February 1933"), ``creation``; for a letter, ``correspDesc`` with its sender."""
    profile = sub(header_el, "profileDesc")
    place = first_name_span(framing_blocks(article, "dateline"), "placeName", first_line=True)
    written = date_of_writing(article)
    if place and written:
        creation = sub(profile, "creation")
        sub(creation, "date", written[0], when=written[1])
        creation[-1].tail = ", "
        sub(creation, "placeName", place[0], ref=place[1])
    sub(sub(profile, "langUsage"), "language", "English", ident="en")
    if is_letter(article):
        write_corresp_desc(profile, article, place, written)


def date_of_writing(article: Article) -> tuple[str, str] | None:
    """(text, ISO date) of the writing: the title block's dateline ("(February 1933)"), else
    the date on the first line of a letter's own dateline ("Manchester, 14 January 1858")."""
    header = article.header
    if header.written_iso:
        return header.written.strip("() "), header.written_iso
    for block in framing_blocks(article, "dateline"):
        end = block.breaks[0] if block.breaks else len(block.text)
        for span in block.spans:
            if span.tag == "date" and span.start < end and span.attr("when"):
                return block.text[span.start:span.end], span.attr("when")
    return None


def write_corresp_desc(profile: etree._Element, article: Article, place: tuple[str, str | None] | None,
                       written: tuple[str, str] | None) -> None:
    """A letter's sending: who signed it (a name the register knows, else the author),
    where and when; nothing known, no correspDesc."""
    header = article.header
    sender = first_name_span(framing_blocks(article, "signed"), "persName")
    if sender is None and header.authors and not header.author_editorial:
        sender = (header.authors[0], None)
    parts = [("persName", sender), ("placeName", place)]
    if not any(value for _, value in parts) and not written:
        return
    sent = sub(sub(profile, "correspDesc"), "correspAction", type="sent")
    for tag, value in parts:
        if value:
            sub(sent, tag, value[0], ref=value[1])
    if written:
        sub(sent, "date", written[0], when=written[1])


def roman_to_int(text: str) -> str | None:
    """"VI" -> "6"; arabic numerals pass through; anything else -> None."""
    if text.isdigit():
        return str(int(text))
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    if not text or any(c not in values for c in text.upper()):
        return None
    total = 0
    for current, following in zip(text.upper(), text.upper()[1:] + " "):
        value = values[current]
        total += -value if following in values and values[following] > value else value
    return str(total)
