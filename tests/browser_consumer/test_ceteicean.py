"""A real consumer of the encoded TEI: CETEIcean (npm `CETEIcean`, the TEI-in-the-browser
library TEI Publisher-style sites use) in headless Chromium. The page loads the bundled
article's TEI with CETEIcean's `makeHTML5` and records what a reader sees: the test
checks that it loads without errors and shows the text, the notes and the names.

Needs Debian's `chromium` and `npm ci --prefix tests/browser_consumer` (.ci/run does
both); skipped, saying which is missing, where either is."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree, html

pytestmark = pytest.mark.browser

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CETEI = HERE / "node_modules" / "CETEIcean" / "dist" / "CETEI.js"
SEED = REPO / "encoded" / "militant-1933-04-01-stalinist-persecutions.xml"
T = "{http://www.tei-c.org/ns/1.0}"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--mute-audio", "--virtual-time-budget=10000"]

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<script src="{cetei}"></script></head>
<body><main id="out"></main><pre id="result"></pre>
<script>
const errors = [];
window.addEventListener("error", (event) => errors.push(String(event.message)));
const consoleError = console.error;
console.error = (...args) => {{ errors.push(args.map(String).join(" ")); consoleError(...args); }};
const out = document.getElementById("out");
try {{
  new CETEI().makeHTML5({xml}, (data) => out.appendChild(data));
}} catch (error) {{
  errors.push(String(error));
}}
// CETEIcean keeps a hidden copy of what a behaviour rewrote (cetei-original): only what is shown counts
const shown = (selector) => Array.from(out.querySelectorAll(selector)).filter((e) => !e.closest("cetei-original"));
const names = shown("tei-text tei-persname, tei-text tei-placename, tei-text tei-orgname");
document.getElementById("result").textContent = JSON.stringify({{
  errors: errors,
  elements: out.querySelectorAll("[data-origname]").length,
  heads: shown("tei-body tei-head").map((h) => h.innerText),
  text: out.innerText,
  paragraphs: out.querySelectorAll("tei-body tei-p").length,
  notes: shown("tei-text tei-note").map((n) => n.innerText),
  names: names.map((n) => [n.getAttribute("ref"), n.innerText]),
}});
</script></body></html>
"""


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def seen(tmp_path_factory) -> dict:
    """What the page shows after CETEIcean has loaded the article."""
    browser = chromium()
    if browser is None:
        pytest.skip("headless Chromium not found: install Debian's `chromium` package (.ci/run does)")
    if not CETEI.is_file():
        pytest.skip("CETEIcean not installed: npm ci --prefix tests/browser_consumer (.ci/run does)")
    folder = tmp_path_factory.mktemp("ceteicean")
    page = folder / "page.html"
    xml = json.dumps(SEED.read_text(encoding="utf-8")).replace("</", "<\\/")
    page.write_text(PAGE.format(cetei=CETEI.as_uri(), xml=xml), encoding="utf-8")
    done = subprocess.run([browser, *FLAGS, f"--user-data-dir={folder / 'profile'}", "--dump-dom", page.as_uri()],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    result = html.fromstring(done.stdout).get_element_by_id("result").text_content()
    assert result, "the page's script did not run"
    return json.loads(result)


@pytest.fixture(scope="module")
def tei():
    return etree.parse(str(SEED))


def test_it_loads_without_errors(seen, tei):
    assert seen["errors"] == []
    # every TEI element became a custom element (tei-p, tei-note ...), CETEIcean's rule
    assert seen["elements"] >= sum(1 for e in tei.iter() if isinstance(e.tag, str))
    title = tei.findtext(f".//{T}titleStmt/{T}title[@type='main']")
    assert title in [words(h) for h in seen["heads"]]


def test_it_shows_every_paragraph_of_the_text(seen, tei):
    shown = words(seen["text"])
    paragraphs = tei.findall(f".//{T}body//{T}p")
    assert seen["paragraphs"] == len(paragraphs) > 10
    for p in paragraphs:
        own = words("".join(t for t in p.xpath(".//text()[not(ancestor::tei:note)]", namespaces={"tei": T[1:-1]})))
        assert own[:80] in shown, own[:80]


def test_it_shows_the_notes(seen, tei):
    notes = tei.findall(f".//{T}text//{T}note")
    assert notes and len(seen["notes"]) == len(notes)
    for note, rendered in zip(notes, seen["notes"]):
        assert words("".join(note.itertext())) in words(rendered)


def test_it_shows_the_names_with_their_pointers(seen, tei):
    mentions = tei.xpath("//tei:text//tei:persName | //tei:text//tei:placeName | //tei:text//tei:orgName",
                         namespaces={"tei": T[1:-1]})
    expected = [[m.get("ref"), words("".join(m.itertext()))] for m in mentions]
    assert len(expected) > 20
    assert [[ref, words(text)] for ref, text in seen["names"]] == expected


def test_the_header_is_not_shown_as_text(seen, tei):
    """CETEIcean hides the teiHeader; the source line is not in the visible text."""
    source_line = tei.findtext(f".//{T}note[@type='source-line']")
    assert words(source_line) not in words(seen["text"])
    assert re.search(r"\w", seen["text"])
