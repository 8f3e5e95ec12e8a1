"""bench/names_agreement.py on two invented annotations of invented pages."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from .bench_loader import load_bench

HEADER = "page\turl\tline\tstart\tend\tkind\ttext\treferent\toptional\n"

agreement = load_bench("names_agreement")


def write(path: Path, rows: list[tuple]) -> Path:
    """rows: (page, line, start, text, kind, optional); end is start + len(text)."""
    body = "".join(f"{page}\thttps://example.org/{page}\t{line}\t{start}\t{start + len(text)}\t{kind}\t{text}\t{text}\t{opt}\n"
                   for page, line, start, text, kind, opt in rows)
    path.write_text(HEADER + body, encoding="utf-8")
    return path


FIRST = [
    ("pA", 3, 0, "Harlan Voss", "person", "no"),      # agreed
    ("pA", 5, 10, "Ohio", "place", "no"),             # agreed
    ("pA", 5, 30, "Lamplighters Union", "org", "no"),  # second: place on the same span -> kind
    ("pA", 7, 4, "Ada Pell", "person", "no"),         # second: "Pell" -> boundary
    ("pA", 9, 0, "Voss", "person", "no"),             # missed by second -> first only
    ("pA", 11, 2, "the Party", "org", "yes"),         # optional in first: left out
    ("pB", 2, 0, "Columbus", "place", "no"),          # agreed
    ("pZ", 1, 0, "Mira Holt", "person", "no"),        # page only in first: not compared
]
SECOND = [
    ("pA", 3, 0, "Harlan Voss", "person", "no"),
    ("pA", 5, 10, "Ohio", "place", "no"),
    ("pA", 5, 30, "Lamplighters Union", "place", "no"),
    ("pA", 7, 8, "Pell", "person", "no"),
    ("pA", 11, 2, "the Party", "org", "no"),          # optional in the other file: left out too
    ("pA", 13, 0, "The Lamplighter", "org", "no"),    # second only
    ("pB", 2, 0, "Columbus", "place", "no"),
    ("pB", 4, 0, "Ferrous Metals", "org", "yes"),     # optional: left out
]


@pytest.fixture
def files(tmp_path):
    return write(tmp_path / "first.tsv", FIRST), write(tmp_path / "second.tsv", SECOND)


def test_figures_per_kind_count_exact_spans_of_compared_items(files):
    comparison = agreement.compare(*map(agreement.read_annotation, files))
    table = {f.kind: (f.first, f.second, f.both) for f in agreement.figures(comparison)}
    assert table == {"person": (3, 2, 1), "place": (2, 3, 2), "org": (1, 1, 0), "all": (6, 6, 3)}
    by_kind = {f.kind: f for f in agreement.figures(comparison)}
    assert by_kind["person"].precision == pytest.approx(1 / 2)
    assert by_kind["person"].recall == pytest.approx(1 / 3)
    assert by_kind["person"].f1 == pytest.approx(2 * (1 / 2) * (1 / 3) / (1 / 2 + 1 / 3))
    assert by_kind["org"].f1 == 0.0
    assert comparison.shared_pages == {"pA", "pB"}
    assert (comparison.pages_first_only, comparison.pages_second_only) == (1, 0)


def test_disagreements_are_paired_by_span_and_labelled(files):
    comparison = agreement.compare(*map(agreement.read_annotation, files))
    found = [(d.label, d.first and d.first.text, d.second and d.second.text)
             for d in agreement.disagreements(comparison)]
    assert found == [
        ("kind", "Lamplighters Union", "Lamplighters Union"),
        ("boundary", "Ada Pell", "Pell"),
        ("first only", "Voss", None),
        ("second only", None, "The Lamplighter"),
    ]


def test_no_items_of_a_kind_prints_a_dash_not_a_division_by_zero(tmp_path):
    first = write(tmp_path / "a.tsv", [("p", 1, 0, "Voss", "person", "no")])
    second = write(tmp_path / "b.tsv", [("p", 1, 0, "Voss", "person", "no")])
    out = io.StringIO()
    assert agreement.main([str(first), str(second)], out=out) == 0
    place = next(line for line in out.getvalue().splitlines() if line.startswith("place"))
    assert place.split()[-3:] == ["-", "-", "-"]
    person = next(line for line in out.getvalue().splitlines() if line.startswith("person"))
    assert person.split()[-3:] == ["1.000", "1.000", "1.000"]
    assert "disagreements: 0" in out.getvalue()


def test_command_prints_table_and_disagreements(files):
    out = io.StringIO()
    assert agreement.main([str(files[0]), str(files[1])], out=out) == 0
    text = out.getvalue()
    assert "shared pages: 2 (pages only in first: 1, only in second: 0)" in text
    assert "all           6       6     3      0.500   0.500  0.500" in text
    assert "disagreements: 4" in text
    assert "pA line 7  boundary" in text


@pytest.mark.parametrize("bad, message", [
    ("p\tu\tone\t0\t4\tperson\tVoss\tVoss\tno\n", ":2: expected integers"),
    ("p\tu\t1\t0\t4\tship\tVoss\tVoss\tno\n", ":2: expected kind one of person, place, org"),
    ("p\tu\t1\t0\t4\tperson\tVoss\tVoss\tmaybe\n", ":2: expected optional yes or no"),
    ("p\tu\t1\t0\t4\tperson\tVoss\tVoss\tno\np\tu\t1\t0\t4\tperson\tVoss\tVoss\tno\n", ":3: item given twice"),
])
def test_malformed_row_is_one_line_naming_file_and_line_exit_2(tmp_path, bad, message):
    good = write(tmp_path / "good.tsv", [("p", 1, 0, "Voss", "person", "no")])
    broken = tmp_path / "broken.tsv"
    broken.write_text(HEADER + bad, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert agreement.main([str(good), str(broken)], out=out, err=err) == 2
    assert out.getvalue() == ""
    assert err.getvalue().count("\n") == 1
    assert f"broken.tsv{message}" in err.getvalue()


def test_missing_file_or_column_exits_2(tmp_path):
    good = write(tmp_path / "good.tsv", [("p", 1, 0, "Voss", "person", "no")])
    err = io.StringIO()
    assert agreement.main([str(good), str(tmp_path / "absent.tsv")], out=io.StringIO(), err=err) == 2
    assert "absent.tsv: cannot read" in err.getvalue()
    narrow = tmp_path / "narrow.tsv"
    narrow.write_text("page\tline\tstart\tend\tkind\np\t1\t0\t4\tperson\n", encoding="utf-8")
    err = io.StringIO()
    assert agreement.main([str(good), str(narrow)], out=io.StringIO(), err=err) == 2
    assert "narrow.tsv:1: expected columns" in err.getvalue()


def test_items_optional_in_one_file_only_are_listed_for_the_adjudicator(files):
    comparison = agreement.compare(*map(agreement.read_annotation, files))
    listed = [(d.first and (d.first.text, d.first.optional), d.second and (d.second.text, d.second.optional))
              for d in agreement.optional_differences(comparison)]
    assert listed == [(("the Party", True), ("the Party", False)), (None, ("Ferrous Metals", True))]


def test_agreed_items_with_different_referents_are_listed(tmp_path):
    first = write(tmp_path / "a.tsv", [("p", 1, 0, "Voss", "person", "no"), ("p", 2, 0, "Ohio", "place", "no")])
    text = first.read_text(encoding="utf-8").replace("\tVoss\tVoss\t", "\tVoss\tHarlan Voss\t")
    first.write_text(text, encoding="utf-8")
    second = write(tmp_path / "b.tsv", [("p", 1, 0, "Voss", "person", "no"), ("p", 2, 0, "Ohio", "place", "no")])
    comparison = agreement.compare(agreement.read_annotation(first), agreement.read_annotation(second))
    found = [(d.first.referent, d.second.referent) for d in agreement.referent_differences(comparison)]
    assert found == [("Harlan Voss", "Voss")]


def test_non_optional_items_nested_in_one_file_are_listed(tmp_path):
    rows = [("p", 1, 0, "Ada Pell", "person", "no"), ("p", 1, 4, "Pell", "person", "no"),
            ("p", 2, 0, "Ohio Worker", "org", "no"), ("p", 2, 0, "Ohio", "place", "yes")]
    first = write(tmp_path / "a.tsv", rows)
    second = write(tmp_path / "b.tsv", rows[:1])
    out = io.StringIO()
    assert agreement.main([str(first), str(second)], out=out) == 0
    text = out.getvalue()
    assert "non-optional items nested in another of the first file: 1" in text
    assert "p line 1  person [4:8] “Pell” (Pell)  inside  person [0:8] “Ada Pell” (Ada Pell)" in text
    assert "non-optional items nested in another of the second file: 0" in text
