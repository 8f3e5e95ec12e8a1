"""Validation speed: `tei validate` against a bare lxml parse and against jing + tei_all.

    python bench/generate.py --count 1000 --out /tmp/corpus --encode
    python bench/bench_validate.py /tmp/corpus [--xmlschema-sample 100] [--no-jing]

Measures, on every *.xml under DIR, in one run:

* parse: reading and parsing the files with lxml (the baseline; ratio 1.0);
* tei-etol in-process: tei.validation.iter_errors (safe parse + XSD + rules), and its
  parts on parsed trees: lxml XMLSchema alone, the rules alone (tei/validation/rules.py),
  and the same rules run from the compiled Schematron (schemas/tei-etol.sch.xsl);
* xmlschema engine: the same XSD with the xmlschema package (on a sample: it is slow);
* `tei validate DIR` as one process, and `tei validate FILE` for one file (the median of
  5 runs, whole process: interpreter start, imports, schema loading);
* jing with tei_all.rng on the same files, one Java process.

Prints files/s, MB/s and the ratio to the bare parse. The baseline and iter_errors are
timed in turns, best of 5, so that a machine's changing load falls on both alike.

Measured and dropped: parsing the next files in a second thread while one is validated
(libxml2 parses without Python's lock). The clock said 0.6x less, but the CPU time rose
by 0.8x: a document parsed in another thread has that thread's name dictionary, and
XSD validation and XPath on it compare names slowly (0.41 ms instead of 0.26 per file).
Targets: parse + validate at most 3x the bare parse; one-file `tei validate` under 0.3 s.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from lxml import etree

REPO = Path(__file__).resolve().parent.parent
SAFE = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def timed(function) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def best_of(runs: int, function) -> float:
    return min(timed(function) for _ in range(runs))


def best_of_alternating(runs: int, functions: list) -> list[float]:
    """The fastest time of each function, run in turns so that a machine's changing
    load falls on all of them alike."""
    results: list[list] = [[] for _ in functions]
    for _ in range(runs):
        for result, function in zip(results, functions):
            result.append(timed(function))
    return [min(result) for result in results]


def tei_command() -> list[str]:
    exe = shutil.which("tei")
    return [exe] if exe else [sys.executable, "-m", "tei"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--xmlschema-sample", type=int, default=100, help="files validated with xmlschema")
    parser.add_argument("--no-jing", action="store_true")
    parser.add_argument("--tei-all", type=Path, default=REPO / "tests" / "schemas" / "tei_all.rng")
    options = parser.parse_args(argv)

    files = sorted(options.folder.rglob("*.xml"))
    if not files:
        raise SystemExit(f"no *.xml under {options.folder}: run bench/generate.py --encode first")
    datas = [f.read_bytes() for f in files]
    megabytes = sum(map(len, datas)) / 1e6
    count = len(files)
    rows: list[tuple[str, int, float]] = []  # (label, files, seconds)

    def parse_all():
        for data in datas:
            etree.fromstring(data, etree.XMLParser(**SAFE))

    def read_parse_all():
        for f in files:
            etree.fromstring(f.read_bytes(), etree.XMLParser(**SAFE))

    from tei.validation import iter_errors
    from tei.validation.engines import bundled_engines, schematron_engines
    from tei.validation.locate import SourceLines
    from tei.validation.parsing import Parsed

    xsd, rules = bundled_engines()
    compiled_rules = schematron_engines()[1]
    invalid = 0

    def validate_all():
        nonlocal invalid
        invalid = sum(1 for f in files if any(e.is_error for e in iter_errors(f)))

    baseline, one_thread = best_of_alternating(5, [read_parse_all, validate_all])
    rows.append(("lxml read + parse (baseline)", count, baseline))
    rows.append(("tei-etol iter_errors (parse+XSD+rules)", count, one_thread))
    trees = [etree.fromstring(d, etree.XMLParser(**SAFE)).getroottree() for d in datas]
    rows.append(("  of which: lxml XMLSchema", count, best_of(3, lambda: [xsd.schema.validate(t) for t in trees])))
    parsed = [Parsed("f", d, t) for d, t in zip(datas, trees)]
    rows.append(("  of which: rules (tei/validation/rules.py)", count,
                 best_of(3, lambda: [list(rules.check(p, SourceLines(p.data))) for p in parsed])))
    rows.append(("  same rules as compiled Schematron (XSLT)", count,
                 best_of(3, lambda: [list(compiled_rules.check(p, SourceLines(p.data))) for p in parsed])))

    try:
        import xmlschema

        schema = xmlschema.XMLSchema(str(REPO / "schemas" / "tei-etol.xsd"))
        sample = files[: options.xmlschema_sample]
        seconds = timed(lambda: [schema.is_valid(str(f)) for f in sample])
        rows.append((f"xmlschema XSD (sample of {len(sample)})", len(sample), seconds))
    except ImportError:
        print("xmlschema not installed: skipped", file=sys.stderr)

    command = tei_command()
    seconds = timed(lambda: subprocess.run([*command, "validate", "-q", str(options.folder)],
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    rows.append(("`tei validate DIR` (one process)", count, seconds))

    singles = []
    for _ in range(5):
        singles.append(timed(lambda: subprocess.run([*command, "validate", "-q", str(files[0])],
                                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)))
    single = statistics.median(singles)

    if not options.no_jing and shutil.which("pyjing") and options.tei_all.exists():
        seconds = timed(lambda: subprocess.run(["pyjing", str(options.tei_all), *map(str, files)],
                                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        rows.append(("jing + tei_all.rng (one process)", count, seconds))
    else:
        print("jing or tei_all.rng not found: skipped", file=sys.stderr)

    mb_per_file = megabytes / count
    print(f"{count} files, {megabytes:.1f} MB ({invalid} invalid)\n")
    print(f"{'':44} {'files/s':>9} {'MB/s':>8} {'x parse':>8}")
    per_file_baseline = baseline / count
    for label, n, seconds in rows:
        rate = n / seconds
        print(f"{label:44} {rate:9.0f} {rate * mb_per_file:8.2f} {seconds / n / per_file_baseline:8.2f}")
    print(f"\none-file `tei validate` (whole process, median of 5): {single:.3f} s (target < 0.3 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
