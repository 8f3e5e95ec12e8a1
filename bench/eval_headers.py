"""Score the header an installed `tei` writes for real archive pages against a hand-made gold.

    python bench/eval_headers.py PAGES_DIR... [--gold FILE]... [--tei CMD] [--tei-all RNG]
                                 [--tei-out DIR] [--report FILE] [--check] [--split {eval,dev}] [--summary]

Each PAGES_DIR holds evaluation pages as ``<page>.txt`` (rebuilt from stored copies of real
pages with ``bench/names_eval_pages.py``; the text is not ours and is not in the repository).
The gold (default ``tests/annotation/headers_eval/gold.tsv``, made by reading the pages under
``docs/headers-annotation.md``) has one row per page: page, url, family, periodical, date,
title, title_supplied_ok, notes. A gold page found in none of the folders is reported and
left out; a gold page outside the evaluation split is a usage error. With ``--split dev`` the
gold is a development set (``tests/annotation/headers_dev/``, pages whose address's SHA-1 begins
with 8-f) and a gold page *inside* the evaluation split is the usage error instead.

This is an oracle: it shares no code with the toolkit. Each page is encoded by the toolkit's
command line, ``tei encode PAGE.txt --source-url URL -o OUT.xml``, in a subprocess; the
outputs are then checked with ``tei validate --format json OUT.xml...`` (the project's schema
and rules) and, when a tei_all schema is at hand, ``tei validate --format json --schema
tei_all.rng OUT.xml...`` (one run each, so the schema is compiled once).

What is read from the TEI (``teiHeader/fileDesc``)
    The printed source is ``sourceDesc//biblStruct[@type='printed']`` or
    ``sourceDesc//bibl[@type='printed']`` (the first one), else the first ``sourceDesc//bibl``
    whose ``@type`` is not ``digital``. Its periodical is its ``title[@level='j']`` (none
    when absent). The date of a ``bibl`` is its first ``date``: ``@when``, or ``@from``/``@to``
    (``@notBefore``/``@notAfter`` when those are absent) as a span. A ``biblStruct`` has a
    ``monogr`` per issue it was printed in, each dated by ``imprint/date`` read the same way:
    its date runs from the first issue's start to the last issue's end.
    The title is ``titleStmt/title[@type='main']``, else ``titleStmt/title[@type='supplied']``,
    else the first ``titleStmt/title``; it is *supplied* when its ``@type`` is ``supplied``.
    The text "Untitled" counts as no title.

Refused
    ``tei encode`` exits non-zero or writes nothing: the page is refused, and its facts are
    all counted wrong.

Periodical and date right (one fact: both must be right)
    Periodical: equal after normalisation (Unicode NFKC, case folded, a leading "the"
    dropped, every run of punctuation and white space one space), or both empty.
    Date: compared at the gold's precision. A gold day (YYYY-MM-DD) or month (YYYY-MM)
    needs the same value (a span is right only when it is one day or one month at that
    precision); a gold year (YYYY, also used for seasons) is matched by that year or by a
    span whose both ends fall in that year; a gold span FROM/TO needs the same two ends.
    An empty gold date needs no date.
    Gold fields may list alternatives separated by ``|``; an empty alternative ("1937|")
    accepts no value.

Title right
    Gold title not empty: the header's title (main or supplied) equals one alternative after
    normalisation; an empty alternative ("What Next?|") also accepts what an empty gold title
    accepts. Gold title empty: the header has no title or "Untitled" when
    title_supplied_ok is empty; otherwise its title must be marked supplied and contain one
    of the title_supplied_ok alternatives after normalisation.

Output: per family and in total the pages, refused pages, periodical+date right, title right
and invalid outputs (project schema and rules; tei_all), then one line per wrong fact.
Exit status: 0 when scored (with ``--check``: 1 unless periodical+date is right on at least 97%
of pages, the title on at least 90%, no page is refused and no output is invalid), 2 for a
usage error, an unreadable gold or folder, or a toolkit that cannot be run.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO / "tests" / "annotation" / "headers_eval" / "gold.tsv"
TEI_ALL_CANDIDATES = (REPO.parent / "shared" / "reference" / "tei_all.rng",
                      REPO.parent.parent / "shared" / "reference" / "tei_all.rng")
TEI = "{http://www.tei-c.org/ns/1.0}"
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
GOLD_COLUMNS = ("page", "url", "family", "periodical", "date", "title", "title_supplied_ok", "notes")
FAMILIES = ("etol-newspaper", "etol-journal", "mia-writer-archive", "letter", "other")
THRESHOLDS = {"periodical_date": 0.97, "title": 0.90}


class UsageError(Exception):
    """A problem with the command line, the gold or the folders: exit status 2."""


# --- the gold ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldPage:
    page: str
    url: str
    family: str
    periodical: str
    date: str
    title: str
    title_supplied_ok: str
    notes: str = ""


def page_id(url: str) -> str:
    """The first 16 hex digits of the SHA-1 of the page's address."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def in_evaluation_split(url: str) -> bool:
    return page_id(url)[0] in "01234567"


SPLITS = ("eval", "dev")


def read_gold(path: Path, split: str = "eval") -> list[GoldPage]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            if tuple(reader.fieldnames or ()) != GOLD_COLUMNS:
                raise UsageError(f"{path}: expected the columns {', '.join(GOLD_COLUMNS)}")
            rows = [GoldPage(**{name: (row[name] or "") for name in GOLD_COLUMNS}) for row in reader]
    except OSError as error:
        raise UsageError(f"{path}: cannot read the gold ({error.strerror})") from error
    for number, row in enumerate(rows, start=2):
        check_gold_row(path, number, row, split)
    return rows


def check_gold_row(path: Path, number: int, row: GoldPage, split: str = "eval") -> None:
    where = f"{path}:{number}"
    if page_id(row.url) != row.page:
        raise UsageError(f"{where}: page {row.page} is not the id of {row.url}")
    if in_evaluation_split(row.url) != (split == "eval"):
        side = "outside" if split == "eval" else "inside"
        raise UsageError(f"{where}: page {row.page} is {side} the evaluation split (--split {split})")
    if row.family not in FAMILIES:
        raise UsageError(f"{where}: unknown family {row.family!r}; expected one of {', '.join(FAMILIES)}")
    for value in alternatives(row.date):
        if value and parse_gold_date(value) is None:
            raise UsageError(f"{where}: date {value!r} is not YYYY, YYYY-MM, YYYY-MM-DD or FROM/TO")


# --- comparison (tested on invented data in tests/annotation/test_eval_headers.py) -------------

QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def alternatives(field_value: str) -> list[str]:
    """The values a gold field accepts: split at '|'; a field without '|' is one value."""
    return [part.strip() for part in field_value.split("|")]


def normalise(text: str) -> str:
    """Case and punctuation insensitive, white space collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(QUOTES).casefold()
    text = re.sub(r"[^\w\s]+", " ", text)
    return " ".join(text.split())


def normalise_periodical(name: str) -> str:
    """A periodical's name as compared: normalised, without a leading 'the'."""
    text = normalise(name)
    return text[4:] if text.startswith("the ") else text


def periodical_right(gold: str, found: str | None) -> bool:
    got = normalise_periodical(found or "")
    return any(normalise_periodical(value) == got for value in alternatives(gold))


def parse_gold_date(value: str) -> tuple[str, str] | None:
    """'YYYY[-MM[-DD]]' as (value, value); 'FROM/TO' as (FROM, TO); None when malformed."""
    parts = value.split("/")
    if len(parts) == 1 and ISO.fullmatch(parts[0]):
        return parts[0], parts[0]
    if len(parts) == 2 and all(ISO.fullmatch(part) for part in parts) and len(parts[0]) == len(parts[1]):
        return parts[0], parts[1]
    return None


def date_right(gold: str, found: tuple[str, str] | None) -> bool:
    """Whether the header's date (start, end) is one the gold field accepts."""
    return any(one_date_right(value, found) for value in alternatives(gold))


def one_date_right(gold: str, found: tuple[str, str] | None) -> bool:
    if not gold:
        return found is None
    if found is None:
        return False
    start, end = parse_gold_date(gold)
    got_start, got_end = found
    if start != end:                                   # a span: same ends at the gold's precision
        return got_start == start and got_end == end
    if len(start) == 4:                                # a year (or a season): both ends in it
        return got_start[:4] == start and got_end[:4] == start and len(got_start) >= 4
    return got_start == start and got_end == start     # a month or a day: that value exactly


UNTITLED = normalise("Untitled")


def title_right(gold: str, supplied_ok: str, found: str | None, supplied: bool) -> bool:
    got = normalise(found or "")
    if got == UNTITLED:
        got = ""
    values = alternatives(gold) if gold else [""]
    if got and any(value and normalise(value) == got for value in values):
        return True
    if all(value.strip() for value in values):
        return False
    # an empty gold title, or an empty alternative: what a page without a title line allows
    if not supplied_ok:
        return not got
    return supplied and bool(got) and any(normalise(value) in got for value in alternatives(supplied_ok) if value)


# --- reading the TEI ----------------------------------------------------------------------------

@dataclass(frozen=True)
class HeaderFacts:
    periodical: str | None
    date: tuple[str, str] | None
    title: str | None
    title_supplied: bool


def text_of(element) -> str:
    return " ".join("".join(element.itertext()).split())


def printed_source(source_desc):
    for tag in ("biblStruct", "bibl"):
        printed = source_desc.findall(f".//{TEI}{tag}[@type='printed']")
        if printed:
            return printed[0]
    others = [bibl for bibl in source_desc.iter(f"{TEI}bibl") if bibl.get("type") != "digital"]
    return others[0] if others else None


def date_of(bibl) -> tuple[str, str] | None:
    if bibl.tag == f"{TEI}biblStruct":
        issues = [span for monogr in bibl.findall(f"{TEI}monogr")
                  for span in [date_of_element(monogr.find(f"{TEI}imprint/{TEI}date"))] if span]
        return (issues[0][0], issues[-1][1]) if issues else None
    return date_of_element(bibl.find(f"{TEI}date"))


def date_of_element(date) -> tuple[str, str] | None:
    if date is None:
        return None
    if date.get("when"):
        return date.get("when"), date.get("when")
    start = date.get("from") or date.get("notBefore")
    end = date.get("to") or date.get("notAfter")
    if start or end:
        return start or end, end or start
    return None


def title_of(title_stmt) -> tuple[str | None, bool]:
    titles = title_stmt.findall(f"{TEI}title") if title_stmt is not None else []
    for wanted in ("main", "supplied"):
        for title in titles:
            if title.get("type") == wanted:
                return text_of(title), wanted == "supplied"
    if titles:
        return text_of(titles[0]), titles[0].get("type") == "supplied"
    return None, False


def header_facts(xml: bytes) -> HeaderFacts:
    root = etree.fromstring(xml, SAFE_PARSER)
    file_desc = root.find(f"{TEI}teiHeader/{TEI}fileDesc")
    if file_desc is None:
        return HeaderFacts(None, None, None, False)
    source_desc = file_desc.find(f"{TEI}sourceDesc")
    bibl = printed_source(source_desc) if source_desc is not None else None
    periodical = date = None
    if bibl is not None:
        journal = bibl.find(f".//{TEI}title[@level='j']")
        periodical = text_of(journal) if journal is not None else None
        date = date_of(bibl)
    title, supplied = title_of(file_desc.find(f"{TEI}titleStmt"))
    return HeaderFacts(periodical, date, title, supplied)


# --- scoring ----------------------------------------------------------------------------------

@dataclass
class PageResult:
    gold: GoldPage
    refused: str = ""
    facts: HeaderFacts | None = None
    invalid: str = ""
    invalid_tei_all: str = ""

    @property
    def periodical_date_right(self) -> bool:
        return (self.facts is not None and periodical_right(self.gold.periodical, self.facts.periodical)
                and date_right(self.gold.date, self.facts.date))

    @property
    def title_right(self) -> bool:
        return self.facts is not None and title_right(self.gold.title, self.gold.title_supplied_ok,
                                                       self.facts.title, self.facts.title_supplied)


@dataclass
class Tally:
    pages: int = 0
    refused: int = 0
    periodical_date: int = 0
    title: int = 0
    invalid: int = 0
    invalid_tei_all: int = 0
    tei_all_checked: int = 0

    def add(self, result: PageResult, tei_all: bool) -> None:
        self.pages += 1
        self.refused += bool(result.refused)
        self.periodical_date += result.periodical_date_right
        self.title += result.title_right
        self.invalid += bool(result.invalid)
        if tei_all and not result.refused:
            self.tei_all_checked += 1
            self.invalid_tei_all += bool(result.invalid_tei_all)


def tally(results: list[PageResult], tei_all: bool) -> dict[str, Tally]:
    """Per family, in the order of FAMILIES, and 'total'."""
    tallies = {family: Tally() for family in FAMILIES}
    tallies["total"] = Tally()
    for result in results:
        tallies[result.gold.family].add(result, tei_all)
        tallies["total"].add(result, tei_all)
    return {name: counts for name, counts in tallies.items() if counts.pages}


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "-"


def passes(total: Tally) -> bool:
    return (total.pages > 0 and total.refused == 0 and total.invalid == 0 and total.invalid_tei_all == 0
            and total.periodical_date >= THRESHOLDS["periodical_date"] * total.pages
            and total.title >= THRESHOLDS["title"] * total.pages)


# --- running the toolkit ------------------------------------------------------------------------

def tei_command(option: str | None) -> list[str]:
    if option:
        return shlex.split(option)
    found = shutil.which("tei")
    if not found:
        raise UsageError("no `tei` on PATH; give the toolkit's command with --tei")
    return [found]


def last_line(done: subprocess.CompletedProcess) -> str:
    lines = done.stderr.decode("utf-8", "replace").strip().splitlines() or \
        done.stdout.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else f"exit status {done.returncode}"


def run_tool(command: list[str]) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(command, capture_output=True, timeout=600)
    except OSError as error:
        raise UsageError(f"cannot run {command[0]}: {error.strerror}") from error


def encode_page(tei: list[str], gold: GoldPage, text: Path, out: Path) -> PageResult:
    """Encode one page and read its header facts; a non-zero exit or no output is a refusal."""
    result = PageResult(gold)
    done = run_tool([*tei, "encode", str(text), "--source-url", gold.url, "-o", str(out)])
    if done.returncode != 0 or not out.is_file() or out.stat().st_size == 0:
        result.refused = last_line(done)
        return result
    result.facts = header_facts(out.read_bytes())
    return result


def validate_outputs(tei: list[str], outputs: list[Path], schema: Path | None) -> dict[str, str]:
    """One `tei validate --format json` run over all outputs (a schema is compiled once):
    for each invalid file, its first finding as 'CODE message'."""
    if not outputs:
        return {}
    command = [*tei, "validate", "--format", "json"]
    if schema is not None:
        command += ["--schema", str(schema)]
    done = run_tool([*command, *map(str, outputs)])
    try:
        files = json.loads(done.stdout)["files"]
    except (ValueError, KeyError, TypeError) as error:
        raise UsageError(f"`tei validate --format json` gave no report: {last_line(done)}") from error
    problems = {}
    for entry in files:
        if not entry.get("valid", False):
            findings = entry.get("findings") or [{}]
            first = findings[0]
            problems[entry["file"]] = f"{first.get('code', '')} {first.get('message', 'invalid')}".strip()
    return problems


def score_pages(tei: list[str], rows: list[tuple[GoldPage, Path]], out_dir: Path,
                tei_all: Path | None) -> list[PageResult]:
    """Encode every page, then validate all outputs against the project's schema and rules
    and, when given, tei_all."""
    results, outputs = [], {}
    for gold, text in rows:
        out = out_dir / f"{gold.page}.xml"
        result = encode_page(tei, gold, text, out)
        results.append(result)
        if not result.refused:
            outputs[str(out)] = result
    invalid = validate_outputs(tei, [Path(name) for name in outputs], None)
    invalid_tei_all = validate_outputs(tei, [Path(name) for name in outputs], tei_all) if tei_all else {}
    for name, result in outputs.items():
        result.invalid = invalid.get(name, "")
        result.invalid_tei_all = invalid_tei_all.get(name, "")
    return results


def find_page(folders: list[Path], page: str) -> Path | None:
    for folder in folders:
        candidate = folder / f"{page}.txt"
        if candidate.is_file():
            return candidate
    return None


# --- report -----------------------------------------------------------------------------------

def report(results: list[PageResult], missing: list[str], tei_all: Path | None, out, failures: bool = True) -> Tally:
    tallies = tally(results, tei_all is not None)
    header = f"{'family':<20}{'pages':>6}{'refused':>9}  {'periodical+date':<18}{'title':<18}{'invalid':>8}"
    header += f"{'tei_all':>9}" if tei_all else ""
    print(header, file=out)
    for name, counts in tallies.items():
        line = (f"{name:<20}{counts.pages:>6}{counts.refused:>9}  {share(counts.periodical_date, counts.pages):<18}"
                f"{share(counts.title, counts.pages):<18}{counts.invalid:>8}")
        line += f"{counts.invalid_tei_all:>9}" if tei_all else ""
        print(line, file=out)
    if not tei_all:
        print("tei_all: not checked (no tei_all.rng found; give one with --tei-all)", file=out)
    if missing:
        print(f"not found in the page folders ({len(missing)}): {' '.join(missing)}", file=out)
    for result in results if failures else ():
        for line in wrong_facts(result):
            print(line, file=out)
    return tallies.get("total", Tally())


def shown_date(date: tuple[str, str] | None) -> str:
    if date is None:
        return "none"
    return date[0] if date[0] == date[1] else f"{date[0]}/{date[1]}"


def wrong_facts(result: PageResult) -> list[str]:
    gold, page = result.gold, f"{result.gold.page} [{result.gold.family}]"
    if result.refused:
        return [f"{page}: refused: {result.refused}"]
    lines = []
    facts = result.facts
    if not result.periodical_date_right:
        lines.append(f"{page}: periodical+date: expected {gold.periodical or 'none'!r} {gold.date or 'none'}, "
                     f"found {facts.periodical or 'none'!r} {shown_date(facts.date)}")
    if not result.title_right:
        if gold.title:
            expected = gold.title
        else:
            expected = f"supplied ~ {gold.title_supplied_ok}" if gold.title_supplied_ok else "no title"
        kind = "supplied " if facts.title_supplied else ""
        lines.append(f"{page}: title: expected {expected!r}, found {kind}{facts.title or 'none'!r}")
    if result.invalid:
        lines.append(f"{page}: invalid: {result.invalid}")
    if result.invalid_tei_all:
        lines.append(f"{page}: invalid against tei_all: {result.invalid_tei_all}")
    return lines


def write_tsv(path: Path, results: list[PageResult]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["page", "family", "refused", "periodical", "date", "title", "title_supplied",
                         "periodical_date_right", "title_right", "invalid", "invalid_tei_all"])
        for result in results:
            facts = result.facts or HeaderFacts(None, None, None, False)
            writer.writerow([result.gold.page, result.gold.family, result.refused, facts.periodical or "",
                             shown_date(facts.date) if facts.date else "", facts.title or "",
                             "yes" if facts.title_supplied else "", "yes" if result.periodical_date_right else "",
                             "yes" if result.title_right else "", result.invalid, result.invalid_tei_all])


# --- command line -------------------------------------------------------------------------------

def default_tei_all() -> Path | None:
    return next((path for path in TEI_ALL_CANDIDATES if path.is_file()), None)


def run(args: argparse.Namespace) -> int:
    for folder in args.pages:
        if not folder.is_dir():
            raise UsageError(f"{folder}: not a folder")
    gold = [row for path in (args.gold or [DEFAULT_GOLD]) for row in read_gold(path, args.split)]
    pages = [row.page for row in gold]
    if len(set(pages)) != len(pages):
        raise UsageError("a page is in two gold files: give each set once")
    tei = tei_command(args.tei)
    tei_all = args.tei_all if args.tei_all else default_tei_all()
    if tei_all is not None and not tei_all.is_file():
        raise UsageError(f"{tei_all}: no such schema")
    rows, missing = [], []
    for row in gold:
        text = find_page(args.pages, row.page)
        if text is None:
            missing.append(row.page)
        else:
            rows.append((row, text))
    with tempfile.TemporaryDirectory() as scratch:
        out_dir = args.tei_out or Path(scratch)
        out_dir.mkdir(parents=True, exist_ok=True)
        results = score_pages(tei, rows, out_dir, tei_all)
    total = report(results, missing, tei_all, sys.stdout, failures=not args.summary)
    if args.report:
        write_tsv(args.report, results)
    if args.check and not passes(total):
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=Path, nargs="+", help="folders of <page>.txt")
    parser.add_argument("--gold", type=Path, action="append",
                        help="gold TSV (default: the first evaluation set's); give it again to score several sets as one")
    parser.add_argument("--summary", action="store_true",
                        help="print the figures only, not each page's wrong facts (for a clean set, whose failures "
                             "are not to be read)")
    parser.add_argument("--tei", help="the command that runs the toolkit (default: `tei` on PATH)")
    parser.add_argument("--tei-all", type=Path, help="tei_all.rng (default: ../shared/reference/tei_all.rng if present)")
    parser.add_argument("--tei-out", type=Path, help="keep each page's TEI here")
    parser.add_argument("--report", type=Path, help="also write one TSV row per page here")
    parser.add_argument("--check", action="store_true", help="exit 1 unless the issue's thresholds hold")
    parser.add_argument("--split", choices=SPLITS, default="eval",
                        help="which split the gold must come from: eval (default) or dev (development pages)")
    args = parser.parse_args(argv)
    try:
        return run(args)
    except UsageError as error:
        print(f"eval_headers: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
