"""The register file: TEI-valid, ids unique, checked authority ids, broken files refused."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tei.errors import RegisterError
from tei.namespaces import TEI_NS
from tei.register import Register
from tei.resources import bundled_register

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"


def test_bundled_register_is_valid_tei(jing, tei_all_rng):
    result = jing(tei_all_rng, bundled_register())
    assert result.returncode == 0, result.stdout + result.stderr


def test_authority_ids_are_exactly_the_checked_ones():
    """Every idno of the register is in authority_ids.tsv (with where it was checked), and back."""
    register = Register.bundled()
    found = {
        (entry.id, idno.get("type"), idno.text)
        for entry in register
        for idno in entry.element.findall(f"{{{TEI_NS}}}idno")
    }
    rows = [r for r in (HERE / "authority_ids.tsv").read_text(encoding="utf-8").splitlines() if not r.startswith("#")]
    reader = csv.DictReader(rows, delimiter="\t")
    checked = {(row["entry"], row["type"], row["value"]) for row in reader if row["checked_on"].strip()}
    assert found == checked


def test_life_years_are_exactly_the_checked_ones():
    """Every birth and death of the register is in life_years.tsv (with where it was checked), and back."""
    register = Register.bundled()
    found = {}
    for entry in register:
        for event in ("birth", "death"):
            element = entry.element.find(f"{{{TEI_NS}}}{event}")
            if element is not None:
                found.setdefault(entry.id, {})[event] = element.get("when")
    rows = [r for r in (HERE / "life_years.tsv").read_text(encoding="utf-8").splitlines() if not r.startswith("#")]
    checked = {row["entry"]: {"birth": row["birth"], "death": row["death"]}
               for row in csv.DictReader(rows, delimiter="\t") if row["checked_on"].strip()}
    assert found == checked


def test_lookup_finds_header_names():
    register = Register.bundled()
    assert register.lookup("T.T.", "person") == "pers-tt"
    assert register.lookup("Einde O'Callaghan", "person") == "pers-einde-ocallaghan"
    assert register.lookup("Smirnov", "person") == "pers-smirnov-in"  # the default of a shared form
    assert register.lookup("Moscow", "person") is None
    assert register.lookup("Nobody", "person") is None


def test_entries_are_copies_in_register_order_without_matching_rules():
    register = Register.bundled()
    copies = register.entries(["place-moscow", "pers-smirnov-in", "pers-tt"])
    ids = [c.get("{http://www.w3.org/XML/1998/namespace}id") for c in copies]
    assert ids == ["pers-tt", "pers-smirnov-in", "place-moscow"]
    assert all(name.get("subtype") is None for c in copies for name in c.iter())
    assert register["pers-smirnov-in"].element.find(f"{{{TEI_NS}}}persName[@subtype]") is not None


@pytest.mark.parametrize(
    "fixture, line, words",
    [
        ("register_not_xml.xml", 5, "not well-formed"),
        ("register_duplicate_id.xml", 4, "duplicate xml:id 'pers-a'"),
        ("register_entry_without_name.xml", 4, "has no <placeName>"),
    ],
)
def test_broken_register_is_refused_with_file_and_line(fixture, line, words):
    path = FIXTURES / fixture
    with pytest.raises(RegisterError) as caught:
        Register.load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: ") and words in message and "\n" not in message


def test_broken_register_exits_1_with_one_line(seed_path, capsys):
    from tei.cli import main

    status = main(["entities", str(seed_path), "--register", str(FIXTURES / "register_duplicate_id.xml")])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and "register_duplicate_id.xml:4:" in err


def test_bundled_register_ids_open_with_their_kind():
    """docs/decisions.md §1: an id is KIND-NAME, KIND given by the entry's element (and a
    bibl's title level: work for a book, journal for a periodical). Read from the file, not
    from the code that makes machine ids."""
    from lxml import etree

    tree = etree.parse(str(bundled_register()), etree.XMLParser(resolve_entities=False, no_network=True))
    t = f"{{{TEI_NS}}}"
    kinds = {f"{t}person": "pers", f"{t}place": "place", f"{t}org": "org", f"{t}event": "event"}
    wrong = []
    for entry in tree.iter(*kinds, f"{t}bibl"):
        ident = entry.get("{http://www.w3.org/XML/1998/namespace}id")
        if ident is None:
            continue
        if entry.tag == f"{t}bibl":
            level = entry.find(f"{t}title").get("level")
            kind = {"m": "work", "j": "journal"}[level]
        else:
            kind = kinds[entry.tag]
        if not ident.startswith(kind + "-"):
            wrong.append((ident, kind))
    assert wrong == []
