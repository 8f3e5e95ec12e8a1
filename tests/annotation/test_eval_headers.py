"""bench/eval_headers.py on invented data (no real page and no toolkit run in CI)."""
from __future__ import annotations

import ast
import csv
import hashlib
import sys
import textwrap
from pathlib import Path

import pytest

from .bench_loader import REPO, load_bench

ev = load_bench("eval_headers")


def invented_url(split: str, start: int = 0) -> str:
    """An invented archive address whose page id falls in the evaluation split ('eval') or not."""
    for number in range(start, start + 1000):
        url = f"https://www.marxists.org/archive/invented/1940/page{number}.htm"
        if (hashlib.sha1(url.encode()).hexdigest()[0] in "01234567") == (split == "eval"):
            return url
    raise AssertionError("no address found")


def gold_page(**fields) -> "ev.GoldPage":
    url = fields.pop("url", invented_url("eval"))
    values = {"page": ev.page_id(url), "url": url, "family": "letter", "periodical": "", "date": "",
              "title": "", "title_supplied_ok": "", "notes": ""}
    values.update(fields)
    return ev.GoldPage(**values)


# --- periodical ---------------------------------------------------------------------------------

def test_periodical_ignores_a_leading_the_case_and_punctuation():
    assert ev.periodical_right("Lamplighters’ Gazette", "The LAMPLIGHTERS' gazette")
    assert ev.periodical_right("Lamplighters Gazette", "the  Lamplighters   Gazette.")
    assert not ev.periodical_right("Lamplighters Gazette", "Lamplighters Review")
    assert not ev.periodical_right("Lamplighters Gazette", None)


def test_a_periodical_the_page_does_not_name_must_not_be_guessed():
    assert ev.periodical_right("", None)
    assert ev.periodical_right("", "")
    assert not ev.periodical_right("", "No. 12")


def test_periodical_alternatives():
    assert ev.periodical_right("Ward Bulletin|North Ward Bulletin", "The North Ward Bulletin")


# --- date ---------------------------------------------------------------------------------------

def test_a_day_or_a_month_needs_that_value_exactly():
    assert ev.date_right("1937-03-20", ("1937-03-20", "1937-03-20"))
    assert not ev.date_right("1937-03-20", ("1937-03", "1937-03"))
    assert ev.date_right("1937-03", ("1937-03", "1937-03"))
    assert not ev.date_right("1937-03", ("1937-03-01", "1937-03-01"))
    assert not ev.date_right("1937-03", ("1937", "1937"))


def test_a_year_or_season_accepts_the_year_or_a_span_inside_it():
    assert ev.date_right("1988", ("1988", "1988"))
    assert ev.date_right("1988", ("1988-09", "1988-11"))
    assert not ev.date_right("1988", ("1988-12", "1989-02"))
    assert not ev.date_right("1988", ("1987", "1987"))


def test_a_span_needs_both_ends():
    assert ev.date_right("1952-01/1952-02", ("1952-01", "1952-02"))
    assert not ev.date_right("1952-01/1952-02", ("1952-01", "1952-01"))
    assert not ev.date_right("1939-10-27/1939-10-31", ("1939-10-27", "1939-10-27"))


def test_an_empty_gold_date_needs_no_date_and_an_empty_alternative_accepts_none():
    assert ev.date_right("", None)
    assert not ev.date_right("", ("1940", "1940"))
    assert not ev.date_right("1940", None)
    assert ev.date_right("1937|", None)
    assert ev.date_right("1937|", ("1937", "1937"))
    assert ev.date_right("1932-07-20|1942-07-20", ("1942-07-20", "1942-07-20"))


def test_gold_dates_are_parsed_strictly():
    assert ev.parse_gold_date("1944") == ("1944", "1944")
    assert ev.parse_gold_date("1944-08/1944-09") == ("1944-08", "1944-09")
    assert ev.parse_gold_date("August 1944") is None
    assert ev.parse_gold_date("1944/1944-09") is None


# --- title --------------------------------------------------------------------------------------

def test_titles_compare_without_case_punctuation_or_spacing():
    assert ev.title_right("The Lamplighters’ Ballot", "", "the lamplighters' ballot", False)
    assert ev.title_right("Rota – And How to Fight It", "", "Rota - and how to fight it!", False)
    assert not ev.title_right("The Lamplighters’ Ballot", "", "Ada Pell", False)
    assert not ev.title_right("The Lamplighters’ Ballot", "", None, False)


def test_a_title_with_its_subtitle_is_right_only_when_the_gold_lists_it():
    assert ev.title_right("Night Rota|Night Rota: A Ward Story", "", "Night Rota – A Ward Story", False)
    assert not ev.title_right("Night Rota", "", "Night Rota – A Ward Story", False)


def test_an_empty_title_alternative_accepts_what_an_empty_gold_title_accepts():
    # docs/headers-annotation.md: "an empty alternative accepts 'none'"
    assert ev.title_right("Harbour Notes|", "", None, False)
    assert ev.title_right("Harbour Notes|", "", "Untitled", False)
    assert ev.title_right("Harbour Notes|", "", "Harbour Notes", False)
    assert not ev.title_right("Harbour Notes|", "", "Something Else", False)
    assert not ev.title_right("Harbour Notes", "", None, False)
    # with supplied forms: a supplied title containing one of them, or the named title
    assert ev.title_right("|To Akim", "Akim|To Akim", "Letter to Akim", True)
    assert ev.title_right("|To Akim", "Akim|To Akim", "To Akim", False)
    assert not ev.title_right("|To Akim", "Akim|To Akim", "Letter to Akim", False)


def test_a_page_without_a_title_line_and_nothing_more_is_untitled():
    assert ev.title_right("", "", None, False)
    assert ev.title_right("", "", "Untitled", False)
    assert not ev.title_right("", "", "Dear Comrades,", False)


def test_a_supplied_title_must_be_marked_and_contain_an_accepted_form():
    assert ev.title_right("", "Letter to the Ward Board", "Letter to the Ward Board, North Ward", True)
    assert not ev.title_right("", "Letter to the Ward Board", "Letter to the Ward Board", False)
    assert not ev.title_right("", "Letter to the Ward Board", "Dear Comrades", True)
    assert not ev.title_right("", "Letter to the Ward Board", "Untitled", True)


# --- reading the header -------------------------------------------------------------------------

def tei(header: str) -> bytes:
    return textwrap.dedent(f"""\
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>{header}</fileDesc></teiHeader>
        <text><body><p>x</p></body></text></TEI>""").encode()


def test_the_printed_source_is_read_not_the_digital_one():
    facts = ev.header_facts(tei("""
        <titleStmt><title type="main">The Lamplighters’ Ballot</title></titleStmt>
        <sourceDesc>
          <bibl type="digital"><title level="j">Archive Journal</title><date when="2009"/></bibl>
          <bibl type="printed"><title level="a">The Lamplighters’ Ballot</title>
            <title level="j">The Ward Bulletin</title><date when="1937-03-20">20 March 1937</date></bibl>
        </sourceDesc>"""))
    assert facts == ev.HeaderFacts("The Ward Bulletin", ("1937-03-20", "1937-03-20"), "The Lamplighters’ Ballot", False)


def test_without_a_printed_bibl_the_first_non_digital_bibl_is_the_source_and_spans_are_read():
    facts = ev.header_facts(tei("""
        <titleStmt><title type="supplied">Letter to the Ward Board</title></titleStmt>
        <sourceDesc><bibl><title level="j">Ward Bulletin</title><date from="1939-10-27" to="1939-10-31"/></bibl>
          <bibl type="digital"/></sourceDesc>"""))
    assert facts.periodical == "Ward Bulletin"
    assert facts.date == ("1939-10-27", "1939-10-31")
    assert facts.title == "Letter to the Ward Board" and facts.title_supplied


def test_a_printed_biblstruct_is_read_and_its_issues_make_a_span():
    facts = ev.header_facts(tei("""
        <titleStmt><title type="main">The Lamplighters’ Ballot</title></titleStmt>
        <sourceDesc>
          <biblStruct type="printed"><analytic><title level="a">The Lamplighters’ Ballot</title></analytic>
            <monogr><title level="j">The Ward Bulletin</title><imprint><date when="1937-03-20"/></imprint></monogr>
            <monogr><title level="j">The Ward Bulletin</title><imprint><date when="1937-03-27"/></imprint></monogr>
          </biblStruct>
          <bibl type="digital"><date when="2009"/></bibl>
        </sourceDesc>"""))
    assert facts == ev.HeaderFacts("The Ward Bulletin", ("1937-03-20", "1937-03-27"), "The Lamplighters’ Ballot", False)


def test_a_printed_biblstruct_without_a_periodical_names_none():
    facts = ev.header_facts(tei("""
        <titleStmt><title type="main">A Pamphlet</title></titleStmt>
        <sourceDesc><biblStruct type="printed"><monogr><imprint><date>date unknown</date></imprint></monogr></biblStruct>
        </sourceDesc>"""))
    assert (facts.periodical, facts.date) == (None, None)


def test_a_header_without_source_or_title_has_no_facts():
    facts = ev.header_facts(tei("<titleStmt/><sourceDesc><bibl type='digital'/></sourceDesc>"))
    assert facts == ev.HeaderFacts(None, None, None, False)


def test_an_entity_in_the_output_is_not_expanded():
    xml = b'<!DOCTYPE TEI [<!ENTITY e "EXPANDED">]>' + tei("<titleStmt><title type='main'>&e;</title></titleStmt>")
    assert "EXPANDED" not in (ev.header_facts(xml).title or "")


# --- the gold file ------------------------------------------------------------------------------

def write_gold(path: Path, rows: list["ev.GoldPage"]) -> Path:
    lines = ["\t".join(ev.GOLD_COLUMNS)]
    lines += ["\t".join(getattr(row, column) for column in ev.GOLD_COLUMNS) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_gold_rows_outside_the_evaluation_split_or_malformed_are_refused(tmp_path):
    good = gold_page(periodical="Ward Bulletin", date="1937-03-20")
    assert ev.read_gold(write_gold(tmp_path / "g.tsv", [good])) == [good]
    dev_url = invented_url("dev")
    bad_rows = [
        gold_page(url=dev_url),
        good.__class__(**{**good.__dict__, "page": "0" * 16}),
        gold_page(family="pamphlet"),
        gold_page(date="March 1937"),
    ]
    for bad in bad_rows:
        with pytest.raises(ev.UsageError):
            ev.read_gold(write_gold(tmp_path / "bad.tsv", [bad]))


def test_a_development_gold_takes_only_pages_outside_the_evaluation_split(tmp_path):
    dev = gold_page(url=invented_url("dev"))
    assert ev.read_gold(write_gold(tmp_path / "dev.tsv", [dev]), "dev") == [dev]
    with pytest.raises(ev.UsageError, match="inside the evaluation split"):
        ev.read_gold(write_gold(tmp_path / "eval.tsv", [gold_page()]), "dev")


def test_the_committed_development_gold_is_well_formed_and_outside_the_evaluation_split():
    folder = ev.REPO / "tests" / "annotation" / "headers_dev"
    rows = ev.read_gold(folder / "gold.tsv", "dev") + ev.read_gold(folder / "gold_holdout.tsv", "dev")
    assert len({row.page for row in rows}) == len(rows) >= 10


#: the development rounds after the second, in order: (gold, its pages table, at least so many pages)
LATER_ROUNDS = [("gold3.tsv", "pages3.tsv", 20), ("gold4.tsv", "pages4.tsv", 17), ("gold5.tsv", "pages5.tsv", 15),
               ("gold6.tsv", "pages6.tsv", 12), ("gold7.tsv", "pages7.tsv", 12),
               ("gold8.tsv", "pages8.tsv", 13), ("gold9.tsv", "pages9.tsv", 13), ("gold10.tsv", "pages10.tsv", 7)]


@pytest.mark.parametrize("round_", range(len(LATER_ROUNDS)), ids=[gold for gold, _, _ in LATER_ROUNDS])
def test_a_later_development_gold_names_only_fresh_pages_listed_in_its_pages_table(round_):
    folder = ev.REPO / "tests" / "annotation" / "headers_dev"
    gold, pages, at_least = LATER_ROUNDS[round_]
    earlier = set()
    for name in ("gold.tsv", "gold_holdout.tsv", "gold2.tsv", "gold2_holdout.tsv") + tuple(g for g, _, _ in LATER_ROUNDS[:round_]):
        earlier |= {row.page for row in ev.read_gold(folder / name, "dev")}
    rows = ev.read_gold(folder / gold, "dev")
    with (folder / pages).open(encoding="utf-8", newline="") as handle:
        listed = {row["page"]: row for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)}
    assert len({row.page for row in rows}) == len(rows) >= at_least
    assert not {row.page for row in rows} & earlier
    assert {row.page for row in rows} == set(listed)
    assert all(listed[row.page]["url"] == row.url and len(listed[row.page]["txt_sha1"]) == 40 for row in rows)


def test_the_committed_gold_is_well_formed_and_in_the_evaluation_split():
    rows = ev.read_gold(ev.DEFAULT_GOLD)
    assert len(rows) >= 50
    assert len({row.page for row in rows}) == len(rows)
    assert {row.family for row in rows} >= {"etol-newspaper", "etol-journal", "mia-writer-archive", "letter"}


#: the held-out evaluation sets gathered after the first, in order: (name, at least so many pages)
HELD_OUT = [("heldout3", 20), ("heldout4", 13), ("heldout5", 9), ("heldout6", 13), ("heldout7", 24), ("heldout8", 23), ("heldout9", 8), ("heldout10", 16), ("heldout11", 17), ("heldout12", 21), ("heldout13", 21)]


@pytest.mark.parametrize("round_", range(len(HELD_OUT)), ids=[name for name, _ in HELD_OUT])
def test_a_held_out_gold_names_only_fresh_evaluation_pages_listed_in_its_pages_table(round_):
    folder = ev.REPO / "tests" / "annotation" / "headers_eval"
    name, at_least = HELD_OUT[round_]
    earlier = {row.page for row in ev.read_gold(folder / "gold.tsv")}
    for earlier_name, _ in HELD_OUT[:round_]:
        earlier |= {row.page for row in ev.read_gold(folder / f"{earlier_name}-gold.tsv")}
    rows = ev.read_gold(folder / f"{name}-gold.tsv")
    with (folder / f"{name}-pages.tsv").open(encoding="utf-8", newline="") as handle:
        listed = {row["page"]: row for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)}
    assert len({row.page for row in rows}) == len(rows) >= at_least
    assert not {row.page for row in rows} & earlier
    assert {row.page for row in rows} == set(listed)
    assert all(listed[row.page]["url"] == row.url and len(listed[row.page]["txt_sha1"]) == 40 for row in rows)


# --- scoring with a stand-in toolkit --------------------------------------------------------------

FAKE_TEI = """
import csv
import json
import sys
from pathlib import Path
args = sys.argv[1:]
if args[0] == "encode":
    text = Path(args[1]).read_text(encoding="utf-8")
    if text.startswith("REFUSE"):
        print("tei: not an article", file=sys.stderr)
        sys.exit(1)
    Path(args[args.index("-o") + 1]).write_text(text, encoding="utf-8")
    sys.exit(0)
if args[0] == "validate":
    schema = "--schema" in args
    files = [name for name in args[1:] if name.endswith(".xml")]
    marker = "NOT-TEI-ALL" if schema else "INVALID"
    report = {"files": [{"file": name, "valid": marker not in Path(name).read_text(encoding="utf-8"),
                         "findings": [{"code": "TEI-X001", "message": "element 'x' not allowed here"}]}
                        for name in files]}
    print(json.dumps(report))
    sys.exit(1 if any(not entry["valid"] for entry in report["files"]) else 0)
"""


def fake_toolkit(tmp_path: Path) -> list[str]:
    script = tmp_path / "fake_tei.py"
    script.write_text(FAKE_TEI, encoding="utf-8")
    return [sys.executable, str(script)]


def test_score_pages_counts_refusals_invalid_outputs_and_facts(tmp_path):
    toolkit = fake_toolkit(tmp_path)
    schema = tmp_path / "tei_all.rng"
    schema.write_text("<grammar/>", encoding="utf-8")
    right = gold_page(periodical="Ward Bulletin", date="1937-03-20", title="The Lamplighters’ Ballot")
    pages = {
        "right": tei("""<titleStmt><title type="main">The Lamplighters' Ballot</title></titleStmt>
            <sourceDesc><bibl type="printed"><title level="j">The Ward Bulletin</title>
            <date when="1937-03-20"/></bibl></sourceDesc>""").decode(),
        "refused": "REFUSE me",
        "invalid": tei("<titleStmt><title type='main'>INVALID</title></titleStmt>").decode(),
        "not-tei-all": tei("<titleStmt><title type='main'>NOT-TEI-ALL</title></titleStmt>").decode(),
    }
    rows = []
    for name, text in pages.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        rows.append((right.__class__(**{**right.__dict__, "page": name}), path))
    out = tmp_path / "out"
    out.mkdir()
    results = {result.gold.page: result for result in ev.score_pages(toolkit, rows, out, schema)}

    ok = results["right"]
    assert not ok.refused and ok.periodical_date_right and ok.title_right
    assert not ok.invalid and not ok.invalid_tei_all
    assert results["refused"].refused == "tei: not an article"
    assert not results["refused"].periodical_date_right and not results["refused"].title_right
    assert results["invalid"].invalid == "TEI-X001 element 'x' not allowed here"
    assert not results["invalid"].invalid_tei_all
    assert results["not-tei-all"].invalid_tei_all and not results["not-tei-all"].invalid
    assert not results["invalid"].title_right and not results["invalid"].periodical_date_right


def test_a_toolkit_whose_validate_gives_no_report_is_a_usage_error(tmp_path):
    broken = tmp_path / "broken.py"
    broken.write_text("import sys; print('nothing'); sys.exit(0)", encoding="utf-8")
    out = tmp_path / "x.xml"
    out.write_text("<x/>", encoding="utf-8")
    with pytest.raises(ev.UsageError):
        ev.validate_outputs([sys.executable, str(broken)], [out], None)


def test_tally_per_family_and_the_issue_thresholds():
    def result(family, pd, title, refused=""):
        facts = ev.HeaderFacts("Ward Bulletin" if pd else "Other", ("1937", "1937"), "T" if title else "X", False)
        return ev.PageResult(gold_page(family=family, periodical="Ward Bulletin", date="1937", title="T"),
                             refused=refused, facts=None if refused else facts)

    results = [result("letter", True, True), result("letter", True, False), result("other", False, True, "no")]
    tallies = ev.tally(results, tei_all=False)
    assert list(tallies) == ["letter", "other", "total"]
    assert (tallies["letter"].pages, tallies["letter"].periodical_date, tallies["letter"].title) == (2, 2, 1)
    # the refused page counts wrong on both facts, whatever it would have been
    assert (tallies["total"].refused, tallies["total"].periodical_date, tallies["total"].title) == (1, 2, 1)
    assert not ev.passes(tallies["total"])
    assert ev.passes(ev.tally([result("letter", True, True)] * 3, tei_all=False)["total"])


def test_the_scorer_shares_no_code_with_the_toolkit():
    tree = ast.parse((REPO / "bench" / "eval_headers.py").read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.module}
    assert "tei" not in imported


# --- several gold files as one collection; figures only ------------------------------------------

def test_several_gold_files_score_as_one_collection_and_summary_hides_each_pages_failures(tmp_path, capsys):
    folder = tmp_path / "pages"
    folder.mkdir()
    first = gold_page(url=invented_url("eval", 0), periodical="Ward Bulletin", date="1937-03-20", title="Ballot")
    second = gold_page(url=invented_url("eval", first_number(first) + 1), periodical="Ward Bulletin",
                       date="1937-03-20", title="Another Title")
    page = tei("""<titleStmt><title type="main">Ballot</title></titleStmt>
        <sourceDesc><bibl type="printed"><title level="j">Ward Bulletin</title><date when="1937-03-20"/></bibl></sourceDesc>""")
    for row in (first, second):
        (folder / f"{row.page}.txt").write_bytes(page)
    golds = [write_gold(tmp_path / "a.tsv", [first]), write_gold(tmp_path / "b.tsv", [second])]
    toolkit = " ".join(fake_toolkit(tmp_path))
    common = [str(folder), "--tei", toolkit, "--tei-all", str(tmp_path / "none.rng")]
    (tmp_path / "none.rng").write_text("<grammar/>", encoding="utf-8")

    assert ev.main([*common, "--gold", str(golds[0]), "--gold", str(golds[1])]) == 0
    shown = capsys.readouterr().out
    assert "total                    2" in shown and "2/2 (100.0%)" in shown and "1/2 (50.0%)" in shown
    assert f"{second.page} [letter]: title" in shown          # the wrong fact is named ...

    assert ev.main([*common, "--gold", str(golds[0]), "--gold", str(golds[1]), "--summary"]) == 0
    summary = capsys.readouterr().out
    assert "1/2 (50.0%)" in summary and second.page not in summary   # ... but not with --summary

    assert ev.main([*common, "--gold", str(golds[0]), "--gold", str(golds[0])]) == 2   # a set given twice


def first_number(row) -> int:
    return int(row.url.rsplit("page", 1)[1].split(".")[0])
