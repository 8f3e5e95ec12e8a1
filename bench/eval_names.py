"""Score the names an installed `tei` marks in real ETOL pages against a hand-made gold.

    python bench/eval_names.py PAGES_DIR [--gold FILE] [--names all|register] [--tei CMD]
                               [--tei-out DIR] [--split eval|dev]

PAGES_DIR holds the evaluation pages as ``<page>.txt`` (rebuilt from stored copies with
``bench/names_eval_pages.py``; the text is not ours and is not in the repository). The gold
(default ``tests/annotation/names_eval/gold.tsv``, made by hand under
``docs/names-annotation.md``) has one row per mention: page, url, line, start, end, kind,
text, referent, optional.

This is an oracle: it shares no code with the toolkit. Each page is encoded by the toolkit's
command line, ``tei encode PAGE.txt --source-url URL [--names MODE]``, in a subprocess; the
mentions are read back from the TEI it prints.

System mentions
    Inside ``<text>`` only: ``persName`` -> person, ``placeName`` -> place, ``orgName`` -> org,
    ``title[@level='j']`` (a periodical) -> org. The mention's text is the element's string
    value with runs of white space collapsed to one space; its entry is ``@ref`` (or none);
    its certainty is ``@cert`` (or none). Names in ``teiHeader`` and ``standOff`` are not
    mentions.

Precision and recall, per kind (counted on exact spans as multisets of (page, kind, text))
    For each (page, kind, text): S system mentions, R required gold mentions, O optional gold
    mentions. TP = min(S, R); of the S - TP system mentions left, up to O are *ignored*
    (they match an optional gold mention: neither rewarded nor penalised); the rest are FP.
    FN = R - TP. P = TP / (TP + FP), R = TP / (TP + FN). A page the toolkit refuses to
    encode contributes nothing; it is listed, and recall is also shown counting its
    required gold mentions as missed.

Pairing (for linking and certainty)
    Within one (page, kind, text) group, the system mentions in document order are paired
    with the required gold mentions in reading order (line, start): the first TP system
    mentions are the matched ones, the next ones are the ignored ones, the rest are false
    positives. (Order is the only link between a TEI element and a line of text; within a
    group the referent is nearly always the same, so the pairing rarely matters.)

Linking: the share of linked mentions whose entry is right
    A *linked* mention is a matched system mention (paired with a required gold mention)
    that has an ``@ref``. On each page, a linked mention m is *right* when, for every other
    linked mention n on the same page, m and n point at the same entry exactly when their
    gold referents are the same: one referent, one entry; different referents, different
    entries. Share = right / linked. Matched mentions without ``@ref`` are counted apart
    (unlinked); they are neither right nor wrong.

Certainty
    When the TEI carries ``@cert``: for each level (high, medium, low), the precision of the
    system mentions with that level, TP / (TP + FP), ignored mentions left out.

Evidence (``--by-evidence``)
    The same precision for each kind of evidence the TEI names on a mention (``@ana``, a
    category of the file's ``classDecl``) and its ``@cert``: what the mapping from evidence
    to certainty in ``docs/names.md`` is calibrated and checked with. ``--list-fp`` lists the
    false positives, and only with ``--split dev``: rules are written from development pages.

Exit status: 0 when scored, 2 for a usage error, an unreadable gold or pages folder, a gold
page outside the chosen split (the first hex digit of the SHA-1 of the page's
https://www.marxists.org/... address must be 0-7 for ``--split eval``, the default, and 8-f for
``--split dev``, the development pages of ``tests/annotation/names_dev/``), or a toolkit that
cannot be run.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import shutil
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO / "tests" / "annotation" / "names_eval" / "gold.tsv"
TEI_NS = "http://www.tei-c.org/ns/1.0"
KINDS = ("person", "place", "org")
ELEMENT_KINDS = {"persName": "person", "placeName": "place", "orgName": "org"}
CERT_LEVELS = ("high", "medium", "low")
EVALUATION_DIGITS = "01234567"
SPLIT_DIGITS = {"eval": EVALUATION_DIGITS, "dev": "89abcdef"}
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


class UsageError(Exception):
    """A problem with the command line, the gold or the pages: exit status 2."""


@dataclass(frozen=True)
class GoldMention:
    page: str
    url: str
    line: int
    start: int
    end: int
    kind: str
    text: str
    referent: str
    optional: bool


@dataclass(frozen=True)
class SystemMention:
    page: str
    order: int
    kind: str
    text: str
    ref: str | None
    cert: str | None
    evidence: str | None = None


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.ignored += other.ignored

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Score:
    by_kind: dict[str, Counts]
    pairs: list[tuple[SystemMention, GoldMention]]
    statuses: dict[SystemMention, str]


# --- counting (pure functions: the test runs them on invented data) -----------------------

def page_id(url: str) -> str:
    """The first 16 hex digits of the SHA-1 of the page's address (utf-8)."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def normalise(text: str) -> str:
    return " ".join(text.split())


def score(gold: list[GoldMention], system: list[SystemMention]) -> Score:
    """Multiset counts per kind, the matched (system, gold) pairs, and each system mention's
    status: 'tp', 'ignored' or 'fp'."""
    groups_gold: dict[tuple[str, str, str], list[GoldMention]] = defaultdict(list)
    groups_system: dict[tuple[str, str, str], list[SystemMention]] = defaultdict(list)
    for mention in gold:
        groups_gold[(mention.page, mention.kind, normalise(mention.text))].append(mention)
    for mention in system:
        groups_system[(mention.page, mention.kind, normalise(mention.text))].append(mention)
    by_kind = {kind: Counts() for kind in KINDS}
    pairs: list[tuple[SystemMention, GoldMention]] = []
    statuses: dict[SystemMention, str] = {}
    for key in sorted(set(groups_gold) | set(groups_system)):
        kind = key[1]
        found = sorted(groups_system.get(key, []), key=lambda m: m.order)
        required = sorted((g for g in groups_gold.get(key, []) if not g.optional), key=lambda g: (g.line, g.start))
        optional = sum(1 for g in groups_gold.get(key, []) if g.optional)
        tp = min(len(found), len(required))
        ignored = min(len(found) - tp, optional)
        counts = Counts(tp=tp, ignored=ignored, fp=len(found) - tp - ignored, fn=len(required) - tp)
        by_kind.setdefault(kind, Counts()).add(counts)
        pairs.extend(zip(found[:tp], required[:tp]))
        for index, mention in enumerate(found):
            statuses[mention] = "tp" if index < tp else "ignored" if index < tp + ignored else "fp"
    return Score(by_kind=by_kind, pairs=pairs, statuses=statuses)


def total(by_kind: dict[str, Counts]) -> Counts:
    counts = Counts()
    for kind_counts in by_kind.values():
        counts.add(kind_counts)
    return counts


def linking(pairs: list[tuple[SystemMention, GoldMention]]) -> tuple[int, int, int]:
    """(right, linked, unlinked) over the matched pairs, judged page by page."""
    by_page: dict[str, list[tuple[SystemMention, GoldMention]]] = defaultdict(list)
    unlinked = 0
    for system_mention, gold_mention in pairs:
        if system_mention.ref is None:
            unlinked += 1
        else:
            by_page[system_mention.page].append((system_mention, gold_mention))
    right = linked = 0
    for page_pairs in by_page.values():
        for index, (mention, gold_mention) in enumerate(page_pairs):
            linked += 1
            consistent = all(
                (gold_mention.referent == other_gold.referent) == (mention.ref == other.ref)
                for other_index, (other, other_gold) in enumerate(page_pairs)
                if other_index != index
            )
            right += consistent
    return right, linked, unlinked


def certainty(statuses: dict[SystemMention, str]) -> dict[str, Counts]:
    """Per @cert level, TP and FP of the system mentions that carry it."""
    levels: dict[str, Counts] = {}
    for mention, status in statuses.items():
        if mention.cert is None or status == "ignored":
            continue
        counts = levels.setdefault(mention.cert, Counts())
        if status == "tp":
            counts.tp += 1
        else:
            counts.fp += 1
    return levels


# --- reading the gold and the TEI ---------------------------------------------------------

def load_gold(path: Path, split: str = "eval") -> list[GoldMention]:
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as error:
        raise UsageError(f"{path}: cannot read the gold: {error.strerror}") from error
    mentions = []
    with handle:
        for number, row in enumerate(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
            try:
                mention = GoldMention(
                    page=row["page"], url=row["url"], line=int(row["line"]), start=int(row["start"]),
                    end=int(row["end"]), kind=row["kind"], text=row["text"], referent=row["referent"],
                    optional={"yes": True, "no": False}[row["optional"]],
                )
            except (KeyError, ValueError, TypeError) as error:
                raise UsageError(f"{path}:{number}: expected page, url, line, start, end, kind, text, referent, optional (yes|no)") from error
            check_gold_row(path, number, mention, split)
            mentions.append(mention)
    return mentions


def check_gold_row(path: Path, number: int, mention: GoldMention, split: str = "eval") -> None:
    if mention.kind not in KINDS:
        raise UsageError(f"{path}:{number}: kind {mention.kind!r}; expected one of: {', '.join(KINDS)}")
    if page_id(mention.url) != mention.page:
        raise UsageError(f"{path}:{number}: page {mention.page} is not the SHA-1 prefix of {mention.url}")
    if not mention.url.startswith("https://www.marxists.org/") or mention.page[0] not in SPLIT_DIGITS[split]:
        name, digits = {"eval": "evaluation", "dev": "development"}[split], SPLIT_DIGITS[split]
        raise UsageError(f"{path}:{number}: {mention.url} is not in the {name} split (first hex digit {digits[0]}-{digits[-1]})")
    if mention.end - mention.start != len(mention.text):
        raise UsageError(f"{path}:{number}: start/end do not span the text {mention.text!r}")


def page_text_path(page: str, folders: list[Path]) -> Path:
    """``<page>.txt`` in the first of ``folders`` that holds it (else in the first folder)."""
    found = (folder / f"{page}.txt" for folder in folders)
    return next((path for path in found if path.exists()), folders[0] / f"{page}.txt")


def check_offsets(gold: list[GoldMention], pages_dir: Path | list[Path]) -> list[str]:
    """Gold rows whose text is not at its line and offsets in the page text (a wrong folder)."""
    folders = pages_dir if isinstance(pages_dir, list) else [pages_dir]
    problems = []
    lines_of: dict[str, list[str]] = {}
    for mention in gold:
        path = page_text_path(mention.page, folders)
        if mention.page not in lines_of:
            lines_of[mention.page] = path.read_text(encoding="utf-8").split("\n") if path.exists() else []
        lines = lines_of[mention.page]
        if lines and (mention.line > len(lines) or lines[mention.line - 1][mention.start:mention.end] != mention.text):
            problems.append(f"{path}:{mention.line}: expected {mention.text!r} at {mention.start}")
    return problems


def by_evidence(statuses: dict[SystemMention, str]) -> dict[tuple[str, str], Counts]:
    """Per (@ana, @cert) of the system mentions that carry @cert, TP and FP."""
    groups: dict[tuple[str, str], Counts] = {}
    for mention, status in statuses.items():
        if mention.cert is None or status == "ignored":
            continue
        counts = groups.setdefault((mention.evidence or "(none)", mention.cert), Counts())
        if status == "tp":
            counts.tp += 1
        else:
            counts.fp += 1
    return groups


def evidence_report(statuses: dict[SystemMention, str], list_fp: bool) -> str:
    """The precision of each kind of evidence (``@ana``) at each level, and with
    ``list_fp`` the false positives themselves (for development pages only)."""
    out = [f"{'evidence (@ana)':32} {'cert':7} {'TP':>4} {'FP':>4} {'P':>6}"]
    groups = by_evidence(statuses)
    for (evidence, cert), counts in sorted(groups.items(), key=lambda item: (CERT_LEVELS.index(item[0][1])
                                                                            if item[0][1] in CERT_LEVELS else 9, item[0][0])):
        out.append(f"{evidence:32} {cert:7} {counts.tp:4} {counts.fp:4} {ratio(counts.precision):>6}")
    if list_fp:
        for mention, status in sorted(statuses.items(), key=lambda item: (item[0].page, item[0].order)):
            if status == "fp" and mention.cert is not None:
                out.append(f"FP {mention.page} {mention.kind} {mention.text!r} {mention.cert} {mention.evidence}")
    return "\n".join(out)


def mentions_in_tei(page: str, data: bytes) -> list[SystemMention]:
    root = etree.fromstring(data, SAFE_PARSER)
    mentions = []
    for text_element in root.iter(f"{{{TEI_NS}}}text"):
        for order, element in enumerate(text_element.iter(etree.Element)):
            kind = element_kind(element)
            if kind:
                mentions.append(SystemMention(
                    page=page, order=order, kind=kind, text=normalise("".join(element.itertext())),
                    ref=element.get("ref"), cert=element.get("cert"), evidence=element.get("ana"),
                ))
    return mentions


def element_kind(element) -> str | None:
    namespace, _, local = element.tag.rpartition("}")
    if namespace != "{" + TEI_NS:
        return None
    if local == "title":
        return "org" if element.get("level") == "j" else None
    return ELEMENT_KINDS.get(local)


# --- running the toolkit ------------------------------------------------------------------

def find_tei(explicit: str | None) -> list[str]:
    if explicit:
        return explicit.split()
    beside = Path(sys.executable).parent / "tei"
    found = shutil.which("tei") or (str(beside) if beside.exists() else None)
    if not found:
        raise UsageError("no `tei` command found; install the toolkit or give --tei")
    return [found]


def supports_names_option(tei: list[str]) -> bool:
    try:
        done = subprocess.run([*tei, "encode", "--help"], capture_output=True, text=True, timeout=120)
    except OSError as error:
        raise UsageError(f"{tei[0]}: cannot run: {error.strerror}") from error
    return "--names" in done.stdout


def encode(tei: list[str], text: Path, url: str, names: str | None) -> tuple[bytes | None, str]:
    command = [*tei, "encode", str(text), "--source-url", url]
    if names:
        command += ["--names", names]
    done = subprocess.run(command, capture_output=True, timeout=600)
    message = done.stderr.decode("utf-8", "replace").strip().splitlines()
    if done.returncode != 0:
        return None, message[-1] if message else f"exit status {done.returncode}"
    return done.stdout, ""


# --- report -------------------------------------------------------------------------------

def ratio(value: float | None) -> str:
    return "   -" if value is None else f"{value:.3f}"


def report(result: Score, gold: list[GoldMention], failed: dict[str, str], names_note: str) -> str:
    required_failed = defaultdict(int)
    for mention in gold:
        if mention.page in failed and not mention.optional:
            required_failed[mention.kind] += 1
    out = [names_note] if names_note else []
    out.append(f"{'kind':8} {'TP':>5} {'FP':>5} {'FN':>5} {'ign':>5} {'P':>6} {'R':>6} {'R*':>6}")
    rows = [(kind, result.by_kind.get(kind, Counts())) for kind in KINDS]
    rows.append(("all", total(result.by_kind)))
    for kind, counts in rows:
        missed = sum(required_failed.values()) if kind == "all" else required_failed[kind]
        with_failed = counts.tp / (counts.tp + counts.fn + missed) if counts.tp + counts.fn + missed else None
        out.append(f"{kind:8} {counts.tp:5} {counts.fp:5} {counts.fn:5} {counts.ignored:5} "
                   f"{ratio(counts.precision):>6} {ratio(counts.recall):>6} {ratio(with_failed):>6}")
    out.append("R* counts the required gold mentions of pages that did not encode as missed.")
    right, linked, unlinked = linking(result.pairs)
    share = right / linked if linked else None
    out.append(f"linking: {right} of {linked} linked mentions point at the right entry ({ratio(share)}); "
               f"{unlinked} matched mentions carry no @ref")
    levels = certainty(result.statuses)
    if levels:
        parts = [f"{level} {ratio(levels[level].precision)} ({levels[level].tp}/{levels[level].tp + levels[level].fp})"
                 for level in CERT_LEVELS if level in levels]
        parts += [f"{level!r} (not a level) {levels[level].tp + levels[level].fp}" for level in sorted(set(levels) - set(CERT_LEVELS))]
        out.append("precision by @cert: " + "; ".join(parts))
    else:
        out.append("precision by @cert: no mention carries @cert")
    pages = sorted({mention.page for mention in gold})
    out.append(f"pages: {len(pages) - len(failed)} of {len(pages)} encoded")
    for page, message in sorted(failed.items()):
        out.append(f"  not encoded: {page}: {message}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=Path, nargs="+", help="folder(s) of <page>.txt")
    parser.add_argument("--gold", type=Path, action="append",
                        help="gold TSV (default: the evaluation set's); give it again to score several sets as one")
    parser.add_argument("--names", choices=("all", "register"), help="passed to `tei encode` when it has the option")
    parser.add_argument("--tei", help="the command that runs the toolkit (default: `tei` on PATH)")
    parser.add_argument("--tei-out", type=Path, help="also write each page's TEI here")
    parser.add_argument("--split", choices=tuple(SPLIT_DIGITS), default="eval",
                        help="which pages the gold may hold: eval (0-7, default) or dev (8-f)")
    parser.add_argument("--by-evidence", action="store_true",
                        help="also print the precision of each kind of evidence (@ana) at each @cert level")
    parser.add_argument("--list-fp", action="store_true",
                        help="with --by-evidence, list the machine's false positives (development pages only)")
    args = parser.parse_args(argv)
    if args.list_fp and args.split != "dev":
        parser.error("--list-fp lists errors to write rules from: development pages only (--split dev)")
    try:
        return run(args)
    except UsageError as error:
        print(f"eval_names: {error}", file=sys.stderr)
        return 2


def run(args: argparse.Namespace) -> int:
    for folder in args.pages:
        if not folder.is_dir():
            raise UsageError(f"{folder}: not a folder")
    gold = [mention for path in (args.gold or [DEFAULT_GOLD]) for mention in load_gold(path, args.split)]
    problems = check_offsets(gold, args.pages)
    if problems:
        raise UsageError(f"the page texts are not the annotated ones ({len(problems)} rows), first: {problems[0]}")
    tei = find_tei(args.tei)
    names, note = args.names, ""
    if names and not supports_names_option(tei):
        names, note = None, f"note: `tei encode` has no --names option; scored without it (--names {args.names} not applied)"
    if args.tei_out:
        args.tei_out.mkdir(parents=True, exist_ok=True)
    urls = {mention.page: mention.url for mention in gold}
    system: list[SystemMention] = []
    failed: dict[str, str] = {}
    for page, url in sorted(urls.items()):
        text = page_text_path(page, args.pages)
        if not text.exists():
            failed[page] = "no text in the pages folder"
            continue
        data, message = encode(tei, text, url, names)
        if data is None:
            failed[page] = message
            continue
        if args.tei_out:
            (args.tei_out / f"{page}.xml").write_bytes(data)
        system.extend(mentions_in_tei(page, data))
    scored = score([m for m in gold if m.page not in failed], system)
    print(report(scored, gold, failed, note))
    if args.by_evidence:
        print(evidence_report(scored.statuses, args.list_fp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
