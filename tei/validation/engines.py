"""The schema engines: XML Schema and RELAX NG (lxml), ISO Schematron (lxml's XSLT).

Each engine is built once per file and process (:func:`engine_for` caches by path and
modification time) and checks a parsed document, yielding :class:`Finding` objects.
The project's rules run from ``schemas/tei-etol.sch.xsl``, compiled ahead of time
(``python -m tei.validation.compile``), so nothing is compiled at run time.
"""
from __future__ import annotations

import os
import re
import time
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from lxml import etree

from ..errors import InputError, UsageError
from .findings import ERROR, WARNING, Finding
from .jing import JingEngine, use_jing
from .locate import SourceLines, element_position, node_at, simple_path
from .messages import local_names, rewrite_rng_message, rewrite_xsd_message
from .parsing import Parsed, safe_parser

SVRL = "http://purl.oclc.org/dsdl/svrl"
_CODE = re.compile(r"^([A-Z][A-Z0-9]*-[A-Z]\d{3})")


def _load_xml(path: Path) -> etree._ElementTree:
    try:
        return etree.parse(str(path), safe_parser())
    except OSError as error:
        raise InputError(f"cannot read schema: {error}", path=str(path)) from None
    except etree.XMLSyntaxError as error:
        raise UsageError(f"schema is not well-formed XML: {error}", path=str(path)) from None


class _Libxml2Engine:
    """A grammar compiled by libxml2 (``schema_class``); its error log becomes findings,
    each message rewritten by :meth:`rewrite`."""

    schema_class: type
    parse_error: type
    what: str

    def __init__(self, path: Path):
        self.path = path
        try:
            self.schema = self.schema_class(_load_xml(path))
        except self.parse_error as error:
            raise UsageError(f"not a usable {self.what}: {error}", path=str(path)) from None

    def rewrite(self, message: str, element) -> tuple[str, str]:
        raise NotImplementedError

    def check(self, parsed: Parsed, source: SourceLines) -> Iterator[Finding]:
        if self.schema.validate(parsed.tree):
            return
        for entry in self.schema.error_log:
            element = node_at(parsed.tree, entry.path)
            code, message = self.rewrite(entry.message, element)
            line, col = element_position(element, source)
            yield Finding(code, message, parsed.name, line or entry.line, col or entry.column,
                          ERROR, simple_path(element) or entry.path)


class XsdEngine(_Libxml2Engine):
    """W3C XML Schema 1.0 with libxml2; messages rewritten by :mod:`.messages`."""

    name = "lxml"

    schema_class, parse_error, what = etree.XMLSchema, etree.XMLSchemaParseError, "XML Schema"

    def rewrite(self, message: str, element) -> tuple[str, str]:
        return rewrite_xsd_message(message, element)


class RelaxNgEngine(_Libxml2Engine):
    """RELAX NG (XML syntax) with libxml2, e.g. tei_all.rng: used when jing cannot run
    (no Java). Compiling tei_all costs 9-15 s, once per process (:mod:`.jing`)."""

    schema_class, parse_error, what = etree.RelaxNG, etree.RelaxNGParseError, "RELAX NG schema"
    name = "lxml"

    def rewrite(self, message: str, element) -> tuple[str, str]:
        return rewrite_rng_message(local_names(message))


class SchematronEngine:
    """ISO Schematron as XSLT 1.0: failed asserts and successful reports from the SVRL.

    The code of a finding is the start of the assertion's ``@id`` (``TEI-R001-ref`` ->
    ``TEI-R001``); ``@role`` "warning" or "info" gives a warning, anything else an error.
    """

    name = "lxml-xslt"

    def __init__(self, path: Path, compiled: bool):
        self.path = path
        if compiled:
            xslt_doc = _load_xml(path)
        else:
            from lxml import isoschematron  # slow import: only for a user's own .sch

            try:
                xslt_doc = isoschematron.Schematron(_load_xml(path), store_xslt=True).validator_xslt
            except etree.SchematronParseError as error:
                raise UsageError(f"not a usable Schematron schema: {error}", path=str(path)) from None
        try:
            self.transform = etree.XSLT(xslt_doc)
        except etree.XSLTParseError as error:
            raise UsageError(f"compiled Schematron does not load: {error}", path=str(path)) from None

    def check(self, parsed: Parsed, source: SourceLines) -> Iterator[Finding]:
        report = self.transform(parsed.tree)
        root = report.getroot()
        if root is None:
            return
        for node in root.iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
            yield self._finding(node, parsed, source)

    def _finding(self, node, parsed: Parsed, source: SourceLines) -> Finding:
        ident = node.get("id") or ""
        match = _CODE.match(ident)
        code = match.group(1) if match else (ident or "TEI-S001")
        role = (node.get("role") or "error").lower()
        severity = WARNING if role in {"warning", "warn", "info", "information"} else ERROR
        text = node.findtext(f"{{{SVRL}}}text") or "".join(node.itertext())
        element = node_at(parsed.tree, node.get("location"))
        line, col = element_position(element, source)
        return Finding(code, " ".join(text.split()), parsed.name, line, col, severity,
                       simple_path(element) or node.get("location"))


def describe(engines) -> list[dict]:
    """What checked the files, for reports: each schema and the engine that ran it
    (``jing``, ``lxml``, ``lxml-xslt`` for Schematron, ``python`` for the bundled rules)."""
    return [{"schema": str(engine.path) if engine.path else "tei-etol rules",
             "engine": getattr(engine, "name", type(engine).__name__)} for engine in engines]


def _stamp(path: Path) -> int:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        raise InputError("schema file not found", path=str(path)) from None


@lru_cache(maxsize=16)
def _cached_engine(path: str, kind: str, stamp: int):
    p = Path(path)
    if kind == "xsd":
        return XsdEngine(p)
    if kind == "rng":
        return RelaxNgEngine(p)
    if kind == "jing":
        _load_xml(p)  # not XML: a usage error before any file is read
        return JingEngine(p)
    if kind == "xsl":
        return SchematronEngine(p, compiled=True)
    return SchematronEngine(p, compiled=False)


def engine_for(path: str | os.PathLike):
    """The engine for a schema file, chosen by its extension (.xsd, .rng, .sch, .xsl)."""
    p = Path(path)
    kinds = {".xsd": "xsd", ".rng": "rng", ".sch": "sch", ".xsl": "xsl", ".xslt": "xsl"}
    kind = kinds.get(p.suffix.lower())
    if kind is None:
        raise UsageError(
            f"unknown schema type '{p.suffix or p.name}'; expected a .xsd, .rng or .sch file", path=str(p)
        )
    if kind == "rng" and use_jing():
        kind = "jing"
    return _cached_engine(str(p.resolve()), kind, _stamp(p))


@lru_cache(maxsize=1)
def _bundled_xsd() -> Path:
    from ..resources import schemas_dir

    return (schemas_dir() / "tei-etol.xsd").resolve()


_bundled: dict = {"stamp": None, "engines": None, "checked": -1.0}
_RECHECK_SECONDS = 1.0


def bundled_engines() -> list:
    """The project's XSD and its rules (:mod:`.rules`, the same as tei-etol.sch).

    Asked once per file, so kept per process (finding the package's files costs more
    than validating a small document); a changed schema file is picked up by its mtime,
    looked at no more than once a second.
    """
    now = time.monotonic()
    if _bundled["engines"] is not None and now - _bundled["checked"] < _RECHECK_SECONDS:
        return _bundled["engines"]
    from .rules import RulesEngine

    xsd = _bundled_xsd()
    stamp = _stamp(xsd)
    if stamp != _bundled["stamp"]:
        _bundled.update(stamp=stamp, engines=[_cached_engine(str(xsd), "xsd", stamp), RulesEngine()])
    _bundled["checked"] = now
    return _bundled["engines"]


def schematron_engines() -> list:
    """The project's XSD and its rules run from the compiled Schematron."""
    from ..resources import schemas_dir

    folder = schemas_dir()
    return [engine_for(folder / "tei-etol.xsd"), engine_for(folder / "tei-etol.sch.xsl")]
