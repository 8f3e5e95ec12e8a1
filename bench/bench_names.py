"""What the name recogniser costs: in process, in memory, and in `tei build -j 1`.

    python bench/bench_names.py [--count 200] [--work DIR] [--rounds 3]

On a corpus from bench/generate.py (and the invented page of the recogniser's tests):

1. in process: the recogniser alone (CPU time, best of --rounds, after the reader and
   the register's passes), per article and per 25 KB of article text (the target: at
   most 2 ms per 25 KB), on the corpus and on the bundled article, and as a multiple of
   the reader's time in the same run (a ratio that a busy machine changes less). The
   gazetteer is loaded once before timing, and its load time is printed apart.
2. memory: the peak RSS of one process that encodes the corpus with names (a worker of
   `tei build` does the same; the target: under 150 MB).
3. `tei build -j 1 --force` with ``--names all`` and ``--names register``, side by side,
   in turns, best of --rounds: articles per second by the clock and per CPU second of the
   build's process, and the loss of each (target: at most 15%).
"""
from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
INVENTED = REPO / "tests" / "annotation" / "fixtures" / "names" / "invented_labour_page.txt"


def corpus(count: int, folder: Path) -> list[Path]:
    subprocess.run([sys.executable, str(REPO / "bench" / "generate.py"), "--count", str(count), "--out", str(folder)],
                   check=True)
    shutil.copy(INVENTED, folder / "invented.txt")
    return sorted(folder.rglob("*.txt"))


def recogniser_time(texts: list[str], register) -> float:
    """CPU seconds of the recogniser alone over ``texts`` (read and the register's
    passes done before the clock starts)."""
    from tei.passes import annotate
    from tei.passes.recognise import recognise
    from tei.pipeline import read

    articles = [read(text) for text in texts]
    for article in articles:
        annotate(article, register, None, "register")
    start = time.process_time()
    for article in articles:
        recognise(article, register)
    return time.process_time() - start


def reader_time(texts: list[str]) -> float:
    """CPU seconds of the reader over ``texts``: the baseline of the same run."""
    from tei.pipeline import read

    start = time.process_time()
    for text in texts:
        read(text)
    return time.process_time() - start


def in_process(paths: list[Path], rounds: int) -> None:
    from tei.passes.recognise.gazetteer import gazetteer
    from tei.passes.recognise.lists import project_lists
    from tei.pipeline import load_register

    start = time.perf_counter()
    gazetteer(), project_lists()
    print(f"gazetteer and lists loaded once: {1000 * (time.perf_counter() - start):.0f} ms "
          f"({len(gazetteer())} gazetteer names)")
    register = load_register(None)
    seed = (REPO / "tei" / "data" / "seed" / "000_b59b1de90a8241b9.txt").read_text(encoding="utf-8")
    for label, texts in (("generated corpus", [p.read_text(encoding="utf-8") for p in paths]),
                         ("the bundled article", [seed] * 20)):
        size = sum(len(t.encode("utf-8")) for t in texts) / len(texts)
        cost = min(recogniser_time(texts, register) for _ in range(rounds)) / len(texts)
        base = min(reader_time(texts) for _ in range(rounds)) / len(texts)
        print(f"{label}, {len(texts)} articles of {size / 1000:.1f} KB: recogniser {1000 * cost:.2f} ms/article = "
              f"{1000 * cost * 25_000 / size:.2f} ms per 25 KB (target <= 2); x{cost / base:.2f} the reader")


MEMORY = """
import resource, sys
from pathlib import Path
from tei.pipeline import encode_file, load_register
register = load_register(None)
for path in sys.argv[1:]:
    encode_file(path, register=register, names=NAMES)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def memory(paths: list[Path]) -> None:
    for names in ("register", "all"):
        script = MEMORY.replace("NAMES", repr(names))
        out = subprocess.run([sys.executable, "-c", script, *map(str, paths)], capture_output=True, text=True, check=True)
        print(f"peak RSS of one encoding process, --names {names}: {float(out.stdout.split()[-1]):.0f} MB"
              + (" (target < 150)" if names == "all" else ""))


def build_rates(folder: Path, out: Path, names: str, count: int) -> tuple[float, float]:
    """Articles per second of one ``tei build -j 1``: by the clock, and by the CPU time of
    the build's process (which a machine busy with other work changes less)."""
    tei = Path(sys.executable).with_name("tei")
    command = [str(tei)] if tei.exists() else [sys.executable, "-m", "tei"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([*command, "build", str(folder), "--out", str(out), "-j", "1", "--force", "--names", names],
                   check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return count / wall, count / cpu


def builds(folder: Path, work: Path, count: int, rounds: int) -> None:
    best = {"register": [0.0, 0.0], "all": [0.0, 0.0]}
    for _ in range(rounds):
        for names in ("register", "all"):
            rates = build_rates(folder, work / f"out-{names}", names, count)
            best[names] = [max(b, r) for b, r in zip(best[names], rates)]
    print(f"tei build -j 1, {count} articles, best of {rounds}, by the clock and by CPU time:")
    print(f"  --names register  {best['register'][0]:.1f} articles/s, {best['register'][1]:.1f} per CPU second")
    print(f"  --names all       {best['all'][0]:.1f} articles/s, {best['all'][1]:.1f} per CPU second")
    wall, cpu = (1 - best["all"][i] / best["register"][i] for i in (0, 1))
    print(f"  loss {100 * wall:.1f}% by the clock, {100 * cpu:.1f}% by CPU time (target <= 15%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-names-"))
    paths = corpus(args.count, work / "corpus")
    in_process(paths, args.rounds)
    memory(paths)
    builds(work / "corpus", work, len(paths), args.rounds)
    if args.work is None:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
