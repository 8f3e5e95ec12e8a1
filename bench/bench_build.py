"""Throughput and memory of `tei build` on a generated corpus.

    python bench/bench_build.py [--count 1000] [--big 5000] [--work DIR]

Prints, for encode / validate / render / end to end (``tei build`` with -j 1 and -j 2),
articles per second, against a baseline measured in the same run: parsing the same
outputs with lxml. Then a cProfile summary (top 15 by cumulative time) of one in-process
build, and the peak memory (max RSS of the build's processes) for --count and --big
articles.

The corpus comes from bench/generate.py when it exists, else from variants of the seed.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

REPO = Path(__file__).resolve().parent.parent
SAFE = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def generate(count: int, folder: Path) -> Path:
    generator = REPO / "bench" / "generate.py"
    if generator.exists():
        subprocess.run([sys.executable, str(generator), "--count", str(count), "--out", str(folder)], check=True)
        return folder
    seed = (REPO / "tei" / "data" / "seed" / "000_b59b1de90a8241b9.txt").read_text(encoding="utf-8")
    for number in range(count):
        path = folder / f"{number // 100:03d}" / f"article-{number:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        day = 1 + number % 28
        path.write_text(seed.replace("Stalinist Persecutions", f"Stalinist Persecutions {number}")
                        .replace("1 April 1933", f"{day} April 1933"), encoding="utf-8")
    return folder


def tei_build(*args) -> tuple[float, int]:
    """Run `tei build`; (seconds, peak RSS in KiB of its processes)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "tei", "build", *map(str, args)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(result.stderr[-2000:])
    failed = result.stderr.count("tei: error:")
    if failed:
        print(f"  ({failed} article(s) failed: {result.stderr.splitlines()[0][:200]})", file=sys.stderr)
    return elapsed, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def stages(sources: list[Path]) -> dict[str, float]:
    """Seconds spent in each stage over the articles, in this process."""
    from tei.build import render_views
    from tei.pipeline import encode_file, load_register
    from tei.validation import iter_errors

    register = load_register(None)
    times = {"encode": 0.0, "validate": 0.0, "render": 0.0}
    for source in sources:
        t0 = time.perf_counter()
        try:
            encoded = encode_file(source, register=register, validate=False)
        except Exception:
            continue
        t1 = time.perf_counter()
        list(iter_errors(encoded.tree))
        t2 = time.perf_counter()
        try:
            render_views(encoded.tree, {})
        except Exception:
            pass
        t3 = time.perf_counter()
        times["encode"] += t1 - t0
        times["validate"] += t2 - t1
        times["render"] += t3 - t2
    return times


def parse_baseline(out: Path) -> tuple[float, int]:
    files = sorted(out.rglob("*.xml"))
    start = time.perf_counter()
    for path in files:
        etree.parse(str(path), SAFE)
    return time.perf_counter() - start, len(files)


def profile(sources: list[Path], out: Path) -> str:
    from tei.build import find_articles
    from tei.corpus import build_corpus
    from tei.options import Options

    jobs = find_articles([sources[0].parent], out)
    profiler = cProfile.Profile()
    profiler.enable()
    build_corpus(jobs, Options(), out, workers=1, force=True)
    profiler.disable()
    stream = io.StringIO()
    pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(15)
    return stream.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--big", type=int, default=5000, help="second corpus size for the memory check (0: skip)")
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one, removed)")
    options = parser.parse_args()
    work = options.work or Path(tempfile.mkdtemp(prefix="tei-bench-"))
    try:
        corpus = generate(options.count, work / "corpus")
        sources = sorted(p for p in corpus.rglob("*.txt") if not p.name.endswith((".meta.toml", ".corrections.tsv")))
        n = len(sources)
        rows = []
        sample = sources[: min(n, 200)]
        stage_times = stages(sample)
        for stage, seconds in stage_times.items():
            rows.append((stage + " (in process, 1 core)", len(sample), seconds))
        results = {}
        for workers in (1, 2):
            out = work / f"out-j{workers}"
            seconds, rss = tei_build(corpus, "--out", out, "-j", workers, "--force")
            results[workers] = rss
            rows.append((f"tei build -j {workers} (end to end)", n, seconds))
        seconds, _ = tei_build(corpus, "--out", work / "out-j2", "-j", 2)
        rows.append(("tei build -j 2, all up to date", n, seconds))
        baseline, parsed = parse_baseline(work / "out-j1")
        rows.append(("baseline: lxml parse of the TEI outputs", parsed, baseline))
        per_baseline = parsed / baseline if baseline else float("inf")
        print(f"\n{'what':48} {'articles':>8} {'seconds':>8} {'art/s':>8} {'x baseline':>10}")
        for what, count, seconds in rows:
            rate = count / seconds if seconds else float("inf")
            print(f"{what:48} {count:8d} {seconds:8.2f} {rate:8.1f} {rate / per_baseline:10.4f}")
        print(f"\npeak RSS, {n} articles: -j 1 {results[1] / 1024:.0f} MiB, -j 2 {results[2] / 1024:.0f} MiB (max over processes)")
        if options.big:
            big = generate(options.big, work / "big")
            seconds, rss = tei_build(big, "--out", work / "out-big", "-j", 2)
            print(f"peak RSS, {options.big} articles: -j 2 {rss / 1024:.0f} MiB ({options.big / seconds:.1f} art/s)")
        print("\nprofile of an in-process build of one folder (top 15, cumulative):")
        print(profile(sources, work / "out-profile"))
    finally:
        if options.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
