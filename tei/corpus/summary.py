"""What a run did, article by article: the summary on stderr and the --report JSON."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import TeiError, TeiWarning, visible
from ..output import write_atomic



@dataclass
class Outcome:
    """What became of one article."""

    source: str
    status: str  # "built" | "skipped" | "failed"
    outputs: list[str] = field(default_factory=list)
    reason: str | None = None
    warnings: list[TeiWarning] = field(default_factory=list)
    error: TeiError | None = None  # the original error, when built in this process

    def as_json(self) -> dict:
        data: dict = {"source": visible(self.source), "status": self.status}
        if self.outputs:
            data["outputs"] = [visible(path) for path in self.outputs]
        if self.reason is not None:
            data["reason"] = visible(self.reason)
        if self.warnings:
            data["warnings"] = [
                {"code": w.code, "message": visible(w.message), "path": visible(w.path) if w.path else w.path,
                 "line": w.line} for w in self.warnings
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

    def warning_counts(self) -> dict[str, int]:
        return articles_by_code([outcome.warnings for outcome in self.outcomes])

    def as_json(self) -> dict:
        return {
            "counts": {status: self.count(status) for status in ("built", "skipped", "failed")},
            "articles": [outcome.as_json() for outcome in self.outcomes],
        }


def articles_by_code(warnings_of_articles) -> dict[str, int]:
    """Warning code -> how many articles carry it, most frequent first, then by code."""
    counts: dict[str, int] = {}
    for warnings in warnings_of_articles:
        for code in {warning.code for warning in warnings}:
            counts[code] = counts.get(code, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def warnings_line(counts: dict[str, int]) -> str | None:
    """The warnings of a run summed up by code on one line (None when there are none)."""
    if not counts:
        return None
    parts = "; ".join(f"{code}: {n} article{'s' if n != 1 else ''}" for code, n in counts.items())
    return f"warnings: {parts} (each listed with --verbose, or --report FILE)"


def reason_of(error: TeiError, source: str) -> str:
    """The error, without the article's path when it is the article's (the report names it)."""
    if error.path is not None and error.path != source:
        return str(error)
    return f"line {error.line}: {error.message}" if error.line else error.message


def write_report(path: Path, summary: Summary, out: Path) -> None:
    report = {"tool": "tei build", "out": visible(str(out)), **summary.as_json()}
    write_atomic(path, (json.dumps(report, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
