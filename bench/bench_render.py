"""Views per second over a folder of TEI files, against parsing the same files.

    python bench/bench_render.py FOLDER [--repeat 3] [--views html,text] [--profile N]

For each view: documents per second, the ratio to lxml parsing the same files in the
same run, and milliseconds per 50 KB of input, compared with the TEI Stylesheets'
figure for the same kind of document (about 40 ms per 50 KB on SaxonC-HE, compiled
once; the target is at least 10x faster, i.e. at most 4 ms per 50 KB). The stylesheets
are compiled before timing, as for SaxonC. Files whose root is not TEI are skipped.

--profile N prints, for each view, the N templates with the most time of their own on
the first file (libxslt's profiler, which slows every template down: compare them with
each other, not with the timings above).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from lxml import etree

from tei.errors import TeiError
from tei.views import render
from tei.views.stylesheets import safe_parser, stylesheet

TEI_STYLESHEETS_MS_PER_50KB = 40.0
TARGET_SPEEDUP = 10.0


def load(folder: Path) -> list[tuple[Path, bytes]]:
    files = sorted(folder.rglob("*.xml"))
    return [(path, path.read_bytes()) for path in files]


def parse_all(blobs: list[bytes]) -> list[etree._ElementTree]:
    return [etree.ElementTree(etree.fromstring(blob, safe_parser())) for blob in blobs]


def best_of(repeat: int, action) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure; the best is kept")
    parser.add_argument("--views", default="html,text")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="show the N costliest templates per view")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"bench_render: {args.folder}: not a folder", file=sys.stderr)
        return 2
    files = load(args.folder)
    blobs, trees = [], []
    for path, blob in files:
        try:
            tree = parse_all([blob])[0]
        except etree.XMLSyntaxError as error:
            print(f"skipped {path}: {error}", file=sys.stderr)
            continue
        if tree.getroot().tag != "{http://www.tei-c.org/ns/1.0}TEI":
            continue
        blobs.append(blob)
        trees.append(tree)
    if not trees:
        print(f"bench_render: no TEI files in {args.folder}", file=sys.stderr)
        return 1
    views = [view.strip() for view in args.views.split(",") if view.strip()]
    for view in views:
        stylesheet(view)  # compile before timing
    total_kb = sum(len(blob) for blob in blobs) / 1024
    count = len(trees)
    parse_seconds = best_of(args.repeat, lambda: parse_all(blobs))

    rows = [("parse (lxml)", count / parse_seconds, 1.0, parse_seconds * 1000 / total_kb * 50)]
    for view in views:
        def run_view(view=view):
            for tree in trees:
                render(tree, view)
        try:
            seconds = best_of(args.repeat, run_view)
        except TeiError as error:
            print(f"bench_render: {view}: {error}", file=sys.stderr)
            return 1
        rows.append((f"view {view}", count / seconds, seconds / parse_seconds, seconds * 1000 / total_kb * 50))

    print(f"{count} TEI files, {total_kb:.0f} KB, mean {total_kb / count:.1f} KB; best of {args.repeat}")
    print(f"{'task':<14} {'docs/s':>10} {'× parse':>9} {'ms/50KB':>9} {'vs TEI XSL':>11}")
    for name, rate, ratio, ms in rows:
        versus = f"{TEI_STYLESHEETS_MS_PER_50KB / ms:.1f}× faster" if name.startswith("view") else ""
        print(f"{name:<14} {rate:>10.1f} {ratio:>9.1f} {ms:>9.2f} {versus:>11}")
    slow = [name for name, _, _, ms in rows[1:] if ms > TEI_STYLESHEETS_MS_PER_50KB / TARGET_SPEEDUP]
    print(f"target ≤ {TEI_STYLESHEETS_MS_PER_50KB / TARGET_SPEEDUP:.1f} ms/50KB (10× the TEI Stylesheets): "
          + ("met" if not slow else "NOT met by " + ", ".join(slow)))
    for view in views if args.profile else []:
        print_profile(view, trees[0], args.profile)
    return 0


def print_profile(view: str, tree, top: int) -> None:
    """The templates of a view with the most time of their own (libxslt units: 1/100 ms)."""
    profile = stylesheet(view)(tree, profile_run=True).xslt_profile.getroot()
    rows = sorted(profile, key=lambda t: -int(t.get("time")))[:top]
    print(f"\nprofile of the {view} view (template, calls, own time in 1/100 ms)")
    for template in rows:
        name = template.get("name") or f"match={' '.join((template.get('match') or '').split())[:50]}"
        mode = f" mode={template.get('mode')}" if template.get("mode") else ""
        print(f"  {name + mode:<58} {template.get('calls'):>6} {template.get('time'):>6}")


if __name__ == "__main__":
    sys.exit(main())
