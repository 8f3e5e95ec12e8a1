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

from ..errors import InputError, TeiError, UsageError
from ..sandbox import FolderResolver, access_control
from .findings import ERROR, WARNING, Finding
from .jing import JingEngine, use_jing
from .locate import SourceLines, element_position, node_at, simple_path
from .messages import local_names, rewrite_rng_message, rewrite_xsd_message
from .parsing import Parsed, safe_parser

SVRL = "http://purl.oclc.org/dsdl/svrl"
_CODE = re.compile(r"^([A-Z][A-Z0-9]*-[A-Z]\d{3})")


def one_line(error: Exception) -> str:
    return " ".join(str(error).split())


def _load_xml(path: Path, resolver: etree.Resolver | None = None) -> etree._ElementTree:
    parser = safe_parser()
    if resolver is not None:
        parser.resolvers.add(resolver)
    try:
        return etree.parse(str(path), parser)
    except OSError as error:
        raise InputError(f"cannot read schema: {one_line(error)}", path=str(path)) from None
    except etree.XMLSyntaxError as error:
        raise UsageError(f"schema is not well-formed XML: {one_line(error)}", path=str(path)) from None


def _reparsed(document: etree._ElementTree, path: Path, resolver: etree.Resolver) -> etree._ElementTree:
    """The same document, parsed again by a parser whose resolver guards every later read."""
    parser = safe_parser()
    parser.resolvers.add(resolver)
    return etree.fromstring(etree.tostring(document), parser, base_url=str(path)).getroottree()


_SCH_NS = "http://purl.oclc.org/dsdl/schematron"


def schematron_includes(path: Path, schema: etree._ElementTree, resolver: "FolderResolver",
                        seen: set[Path] | None = None) -> list[Path]:
    """The files a .sch includes (recursively); each must be inside a --schema-read folder."""
    seen = set() if seen is None else seen
    found = []
    for node in schema.iter(f"{{{_SCH_NS}}}include", f"{{{_SCH_NS}}}extends"):
        href = node.get("href")
        if not href:
            continue
        target = (path.parent / href.split("#")[0]).resolve()
        if "://" in href or not resolver.allows(target) or not target.is_file():
            raise UsageError(f"sch:include of {href} refused: only files in a --schema-read folder may be read",
                             path=str(path))
        if target not in seen:
            seen.add(target)
            found.append(target)
            found.extend(schematron_includes(target, _load_xml(target), resolver, seen))
    return found


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
        located: dict = {}  # entry path -> (element, line, col, path): looked up once per element
        for entry in self.schema.error_log:
            if entry.path not in located:
                element = node_at(parsed.tree, entry.path)
                located[entry.path] = (element, *element_position(element, source), simple_path(element))
            element, line, col, path = located[entry.path]
            code, message = self.rewrite(entry.message, element)
            yield Finding(code, message, parsed.name, line or entry.line, col or entry.column,
                          ERROR, path or entry.path)


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

    The stylesheet runs in the sandbox (:mod:`tei.sandbox`): no network, no writes, and
    no file read except inside ``read_dirs`` (``--schema-read``); its own ``xsl:import``
    and ``xsl:include`` are read from its folder while it compiles. A ``.sch`` may
    include (``sch:include``, ``sch:extends``) only files inside ``read_dirs``.
    """

    name = "lxml-xslt"

    def __init__(self, path: Path, compiled: bool, read_dirs: tuple[Path, ...] = ()):
        self.path = path
        resolver = FolderResolver([path.parent, *read_dirs], UsageError, "reading")
        if compiled:
            xslt_doc = _load_xml(path, resolver)
        else:
            from lxml import isoschematron  # slow import: only for a user's own .sch

            schema = _load_xml(path)
            includes = schematron_includes(path, schema, FolderResolver(read_dirs, UsageError, "sch:include of"))
            try:
                validator = isoschematron.Schematron(schema, include=bool(includes), store_xslt=True).validator_xslt
            except etree.SchematronParseError as error:
                raise UsageError(f"not a usable Schematron schema: {one_line(error)}", path=str(path)) from None
            xslt_doc = _reparsed(validator, path, resolver)
        try:
            self.transform = etree.XSLT(xslt_doc, access_control=access_control(bool(read_dirs)))
        except etree.XSLTParseError as error:
            raise UsageError(f"compiled Schematron does not load: {one_line(error)}", path=str(path)) from None
        except TeiError as error:
            raise UsageError(error.message, path=str(path)) from None
        resolver.roots = tuple(Path(folder).resolve() for folder in read_dirs)  # compiled: its folder is closed

    def check(self, parsed: Parsed, source: SourceLines) -> Iterator[Finding]:
        try:
            report = self.transform(parsed.tree)
        except TeiError as error:
            raise UsageError(f"the schema was refused while checking {parsed.name}: {error.message}",
                             path=str(self.path)) from None
        except etree.XSLTApplyError as error:
            raise UsageError(f"the schema failed while checking {parsed.name}: {one_line(error)}"
                             " (files may be read only inside a --schema-read folder; nothing may be written or fetched)",
                             path=str(self.path)) from None
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
def _cached_engine(path: str, kind: str, stamp: int, read_dirs: tuple[Path, ...] = ()):
    p = Path(path)
    if kind == "xsd":
        return XsdEngine(p)
    if kind == "rng":
        return RelaxNgEngine(p)
    if kind == "jing":
        _load_xml(p)  # not XML: a usage error before any file is read
        return JingEngine(p)
    if kind == "xsl":
        return SchematronEngine(p, compiled=True, read_dirs=read_dirs)
    return SchematronEngine(p, compiled=False, read_dirs=read_dirs)


def engine_for(path: str | os.PathLike, read_dirs: tuple[str | os.PathLike, ...] = ()):
    """The engine for a schema file, chosen by its extension (.xsd, .rng, .sch, .xsl).
    A Schematron (.sch, or compiled: .xsl) may read files only inside ``read_dirs``."""
    p = Path(path)
    kinds = {".xsd": "xsd", ".rng": "rng", ".sch": "sch", ".xsl": "xsl", ".xslt": "xsl"}
    kind = kinds.get(p.suffix.lower())
    if kind is None:
        raise UsageError(
            f"unknown schema type '{p.suffix or p.name}'; expected a .xsd, .rng or .sch file", path=str(p)
        )
    if kind == "rng" and use_jing():
        kind = "jing"
    folders = tuple(sorted(Path(folder).resolve() for folder in read_dirs))
    return _cached_engine(str(p.resolve()), kind, _stamp(p), folders)


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
