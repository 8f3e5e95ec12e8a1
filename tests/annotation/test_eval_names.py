"""bench/eval_names.py and bench/names_eval_pages.py on invented data (no real page in CI)."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from .bench_loader import load_bench

ev = load_bench("eval_names")
pages = load_bench("names_eval_pages")


def invented_url(split: str) -> str:
    """An invented ETOL address whose page id falls in the evaluation split ('eval') or not."""
    for number in range(1000):
        url = f"https://www.marxists.org/history/etol/invented/page{number}.htm"
        digit = hashlib.sha1(url.encode()).hexdigest()[0]
        if (digit in "01234567") == (split == "eval"):
            return url
    raise AssertionError("no address found")


def gold(kind, text, line, start=0, referent=None, optional=False, page="p1"):
    return ev.GoldMention(page=page, url="u", line=line, start=start, end=start + len(text), kind=kind,
                          text=text, referent=referent or text, optional=optional)


def found(kind, text, order, ref=None, cert=None, page="p1"):
    return ev.SystemMention(page=page, order=order, kind=kind, text=text, ref=ref, cert=cert)


def test_counts_are_multisets_with_optional_mentions_neither_rewarded_nor_penalised():
    golds = [
        gold("person", "Ada Pell", 3), gold("person", "Ada Pell", 5),
        gold("place", "Ohio", 7, optional=True),
        gold("org", "Lamplighters Union", 9),
    ]
    system = [
        found("person", "Ada Pell", 1), found("person", "Ada Pell", 2), found("person", "Ada Pell", 3),
        found("place", "Ohio", 4),
        found("org", "Lamplighters", 5),
        found("place", "Ada Pell", 6),  # right span, wrong kind
    ]
    result = ev.score(golds, system)
    person, place, org = (result.by_kind[kind] for kind in ("person", "place", "org"))
    assert (person.tp, person.fp, person.fn) == (2, 1, 0)
    assert (place.tp, place.fp, place.fn, place.ignored) == (0, 1, 0, 1)
    assert (org.tp, org.fp, org.fn) == (0, 1, 1)
    assert person.precision == pytest.approx(2 / 3) and person.recall == 1.0
    everything = ev.total(result.by_kind)
    assert (everything.tp, everything.fp, everything.fn) == (2, 3, 1)
    assert [result.statuses[m] for m in system[:3]] == ["tp", "tp", "fp"]
    assert result.statuses[system[3]] == "ignored"


def test_an_optional_mention_absorbs_only_as_many_system_mentions_as_it_counts():
    result = ev.score([gold("place", "Ohio", 1, optional=True)], [found("place", "Ohio", 1), found("place", "Ohio", 2)])
    assert (result.by_kind["place"].ignored, result.by_kind["place"].fp) == (1, 1)


def test_mentions_are_paired_in_reading_order_within_a_page_and_not_across_pages():
    golds = [gold("person", "Voss", 9, referent="B"), gold("person", "Voss", 2, referent="A"),
             gold("person", "Voss", 1, page="p2")]
    system = [found("person", "Voss", 5), found("person", "Voss", 1)]
    result = ev.score(golds, system)
    assert [(s.order, g.referent) for s, g in result.pairs] == [(1, "A"), (5, "B")]
    assert result.by_kind["person"].fn == 1


def test_linking_right_when_one_referent_has_one_entry_and_different_referents_different_entries():
    golds = [gold("person", "Harlan Voss", 1, referent="Harlan Voss"),
             gold("person", "Voss", 2, referent="Harlan Voss"),
             gold("person", "Pell", 3, referent="Ada Pell"),
             gold("person", "Brandt", 4, referent="Oskar Brandt"),
             gold("person", "Moll", 5, referent="Ida Moll")]
    system = [found("person", "Harlan Voss", 1, ref="#pers-voss"),
              found("person", "Voss", 2, ref="#pers-voss"),
              found("person", "Pell", 3, ref="#pers-pell"),
              found("person", "Brandt", 4, ref="#pers-moll"),  # two referents share one entry
              found("person", "Moll", 5, ref="#pers-moll"),
              found("person", "Voss", 6, ref="#pers-voss")]  # unmatched: not judged
    right, linked, unlinked = ev.linking(ev.score(golds, system).pairs)
    assert (right, linked, unlinked) == (3, 5, 0)


def test_linking_splits_one_referent_over_two_entries_and_counts_unlinked_apart():
    golds = [gold("person", "Harlan Voss", 1, referent="Harlan Voss"), gold("person", "Voss", 2, referent="Harlan Voss"),
             gold("person", "Pell", 3, referent="Ada Pell")]
    system = [found("person", "Harlan Voss", 1, ref="#pers-voss-h"), found("person", "Voss", 2, ref="#pers-voss"),
              found("person", "Pell", 3)]
    assert ev.linking(ev.score(golds, system).pairs) == (0, 2, 1)


def test_linking_is_judged_page_by_page():
    golds = [gold("person", "Voss", 1, referent="Harlan Voss", page="p1"),
             gold("person", "Voss", 1, referent="Jan Voss", page="p2")]
    system = [found("person", "Voss", 1, ref="#pers-voss", page="p1"),
              found("person", "Voss", 1, ref="#pers-voss", page="p2")]
    assert ev.linking(ev.score(golds, system).pairs) == (2, 2, 0)


def test_precision_per_certainty_level_leaves_ignored_mentions_out():
    golds = [gold("person", "Ada Pell", 1), gold("place", "Ohio", 2, optional=True)]
    system = [found("person", "Ada Pell", 1, cert="high"), found("person", "Mill", 2, cert="high"),
              found("place", "Ohio", 3, cert="low"), found("org", "Union", 4, cert="low"),
              found("person", "Voss", 5)]
    levels = ev.certainty(ev.score(golds, system).statuses)
    assert (levels["high"].tp, levels["high"].fp) == (1, 1)
    assert (levels["low"].tp, levels["low"].fp) == (0, 1)
    assert set(levels) == {"high", "low"}


INVENTED_TEI = b"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
<title>T</title><author><persName>Ada Pell</persName></author></titleStmt></fileDesc></teiHeader>
<text><body><div><head>News from <placeName ref="#place-ohio">Ohio</placeName></head>
<p>Comrade <persName ref="#pers-voss" cert="high">Harlan
  Voss</persName> of the <orgName ref="#org-lu" cert="low">Lamplighters Union of
<placeName>Ohio</placeName></orgName> wrote in <title level="j" ref="#journal-lamp">The Lamp</title>
about <title level="m">The Road</title>.</p></div></body></text>
<standOff><listPerson><person xml:id="pers-voss"><persName>Harlan Voss</persName></person></listPerson></standOff></TEI>"""


def test_mentions_are_read_inside_text_only_with_periodicals_as_organisations():
    mentions = ev.mentions_in_tei("p1", INVENTED_TEI)
    assert [(m.kind, m.text, m.ref, m.cert) for m in mentions] == [
        ("place", "Ohio", "#place-ohio", None),
        ("person", "Harlan Voss", "#pers-voss", "high"),
        ("org", "Lamplighters Union of Ohio", "#org-lu", "low"),
        ("place", "Ohio", None, None),
        ("org", "The Lamp", "#journal-lamp", None),
    ]
    assert [m.order for m in mentions] == sorted(m.order for m in mentions)


def write_gold(path: Path, url: str, rows: list[tuple]) -> None:
    lines = ["page\turl\tline\tstart\tend\tkind\ttext\treferent\toptional"]
    for line, start, kind, text, optional in rows:
        lines.append(f"{ev.page_id(url)}\t{url}\t{line}\t{start}\t{start + len(text)}\t{kind}\t{text}\t{text}\t{optional}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_gold_outside_the_evaluation_split_is_refused(tmp_path):
    path = tmp_path / "gold.tsv"
    write_gold(path, invented_url("development"), [(1, 0, "person", "Ada", "no")])
    with pytest.raises(ev.UsageError, match="evaluation split"):
        ev.load_gold(path)


def test_development_gold_is_read_only_with_the_dev_split(tmp_path):
    path = tmp_path / "gold.tsv"
    write_gold(path, invented_url("development"), [(1, 0, "person", "Ada", "no")])
    assert [mention.text for mention in ev.load_gold(path, "dev")] == ["Ada"]
    write_gold(path, invented_url("eval"), [(1, 0, "person", "Ada", "no")])
    with pytest.raises(ev.UsageError, match="development split"):
        ev.load_gold(path, "dev")


def test_gold_row_with_a_wrong_page_id_or_kind_is_refused(tmp_path):
    path = tmp_path / "gold.tsv"
    url = invented_url("eval")
    write_gold(path, url, [(1, 0, "animal", "Ada", "no")])
    with pytest.raises(ev.UsageError, match="expected one of: person, place, org"):
        ev.load_gold(path)
    path.write_text(path.read_text().replace(ev.page_id(url), "0" * 16).replace("animal", "person"))
    with pytest.raises(ev.UsageError, match="not the SHA-1 prefix"):
        ev.load_gold(path)


INVENTED_PAGE = """Main Militant Index | Main Newspaper Index

Encyclopedia of Trotskyism | Marxists’ Internet Archive


The Militant, 3 May 1941


Ada Pell

The Lamplighters’ Ballot


From The Militant, Vol. V No. 18, 3 May 1941, p. 2.
Transcribed & marked up by Einde O’Callaghan for ETOL.


The lamplighters of the north ward voted against the new rota; Stalin was not consulted.

Harlan Voss spoke for the Lamplighters Union of Ohio.
"""


def test_the_scorer_encodes_pages_with_the_toolkit_and_reports_each_kind(tmp_path, capsys):
    url = invented_url("eval")
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / f"{ev.page_id(url)}.txt").write_text(INVENTED_PAGE, encoding="utf-8")
    lines = INVENTED_PAGE.split("\n")
    stalin = next(i for i, line in enumerate(lines) if "Stalin" in line)
    voss = next(i for i, line in enumerate(lines) if "Harlan Voss" in line)
    write_gold(tmp_path / "gold.tsv", url, [
        (stalin + 1, lines[stalin].index("Stalin"), "person", "Stalin", "no"),
        (voss + 1, 0, "person", "Harlan Voss", "no"),
        (voss + 1, lines[voss].index("Lamplighters Union of Ohio"), "org", "Lamplighters Union of Ohio", "no"),
        (voss + 1, lines[voss].index("Ohio"), "place", "Ohio", "yes"),
    ])
    status = ev.main([str(folder), "--gold", str(tmp_path / "gold.tsv"), "--names", "all"])
    out = capsys.readouterr().out
    assert status == 0
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.split() and line.split()[0] in ev.KINDS}
    assert set(rows) == set(ev.KINDS)
    assert int(rows["person"][1]) + int(rows["person"][3]) == 2  # TP + FN = the required persons
    assert "pages: 1 of 1 encoded" in out


def test_several_sets_score_as_one_collection(tmp_path, capsys):
    """Two golds and two page folders given together count the mentions of both."""
    urls = [f"https://www.marxists.org/history/etol/invented/set{n}.htm" for n in range(200)]
    urls = [url for url in urls if ev.page_id(url)[0] in "01234567"][:2]
    lines = INVENTED_PAGE.split("\n")
    stalin = next(i for i, line in enumerate(lines) if "Stalin" in line)
    for number, url in enumerate(urls):
        folder = tmp_path / f"pages{number}"
        folder.mkdir()
        (folder / f"{ev.page_id(url)}.txt").write_text(INVENTED_PAGE, encoding="utf-8")
        write_gold(tmp_path / f"gold{number}.tsv", url, [(stalin + 1, lines[stalin].index("Stalin"), "person", "Stalin", "no")])
    status = ev.main([str(tmp_path / "pages0"), str(tmp_path / "pages1"), "--gold", str(tmp_path / "gold0.tsv"),
                      "--gold", str(tmp_path / "gold1.tsv"), "--names", "all"])
    out = capsys.readouterr().out
    assert status == 0 and "pages: 2 of 2 encoded" in out
    person = next(line.split() for line in out.splitlines() if line.startswith("person"))
    assert int(person[1]) + int(person[3]) == 2  # one required person on each page


def test_the_scorer_refuses_page_texts_that_are_not_the_annotated_ones(tmp_path, capsys):
    url = invented_url("eval")
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / f"{ev.page_id(url)}.txt").write_text("Another text\n", encoding="utf-8")
    write_gold(tmp_path / "gold.tsv", url, [(1, 0, "person", "Ada Pell", "no")])
    assert ev.main([str(folder), "--gold", str(tmp_path / "gold.tsv")]) == 2
    assert "not the annotated ones" in capsys.readouterr().err


@pytest.mark.parametrize(("excerpt", "expected"), [
    ("Title\n\nFirst line.\nSecond sentence. Cut in the mid", "Title\n\nFirst line.\nSecond sentence.\n"),
    ("Title\n \nA line that ends “well.” And then half", "Title\n\nA line that ends “well.”\n"),
    ("Title\n\nno sentence end here at al", "Title\n"),
    ("Title\r\n\r\nDone.  \n\n", "Title\n\nDone.\n"),
])
def test_rebuilt_pages_end_at_the_last_sentence_end_of_the_stored_copy(excerpt, expected):
    assert pages.article_text(excerpt) == expected


# --- the committed gold files -----------------------------------------------------------------------

ANNOTATION = Path(__file__).resolve().parent
#: (gold, its pages table, split, at least so many mentions) in the order they were made
COMMITTED = [
    ("names_eval/gold.tsv", "names_eval/pages.tsv", "eval", 400),
    ("names_dev/gold-89ab.tsv", "names_dev/pages-89ab.tsv", "dev", 100),
    ("names_dev/gold-cdef.tsv", "names_dev/pages-cdef.tsv", "dev", 100),
    ("names_dev/gold-fresh.tsv", "names_dev/pages-fresh.tsv", "dev", 100),
    ("names_dev/gold-cert.tsv", "names_dev/pages-cert.tsv", "dev", 200),
    ("names_dev/gold-recall.tsv", "names_dev/pages-recall.tsv", "dev", 150),
    ("names_dev/gold-high.tsv", "names_dev/pages-high.tsv", "dev", 70),
    ("names_eval/heldout2-gold.tsv", "names_eval/heldout2-pages.tsv", "eval", 250),
    ("names_dev/gold-cal.tsv", "names_dev/pages-cal.tsv", "dev", 480),
    ("names_eval/heldout3-gold.tsv", "names_eval/heldout3-pages.tsv", "eval", 300),
    ("names_dev/gold-cal2.tsv", "names_dev/pages-cal2.tsv", "dev", 400),
    ("names_eval/heldout4-gold.tsv", "names_eval/heldout4-pages.tsv", "eval", 320),
    ("names_dev/gold-cal3.tsv", "names_dev/pages-cal3.tsv", "dev", 650),
    ("names_eval/heldout5-gold.tsv", "names_eval/heldout5-pages.tsv", "eval", 260),
]


@pytest.mark.parametrize("index", range(len(COMMITTED)), ids=[gold for gold, *_ in COMMITTED])
def test_a_committed_gold_is_in_its_split_on_fresh_pages_listed_in_its_pages_table(index):
    import csv

    gold_name, pages_name, split, at_least = COMMITTED[index]
    mentions = ev.load_gold(ANNOTATION / gold_name, split)
    with (ANNOTATION / pages_name).open(encoding="utf-8", newline="") as handle:
        listed = {row["page"]: row for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)}
    assert len(mentions) >= at_least
    assert {mention.page for mention in mentions} <= set(listed)
    assert all(len(row["txt_sha1"]) == 40 and ev.page_id(row["url"]) == page for page, row in listed.items())
    earlier = set()
    for earlier_gold, *_ in COMMITTED[:index]:
        earlier |= {mention.page for mention in ev.load_gold(ANNOTATION / earlier_gold, "eval" if "eval" in earlier_gold else "dev")}
    assert not set(listed) & earlier
