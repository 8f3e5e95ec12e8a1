"""Build records: the JSON beside each article's outputs that says what was written from which key."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..build import Built, Job

RECORD_NAME = ".tei-build.json"
RECORD_FORMAT = 1



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
    """Delete the temporary files a killed run of the toolkit left in ``out``: only its
    own (:data:`tei.output.TEMPORARY_NAME`, of a process that has ended)."""
    from ..output import is_leftover

    removed = []
    if out.is_dir():
        for path in sorted(out.rglob(".*.tmp")):
            if is_leftover(path):
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed
