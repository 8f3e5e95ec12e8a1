"""The static site in a real browser: Debian's headless Chromium, driven over CDP.

A site is built from 55 generated articles (with search) and served on 127.0.0.1. Every
page is opened at a phone's width (390 px); the checks use what the browser sees (its
DOM, its resolved URLs, the HTTP status of each target), not the site builder's code:

- the home page lists every article;
- every internal link of every page resolves: the target answers 200 and holds the id
  of the fragment;
- an entry's page lists every article whose TEI names that entry;
- a search for a person returns that person's articles, and filtered by periodical or
  by year (in the JS API and by ticking a box of Pagefind's interface) only those of that
  periodical or year (a third of the articles are moved to a second periodical for this);
- no page scrolls sideways at 390 px;
- each page has one h1, headings in order, main and nav landmarks, a skip link first,
  lang, no empty or "click here" link text, and text contrast of at least 4.5:1.

Screenshots of the home page, an article, a register page and a search result are
written to a temporary folder (its path is printed), or to $TEI_SCREENSHOTS when set
(docs/img/ holds the README's copies).
"""
from __future__ import annotations

import json
import os
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import pytest
from lxml import etree

from tei.site.serve import make_server

from tei_processes import run_tei

from .conftest import built_corpus

pytestmark = pytest.mark.browser
TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
COUNT = 55
PERSON = "pers-rakovsky"  # named in about half of the generated articles
SECOND = "New International"  # the periodical of every third article, so that there are two

#: what the browser reports of a page: ids, resolved link targets, overflow, headings...
PAGE_FACTS = r"""(() => {
  const doc = document.documentElement;
  const heads = Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map(h => Number(h.tagName[1]));
  const focusable = document.querySelector('a[href],button,input');
  const links = Array.from(document.querySelectorAll('a[href]'));
  const pagefind = el => el.closest('#search');
  return {
    ids: Array.from(document.querySelectorAll('[id]')).map(e => e.id),
    links: links.map(a => a.href).concat(Array.from(document.querySelectorAll('link[href]')).map(l => l.href)),
    emptyText: links.filter(a => !pagefind(a) && !(a.textContent.trim() || a.getAttribute('aria-label'))).map(a => a.outerHTML.slice(0, 80)),
    vagueText: links.filter(a => /^(click )?here$|^more$|^link$/i.test(a.textContent.trim())).map(a => a.outerHTML.slice(0, 80)),
    scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth,
    lang: doc.getAttribute('lang'), heads: heads,
    main: document.querySelectorAll('main').length, nav: document.querySelectorAll('nav').length,
    skipFirst: focusable !== null && focusable.classList.contains('skip') && document.querySelector(focusable.getAttribute('href')) !== null,
  };
})()"""

#: the lowest contrast between text and its background on the page, and where.
CONTRAST = r"""(() => {
  const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                     return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
  const background = el => { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor);
                              if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c; } return [255, 255, 255]; };
  let worst = [21, ''];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.skip') || el.closest('#search')) continue;
    const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
    const style = getComputedStyle(el);
    if (!own || style.visibility === 'hidden' || style.display === 'none' || style.opacity === '0' || el.getBoundingClientRect().width === 0) continue;
    const a = lum(rgb(style.color)), b = lum(background(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < worst[0]) worst = [ratio, el.tagName + '.' + el.className + ': ' + el.textContent.trim().slice(0, 40)];
  }
  return worst;
})()"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = built_corpus(tmp_path_factory.mktemp("browser-corpus"), COUNT)
    for path in sorted(out.rglob("*.xml"))[::3]:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('<title level="j">The Militant</title>', f'<title level="j">{SECOND}</title>', 1),
                        encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def served(corpus, tmp_path_factory):
    site = tmp_path_factory.mktemp("browser-site") / "site"
    result = run_tei("site", corpus, "--out", site)
    assert result.returncode == 0, result.stderr
    server = make_server(site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def facts(served, browser) -> dict[str, dict]:
    """What the browser sees on every HTML page of the site, at 390 px."""
    site, base = served
    browser.resize(390, 844)
    seen = {}
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        if relative.startswith("pagefind/"):
            continue
        browser.open(base + relative)
        seen[base + relative] = browser.evaluate(PAGE_FACTS)
    return seen


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("TEI_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    print(f"screenshots in {folder}")
    return folder


def printed_in(corpus: Path) -> dict[str, tuple[str, str]]:
    """Each article's periodical and year, read from its TEI's printed source."""
    found = {}
    for path in corpus.rglob("*.xml"):
        root = etree.parse(str(path)).getroot()
        monogr = root.xpath("//tei:sourceDesc/tei:biblStruct[@type='printed']/tei:monogr", namespaces=TEI)[0]
        found[root.get("{http://www.w3.org/XML/1998/namespace}id")] = (
            monogr.xpath("string(tei:title[@level='j'])", namespaces=TEI),
            monogr.xpath("string(tei:imprint/tei:date/@when)", namespaces=TEI)[:4])
    return found


def articles_naming(corpus: Path, entry: str) -> set[str]:
    found = set()
    for path in corpus.rglob("*.xml"):
        root = etree.parse(str(path)).getroot()
        if root.xpath("//tei:text//*[@ref = $ref]", namespaces=TEI, ref=f"#{entry}"):
            found.add(root.get("{http://www.w3.org/XML/1998/namespace}id"))
    return found


def test_the_home_page_lists_every_article(served, facts, corpus):
    _, base = served
    listed = {url for url in facts[base + "index.html"]["links"] if "/articles/" in url}
    assert len(listed) == COUNT == len(list(corpus.rglob("*.xml")))
    assert all(urlsplit(url).path.split("/")[-1][:-5] for url in listed)


def test_every_internal_link_of_every_page_resolves(served, facts):
    _, base = served
    status: dict[str, int] = {}
    broken = []
    for page, seen in facts.items():
        for link in seen["links"]:
            if not link.startswith(base):
                continue
            target, fragment = urldefrag(link)
            if target not in status:
                try:
                    with urllib.request.urlopen(target, timeout=10) as response:
                        status[target] = response.status
                except urllib.error.HTTPError as error:
                    status[target] = error.code
            if status[target] != 200:
                broken.append(f"{page}: {link} ({status[target]})")
            elif fragment and target in facts and fragment not in facts[target]["ids"]:
                broken.append(f"{page}: {link} (no such id)")
    assert broken == []
    assert sum(len(seen["links"]) for seen in facts.values()) > 1000


def test_an_entry_page_lists_every_article_that_names_it(served, facts, corpus):
    _, base = served
    naming = articles_naming(corpus, PERSON)
    assert len(naming) >= 5
    links = facts[f"{base}registers/{PERSON}.html"]["links"]
    listed = {urlsplit(link).path.split("/")[-1][:-5] for link in links if "/articles/" in link and "#" not in link}
    assert listed == naming


def test_no_page_scrolls_sideways_at_390_px(facts):
    wide = {page: seen["scrollWidth"] for page, seen in facts.items() if seen["scrollWidth"] > seen["clientWidth"]}
    assert wide == {}
    assert all(seen["clientWidth"] == 390 for seen in facts.values())


def test_every_page_is_accessible_in_structure(facts):
    problems = []
    for page, seen in facts.items():
        heads = seen["heads"]
        if heads.count(1) != 1 or heads[0] != 1:
            problems.append(f"{page}: h1 count {heads.count(1)}")
        if any(b - a > 1 for a, b in zip(heads, heads[1:])):
            problems.append(f"{page}: headings skip a level {heads}")
        if seen["main"] != 1 or seen["nav"] < 1 or not seen["lang"] or not seen["skipFirst"]:
            problems.append(f"{page}: landmarks/lang/skip link {seen['main'], seen['nav'], seen['lang'], seen['skipFirst']}")
        if seen["emptyText"] or seen["vagueText"]:
            problems.append(f"{page}: link text {seen['emptyText'] + seen['vagueText']}")
    assert problems == []


def test_search_for_a_person_returns_their_articles_and_screenshots(served, browser, corpus, screenshots):
    site, base = served
    browser.resize(390, 844)
    browser.open(base + "search.html?q=Rakovsky")
    found = browser.evaluate("""(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search('Rakovsky');
      const data = await Promise.all(search.results.map(r => r.data()));
      return data.map(d => d.url);
    })()""", wait=True)
    slugs = {url.split("/")[-1][:-5] for url in found if url.startswith("/articles/")}
    assert slugs == articles_naming(corpus, PERSON)
    assert f"/registers/{PERSON}.html" in found
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not browser.evaluate("document.querySelectorAll('.pagefind-ui__result').length"):
        time.sleep(0.2)
    assert browser.evaluate("document.querySelectorAll('.pagefind-ui__result').length") > 0
    time.sleep(0.5)  # result excerpts load after the titles
    browser.screenshot(screenshots / "site-search.png", full_page=True)
    article = sorted(articles_naming(corpus, PERSON))[0]
    for name, page in (("home", "index.html"), ("article", f"articles/{article}.html"), ("register", f"registers/{PERSON}.html")):
        browser.open(base + page)
        browser.screenshot(screenshots / f"site-{name}.png")
    for name in ("home", "article", "register", "search"):
        assert (screenshots / f"site-{name}.png").stat().st_size > 10_000


#: the URLs of the results of searching for a word with each filter of a list, in Pagefind's JS API
FILTERED = """(async (word, filters) => {
  const pagefind = await import('/pagefind/pagefind.js');
  const found = [];
  for (const filter of filters) {
    const search = await pagefind.search(word, {filters: filter});
    found.push(await Promise.all(search.results.map(async r => (await r.data()).url)));
  }
  return found;
})"""


def test_search_filters_by_periodical_and_by_year(served, browser, corpus):
    site, base = served
    naming, printed = articles_naming(corpus, PERSON), printed_in(corpus)
    periodicals = sorted({printed[key][0] for key in naming})
    years = sorted({printed[key][1] for key in naming})
    assert SECOND in periodicals and len(years) > 2
    filters = [{"periodical": p} for p in periodicals] + [{"year": y} for y in years]
    browser.open(base + "search.html")
    found = browser.evaluate(f"{FILTERED}('Rakovsky', {json.dumps(filters)})", wait=True)
    for filter, urls in zip(filters, found):
        (name, value), = filter.items()
        wanted = {key for key in naming if printed[key][0 if name == "periodical" else 1] == value}
        assert {url.split("/")[-1][:-5] for url in urls} == wanted, filter


def test_ticking_a_year_in_the_search_page_shows_only_that_years_articles(served, browser, corpus):
    site, base = served
    naming, printed = articles_naming(corpus, PERSON), printed_in(corpus)
    year = max({printed[key][1] for key in naming}, key=lambda y: (sum(printed[k][1] == y for k in naming), y))
    browser.resize(1000, 900)
    browser.open(base + "search.html?q=Rakovsky")
    message = results_message(browser, lambda text: "Rakovsky" in text)
    groups = browser.evaluate("Array.from(document.querySelectorAll('.pagefind-ui__filter-name')).map(e => e.textContent.trim())")
    assert {"Periodical", "Year"} <= set(groups)
    browser.evaluate("""(() => { for (const d of document.querySelectorAll('details.pagefind-ui__filter-block')) d.open = true; })()""")
    ticked = browser.evaluate(f"""(() => {{
      const box = Array.from(document.querySelectorAll('input.pagefind-ui__filter-checkbox'))
        .find(b => b.name === 'year' && b.value === {json.dumps(year)});
      if (!box) return false;
      box.click();
      return true;
    }})()""")
    assert ticked
    count = sum(printed[key][1] == year for key in naming)
    filtered = results_message(browser, lambda text: text != message)
    assert filtered.startswith(f"{count} result"), filtered


def results_message(browser, ready) -> str:
    """The search page's line "N results for …", once ``ready`` holds for it."""
    deadline = time.monotonic() + 20
    text = ""
    while time.monotonic() < deadline:
        text = browser.evaluate("(document.querySelector('.pagefind-ui__message') || {}).textContent || ''").strip()
        if text and ready(text) and "result" in text:
            return text
        time.sleep(0.2)
    raise AssertionError(f"no results line (last: {text!r})")


@pytest.mark.parametrize("page", ["index.html", "articles/", "registers/pers-rakovsky.html", "registers/persons.html"])
def test_text_contrast_is_at_least_4_5_to_1(served, browser, page):
    site, base = served
    if page.endswith("/"):
        page += sorted(p.name for p in (site / "articles").iterdir())[0]
    browser.resize(1000, 900)
    browser.open(base + page)
    ratio, where = browser.evaluate(CONTRAST)
    assert ratio >= 4.5, f"{page}: {where} has contrast {ratio:.2f}"


@pytest.mark.parametrize("page", ["index.html", "articles/", "registers/pers-rakovsky.html", "registers/persons.html",
                                  "search.html"])
def test_every_kind_of_page_prints_without_its_navigation(served, browser, page):
    site, base = served
    if page.endswith("/"):
        page += sorted(p.name for p in (site / "articles").iterdir())[0]
    browser.open(base + page)
    try:
        browser.call("Emulation.setEmulatedMedia", media="print")
        hidden = browser.evaluate("Array.from(document.querySelectorAll('nav, .skip')).map(e => getComputedStyle(e).display)")
        text = browser.evaluate("getComputedStyle(document.querySelector('h1')).color")
    finally:
        browser.call("Emulation.setEmulatedMedia", media="")
    assert hidden and set(hidden) == {"none"}
    assert text == "rgb(0, 0, 0)"  # the print style sheet's ink
