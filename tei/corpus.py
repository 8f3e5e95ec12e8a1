"""Corpus builds: many articles, several processes, nothing rebuilt twice.

The engine behind ``tei build DIR ... -j N``. Three rules, in the spirit of ``make`` and
of the TEI Stylesheets' build scripts:

1. **Skip only what is provably current.** Each article's outputs carry a *build record*
   (JSON): a key hashing everything its outputs depend on (its text, its companion files,
   the register, ``xslt/``, ``schemas/``, the parameters and options, the toolkit's code
   and the XML libraries' versions) and the SHA-256 of every output written. An article is
   skipped only when the key is unchanged and every output is on disk with that content.
   When in doubt, it is rebuilt.
2. **Never leave a half-written file.** Workers only compute; the parent writes each
   output with :func:`tei.output.write_atomic` (temporary name, then rename) and writes the
   build record last, so a run killed at any point records nothing for incomplete outputs.
   Leftover temporary files of a killed run are removed when the next run starts.
3. **One bad article never stops the others.** Its error is recorded and reported; the run
   fails (exit 1) at the end.

Where records live: an article found in a folder owns its output folder, so its record is
``<folder>/.tei-build.json``; articles given as files share the output folder and each
has ``<out>/.<slug>.tei-build.json``.
"""
from __future__ import annotations

import hashlib
import json
import os
import signal
import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .build import Built, Job, build_one, schema_href_base, write_built
from .companions import find_companions
from .errors import TeiError, Warning_
from .output import write_atomic

RECORD_NAME = ".tei-build.json"
RECORD_FORMAT = 1


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class Settings:
    """Everything besides the article itself that decides what a build writes."""

    register: Path | None = None  # None: the bundled register
    date: str | None = None
    params: tuple[tuple[str, str], ...] = ()
    schema_href: str | None = None

    @property
    def view_params(self) -> dict[str, str]:
        return dict(self.params)


def _hash_tree(digest, folder: Path, suffixes: tuple[str, ...] | None = None) -> None:
    """Feed every file under ``folder`` (sorted by relative path) into ``digest``."""
    if not folder.is_dir():
        digest.update(b"<absent>")
        return
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        if suffixes is not None and path.suffix not in suffixes:
            continue
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())


def _hash_file(digest, label: str, path: Path | None) -> None:
    digest.update(label.encode() + b"\0")
    if path is None or not path.is_file():
        digest.update(b"<absent>")
    else:
        digest.update(hashlib.sha256(path.read_bytes()).digest())


def toolkit_fingerprint() -> str:
    """The toolkit's own code and bundled data, and the libraries that serialise and
    transform: a change to any of them may change every output."""
    from lxml import etree

    from . import __file__ as package_init
    from .resources import data_dir, schemas_dir, xslt_dir

    digest = hashlib.sha256()
    try:
        from importlib.metadata import version

        digest.update(version("tei-etol").encode())
    except Exception:  # not installed: the code hash below still covers it
        digest.update(b"<uninstalled>")
    digest.update(repr((etree.LXML_VERSION, etree.LIBXML_VERSION, etree.LIBXSLT_VERSION)).encode())
    _hash_tree(digest, Path(package_init).parent, (".py",))
    for label, folder in (("data", data_dir()), ("xslt", xslt_dir()), ("schemas", schemas_dir())):
        digest.update(label.encode() + b"\0")
        _hash_tree(digest, folder)
    return digest.hexdigest()


def settings_fingerprint(settings: Settings) -> str:
    """The toolkit plus this run's register, parameters and options."""
    from .resources import bundled_register

    digest = hashlib.sha256(toolkit_fingerprint().encode())
    register = settings.register if settings.register is not None else bundled_register()
    _hash_file(digest, f"register:{Path(register).resolve()}", Path(register))
    options = {
        "date": settings.date,
        "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH"),
        "params": sorted(settings.params),
        "schema_href": settings.schema_href,
    }
    digest.update(json.dumps(options, sort_keys=True).encode())
    return digest.hexdigest()


def article_key(job: Job, settings: Settings, fingerprint: str) -> str:
    """The key of one article's build: the run's fingerprint, the article's text and
    companion files (their presence counts too), and where its outputs go."""
    digest = hashlib.sha256(fingerprint.encode())
    digest.update(str(job.source.resolve()).encode() + b"\0")
    _hash_file(digest, "text", job.source)
    companions = find_companions(job.source)
    _hash_file(digest, "meta", companions.meta)
    _hash_file(digest, "corrections", companions.corrections)
    digest.update(schema_href_base(job.folder, settings.schema_href).encode())
    return digest.hexdigest()


# --------------------------------------------------------------------------- records


def record_path(job: Job, slug: str | None = None) -> Path:
    if job.mirrored:
        return job.folder / RECORD_NAME
    return job.folder / f".{slug}{RECORD_NAME}"


def read_record(path: Path) -> dict | None:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("format") != RECORD_FORMAT:
        return None
    return record


def flat_records(folder: Path) -> dict[str, tuple[Path, dict]]:
    """The records of articles given as files, by resolved source path."""
    found: dict[str, tuple[Path, dict]] = {}
    if folder.is_dir():
        for path in sorted(folder.glob(f".*{RECORD_NAME}")):
            record = read_record(path)
            if record is not None and isinstance(record.get("source"), str):
                found[record["source"]] = (path, record)
    return found


def outputs_intact(folder: Path, outputs: dict) -> bool:
    """Every recorded output is on disk with the recorded content."""
    if not isinstance(outputs, dict) or not outputs:
        return False
    for name, expected in outputs.items():
        try:
            if hashlib.sha256((folder / name).read_bytes()).hexdigest() != expected:
                return False
        except OSError:
            return False
    return True


def make_record(job: Job, key: str, built: Built) -> dict:
    return {
        "format": RECORD_FORMAT,
        "source": str(job.source.resolve()),
        "slug": built.slug,
        "key": key,
        "outputs": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(built.outputs.items())},
    }


def remove_leftovers(out: Path) -> list[Path]:
    """Delete the temporary files (``.NAME.XXXX.tmp``) a killed run left in ``out``."""
    removed = []
    if out.is_dir():
        for path in sorted(out.rglob(".*.tmp")):
            if path.is_file():
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


# --------------------------------------------------------------------------- results


@dataclass
class Outcome:
    """What became of one article."""

    source: str
    status: str  # "built" | "skipped" | "failed"
    outputs: list[str] = field(default_factory=list)
    reason: str | None = None
    warnings: list[Warning_] = field(default_factory=list)
    error: TeiError | None = None  # the original error, when built in this process

    def as_json(self) -> dict:
        data: dict = {"source": self.source, "status": self.status}
        if self.outputs:
            data["outputs"] = self.outputs
        if self.reason is not None:
            data["reason"] = self.reason
        if self.warnings:
            data["warnings"] = [
                {"code": w.code, "message": w.message, "path": w.path, "line": w.line} for w in self.warnings
            ]
        return data


@dataclass
class Summary:
    outcomes: list[Outcome]

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def failed(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.status == "failed"]

    def as_json(self) -> dict:
        return {
            "counts": {status: self.count(status) for status in ("built", "skipped", "failed")},
            "articles": [outcome.as_json() for outcome in self.outcomes],
        }


def reason_of(error: TeiError, source: str) -> str:
    """The error, without the article's path when it is the article's (the report names it)."""
    if error.path is not None and error.path != source:
        return str(error)
    return f"line {error.line}: {error.message}" if error.line else error.message


def write_report(path: Path, summary: Summary, out: Path) -> None:
    report = {"tool": "tei build", "out": str(out), **summary.as_json()}
    write_atomic(path, (json.dumps(report, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


# --------------------------------------------------------------------------- workers

_WORKER: dict = {}


def _init_worker(settings: Settings) -> None:
    """Once per worker process: ignore Ctrl-C (the parent handles it and stops us) and
    load the register (inherited already under ``fork``)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _load_settings(settings)


def _load_settings(settings: Settings) -> None:
    if _WORKER.get("settings") != settings:
        from .pipeline import load_register

        _WORKER["settings"] = settings
        _WORKER["register"] = load_register(settings.register)


def _build_in_worker(job: Job):
    """Build one article; never raises (a bug in one article must not stop the run)."""
    settings = _WORKER["settings"]
    try:
        built = build_one(job, register=_WORKER["register"], date=settings.date,
                          params=settings.view_params, schema_href=settings.schema_href)
        return built, None
    except TeiError as error:
        return None, error
    except RecursionError:
        return None, TeiError("internal error: nesting too deep", str(job.source))
    except Exception as error:  # a toolkit bug: report it against the article, go on
        return None, TeiError(f"internal error: {type(error).__name__}: {error}", str(job.source))


def _build_chunk(jobs: list[Job]) -> list:
    return [_build_in_worker(job) for job in jobs]


def _portable(error: TeiError) -> TeiError:
    """Errors cross process boundaries by their text: subclasses' extra ``__init__``
    arguments do not survive pickling."""
    plain = TeiError(error.message, error.path, error.line)
    plain.status = error.status
    return plain


def _build_chunk_portable(jobs: list[Job]) -> list:
    return [(built, _portable(error) if error is not None else None) for built, error in _build_chunk(jobs)]


def _stop_workers(executor: ProcessPoolExecutor) -> None:
    terminate = getattr(executor, "terminate_workers", None)  # Python >= 3.14
    if terminate is not None:
        terminate()
    else:
        for process in list((getattr(executor, "_processes", None) or {}).values()):
            process.terminate()
    executor.shutdown(wait=True, cancel_futures=True)


def chunked(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def run_builds(jobs: list[Job], settings: Settings, workers: int) -> Iterator[tuple[Job, Built | None, TeiError | None]]:
    """Build the jobs, yielding each result as it arrives (any order)."""
    if not jobs:
        return
    if workers <= 1 or len(jobs) == 1:
        _load_settings(settings)
        for job in jobs:
            built, error = _build_in_worker(job)
            yield job, built, error
        return
    size = max(1, min(8, len(jobs) // (workers * 4)))
    executor = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(settings,))
    try:
        pending = {executor.submit(_build_chunk_portable, chunk): chunk for chunk in chunked(jobs, size)}
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                chunk = pending.pop(future)
                for job, (built, error) in zip(chunk, future.result()):
                    yield job, built, error
    except BaseException:
        _stop_workers(executor)
        raise
    executor.shutdown(wait=True)


# --------------------------------------------------------------------------- the run


@dataclass
class Plan:
    """Which jobs must be built, and what is already known of the others."""

    to_build: list[tuple[Job, str]]  # (job, key)
    outcomes: dict[str, Outcome]  # source -> outcome (skipped, or failed before building)
    claimed: dict[Path, str]  # output path (flat) -> source that owns it this run


def plan(jobs: list[Job], settings: Settings, *, force: bool = False) -> Plan:
    """Decide, from the build records, which articles are current."""
    fingerprint = settings_fingerprint(settings)
    records: dict[Path, dict[str, tuple[Path, dict]]] = {}
    to_build, outcomes, claimed = [], {}, {}
    seen_sources: set[Path] = set()
    seen_folders: dict[Path, str] = {}
    for job in jobs:
        resolved = job.source.resolve()
        if resolved in seen_sources:
            continue  # the same text given twice: build it once
        seen_sources.add(resolved)
        source = str(job.source)
        if job.mirrored:
            owner = seen_folders.setdefault(job.folder.resolve(), source)
            if owner != source:
                outcomes[source] = Outcome(source, "failed", reason=f"its output folder {job.folder} is already used by {owner}; give the folders' parent instead")
                continue
        try:
            key = article_key(job, settings, fingerprint)
        except OSError as error:
            outcomes[source] = Outcome(source, "failed", reason=f"cannot read: {error.strerror}")
            continue
        if not force:
            if job.mirrored:
                record = read_record(record_path(job))
            else:
                folder_records = records.setdefault(job.folder, flat_records(job.folder))
                record = folder_records.get(str(resolved), (None, None))[1]
            if record is not None and record.get("key") == key and outputs_intact(job.folder, record.get("outputs")):
                outputs = [str(job.folder / name) for name in sorted(record["outputs"])]
                outcomes[source] = Outcome(source, "skipped", outputs=outputs)
                if not job.mirrored:
                    for path in outputs:
                        claimed[Path(path)] = source
                continue
        to_build.append((job, key))
    return Plan(to_build, outcomes, claimed)


def store(job: Job, key: str, built: Built, claimed: dict[Path, str]) -> Outcome:
    """Write one article's outputs, then its record; refuse to overwrite another article's."""
    source = str(job.source)
    if not job.mirrored:
        for name in built.outputs:
            owner = claimed.get(job.folder / name)
            if owner is not None and owner != source:
                return Outcome(source, "failed", reason=f"same slug ({built.slug}) as {owner}: its outputs would be overwritten; put the articles in folders and build the folder", warnings=built.warnings)
    record_file = record_path(job, built.slug)
    previous = read_record(record_file)
    record_file.unlink(missing_ok=True)  # no record while the outputs change
    paths = write_built(built)
    if previous is not None and job.mirrored:
        for name in previous.get("outputs", {}):
            if name not in built.outputs and "/" not in name and not name.startswith("."):
                (job.folder / name).unlink(missing_ok=True)  # outputs of an old slug
    write_atomic(record_file, (json.dumps(make_record(job, key, built), indent=1, sort_keys=True) + "\n").encode())
    if not job.mirrored:
        for path in paths:
            claimed[path] = source
    return Outcome(source, "built", outputs=[str(path) for path in sorted(paths)], warnings=built.warnings)


def build_corpus(jobs: list[Job], settings: Settings, out: Path, *, workers: int = 1, force: bool = False,
                 progress: Callable[[int], None] | None = None) -> Summary:
    """Build every job that is not current; return what became of each, in source order."""
    remove_leftovers(out)
    the_plan = plan(jobs, settings, force=force)
    outcomes = dict(the_plan.outcomes)
    if progress is not None and outcomes:
        progress(len(outcomes))
    if the_plan.to_build:
        from .pipeline import load_register

        load_register(settings.register)  # a broken register fails the run here, once
        keys = {job.source: key for job, key in the_plan.to_build}
        # Flat outputs: who owns a slug must not depend on which worker finishes first, so
        # the results are stored in input order.
        order = [job for job, _ in the_plan.to_build]
        waiting: dict[Path, tuple] = {}
        next_index = 0
        for job, built, error in run_builds(order, settings, workers):
            waiting[job.source] = (built, error)
            while next_index < len(order) and order[next_index].source in waiting:
                current = order[next_index]
                built_now, error_now = waiting.pop(current.source)
                source = str(current.source)
                if error_now is not None:
                    outcomes[source] = Outcome(source, "failed", reason=reason_of(error_now, source), error=error_now)
                else:
                    outcomes[source] = store(current, keys[current.source], built_now, the_plan.claimed)
                next_index += 1
                if progress is not None:
                    progress(1)
    return Summary([outcomes[key] for key in sorted(outcomes)])
