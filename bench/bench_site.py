"""Time of `tei site` on a generated corpus: a whole build, a rebuild after one change.

    python bench/bench_site.py [--count 1000] [--work DIR]

Generates --count articles (bench/generate.py), builds them with `tei build -j 2`, then
measures, each against a baseline run in the same process (lxml parsing every TEI file
of the corpus):

- `tei site OUT --out SITE`, first build, with the search index (target: 60 s for 1,000
  articles on two cores), and Pagefind's part of it;
- the same after one article changed, without the search index (target: 5 s), and the
  time the search index then takes to be made again for the whole site (Pagefind has no
  incremental mode; the toolkit feeds it the pages in path order and sorts its filters,
  tei/site/search.py), beside the time of Pagefind's own command line over the same
  site, which is faster (it reads pages on both cores) but not byte-identical.
"""
from __future__ import annotations

import argparse
import os
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


def tei() -> list[str]:
    script = Path(sys.executable).with_name("tei")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tei"]


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


BASE: list[float] = []


def timed(command: list) -> tuple[str, str]:
    """Wall-clock and CPU seconds of a command (CPU: what it costs on an idle machine,
    when it runs on one core), and the last line it printed on stderr."""
    started, cpu = time.perf_counter(), cpu_of_children()
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True)
    elapsed, used = time.perf_counter() - started, cpu_of_children() - cpu
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(map(str, command))}\n{result.stderr[-2000:]}")
    lines = result.stderr.strip().splitlines()
    ratio = f" = {used / BASE[0]:.1f}x the parse" if BASE else ""
    return f"{elapsed:.1f} s wall, {used:.1f} s CPU{ratio}", lines[-1] if lines else ""


def baseline(out: Path) -> float:
    """CPU seconds to parse every TEI file of the corpus with lxml, in this process."""
    started = time.process_time()
    for path in sorted(out.rglob("*.xml")):
        etree.parse(str(path), SAFE)
    return time.process_time() - started


def change_one(out: Path) -> Path:
    """Give one article (the middle one) a new title, as an editor's fix would."""
    files = sorted(out.rglob("*.xml"))
    target = files[len(files) // 2]
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace('<title type="main">', '<title type="main">Revised: ', 1), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--work", type=Path)
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-site-"))
    texts, out, site = work / "texts", work / "out", work / "site"
    if not out.exists():
        subprocess.run([sys.executable, str(REPO / "bench" / "generate.py"), "--count", str(args.count), "--out", str(texts)], check=True)
        timed([*tei(), "build", texts, "--out", out, "-j", "2"])
    shutil.rmtree(site, ignore_errors=True)
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    parse = baseline(out)
    BASE.append(parse)
    print(f"baseline: lxml parse of {args.count} TEI files, in process: {parse:.2f} s CPU")
    full, summary = timed([*tei(), "site", out, "--out", site])
    print(f"tei site, first build with search: {full}  [{summary}]")
    again, summary = timed([*tei(), "site", out, "--out", site, "--no-search"])
    print(f"tei site, nothing changed, no search: {again}  [{summary}]")
    changed = change_one(out)
    rebuild, summary = timed([*tei(), "site", out, "--out", site, "--no-search"])
    print(f"tei site, one article changed ({changed.name}), no search: {rebuild}  [{summary}]")
    shutil.rmtree(site / "pagefind", ignore_errors=True)
    index, summary = timed([*tei(), "site", out, "--out", site])
    print(f"tei site, pages unchanged, search index made again: {index}  [{summary}]")
    from pagefind_bin import get_executable

    cli = work / "pagefind-cli"
    shutil.rmtree(cli, ignore_errors=True)
    index, _ = timed([get_executable(), "--site", site, "--output-path", cli, "--silent"])
    print(f"for comparison, Pagefind's command line over the same site (multi-threaded, not byte-identical): {index}")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    print(f"work folder: {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
