"""The run: plan what is stale, build it (in workers), store the outputs atomically."""
from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..build import Built, Job, write_built
from ..output import write_atomic
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
    claimed: dict[Path, str]  # output path (flat) -> source that owns it this run


def plan(jobs: list[Job], options: Options, *, force: bool = False) -> Plan:
    """Decide, from the build records, which articles are current."""
    fingerprint = options_fingerprint(options)
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


def build_corpus(jobs: list[Job], options: Options, out: Path, *, workers: int = 1, force: bool = False,
                 progress: Callable[[int], None] | None = None) -> Summary:
    """Build every job that is not current; return what became of each, in source order."""
    remove_leftovers(out)
    the_plan = plan(jobs, options, force=force)
    outcomes = dict(the_plan.outcomes)
    if progress is not None and outcomes:
        progress(len(outcomes))
    if the_plan.to_build:
        from ..pipeline import load_register

        load_register(options.register)  # a broken register fails the run here, once
        keys = {job.source: key for job, key in the_plan.to_build}
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
                        outcomes[source] = store(current, keys[current.source], built_now, the_plan.claimed)
                    next_index += 1
                    if progress is not None:
                        progress(1)
    return Summary([outcomes[key] for key in sorted(outcomes)])
