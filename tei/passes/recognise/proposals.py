"""The recogniser's proposals over several articles, as a TEI register an editor can
correct and pass back with ``--register`` (``tei entities --format tei``).

One entry per referent across all the articles given (the same id in every article,
``docs/decisions.md`` §1), with every form met, its best ``@cert``, and a note saying in
which files it was found, how often, and on what evidence. Every entry keeps the
recogniser's ``@resp`` and ``@cert``: an editor accepts one by removing them (or by
setting ``@resp`` to themselves); entries that still carry them stay machine decisions
in the editions built with this register.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ... import __version__
from ...namespaces import TEI_NS, tei
from ...writer.elements import sub
from . import APP_ID, CERT_ORDER, Found
from .entries import entry_element

LISTS = {"person": "listPerson", "place": "listPlace", "org": "listOrg", "work": "listBibl"}


@dataclass
class Proposal:
    """One referent across files: the merged entry and its count per file."""

    found: Found
    files: dict[str, int] = field(default_factory=dict)


def merge(per_file: list[tuple[str, list[Found]]]) -> list[Proposal]:
    """Proposals by id, from each file's entries (in the order the files are given)."""
    proposals: dict[str, Proposal] = {}
    for path, entries in per_file:
        for entry in entries:
            proposal = proposals.setdefault(entry.id, Proposal(Found(entry.id, entry.kind)))
            merged = proposal.found
            merged.forms += [f for f in entry.forms if f not in merged.forms]
            merged.evidence += [e for e in entry.evidence if e not in merged.evidence]
            if CERT_ORDER[entry.cert] > CERT_ORDER[merged.cert]:
                merged.cert = entry.cert
            merged.place = merged.place or entry.place
            merged.count += entry.count
            proposal.files[path] = proposal.files.get(path, 0) + entry.count
    return [proposals[key] for key in sorted(proposals)]


def proposals_document(proposals: list[Proposal]) -> etree._ElementTree:
    """A complete TEI register document (the shape :mod:`tei.register` reads)."""
    root = etree.Element(tei("TEI"), nsmap={None: TEI_NS})
    root.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
    header = sub(root, "teiHeader")
    file_desc = sub(header, "fileDesc")
    sub(sub(file_desc, "titleStmt"), "title", "Names proposed by the tei-etol name recogniser")
    sub(sub(file_desc, "publicationStmt"), "p", "Proposals for an editor: accept an entry by removing its resp and "
        "cert, correct or delete the others, and pass this file to tei encode or tei build with --register.")
    sub(sub(file_desc, "sourceDesc"), "p", "Found in the articles named in each entry's note. GeoNames ids from "
        "GeoNames (https://www.geonames.org/), CC BY 4.0.")
    application = sub(sub(sub(header, "encodingDesc"), "appInfo"), "application", xml_id=APP_ID,
                      ident="tei-etol-names", version=__version__)
    sub(application, "label", "tei-etol-names")
    stand_off = sub(root, "standOff")
    lists: dict[str, etree._Element] = {}
    for kind in ("person", "place", "org", "work"):
        for proposal in (p for p in proposals if p.found.kind == kind):
            if kind not in lists:
                lists[kind] = sub(stand_off, LISTS[kind])
            element = entry_element(proposal.found)
            where = "; ".join(f"{path} ({count})" for path, count in proposal.files.items())
            note = sub(element, "note", f"Found {proposal.found.count} time(s) in {where}; evidence: "
                       f"{', '.join(proposal.found.evidence)}.", type="evidence")
            if kind == "work":  # TEI: a bibl's note may stand anywhere in it
                element.append(note)
            lists[kind].append(element)
    return etree.ElementTree(root)
