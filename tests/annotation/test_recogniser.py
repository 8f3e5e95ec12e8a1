"""The name recogniser (issue 11) on an invented page: what it marks, what it never
marks, the machine's marks in the TEI, and the editor's loop through a TEI register."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from tei.model import article_blocks
from tei.pipeline import encode_file
from tei.register import Register
from tei.writer.document import serialize
from tei_processes import run_tei

HERE = Path(__file__).parent / "fixtures" / "names"
PAGE = HERE / "invented_labour_page.txt"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
RESP = "#app-tei-etol-names"


def expected_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in (HERE / "invented_labour_page.expected.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(tuple(line.split("\t")))
    return rows


def machine_rows(result) -> list[tuple[str, str, str, str]]:
    rows = []
    for block in article_blocks(result.article):
        for span in sorted(block.spans, key=lambda s: s.start):
            if span.attr("resp") == RESP:
                rows.append((span.tag, block.text[span.start:span.end], span.attr("ref") or "-", span.attr("cert")))
    return rows


def test_the_invented_page_gets_exactly_the_expected_mentions():
    assert machine_rows(encode_file(PAGE)) == expected_rows()


def test_words_that_are_not_names_stay_unmarked():
    marked = {row[1] for row in machine_rows(encode_file(PAGE))}
    for word in ("Stalinist", "Russian", "American", "Bolsheviks", "Monday", "Union", "Mobile", "Top of page",
                 "Comrade Holt", "China and India"):
        assert word not in marked


def test_names_register_gives_no_machine_marks():
    result = encode_file(PAGE, names="register")
    assert machine_rows(result) == []
    assert result.tree.xpath("//t:application[@ident='tei-etol-names']", namespaces=NS) == []


def test_machine_entries_are_in_standoff_with_resp_and_geonames_ids():
    tree = encode_file(PAGE).tree
    entries = tree.xpath("//t:standOff//*[@resp]", namespaces=NS)
    assert entries and all(e.get("resp") == RESP for e in entries)
    assert tree.xpath("//t:place[@xml:id='place-chicago']/t:idno[@type='geonames']/text()", namespaces=NS) == [
        "https://sws.geonames.org/4887398/"]
    assert tree.xpath("//t:listBibl/t:bibl[@xml:id='journal-militant']/t:title[@level='j']", namespaces=NS)
    assert tree.xpath("//t:application[@xml:id='app-tei-etol-names']/@version", namespaces=NS)
    refs = {r[1:] for r in tree.xpath("//t:text//@ref", namespaces=NS)}
    ids = set(tree.xpath("//t:standOff//@xml:id", namespaces={"t": NS["t"], "xml": "http://www.w3.org/XML/1998/namespace"}))
    assert refs <= ids


def test_each_machine_mention_names_its_evidence_declared_in_the_header():
    """@ana points at a category of the taxonomy names-evidence in classDecl; the header
    declares exactly the kinds the file uses, each with a description."""
    tree = encode_file(PAGE).tree
    mentions = tree.xpath("//t:text//*[@resp='#app-tei-etol-names']", namespaces=NS)
    assert mentions and all(m.get("ana", "").startswith("#ev-") for m in mentions)
    used = {m.get("ana")[1:] for m in mentions}
    taxonomy = tree.xpath("//t:encodingDesc/t:classDecl/t:taxonomy[@xml:id='names-evidence']", namespaces=NS)
    assert len(taxonomy) == 1
    declared = taxonomy[0].xpath("t:category/@xml:id", namespaces=NS)
    assert set(declared) == used and len(declared) == len(used)
    assert all(c.xpath("normalize-space(t:catDesc)", namespaces=NS) for c in taxonomy[0].iterfind("{*}category"))
    # the evidence agrees with the certainty: a full forename and surname is high, a shape low
    by_text = {m.xpath("string()"): (m.get("ana"), m.get("cert")) for m in mentions}
    assert ("#ev-forename", "high") in by_text.values()


def test_the_html_tooltip_names_the_evidence():
    from tei.views import render
    html = render(encode_file(PAGE).tree, "html").output.decode("utf-8")
    tooltips = re.findall(r'title="([^"]*found by the name recogniser, certainty[^"]*)"', html)
    assert tooltips and all("; evidence: " in t for t in tooltips)
    assert any("certainty high; evidence: a listed forename and a surname" in t for t in tooltips)


def test_names_register_declares_no_evidence():
    tree = encode_file(PAGE, names="register").tree
    assert tree.xpath("//t:classDecl | //@ana", namespaces=NS) == []


def test_the_same_bytes_on_every_run():
    assert serialize(encode_file(PAGE).tree) == serialize(encode_file(PAGE).tree)


def test_the_editors_loop_accepted_entries_lose_the_machine_marks(tmp_path):
    proposals = run_tei("entities", "--format", "tei", PAGE, text=False)
    assert proposals.returncode == 0, proposals.stderr
    root = etree.fromstring(proposals.stdout)
    adler = root.find(".//{http://www.tei-c.org/ns/1.0}person[@{http://www.w3.org/XML/1998/namespace}id='pers-adler-r']")
    assert adler.get("resp") == RESP and adler.get("cert") == "high"
    del adler.attrib["resp"], adler.attrib["cert"]  # the editor accepts Ruth Adler
    register = tmp_path / "register.xml"
    register.write_bytes(etree.tostring(root))
    Register.load(register)  # a register the toolkit reads
    out = run_tei("encode", "--names", "register", "--register", register, PAGE, text=False)
    assert out.returncode == 0, out.stderr
    tree = etree.fromstring(out.stdout)
    accepted = tree.xpath("//t:text//t:persName[@ref='#pers-adler-r']", namespaces=NS)
    assert accepted and all(e.get("resp") is None and e.get("cert") is None for e in accepted)
    machine = tree.xpath("//t:text//t:persName[@ref='#pers-marlow-jk']", namespaces=NS)
    assert machine and all(e.get("resp") == RESP for e in machine)


@pytest.mark.parametrize("text", ["Chile", "China and India"])
def test_entities_text_format_takes_its_kinds_from_the_recogniser(tmp_path, text):
    page = tmp_path / "page.txt"
    page.write_text(PAGE.read_text(encoding="utf-8").replace("Pittsburgh.", f"{text}."), encoding="utf-8")
    listed = run_tei("entities", "--format", "json", page, text=False)
    assert listed.returncode == 0
    import json

    kinds = {item["name"]: item["kind"] for item in json.loads(listed.stdout)}
    assert all(kind != "person" for name, kind in kinds.items() if name in ("Chile", "China", "India", text))


def test_ids_come_from_kind_and_name_only():
    from tei.passes.recognise import entry_id, id_name

    assert entry_id("person", "James P. Cannon") == "pers-cannon-jp"
    assert entry_id("org", "The Militant Group") == "org-militant-group"
    assert entry_id("work", "The Militant") == "journal-militant"
    assert entry_id("place", "Coyoacán") == "place-coyoacan"
    assert id_name("O’Callaghan") == "ocallaghan"
    assert id_name("1917") == "n1917"  # an NCName never starts with a digit


def test_an_id_the_editor_uses_gets_a_deterministic_suffix(tmp_path):
    """docs/decisions.md §1: the machine never takes an editor's id."""
    register = tmp_path / "register.xml"
    register.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>r</title></titleStmt>'
        "<publicationStmt><p>r</p></publicationStmt><sourceDesc><p>r</p></sourceDesc></fileDesc></teiHeader>"
        '<standOff><listPlace><place xml:id="place-chicago"><placeName type="full">Chicago, Illinois</placeName>'
        "</place></listPlace></standOff></TEI>", encoding="utf-8")
    first = encode_file(PAGE, register=Register.load(register))
    second = encode_file(PAGE, register=Register.load(register))
    ids = [f.id for f in first.article.found if f.id.startswith("place-chicago")]
    assert len(ids) == 1 and ids[0].startswith("place-chicago-m") and len(ids[0]) == len("place-chicago-m") + 4
    assert ids == [f.id for f in second.article.found if f.id.startswith("place-chicago")]


def test_every_form_of_the_project_lists_is_found_in_running_text():
    """The lists are looked up inside the candidate runs of capitalised words: a form
    those runs cannot hold would never be found."""
    from tei.passes.recognise.lists import candidate_runs, project_lists

    lists = project_lists()
    missed = []
    for form, listed in lists.by_form.items():
        text = f"We read about {form} yesterday."
        found = [(a, b) for a, b, entry in lists.find(candidate_runs(text)) if entry == listed]
        if (14, 14 + len(form)) not in found:
            missed.append(form)
    assert not missed, missed


def test_candidate_runs_split_into_the_words_of_the_shapes():
    """The lists and the shapes read each candidate run's words as split once by
    lists.candidate_runs (at spaces, when the run holds no full stop or apostrophe); they
    must be the words shapes.tokens reads, whatever the runs hold."""
    import random

    from tei.passes.recognise.lists import candidate_runs
    from tei.passes.recognise.shapes import CANDIDATE, tokens

    pieces = ["Smith", "J.", "K.", "Mr.", "of", "the", "and", "de", "Ter-Vaganyan", "Kai-shek", "Workers’",
              "People’s", "O’Neil", "O'Brien", "Workers'", "Party", "The", "A", "STALIN", "x", "-", "’", "'", ".", ",",
              "(", " ", " ", "\u00a0", "  ", "Émile", "ab", "Ab-cd", "Ab-Cd-ef", "van", "der", "y", "1", "_", "Ñ",
              "Ab’s", "X.Y.", "St.", "Co.", "\n"]
    generator = random.Random(11)
    several = 0
    for _ in range(20_000):
        text = "".join(generator.choice(pieces) + generator.choice(["", " "]) for _ in range(generator.randint(1, 10)))
        runs = candidate_runs(text)
        assert [(start, end) for start, end, _, _ in runs] == [m.span() for m in CANDIDATE.finditer(text)]
        for start, end, single, words in runs:
            assert words == ([(text[start:end], start, end)] if single else tokens(text, start, end)), text
            several += not single
    assert several > 5_000  # the runs of several words were tried, not only single words
