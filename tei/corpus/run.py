"""The run: plan what is stale, build it (in workers), store the outputs atomically."""
from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..build import Built, Job, write_built
from ..companions import find_companions
from ..output import InputFiles, cannot_write, folder_lock, write_atomic
from ..options import Options
from .keys import article_key, options_fingerprint
from .records import (
    flat_records,
    make_record,
    outputs_intact,
    read_record,
    record_path,
    remove_leftovers,
)
from .summary import Outcome, Summary, reason_of
from .workers import run_builds

# --------------------------------------------------------------------------- the run


@dataclass
class Plan:
    """Which jobs must be built, and what is already known of the others."""

    to_build: list[tuple[Job, str]]  # (job, key)
    outcomes: dict[str, Outcome]  # source -> outcome (skipped, or failed before building)
    claimed: dict[str, str]  # claim_key(output path) (flat) -> source that owns it this run


def claim_key(path: Path) -> str:
    """Outputs are told apart as a case-insensitive file system would: two slugs or
    folders that differ only in case are one output everywhere."""
    return str(path).casefold()


def plan(jobs: list[Job], options: Options, *, force: bool = False) -> Plan:
    """Decide, from the build records, which articles are current."""
    fingerprint = options_fingerprint(options)
    records: dict[Path, dict[str, tuple[Path, dict]]] = {}
    to_build, outcomes, claimed = [], {}, {}
    seen_sources: set[Path] = set()
    seen_folders: dict[str, str] = {}
    for job in jobs:
        resolved = job.source.resolve()
        if resolved in seen_sources:
            continue  # the same text given twice: build it once
        seen_sources.add(resolved)
        source = str(job.source)
        if job.mirrored:
            owner = seen_folders.setdefault(claim_key(job.folder.resolve()), source)
            if owner != source:
                outcomes[source] = Outcome(source, "failed", reason=f"its output folder {job.folder} is already used by {owner} (names that differ only in case are one folder on some file systems); rename one, or give the folders' parent instead")
                continue
        try:
            key = article_key(job, options, fingerprint)
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
                        claimed[claim_key(Path(path))] = source
                continue
        to_build.append((job, key))
    return Plan(to_build, outcomes, claimed)


def run_inputs(jobs: list[Job], options: Options) -> InputFiles:
    """Every file the run reads: the articles, their companion files, the register."""
    paths: list[Path | None] = [options.register]
    for job in jobs:
        paths.append(job.source)
        paths.extend(find_companions(job.source).paths())
    return InputFiles(paths)


def store(job: Job, key: str, built: Built, claimed: dict[Path, str], inputs: InputFiles | None = None) -> Outcome:
    """Write one article's outputs, then its record; refuse to overwrite another article's
    outputs or any input of the run."""
    source = str(job.source)
    for name in built.outputs:
        if not is_plain_name(name):
            return Outcome(source, "failed", reason=f"output name {name!r} refused: expected a plain file name inside {job.folder}", warnings=built.warnings)
        overwritten = inputs.input_at(job.folder / name) if inputs is not None else None
        if overwritten is not None:
            return Outcome(source, "failed", reason=f"its output {job.folder / name} would overwrite the input {overwritten}; choose another --out", warnings=built.warnings)
    if not job.mirrored:
        for name in built.outputs:
            owner = claimed.get(claim_key(job.folder / name))
            if owner is not None and owner != source:
                return Outcome(source, "failed", reason=f"same slug ({built.slug}, case aside) as {owner}: its outputs would be overwritten; put the articles in folders and build the folder", warnings=built.warnings)
    record_file = record_path(job, built.slug)
    previous = read_record(record_file)
    try:
        record_file.unlink(missing_ok=True)  # no record while the outputs change
    except OSError as error:
        raise cannot_write(error, record_file) from None
    paths = write_built(built)
    if previous is not None and job.mirrored:
        for name in previous.get("outputs", {}):
            if name not in built.outputs and "/" not in name and not name.startswith("."):
                (job.folder / name).unlink(missing_ok=True)  # outputs of an old slug
    write_atomic(record_file, (json.dumps(make_record(job, key, built), indent=1, sort_keys=True) + "\n").encode())
    if not job.mirrored:
        for path in paths:
            claimed[claim_key(path)] = source
    return Outcome(source, "built", outputs=[str(path) for path in sorted(paths)], warnings=built.warnings)


def is_plain_name(name: str) -> bool:
    """A file name that stays in its folder: no separator, not '.', '..' or hidden."""
    return bool(name) and "/" not in name and "\\" not in name and "\0" not in name and not name.startswith(".")


def build_corpus(jobs: list[Job], options: Options, out: Path, *, workers: int = 1, force: bool = False,
                 progress: Callable[[int], None] | None = None) -> Summary:
    """Build every job that is not current; return what became of each, in source order.
    The output folder is locked for the run: a second build into it is refused."""
    with folder_lock(out):
        return _build_locked(jobs, options, out, workers=workers, force=force, progress=progress)


def _build_locked(jobs: list[Job], options: Options, out: Path, *, workers: int, force: bool,
                  progress: Callable[[int], None] | None) -> Summary:
    remove_leftovers(out)
    the_plan = plan(jobs, options, force=force)
    outcomes = dict(the_plan.outcomes)
    if progress is not None and outcomes:
        progress(len(outcomes))
    if the_plan.to_build:
        from ..pipeline import load_register

        load_register(options.register)  # a broken register fails the run here, once
        keys = {job.source: key for job, key in the_plan.to_build}
        inputs = run_inputs(jobs, options)
        # Flat outputs: who owns a slug must not depend on which worker finishes first, so
        # the results are stored in input order.
        order = [job for job, _ in the_plan.to_build]
        waiting: dict[Path, tuple] = {}
        next_index = 0
        # closing: an interrupt raised here, outside the generator (a Ctrl-C held back
        # while a file was written comes out in store()), stops the workers at once, not
        # whenever the generator happens to be collected
        with contextlib.closing(run_builds(order, options, workers)) as results:
            for job, built, error in results:
                waiting[job.source] = (built, error)
                while next_index < len(order) and order[next_index].source in waiting:
                    current = order[next_index]
                    built_now, error_now = waiting.pop(current.source)
                    source = str(current.source)
                    if error_now is not None:
                        outcomes[source] = Outcome(source, "failed", reason=reason_of(error_now, source), error=error_now)
                    else:
                        outcomes[source] = store(current, keys[current.source], built_now, the_plan.claimed, inputs)
                    next_index += 1
                    if progress is not None:
                        progress(1)
    return Summary([outcomes[key] for key in sorted(outcomes)])
