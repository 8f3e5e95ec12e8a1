"""The edition's header: who is responsible (people in titleStmt, software in appInfo),
the corpus register the standOff copies point at, and the letter's place and date."""
from __future__ import annotations

import shutil

import tei
from tei.resources import bundled_register

NS = {"t": "http://www.tei-c.org/ns/1.0", "xml": "http://www.w3.org/XML/1998/namespace"}


def seed_without_meta(tmp_path, seed_path):
    """The seed with its corrections but without its meta file: nobody is named."""
    target = tmp_path / seed_path.name
    shutil.copy(seed_path, target)
    corrections = seed_path.with_name(seed_path.stem + ".corrections.tsv")
    shutil.copy(corrections, tmp_path / corrections.name)
    return target


def xp(tree, expression):
    return tree.xpath(expression, namespaces=NS)


def test_nobody_named_no_editor_and_the_corrections_are_the_encoders_proposals(tmp_path, seed_path):
    tree = tei.encode_file(seed_without_meta(tmp_path, seed_path)).tree
    assert xp(tree, "//t:titleStmt/t:editor") == []
    assert set(xp(tree, "//t:text//t:corr/@resp")) == {"#app-tei-etol"}
    assert set(xp(tree, "//t:notesStmt/t:note/@resp")) == {"#app-tei-etol"}
    assert "the encoder's proposals" in xp(tree, "string(//t:editorialDecl/t:correction)")


def test_a_person_named_on_the_command_line_is_the_editor(tmp_path, seed_path):
    tree = tei.encode_file(seed_without_meta(tmp_path, seed_path), editor="Ada Smith").tree
    assert xp(tree, "//t:titleStmt/t:editor[@xml:id='resp-editor']/t:persName/text()") == ["Ada Smith"]
    assert set(xp(tree, "//t:text//t:corr/@resp")) == {"#resp-editor"}
    assert "the encoder's proposals" not in xp(tree, "string(//t:editorialDecl/t:correction)")


def test_the_registers_header_names_the_editor_when_nothing_else_does(tmp_path, seed_path):
    text = bundled_register().read_text(encoding="utf-8").replace(
        "</title></titleStmt>", "</title><editor><orgName>The Register Team</orgName></editor></titleStmt>", 1)
    register = tmp_path / "corpus-register.xml"
    register.write_text(text, encoding="utf-8")
    tree = tei.encode_file(seed_without_meta(tmp_path, seed_path), register=register).tree
    assert xp(tree, "//t:titleStmt/t:editor/t:orgName/text()") == ["The Register Team"]
    # the copies point at this register, by its name
    assert xp(tree, "//t:prefixDef[@ident='etol']/@replacementPattern") == ["corpus-register.xml#$1"]


def test_software_is_never_in_the_title_statement_and_appinfo_lists_applications(seed_path):
    tree = tei.encode_file(seed_path).tree
    assert xp(tree, "//t:titleStmt//t:name") == []
    apps = xp(tree, "//t:appInfo/t:application")
    assert [a.get("{http://www.w3.org/XML/1998/namespace}id") for a in apps][0] == "app-tei-etol"
    assert apps[0].get("version") == tei.__version__


def test_every_copied_entry_points_at_the_corpus_register(seed_path):
    tree = tei.encode_file(seed_path).tree
    entries = xp(tree, "//t:standOff/*/*[@xml:id]")
    assert entries and all(e.get("sameAs") == "etol:" + e.get("{http://www.w3.org/XML/1998/namespace}id") for e in entries)
    assert xp(tree, "//t:listPrefixDef/t:prefixDef/@ident") == ["etol"]
    assert "version sha256:" in xp(tree, "string(//t:prefixDef/t:p)")
    # the plenum is an event; the works the text names are referred to
    assert xp(tree, "//t:text//t:eventName/@ref")[0] == "#event-plenum-cec"
    assert xp(tree, "//t:text//t:title[@level='m']/@ref") == ["#work-my-life"]
    assert all(i.startswith("http://www.wikidata.org/entity/Q") for i in xp(tree, "//t:idno[@type='wikidata']/text()"))


def test_the_letters_place_and_date_are_its_creation_and_its_sending(seed_path):
    tree = tei.encode_file(seed_path).tree
    assert xp(tree, "string(//t:creation)") == "February 1933, Moscow"
    assert xp(tree, "//t:correspAction[@type='sent']/t:persName/@ref") == ["#pers-tt"]
    assert xp(tree, "//t:correspAction/t:date/@when") == ["1933-02"]


PAGE_WITHOUT_ARCHIVE_NAMES = (
    "Anna Berg\n\nThe Harbour Strike\n\n(May 1921)\n\nFrom The Harbour Star, Vol. 3 No. 4, 7 May 1921, p. 2.\n"
    "Transcribed by Tom Ek.\n\nThe dockers of the northern coast stopped work on Monday and the harbour "
    "stood still for a week.\n"
)


def digital_archives(url):
    tree = tei.encode(PAGE_WITHOUT_ARCHIVE_NAMES, source_url=url)
    bibl = xp(tree, "//t:sourceDesc/t:bibl[@type='digital']")[0]
    return [" ".join(e.text.split()) for e in xp(bibl, "t:title | t:publisher")], xp(bibl, "string(t:note[@type='copy-text'])")


def test_a_writers_archive_page_is_the_mias_when_its_navigation_names_no_archive():
    named, chain = digital_archives("https://www.marxists.org/archive/berg/1921/05/strike.htm")
    assert named == ["Marxists’ Internet Archive"]
    assert "transcribed for the Marxists’ Internet Archive" in chain


def test_an_etol_page_or_an_unknown_address_is_etols_a_part_of_the_mia():
    for url in ("https://www.marxists.org/history/etol/writers/berg/1921/05/strike.htm", None):
        named, chain = digital_archives(url)
        assert named == ["Encyclopedia of Trotskyism On-Line", "Marxists’ Internet Archive"]
        assert "transcribed for the Encyclopedia of Trotskyism On-Line" in chain
