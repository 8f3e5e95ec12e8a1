"""Generate N ETOL-like article texts (and optionally their TEI) for benchmarks and corpora.

    python bench/generate.py --count 1000 --out DIR [--seed 1] [--encode]

Each text has the layout of an ETOL transcription (the seed article's): navigation lines,
masthead, author, title, subtitle, date line, "From The Militant, Vol. X No. Y,
D Month YYYY, pp. A & B.", credit, body paragraphs (sampled and shuffled from the seed),
an optional section head, an optional footnote, "Top of page", navigation, "Last updated
on ...". Titles, dates, volume and issue, pages, authors, transcribers and names in the
body vary. The same --seed gives the same files, byte for byte.

Files go to DIR/NNN/article-NNNNN.txt (100 a folder). --encode also writes
article-NNNNN.xml beside each text through tei.encode_file (with the <?xml-model?>
instructions, as `tei encode` writes them).
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "tei" / "data" / "seed" / "000_b59b1de90a8241b9.txt"
NBSP = "\u00a0"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
AUTHORS = ["T.T.", "Leon Trotsky", "James P. Cannon", "Max Shachtman", "Martin Abern",
           "Arne Swabeck", "Albert Glotzer", "Hugo Oehler", "Vincent R. Dunne", "Rose Karsner",
           "Maurice Spector", "Antoinette Konikow", "B.J. Field", "Tom O’Flaherty"]
TRANSCRIBERS = ["Einde O’Callaghan", "Daniel Gaido", "Sally Ryan", "Andy Blunden"]
PLACES = ["Moscow", "Leningrad", "Kharkov", "Minneapolis", "New York", "Chicago", "Berlin",
          "Paris", "Prinkipo", "Toronto"]
TITLE_NOUNS = ["Persecutions", "Arrests", "Repressions", "Crisis", "Strike", "Opposition",
               "Bureaucracy", "Exiles", "Congress", "Plenum", "Program", "Campaign", "Struggle"]
TITLE_ADJECTIVES = ["Stalinist", "New", "Soviet", "Left", "Russian", "German", "Mass",
                    "Latest", "Bureaucratic", "Coming", "Growing", "Workers’"]
SUBTITLES = ["Russian Left Opposition Forges Ahead in the Party",
             "Letter from Our Moscow Correspondent",
             "The Workers Answer the Bureaucracy",
             "What the Comintern Hides",
             "Reports from the Exiles",
             "The Party Tops Split Again"]
SECTION_HEADS = ["The Situation Among the Exiles", "In the Factories", "Among the Rights",
                 "The Peasant Question", "What Is to Be Done"]
#: names in the seed's paragraphs, swapped for others so that the register sees variety.
SEED_NAMES = ["Smirnov", "Preobrazhensky", "Kaganovich", "Rykov", "Tomsky", "Eismont",
              "Voroshilov", "Kalinin", "Bukharin", "Zinoviev", "Kamenev"]
OTHER_NAMES = ["Rakovsky", "Sosnovsky", "Muralov", "Radek", "Pyatakov", "Sapronov", "Smilga",
               "Kirov", "Molotov", "Ordzhonikidze", "Yagoda"]


def seed_parts(text: str) -> tuple[list[str], str]:
    """The seed's body paragraphs and its footnote text."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Transcribed")) + 1
    end = next(i for i, line in enumerate(lines) if line.strip() == "Footnote")
    body = [line.strip() for line in lines[start:end] if len(line.strip()) > 200]
    footnote = next(line for line in lines[end:] if line.startswith("1. "))
    return body, footnote[3:]


def vary_names(paragraph: str, rng: random.Random) -> str:
    swaps = dict(zip(SEED_NAMES, rng.sample(OTHER_NAMES, len(SEED_NAMES)))) if rng.random() < 0.5 else {}
    for old, new in swaps.items():
        paragraph = re.sub(rf"\b{old}\b", new, paragraph)
    return paragraph


def article(number: int, rng: random.Random, body: list[str], footnote: str) -> str:
    year = rng.randint(1928, 1940)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    written = MONTHS[(month - 2) % 12] if rng.random() < 0.7 else MONTHS[month - 1]
    volume, issue = ROMAN[min(year - 1928, len(ROMAN) - 1)], rng.randint(1, 52)
    first_page = rng.randint(1, 6)
    pages = (f"pp.{NBSP}{first_page}{NBSP}&{NBSP}{first_page + rng.randint(1, 3)}"
             if rng.random() < 0.6 else f"p.{NBSP}{first_page}")
    author = rng.choice(AUTHORS)
    title = f"{rng.choice(TITLE_ADJECTIVES)} {rng.choice(TITLE_NOUNS)}"
    if rng.random() < 0.3:
        title += f" in {rng.choice(PLACES)}"
    paragraphs = [vary_names(p, rng) for p in rng.sample(body, rng.randint(3, min(len(body), 18)))]
    place = rng.choice(PLACES)
    paragraphs[0] = f"{place}. – {paragraphs[0]}"
    with_note = rng.random() < 0.5
    if with_note:
        paragraphs[0] += " [1]"
    lines = [
        "Main NI Index | Main Newspaper Index", "",
        "Encyclopedia of Trotskyism | Marxists’ Internet Archive", "", "",
        f"The Militant, {day} {MONTHS[month - 1]} {year}", "",
        author, "",
        title, "",
    ]
    if rng.random() < 0.7:
        lines += [rng.choice(SUBTITLES), ""]
    lines += [f"({written} {year})", "", "",
              f"From The Militant, Vol. {volume} No. {issue}, {day} {MONTHS[month - 1]} {year}, {pages}.",
              f"Transcribed & marked up by {rng.choice(TRANSCRIBERS)} for ETOL.", "", NBSP, ""]
    section_at = rng.randint(2, len(paragraphs) - 1) if rng.random() < 0.4 and len(paragraphs) > 3 else None
    for index, paragraph in enumerate(paragraphs):
        if index == section_at:
            lines += [NBSP, "", rng.choice(SECTION_HEADS), ""]
        lines += [paragraph, ""]
    lines += [f"{written} {year}", NBSP, "", NBSP, author, "", "", ""]
    if with_note:
        lines += ["Footnote", "", f"1. {vary_names(footnote, rng)}", ""]
    updated = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2005, 2020)}"
    lines += [NBSP, "Top of page", "", "",
              "Main Militant Index | Main Newspaper Index", "",
              "Encyclopedia of Trotskyism | Marxists’ Internet Archive", "",
              f"Last updated on {updated}", ""]
    return "\n".join(lines)


def encode_to(path: Path) -> None:
    import tei
    from tei.build import schema_href_base, xml_model_pis
    from tei.writer.document import serialize

    result = tei.encode_file(path)
    pis = xml_model_pis(schema_href_base(path.parent))
    path.with_suffix(".xml").write_bytes(serialize(result.tree, pis))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--encode", action="store_true", help="also write the TEI of each article")
    options = parser.parse_args(argv)
    rng = random.Random(options.seed)
    body, footnote = seed_parts(SEED.read_text(encoding="utf-8"))
    failed = 0
    for number in range(options.count):
        path = options.out / f"{number // 100:03d}" / f"article-{number:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(number, rng, body, footnote), encoding="utf-8")
        if options.encode:
            try:
                encode_to(path)
            except Exception as error:  # noqa: BLE001 - report and go on: a benchmark corpus
                failed += 1
                print(f"{path}: not encoded: {error}", file=sys.stderr)
    print(f"wrote {options.count} articles to {options.out}" + (f" ({failed} not encoded)" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
