"""Validation of TEI documents: the project's XSD and rules, or any XSD/RELAX NG/Schematron.

One generator, :func:`iter_errors`, yields every :class:`Finding` for one document;
:func:`validate` raises the first error (:class:`ValidationFailed`) and :func:`is_valid`
returns a bool, both built on it (the style of the xmlschema package)::

    from tei.validation import iter_errors, is_valid
    for finding in iter_errors("encoded/article.xml"):
        print(finding)          # file:line:col: error TEI-R001 pointer '#x' ...

By default a document is checked against ``schemas/tei-etol.xsd`` and the rules of
``schemas/tei-etol.sch``, run by :mod:`.rules` (the same rules in Python, a test keeps
them equal). Codes are listed in docs/rules.md.
"""
from __future__ import annotations

import os
import re
from typing import Iterable, Iterator

from .findings import ERROR, UNREADABLE_CODES, WARNING, Finding, ValidationFailed

__all__ = [
    "ERROR", "WARNING", "Finding", "ValidationFailed", "UNREADABLE_CODES",
    "iter_errors", "iter_many", "validate", "is_valid", "xml_model_pis",
    "SCHEMA_FILENAME", "RULES_FILENAME",
]

#: the file names the writer puts in <?xml-model?> processing instructions.
SCHEMA_FILENAME = "tei-etol.xsd"
RULES_FILENAME = "tei-etol.sch"

_XSD_NS = "http://www.w3.org/2001/XMLSchema"
_SCH_NS = "http://purl.oclc.org/dsdl/schematron"


def xml_model_pis(href_base: str) -> list[tuple[str, str]]:
    """The two ``<?xml-model?>`` processing instructions naming the schema and the rules.

    ``href_base`` is the folder holding them, relative to the document or a URL
    (``"../schemas"``, ``"https://example.org/tei-etol/schemas"``). Returns
    (target, text) pairs for ``etree.ProcessingInstruction(target, text)``, in the order
    they precede the root element. Same input, same bytes.
    """
    base = href_base.rstrip("/")
    prefix = f"{base}/" if base else ""
    return [
        ("xml-model", f'href="{prefix}{SCHEMA_FILENAME}" type="application/xml" schematypens="{_XSD_NS}"'),
        ("xml-model", f'href="{prefix}{RULES_FILENAME}" type="application/xml" schematypens="{_SCH_NS}"'),
    ]


def _engines(schema, schema_read=()):
    from .engines import bundled_engines, engine_for

    if schema is None:
        return bundled_engines()
    if isinstance(schema, (str, os.PathLike)):
        return [engine_for(schema, tuple(schema_read))]
    return [engine_for(s, tuple(schema_read)) for s in schema]


def _parse_input(source, name: str | None):
    from lxml import etree

    from .parsing import Parsed, _dtd_finding, _not_tei_finding, TEI_ROOTS, parse_bytes, read_source

    if isinstance(source, etree._Element):
        source = source.getroottree()
    if isinstance(source, etree._ElementTree):
        label = name or source.docinfo.URL or "<tree>"
        refused = _dtd_finding(label, source)
        if refused:
            return Parsed(label, b"", None, [refused])
        if source.getroot().tag not in TEI_ROOTS:
            return Parsed(label, b"", None, [_not_tei_finding(label, source.getroot())])
        return Parsed(label, b"", source, [])
    if isinstance(source, bytes):
        return parse_bytes(name or "<bytes>", source)
    label, data, findings = read_source(source, name)
    if data is None:
        return Parsed(label, b"", None, findings)
    return parse_bytes(label, data)


_QUOTED = re.compile(r"'([^']+)'")
_DATE_RULE = re.compile(r"^@(\w+)=")


def _deduplicated(findings: list[Finding]) -> list[Finding]:
    """Drop what two engines both report: one finding per xml:id problem per line, per bad
    attribute value per line, and no datatype error where TEI-R007 explains the date."""
    date_attributes = {
        (f.line, m.group(1)) for f in findings if f.code == "TEI-R007" and (m := _DATE_RULE.match(f.message))
    }
    seen: set = set()
    kept = []
    for finding in findings:
        if finding.code in {"TEI-R002", "TEI-R003"}:
            key = (finding.code, finding.line)
        elif finding.code == "TEI-X002":
            m = _QUOTED.search(finding.message)
            attribute = m.group(1) if m else finding.message
            if (finding.line, attribute) in date_attributes:
                continue
            key = (finding.code, finding.line, attribute)
        else:
            key = (finding.code, finding.line, finding.col, finding.message)
        if key in seen:
            continue
        seen.add(key)
        kept.append(finding)
    return kept


def iter_errors(source, schema=None, *, name: str | None = None, schema_read=()) -> Iterator[Finding]:
    """Yield every finding (errors and warnings) for one document.

    ``source`` is a path, bytes, a binary file object, or an lxml tree/element;
    ``schema`` is None (the project's XSD and rules), one schema file (.xsd, .rng, .sch)
    or several. ``name`` labels the findings (default: the path). Problems with the input
    itself (unreadable, not well-formed, DTD or entities, not TEI) are findings too, so a
    caller checking many files goes on to the next one. A Schematron given as ``schema``
    runs sandboxed and may read files only inside the folders of ``schema_read``.
    """
    engines = _engines(schema, schema_read)  # a bad --schema is a usage error, raised before any file
    yield from _checked(_parse_input(source, name), engines)


#: documents checked together by an engine that runs one process for many (jing); only
#: their bytes are kept until then, never their trees
BATCH = 4000


def iter_many(sources: Iterable, schema=None, *, schema_read=()) -> Iterator[tuple[str, list[Finding]]]:
    """(label, findings) for each source in order: :func:`iter_errors` for many
    documents, where an engine that checks many at once (jing: one Java process for a
    batch of :data:`BATCH`) gets them together. A source is a path, or a
    (label, binary file) pair. Without such an engine, each document is checked and
    reported as soon as it is read. A Schematron may read files only in ``schema_read``."""
    engines = _engines(schema, schema_read)
    batched = [engine for engine in engines if hasattr(engine, "prepare")]
    single = [engine for engine in engines if not hasattr(engine, "prepare")]
    pending: list = []
    for source in sources:
        name = None
        if isinstance(source, tuple):
            name, source = source
        parsed = _parse_input(source, name)
        findings = _found(parsed, single)
        if not batched:
            yield parsed.name, _finalised(findings)
            continue
        prepared = [engine.prepare(parsed) for engine in batched] if parsed.tree is not None else None
        pending.append((parsed.name, findings, prepared))  # the tree is dropped here
        if len(pending) == BATCH:
            yield from _checked_batch(pending, batched)
            pending = []
    if pending:
        yield from _checked_batch(pending, batched)


def _checked_batch(pending: list, batched: list) -> Iterator[tuple[str, list[Finding]]]:
    checked = [(i, item) for i, item in enumerate(pending) if item[2] is not None]
    for k, engine in enumerate(batched):
        results = engine.check_prepared([prepared[k] for _, (_, _, prepared) in checked],
                                        [name for _, (name, _, _) in checked])
        for (i, _), found in zip(checked, results):
            pending[i][1].extend(found)
    for name, findings, _ in pending:
        yield name, _finalised(findings)


def _found(parsed, engines) -> list[Finding]:
    from .locate import SourceLines

    findings = list(parsed.findings)
    if parsed.tree is not None and engines:
        lines = SourceLines(parsed.data)
        for engine in engines:
            findings.extend(engine.check(parsed, lines))
    return findings


def _finalised(findings: list[Finding]) -> list[Finding]:
    findings = _deduplicated(findings)
    findings.sort(key=lambda f: (f.line, f.col, f.code))
    return findings


def _checked(parsed, engines) -> Iterator[Finding]:
    yield from _finalised(_found(parsed, engines))


def validate(source, schema=None, *, name: str | None = None) -> None:
    """Raise :class:`ValidationFailed` (a ContentError) if ``source`` has any error."""
    errors = [f for f in iter_errors(source, schema, name=name) if f.is_error]
    if errors:
        raise ValidationFailed(errors)


def is_valid(source, schema=None, *, name: str | None = None) -> bool:
    """True when ``source`` has no error (warnings allowed)."""
    return not any(f.is_error for f in iter_errors(source, schema, name=name))
