"""`tei site`: a static reading edition of a built corpus, without a browser.

What is checked here: the pages there are and what they hold (home, articles, registers,
citation tags, search marks), byte-identical rebuilds, a rebuild after one change that
writes only the pages that depend on it, the link check, and errors with their exit
status. The browser test (test_site_browser.py) looks at the pages in Chromium.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from lxml import etree, html

from tei.errors import ContentError
from tei.site import build_site
from tei.site.links import broken_links

from tei_processes import run_tei

from .conftest import built_corpus

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return built_corpus(tmp_path_factory.mktemp("site-corpus"), 8)


@pytest.fixture(scope="module")
def site(corpus, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("site") / "site"
    result = run_tei("site", corpus, "--out", target, "--no-search")
    assert result.returncode == 0, result.stderr
    return target


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def tei_files(corpus: Path) -> list[Path]:
    return sorted(corpus.rglob("*.xml"))


def test_every_article_has_a_page_and_its_tei_file_and_the_home_page_lists_it(corpus, site):
    home = html.parse(str(site / "index.html")).getroot()
    listed = set(home.xpath("//main//ol[@class='articles']/li/a/@href"))
    for path in tei_files(corpus):
        root = etree.parse(str(path)).getroot()
        slug = root.get("{http://www.w3.org/XML/1998/namespace}id")
        assert f"articles/{slug}.html" in listed
        assert (site / "tei" / f"{slug}.xml").read_bytes() == path.read_bytes()
        page = html.parse(str(site / "articles" / f"{slug}.html")).getroot()
        title = root.findtext(".//tei:titleStmt/tei:title[@type='main']", namespaces=TEI)
        [cited] = page.xpath("//meta[@name='citation_title']/@content")
        assert cited.startswith(title)  # with the subtitle after a colon
        assert page.xpath("//meta[@name='citation_journal_title']/@content") == ["The Militant"]
        when = root.find(".//tei:sourceDesc/tei:biblStruct/tei:monogr/tei:imprint/tei:date", TEI).get("when")
        assert page.xpath("//meta[@name='citation_date']/@content") == [when.replace("-", "/")]
        assert page.xpath("//meta[@name='citation_author']/@content")
        assert page.xpath("//a[@href=$h]", h=f"../tei/{slug}.xml")
        named = {ref[1:] for ref in root.xpath("//tei:text//tei:persName/@ref", namespaces=TEI)}
        assert {f"../registers/{entry}.html" for entry in named} <= set(page.xpath("//a[@class='register-link']/@href"))
        assert page.xpath("//h1/@data-pagefind-weight") and page.xpath("//body/@data-pagefind-body")
        assert page.xpath("//meta[@data-pagefind-filter='year[content]']/@content") == [when[:4]]
    assert len(listed) == len(tei_files(corpus))
    assert f"{len(listed)} articles" in home.findtext(".//p[@class='counts']")


def test_previous_and_next_follow_the_dates_within_the_periodical(site):
    home = html.parse(str(site / "index.html")).getroot()
    order = [href.split("/")[1] for href in home.xpath("//main//ol[@class='articles']/li/a/@href")]
    for before, after in zip(order, order[1:]):
        page = html.parse(str(site / "articles" / before)).getroot()
        assert page.xpath("//a[@rel='next']/@href") == [after]
        page = html.parse(str(site / "articles" / after)).getroot()
        assert page.xpath("//a[@rel='prev']/@href") == [before]


def test_an_entry_page_lists_every_article_that_names_it_with_links_to_the_mentions(corpus, site):
    naming: dict[str, set[str]] = {}
    for path in tei_files(corpus):
        root = etree.parse(str(path)).getroot()
        slug = root.get("{http://www.w3.org/XML/1998/namespace}id")
        for ref in root.xpath("//tei:text//tei:persName/@ref", namespaces=TEI):
            naming.setdefault(ref[1:], set()).add(slug)
    assert naming
    for entry, slugs in naming.items():
        page = html.parse(str(site / "registers" / f"{entry}.html")).getroot()
        titles = {href.split("/")[-1][:-5] for href in page.xpath("//main//ol[@class='articles']/li/a[1]/@href")}
        assert titles == slugs, entry
        for context in page.xpath("//a[@class='context']"):
            target, fragment = context.get("href").split("#")
            assert context.findtext("mark").strip()
            assert len(context.text_content()) <= 140
            article = html.parse(str(site / "registers" / target)).getroot()
            assert article.xpath("//*[@id=$f]/@href", f=fragment) == [f"#{entry}"]


def test_the_same_input_gives_the_same_bytes(corpus, site, tmp_path):
    again = tmp_path / "again"
    assert run_tei("site", corpus, "--out", again, "--no-search").returncode == 0
    assert files(again) == files(site)


def test_a_rebuild_after_one_change_writes_only_the_pages_that_depend_on_it(corpus, tmp_path):
    source, target = tmp_path / "out", tmp_path / "site"
    shutil.copytree(corpus, source)
    first = build_site(source, target, search=False)
    assert build_site(source, target, search=False).written == []
    before = files(target)
    changed = tei_files(source)[3]
    root = etree.parse(str(changed)).getroot()
    slug = root.get("{http://www.w3.org/XML/1998/namespace}id")
    names = {ref[1:] for ref in root.xpath("//tei:text//@ref", namespaces=TEI)}
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("<title type=\"main\">", "<title type=\"main\">Revised: ", 1), encoding="utf-8")
    result = build_site(source, target, search=False)
    assert result.rendered == 3  # the article and its two neighbours
    written = set(result.written)
    assert {f"articles/{slug}.html", f"tei/{slug}.xml", "index.html"} <= written
    allowed = {f"registers/{name}.html" for name in names} | {"corpus.xml", "registers/persons.html",
                                                             "registers/places.html", "registers/organisations.html",
                                                             "registers/events.html"}
    others = {w for w in written if w.startswith("registers/") or w == "corpus.xml"}
    assert others <= allowed
    articles = {w for w in written if w.startswith("articles/")}
    assert len(articles) == 3
    after = files(target)
    assert {k for k in after if after[k] != before.get(k)} - {".tei-site.json"} == written
    # a name the article held and no longer holds: its entry's page is made again without it
    dropped = sorted(name for name in names if name.startswith("pers-"))[0]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(re.sub(rf'<persName ref="#{dropped}">([^<]*)</persName>', r"\1", text), encoding="utf-8")
    result = build_site(source, target, search=False)
    entry_page = target / "registers" / f"{dropped}.html"
    assert f"registers/{dropped}.html" in result.removed or f"registers/{dropped}.html" in result.written
    if entry_page.exists():
        assert f"{slug}.html" not in entry_page.read_text(encoding="utf-8")
    forced = build_site(source, target, search=False, force=True)
    assert forced.rendered == first.articles and len(forced.written) == first.pages


def test_a_broken_internal_link_names_its_page_and_target():
    links = {"index.html": (["main"], ["articles/a.html", "registers/index.html#nowhere", "https://example.org/"]),
             "registers/index.html": (["main"], ["../index.html#main", "../gone.html"])}
    broken = broken_links(links, {"index.html", "registers/index.html"})
    assert broken == ["index.html: articles/a.html (no such page)",
                      "index.html: registers/index.html#nowhere (no id 'nowhere' there)",
                      "registers/index.html: ../gone.html (no such page)"]


def test_no_tei_and_malformed_tei_fail_with_one_line_and_write_nothing(tmp_path, corpus):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_tei("site", empty, "--out", tmp_path / "s1", "--no-search")
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "no TEI files" in result.stderr
    missing = run_tei("site", tmp_path / "nowhere", "--out", tmp_path / "s2")
    assert missing.returncode == 2 and "nowhere" in missing.stderr
    broken = tmp_path / "broken"
    shutil.copytree(corpus, broken)
    bad = tei_files(broken)[0]
    bad.write_bytes(bad.read_bytes() + b"<extra/>")
    result = run_tei("site", broken, "--out", tmp_path / "s3", "--no-search")
    assert result.returncode == 1 and result.stderr.startswith(f"tei: error: {bad}:")
    assert "Traceback" not in result.stderr and not (tmp_path / "s3").exists()


def test_two_files_with_one_slug_get_two_pages(corpus, tmp_path):
    source = tmp_path / "out"
    shutil.copytree(corpus, source)
    first = tei_files(source)[0]
    twin = source / "zz-copy" / first.name
    twin.parent.mkdir()
    twin.write_bytes(first.read_bytes())
    result = build_site(source, tmp_path / "site", search=False)
    slug = first.stem
    assert (tmp_path / "site" / "articles" / f"{slug}.html").exists()
    assert (tmp_path / "site" / "articles" / f"{slug}-2.html").exists()
    assert result.articles == len(tei_files(corpus)) + 1


def test_serve_answers_on_127_0_0_1_and_ctrl_c_ends_it(site, tmp_path):
    import signal
    import subprocess
    import urllib.request

    from tei_processes import tei_command

    process = subprocess.Popen([*tei_command(), "site", str(site.parent / "nothing-here"), "--out", str(site)],
                               stderr=subprocess.PIPE, text=True)
    assert process.wait(timeout=60) == 2  # no such input folder: a usage error, nothing served
    source = next(iter(sorted((site / "tei").glob("*.xml")))).parent
    process = subprocess.Popen([*tei_command(), "site", str(source), "--out", str(tmp_path / "served"), "--no-search",
                                "--serve", "--port", "0"], stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        while "serving" not in line:
            line = process.stderr.readline()
            assert line, "the server did not start"
        url = line.split(" on ")[1].split()[0]
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url + "index.html", timeout=10) as response:
            assert response.status == 200 and b"<h1>" in response.read()
    finally:
        process.send_signal(signal.SIGINT)
        status = process.wait(timeout=30)
    assert status == 130


def test_entries_found_by_the_recogniser_are_marked_as_such(corpus, tmp_path):
    """docs/decisions.md §3: a machine entry's @resp points at an application."""
    source = tmp_path / "out"
    shutil.copytree(corpus, source)
    path = tei_files(source)[0]
    tree = etree.parse(str(path))
    root = tree.getroot()
    app_info = root.find(".//tei:appInfo", TEI)
    if not root.xpath("//tei:application[@xml:id='app-tei-etol-names']", namespaces=TEI):  # --names all writes it
        app = etree.SubElement(app_info, "{http://www.tei-c.org/ns/1.0}application", ident="tei-etol-names", version="0.1")
        app.set("{http://www.w3.org/XML/1998/namespace}id", "app-tei-etol-names")
        etree.SubElement(app, "{http://www.tei-c.org/ns/1.0}label").text = "names"
    persons = root.findall(".//tei:standOff/tei:listPerson/tei:person", TEI)
    named = set(root.xpath("//tei:text//@ref", namespaces=TEI))
    machine = next(p for p in persons if "#" + p.get("{http://www.w3.org/XML/1998/namespace}id") in named)
    machine.set("resp", "#app-tei-etol-names")
    machine_id = machine.get("{http://www.w3.org/XML/1998/namespace}id")
    # the entry is the machine's in every file that holds it (ids are the corpus's)
    for other in tei_files(source):
        text = other.read_text(encoding="utf-8")
        if other == path:
            continue
        other.write_text(text.replace(f'<person xml:id="{machine_id}">', f'<person xml:id="{machine_id}" resp="#app-tei-etol-names">'), encoding="utf-8")
    tree.write(str(path), encoding="UTF-8", xml_declaration=True)
    build_site(source, tmp_path / "site", search=False)
    marked = html.parse(str(tmp_path / "site" / "registers" / f"{machine_id}.html")).getroot()
    assert marked.xpath("//h1//span[@class='machine']")
    listing = html.parse(str(tmp_path / "site" / "registers" / "persons.html")).getroot()
    # one mark per machine person of the corpus (the recogniser's own, --names all, and this one)
    machine_persons = {i for f in tei_files(source) for i in etree.parse(str(f)).xpath(
        "//tei:standOff//tei:person[@resp='#app-tei-etol-names']/@xml:id", namespaces=TEI)}
    assert machine_id in machine_persons
    assert len(listing.xpath("//span[@class='machine']")) == len(machine_persons)
    other_id = next(p.get("{http://www.w3.org/XML/1998/namespace}id") for p in persons if p is not machine
                    and p.get("resp") is None and "#" + p.get("{http://www.w3.org/XML/1998/namespace}id") in named)
    assert not html.parse(str(tmp_path / "site" / "registers" / f"{other_id}.html")).getroot().xpath("//span[@class='machine']")


def test_a_broken_link_fails_the_build_naming_page_and_target_and_nothing_is_written(corpus, tmp_path, monkeypatch):
    """The views never link to a fragment that is not there (links.xsl), so a broken link
    means a fault in the site's stylesheets: here, one page links to an entry that has none."""
    import tei.site.build as site_build
    from tei.site.links import page_links

    made = site_build.render_pages

    def faulty(corpus_tree, params, entries=None):
        pages = made(corpus_tree, params, entries)
        data = pages["registers/index.html"][0].replace(b"</main>", b'<a href="pers-nobody.html">Nobody</a></main>')
        pages["registers/index.html"] = (data, page_links(html.document_fromstring(data)))
        return pages

    monkeypatch.setattr(site_build, "render_pages", faulty)
    with pytest.raises(ContentError) as raised:
        build_site(corpus, tmp_path / "site", search=False)
    assert str(raised.value) == "broken internal link: registers/index.html: pers-nobody.html (no such page)"
    assert not (tmp_path / "site").exists()


def test_the_corpus_document_is_valid_tei(site, tei_all_relaxng):
    """corpus.xml is TEI P5 (tei_all): a listing of the articles and the merged register."""
    document = etree.parse(str(site / "corpus.xml"))
    assert tei_all_relaxng.validate(document), tei_all_relaxng.error_log
    assert document.xpath("count(//tei:listBibl[@type='periodical']/tei:bibl)", namespaces=TEI) == 8
    assert document.xpath("//tei:standOff/tei:listPerson/tei:person", namespaces=TEI)
