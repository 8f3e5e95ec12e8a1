"""Rebuild the evaluation pages of the name recogniser from stored copies of real ETOL pages.

    python bench/names_eval_pages.py EXCERPTS_DIR OUT_DIR [--check tests/annotation/names_eval/pages.tsv]

The evaluation pages are real pages of the Encyclopedia of Trotskyism On-Line. Their text is
not ours, so it is not in the repository: ``tests/annotation/names_eval/pages.tsv`` says, for
each page, which look-up of the stored public web pages returns it (the ``stored_url`` and the
``query``). Save the excerpt of that result, exactly as returned, to ``EXCERPTS_DIR/<page>.txt``
(``<page>`` is the first 16 hex digits of the SHA-1 of the page's https://www.marxists.org/...
address). This script turns each excerpt into the article text the toolkit reads:

1. line ends become ``\\n``; trailing white space is removed from every line (a line of white
   space, often a no-break space in the stored copy, becomes empty);
2. the stored copy stops after about 2,000 characters, usually inside a word: the last line is
   cut after its last sentence end (``.``, ``?`` or ``!``, with any closing quotes or brackets),
   and dropped when it has none;
3. trailing empty lines are dropped and the text ends with one ``\\n``.

With ``--check`` the SHA-1 of each rebuilt text is compared with the ``txt_sha1`` column, so a
rebuilt folder is known to be the one the gold annotation was made on (line and character
offsets in ``gold.tsv`` refer to these texts).

The header evaluation's own pages (``tests/annotation/headers_eval/pages.tsv``, see
``docs/headers-annotation.md``) are rebuilt the same way.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from pathlib import Path

SENTENCE_END = re.compile(r"[.?!][\"”’')\]]*(?=\s|$)")


def cut_last_line(line: str) -> str:
    """The line up to its last sentence end, or '' when it has none."""
    ends = list(SENTENCE_END.finditer(line))
    return line[: ends[-1].end()] if ends else ""


def article_text(excerpt: str) -> str:
    lines = [line.rstrip() for line in excerpt.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    if lines:
        lines[-1] = cut_last_line(lines[-1])
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def expected_sums(table: Path) -> dict[str, str]:
    with table.open(encoding="utf-8", newline="") as handle:
        return {row["page"]: row["txt_sha1"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("excerpts", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--check", type=Path, help="pages.tsv with a txt_sha1 column")
    args = parser.parse_args(argv)
    if not args.excerpts.is_dir():
        print(f"{args.excerpts}: not a folder", file=sys.stderr)
        return 2
    sums = expected_sums(args.check) if args.check else {}
    args.out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for source in sorted(args.excerpts.glob("*.txt")):
        text = article_text(source.read_text(encoding="utf-8"))
        (args.out / source.name).write_text(text, encoding="utf-8")
        want = sums.get(source.stem)
        if want and want != sha1(text):
            print(f"{source}: rebuilt text differs from the annotated one", file=sys.stderr)
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
