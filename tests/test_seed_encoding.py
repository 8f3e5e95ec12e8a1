"""The seed article's TEI: header, structure, notes, fidelity, conformance."""
from __future__ import annotations

import pytest
from lxml import etree

import tei
from tei.fidelity import source_parts, tei_parts
from tei.writer.document import serialize

NS = {"t": "http://www.tei-c.org/ns/1.0", "xml": "http://www.w3.org/XML/1998/namespace"}


@pytest.fixture(scope="module")
def seed_tree(seed_path):
    return tei.encode_file(seed_path).tree


def one(tree, xpath: str) -> str:
    found = tree.xpath(xpath, namespaces=NS)
    assert len(found) == 1, f"{xpath}: {len(found)} matches"
    value = found[0]
    return value if isinstance(value, str) else " ".join("".join(value.itertext()).split())


def test_root_is_tei_with_language_and_stable_id(seed_tree):
    root = seed_tree.getroot()
    assert root.tag == "{http://www.tei-c.org/ns/1.0}TEI"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert root.get("{http://www.w3.org/XML/1998/namespace}id") == "militant-1933-04-01-stalinist-persecutions"


def test_title_statement(seed_tree):
    assert one(seed_tree, "//t:titleStmt/t:title[@type='main']") == "Stalinist Persecutions"
    assert one(seed_tree, "//t:titleStmt/t:title[@type='sub']") == "Russian Left Opposition Forges Ahead in the Party"
    assert one(seed_tree, "//t:titleStmt/t:author") == "T.T."
    # people and bodies only: the seed's meta names the project's editors as a body
    assert one(seed_tree, "//t:titleStmt/t:editor[@xml:id='resp-editor']/t:orgName") == "The editors of the tei-etol project"
    assert seed_tree.xpath("//t:titleStmt/t:respStmt", namespaces=NS) == []


def test_software_is_an_application_and_machine_decisions_point_at_it(seed_tree):
    assert one(seed_tree, "//t:appInfo/t:application[@xml:id='app-tei-etol']/@ident") == "tei-etol"
    assert one(seed_tree, "//t:revisionDesc/t:change/@who") == "#app-tei-etol"


def test_corrections_are_the_editors_with_type_and_reason(seed_tree):
    corrs = seed_tree.xpath("//t:text//t:corr", namespaces=NS)
    assert corrs and {c.get("resp") for c in corrs} == {"#resp-editor"}
    assert {c.get("type") for c in corrs} == {"transcription"}
    targets = seed_tree.xpath("//t:notesStmt/t:note[@type='correction']/@target", namespaces=NS)
    ids = seed_tree.xpath("//t:text//t:corr/@xml:id", namespaces=NS)
    assert sorted(targets) == sorted(f"#{i}" for i in ids)  # every row of the file gives a reason
    assert one(seed_tree, "//t:notesStmt/t:note[@target='#corr9']") == "ii for n"


def test_a_supplied_year_carries_cert(seed_tree):
    assert one(seed_tree, "(//t:text//t:date[@when='1933-01-22'])[1]/@cert") == "medium"
    assert seed_tree.xpath("//t:text//t:date[@when='1933-02'][not(@cert)]", namespaces=NS)  # printed year: no @cert


def test_availability_is_unknown_when_the_page_states_no_terms(seed_tree):
    assert one(seed_tree, "//t:publicationStmt/t:availability/@status") == "unknown"


def test_printed_source(seed_tree):
    bibl = "//t:sourceDesc/t:biblStruct[@type='printed']"
    assert one(seed_tree, f"{bibl}//t:title[@level='a']") == "Stalinist Persecutions"
    assert one(seed_tree, f"{bibl}//t:title[@level='j']") == "The Militant"
    assert one(seed_tree, f"{bibl}//t:biblScope[@unit='volume']") == "VI"
    assert one(seed_tree, f"{bibl}//t:biblScope[@unit='issue']") == "21"
    assert one(seed_tree, f"{bibl}//t:date/@when") == "1933-04-01"
    pages = seed_tree.xpath(f"{bibl}//t:biblScope[@unit='page']/@n", namespaces=NS)
    assert pages == ["1", "3"]  # two pages, not a range


def test_digital_source_and_transcriber(seed_tree):
    bibl = "//t:sourceDesc/t:bibl[@type='digital']"
    assert one(seed_tree, f"{bibl}//t:title") == "Encyclopedia of Trotskyism On-Line"
    assert one(seed_tree, f"{bibl}//t:publisher") == "Marxists’ Internet Archive"
    assert one(seed_tree, f"{bibl}//t:respStmt/t:resp") == "Transcribed & marked up"
    assert one(seed_tree, f"{bibl}//t:respStmt/t:persName") == "Einde O’Callaghan"
    assert one(seed_tree, f"{bibl}//t:date[@type='updated']/@when") == "2015-10-23"


def test_encoding_description_and_revision(seed_tree):
    for part in ("correction", "normalization", "quotation", "segmentation"):
        assert seed_tree.xpath(f"//t:editorialDecl/t:{part}/t:p", namespaces=NS), part
    assert one(seed_tree, "//t:appInfo/t:application[1]/@xml:id") == "app-tei-etol"
    assert one(seed_tree, "//t:appInfo/t:application[@xml:id='app-tei-etol']/@ident") == "tei-etol"
    # the name recogniser decides too (--names all, the default): it is named, with its version
    assert one(seed_tree, "//t:application[@xml:id='app-tei-etol-names']/@ident") == "tei-etol-names"
    assert seed_tree.xpath("//t:application/@version", namespaces=NS) == [tei.__version__] * 2
    assert one(seed_tree, "//t:langUsage/t:language/@ident") == "en"
    change = seed_tree.xpath("//t:revisionDesc/t:change", namespaces=NS)[0]
    assert change.get("when") is None  # no clock: no date unless given


def test_article_structure(seed_tree):
    article = "//t:body/t:div[@type='article']"
    assert one(seed_tree, f"{article}/t:head[@type='main']") == "Stalinist Persecutions"
    assert one(seed_tree, f"{article}/t:dateline/t:date/@when") == "1933-02"
    assert one(seed_tree, f"{article}/t:opener/t:dateline").startswith("Moscow. –")
    assert one(seed_tree, f"{article}/t:div[@type='section']/t:head") == "The Situation Among the Exiles"
    assert one(seed_tree, f"{article}/t:closer/t:dateline/t:date/@when") == "1933-02"
    assert one(seed_tree, f"{article}/t:closer/t:signed") == "T.T."
    assert len(seed_tree.xpath(f"{article}//t:p", namespaces=NS)) == 26


def test_note_sits_at_its_anchor_and_is_the_editors(seed_tree):
    notes = seed_tree.xpath("//t:text//t:note", namespaces=NS)
    assert len(notes) == 1
    note = notes[0]
    assert note.get("n") == "1" and note.get("type") == "editorial"
    assert note.getparent().get("{http://www.w3.org/XML/1998/namespace}id") == "p1"
    before = (note.getprevious().tail if note.getprevious() is not None else note.getparent().text) or ""
    assert "".join(note.getparent().itertext()).find("Kharkov.") >= 0
    assert "[1]" not in etree.tostring(note.getparent(), encoding="unicode")
    assert before.rstrip().endswith("Kharkov.") or "Kharkov" in "".join(note.getprevious().itertext())


def test_navigation_lines_do_not_enter_the_text(seed_tree):
    text = " ".join(seed_tree.xpath("//t:text//text()", namespaces=NS))
    for furniture in ("Main NI Index", "Top of page", "Last updated", "Transcribed"):
        assert furniture not in text


def test_fidelity_every_word_of_body_and_notes_survives(seed_path, seed_tree):
    source_body, source_notes = source_parts(seed_path.read_text(encoding="utf-8"))
    tei_body, tei_notes = tei_parts(seed_tree)
    assert len(source_body) > 3000
    assert tei_body == source_body
    assert tei_notes == source_notes


def test_fidelity_catches_a_lost_word(seed_path, seed_tree):
    """The rule is not vacuous: dropping one word from the TEI breaks it."""
    broken = etree.fromstring(serialize(seed_tree))
    paragraph = broken.xpath("//t:p[@xml:id='p3']", namespaces=NS)[0]
    paragraph.text = paragraph.text.replace("sympathy ", "", 1)
    assert tei_parts(etree.ElementTree(broken))[0] != source_parts(seed_path.read_text(encoding="utf-8"))[0]


def test_encoding_twice_is_byte_identical(seed_path):
    first = serialize(tei.encode_file(seed_path).tree)
    second = serialize(tei.encode_file(seed_path).tree)
    assert first == second


def test_date_comes_only_from_an_explicit_source(seed_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    tree = tei.encode_file(seed_path).tree
    assert tree.xpath("//t:change/@when", namespaces=NS) == ["2023-11-14"]
    assert tei.encode_file(seed_path, date="2026-01-02").tree.xpath("//t:change/@when", namespaces=NS) == ["2026-01-02"]


def test_python_api_encodes_text(seed_path):
    tree = tei.encode(seed_path.read_text(encoding="utf-8"))
    assert tree.getroot().get("{http://www.w3.org/XML/1998/namespace}id") == "militant-1933-04-01-stalinist-persecutions"
    article = tei.read(seed_path.read_text(encoding="utf-8"))
    assert article.header.source.issue == "21"
