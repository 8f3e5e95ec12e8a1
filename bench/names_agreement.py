"""Agreement between two hand annotations of names (issue 11), for adjudication.

    python bench/names_agreement.py [FIRST.tsv [SECOND.tsv]]

FIRST defaults to ``tests/annotation/names_eval/gold.tsv``, SECOND to
``tests/annotation/names_eval/gold_second.tsv``; both have the columns of
``docs/names-annotation.md`` (section 7). The script reads the two files only: it shares
no code with the recogniser or with ``bench/eval_names.py``.

Definitions:

- The **shared pages** are the page ids that occur in both files; rows of other pages are
  not compared (their number is printed).
- An **item** is ``(page, line, start, end, kind)`` of a row. An item that either file
  marks ``optional=yes`` is left out on both sides; every other item of a shared page is
  **compared**.
- Per kind, ``both`` counts compared items present in both files. The second annotation is
  scored against the first as a system against a gold: precision = both / second,
  recall = both / first, F1 = 2PR / (P + R); ``-`` where a denominator is zero. ``all``
  sums the three kinds.
- A **disagreement** is a compared item present in one file only. Items on the same span
  with different kinds are listed once as ``kind``; items whose spans overlap without being
  equal as ``boundary``; the rest as ``first only`` or ``second only``.

For the adjudicator the report also lists, outside the figures: items left out because only
one file marks them optional; agreed items whose referent keys differ; and
non-optional items of one file nested inside another of the same file (rule 4 wants the
inner one optional).

Exit status: 0 when the figures were printed, 2 when a file cannot be read or a row is
malformed (one line on stderr naming the file and line).
"""
from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FIRST = REPO / "tests" / "annotation" / "names_eval" / "gold.tsv"
DEFAULT_SECOND = REPO / "tests" / "annotation" / "names_eval" / "gold_second.tsv"
KINDS = ("person", "place", "org")
COLUMNS = ("page", "line", "start", "end", "kind", "text", "referent", "optional")


class AnnotationFileError(Exception):
    """A gold file that cannot be read or holds a malformed row."""


@dataclass(frozen=True)
class Row:
    page: str
    line: int
    start: int
    end: int
    kind: str
    text: str
    referent: str
    optional: bool

    @property
    def item(self) -> tuple[str, int, int, int, str]:
        return (self.page, self.line, self.start, self.end, self.kind)


def read_annotation(path: Path) -> list[Row]:
    """The rows of one gold file; a malformed row raises AnnotationFileError naming it."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            records = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise AnnotationFileError(f"{path}: cannot read: {error}") from error
    if records and not set(COLUMNS) <= set(records[0]):
        missing = ", ".join(c for c in COLUMNS if c not in records[0])
        raise AnnotationFileError(f"{path}:1: expected columns {', '.join(COLUMNS)}; missing {missing}")
    rows, seen = [], set()
    for number, record in enumerate(records, start=2):
        row = row_of(record, f"{path}:{number}")
        if row.item in seen:
            raise AnnotationFileError(f"{path}:{number}: item given twice: {row.item}")
        seen.add(row.item)
        rows.append(row)
    return rows


def row_of(record: dict, where: str) -> Row:
    """One row, checked: integer offsets, a known kind, optional yes or no."""
    try:
        line, start, end = int(record["line"]), int(record["start"]), int(record["end"])
    except (TypeError, ValueError) as error:
        raise AnnotationFileError(f"{where}: expected integers in line, start, end") from error
    if record["kind"] not in KINDS:
        raise AnnotationFileError(f"{where}: expected kind one of {', '.join(KINDS)}, not {record['kind']!r}")
    if record["optional"] not in ("yes", "no"):
        raise AnnotationFileError(f"{where}: expected optional yes or no, not {record['optional']!r}")
    return Row(record["page"], line, start, end, record["kind"], record["text"] or "",
               record["referent"] or "", record["optional"] == "yes")


@dataclass(frozen=True)
class Comparison:
    first: dict            # item -> Row, compared items of the first file
    second: dict           # item -> Row, compared items of the second file
    first_all: dict        # item -> Row, every item of the first file on a shared page
    second_all: dict       # item -> Row, every item of the second file on a shared page
    shared_pages: frozenset
    pages_first_only: int
    pages_second_only: int


def compare(first_rows: list[Row], second_rows: list[Row]) -> Comparison:
    """The compared items of both files: shared pages, optional items left out on both sides."""
    first_pages = {row.page for row in first_rows}
    second_pages = {row.page for row in second_rows}
    shared = first_pages & second_pages
    optional = {row.item for row in first_rows + second_rows if row.optional}

    first_all = {row.item: row for row in first_rows if row.page in shared}
    second_all = {row.item: row for row in second_rows if row.page in shared}

    def compared(rows: dict) -> dict:
        return {item: row for item, row in rows.items() if item not in optional}

    return Comparison(compared(first_all), compared(second_all), first_all, second_all,
                      frozenset(shared), len(first_pages - shared), len(second_pages - shared))


@dataclass(frozen=True)
class KindFigures:
    kind: str
    first: int
    second: int
    both: int

    @property
    def precision(self) -> float | None:
        return self.both / self.second if self.second else None

    @property
    def recall(self) -> float | None:
        return self.both / self.first if self.first else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


def figures(comparison: Comparison) -> list[KindFigures]:
    """Counts per kind and for all kinds together."""
    out = []
    for kind in KINDS:
        first = {item for item in comparison.first if item[4] == kind}
        second = {item for item in comparison.second if item[4] == kind}
        out.append(KindFigures(kind, len(first), len(second), len(first & second)))
    out.append(KindFigures("all", sum(f.first for f in out), sum(f.second for f in out),
                           sum(f.both for f in out)))
    return out


@dataclass(frozen=True)
class Disagreement:
    label: str             # "kind", "boundary", "first only", "second only"
    first: Row | None
    second: Row | None

    @property
    def position(self) -> tuple:
        row = self.first or self.second
        return (row.page, row.line, row.start, row.end)


def overlaps(a: Row, b: Row) -> bool:
    return a.page == b.page and a.line == b.line and a.start < b.end and b.start < a.end


def disagreements(comparison: Comparison) -> list[Disagreement]:
    """Items of one file only, paired with the other file's item on the same or an overlapping span."""
    first_only = [comparison.first[i] for i in comparison.first if i not in comparison.second]
    second_only = [comparison.second[i] for i in comparison.second if i not in comparison.first]
    paired_second: set = set()
    out = []
    for row in first_only:
        partner = next((other for other in second_only
                        if other.item not in paired_second and overlaps(row, other)), None)
        if partner is None:
            out.append(Disagreement("first only", row, None))
            continue
        paired_second.add(partner.item)
        same_span = (row.start, row.end) == (partner.start, partner.end)
        out.append(Disagreement("kind" if same_span else "boundary", row, partner))
    out.extend(Disagreement("second only", None, row) for row in second_only if row.item not in paired_second)
    return sorted(out, key=lambda d: (d.position, d.label))


def optional_differences(comparison: Comparison) -> list[Disagreement]:
    """Items left out because one file only marks them optional (the other gives no item or a compared one)."""
    out = []
    for item in sorted(set(comparison.first_all) | set(comparison.second_all)):
        first, second = comparison.first_all.get(item), comparison.second_all.get(item)
        optional_in = [row is not None and row.optional for row in (first, second)]
        if any(optional_in) and not all(optional_in):
            out.append(Disagreement("optional", first, second))
    return out


def referent_differences(comparison: Comparison) -> list[Disagreement]:
    """Agreed items whose referent keys differ (they matter for linking, not for the figures)."""
    return [Disagreement("referent", comparison.first[item], comparison.second[item])
            for item in sorted(comparison.first)
            if item in comparison.second and comparison.first[item].referent != comparison.second[item].referent]


def nested_items(items: dict) -> list[tuple[Row, Row]]:
    """(inner, outer) pairs of non-optional items of one file whose spans nest; rule 4 makes the inner optional."""
    rows = sorted((row for row in items.values() if not row.optional), key=lambda row: row.item)
    return [(inner, outer) for outer in rows for inner in rows
            if inner is not outer and overlaps(inner, outer) and outer.start <= inner.start
            and inner.end <= outer.end and (inner.start, inner.end) != (outer.start, outer.end)]


def number(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def describe(row: Row | None) -> str:
    if row is None:
        return "-"
    return f"{row.kind} [{row.start}:{row.end}] “{row.text}” ({row.referent})"


def report(comparison: Comparison) -> str:
    """The figures table and the list of disagreements, as text."""
    lines = [
        f"shared pages: {len(comparison.shared_pages)} (pages only in first: "
        f"{comparison.pages_first_only}, only in second: {comparison.pages_second_only})",
        "exact spans (page, line, start, end, kind); items optional in either file left out",
        "",
        f"{'kind':<8}{'first':>7}{'second':>8}{'both':>6}{'precision':>11}{'recall':>8}{'F1':>7}",
    ]
    for f in figures(comparison):
        lines.append(f"{f.kind:<8}{f.first:>7}{f.second:>8}{f.both:>6}{number(f.precision):>11}"
                     f"{number(f.recall):>8}{number(f.f1):>7}")
    sections = [
        ("disagreements", disagreements(comparison)),
        ("left out as optional in one file only", optional_differences(comparison)),
        ("agreed items with different referents", referent_differences(comparison)),
    ]
    for title, found in sections:
        lines += ["", f"{title}: {len(found)}"]
        for d in found:
            page, line, _, _ = d.position
            lines.append(f"{page} line {line}  {d.label:<11}  first: {describe(d.first)}  |  second: {describe(d.second)}")
    for name, items in (("first", comparison.first_all), ("second", comparison.second_all)):
        pairs = nested_items(items)
        lines += ["", f"non-optional items nested in another of the {name} file: {len(pairs)}"]
        for inner, outer in pairs:
            lines.append(f"{inner.page} line {inner.line}  {describe(inner)}  inside  {describe(outer)}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None, out=sys.stdout, err=sys.stderr) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", nargs="?", type=Path, default=DEFAULT_FIRST)
    parser.add_argument("second", nargs="?", type=Path, default=DEFAULT_SECOND)
    args = parser.parse_args(argv)
    try:
        comparison = compare(read_annotation(args.first), read_annotation(args.second))
    except AnnotationFileError as error:
        print(f"names_agreement: {error}", file=err)
        return 2
    out.write(report(comparison))
    return 0


if __name__ == "__main__":
    sys.exit(main())
