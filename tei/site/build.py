"""``build_site``: the whole build, in memory first, then written file by file.

Order: read the TEI files (those unchanged since the last build are not parsed again);
order the articles; render the article pages whose TEI or neighbours changed; make the
corpus document and the other pages; check every link; then write only the files whose
bytes differ from what is on disk, remove the pages no longer made, and run the search
index. Nothing is written when anything fails before the writing starts.
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..corpus.keys import toolkit_fingerprint
from ..corpus.records import outputs_intact, remove_leftovers
from ..errors import ContentError
from ..output import write_atomic
from .articles import mentions, read_page, render_article
from .corpus import article_listing, corpus_document, ordered, serialize
from .links import check_links, pack_links, page_links, unpack_links
from .pages import render_pages
from .sources import describe, find_sources, parse
from .state import STATE_FORMAT, clear_state, empty_state, read_state, write_state

DEFAULT_TITLE = "ETOL reading edition"


@dataclass
class SiteResult:
    articles: int
    pages: int
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    rendered: int = 0  # article pages rendered this run
    ignored: list[str] = field(default_factory=list)  # XML files that are not TEI
    search_seconds: float | None = None


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def neighbours(order: dict[str, list[str]], records: dict[str, dict]) -> dict[str, dict[str, str]]:
    """The article page parameters that depend on the other articles: previous and next."""
    params = {}
    for keys in order.values():
        for index, key in enumerate(keys):
            nav = {}
            if index > 0:
                nav["prev-href"] = f"{records[keys[index - 1]]['page']}.html"
                nav["prev-title"] = records[keys[index - 1]]["title"]
            if index + 1 < len(keys):
                nav["next-href"] = f"{records[keys[index + 1]]['page']}.html"
                nav["next-title"] = records[keys[index + 1]]["title"]
            params[key] = nav
    return params


def entry_page(entry: str) -> str:
    return f"registers/{entry}.html"


def entries_to_render(state: dict, records: dict[str, dict], named: set[str], site: Path) -> set[str] | None:
    """The register entries whose pages must be made again (None: all): those that an
    article whose listing or register changed names or named before, and those whose
    page is not on disk as recorded."""
    if not state["articles"]:
        return None
    wanted: set[str] = set()
    previous = {key: value["record"] for key, value in state["articles"].items()}
    for key in set(previous) | set(records):
        old, new = previous.get(key), records.get(key)
        if old is None or new is None or old.get("listing") != new.get("listing") or old.get("entries") != new.get("entries"):
            for record in (old, new):
                if record is not None:
                    wanted.update(record.get("named", []))
                    wanted.update(record.get("entries", {}))
    for entry in named - wanted:
        href = entry_page(entry)
        recorded = state["pages"].get(href)
        if recorded is None or href not in state["links"] or not outputs_intact(site, {href: recorded}):
            wanted.add(entry)
    return wanted & named


def name_pages(records: dict[str, dict]) -> None:
    """Each article's page name: its slug; when several files share one (the same
    periodical, date and title), the first in path order keeps it and the others get
    "-2", "-3"... in path order."""
    taken: dict[str, int] = {}
    for key in sorted(records):
        slug = records[key]["slug"]
        taken[slug] = taken.get(slug, 0) + 1
        records[key]["page"] = slug if taken[slug] == 1 else f"{slug}-{taken[slug]}"
    names = [record["page"] for record in records.values()]
    if len(set(names)) != len(names):  # "a-2" given as a slug and made from "a"
        raise ContentError("two articles would have one page name; give their TEI distinct xml:ids")


@dataclass
class Made:
    """What a run made in memory before writing: file bytes and every page's links."""

    pages: dict[str, bytes] = field(default_factory=dict)
    links: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    articles_state: dict[str, dict] = field(default_factory=dict)
    rendered: int = 0


def read_records(sources, state: dict) -> tuple[dict[str, dict], dict, list[str]]:
    """What the site needs of each TEI file: from the state when the file is unchanged,
    else parsed (the trees are kept for rendering). XML that is not TEI is left out."""
    records, trees, ignored = {}, {}, []
    for source in sources:
        cached = state["articles"].get(source.rel)
        if cached and cached.get("sha") == source.sha:
            records[source.rel] = dict(cached["record"])
            continue
        tree = parse(source)
        if tree is None:
            ignored.append(source.rel)
            continue
        trees[source.rel] = tree
        records[source.rel] = describe(tree, source)
    return records, trees, ignored


def make_article_pages(made: Made, records: dict[str, dict], trees: dict, sources, state: dict, site: Path,
                       title: str) -> None:
    """Render the article pages whose TEI or neighbours changed (or that are not on disk
    as recorded); read each one's mentions back into its listing."""
    navigation = neighbours(ordered(records), records)
    source_of = {source.rel: source for source in sources}
    for key, record in records.items():
        source, name = source_of[key], record["page"]
        href = f"articles/{name}.html"
        params = {"root": "../", "site-title": title, "tei-href": f"../tei/{name}.xml",
                  "periodical": record["periodical"], "year": record["year"], **navigation[key]}
        page_key = sha(json.dumps([source.sha, params], sort_keys=True).encode())
        cached = state["articles"].get(key)
        recorded = state["pages"].get(href)
        if (cached and cached.get("page_key") == page_key and recorded and key not in trees and href in state["links"]
                and "listing" in record and "named" in record and outputs_intact(site, {href: recorded})):
            made.links[href] = unpack_links(state["links"][href])
        else:
            tree = trees.get(key) or parse(source)
            data = render_article(tree, params, str(source.path))
            page = read_page(data)
            record["mentions"] = mentions(page)
            record["listing"] = article_listing(record)
            record["named"] = sorted({mention[0] for mention in record.pop("mentions")})  # the listing holds them
            made.links[href] = page_links(page)
            made.pages[href] = data
            made.rendered += 1
        made.pages[f"tei/{name}.xml"] = source.data
        made.articles_state[key] = {"sha": source.sha, "page_key": page_key, "record": record}


def make_other_pages(made: Made, records: dict[str, dict], state: dict, site: Path, title: str) -> set[str]:
    """The corpus document and the pages made from it; returns every file of the site."""
    corpus = corpus_document(records, ordered(records), title)
    made.pages["corpus.xml"] = serialize(corpus)
    named = {entry for record in records.values() for entry in record["named"]}
    wanted = entries_to_render(state, records, named, site)
    for href, (data, found) in render_pages(corpus, {"site-title": title}, wanted).items():
        made.pages[href] = data
        made.links[href] = found
    for entry in named - (named if wanted is None else wanted):
        made.links[entry_page(entry)] = unpack_links(state["links"][entry_page(entry)])
    return set(made.pages) | {f"articles/{r['page']}.html" for r in records.values()} | {entry_page(e) for e in named}


def build_site(out: Path, site: Path, *, force: bool = False, search: bool = True,
               title: str = DEFAULT_TITLE) -> SiteResult:
    out, site = Path(out), Path(site)
    fingerprint = hashlib.sha256(json.dumps([toolkit_fingerprint(), title]).encode()).hexdigest()
    state = read_state(site, fingerprint)
    if force:  # render everything again; the old state still says which pages to remove
        state = {**empty_state(fingerprint), "pages": state["pages"]}
    sources = find_sources(out, site)
    records, trees, ignored = read_records(sources, state)
    if not records:
        raise ContentError("no TEI files found (expected the output folder of `tei build`)", str(out))
    name_pages(records)
    made = Made()
    make_article_pages(made, records, trees, sources, state, site, title)
    files = make_other_pages(made, records, state, site, title)
    check_links(made.links, files)
    result = SiteResult(articles=len(records), pages=len(files), rendered=made.rendered, ignored=ignored)
    write_site(site, state, made, files, fingerprint, result, search, force)
    return result


def write_site(site: Path, state: dict, made: Made, files: set[str], fingerprint: str, result: SiteResult,
               search: bool, force: bool) -> None:
    """Write the files whose bytes changed, remove the pages no longer made, index, and
    write the state last."""
    remove_leftovers(site)
    clear_state(site)
    hashes = {href: state["pages"][href] for href in files if href not in made.pages}
    for href, data in sorted(made.pages.items()):
        digest = sha(data)
        hashes[href] = digest
        if not force and state["pages"].get(href) == digest and outputs_intact(site, {href: digest}):
            continue
        write_atomic(site / href, data)
        result.written.append(href)
    for href in sorted(set(state["pages"]) - files):
        (site / href).unlink(missing_ok=True)
        result.removed.append(href)
    if search and (force or result.written or result.removed or not (site / "pagefind").is_dir()):
        from .search import index_site

        started = time.perf_counter()
        index_site(site)
        result.search_seconds = time.perf_counter() - started
    write_state(site, {"format": STATE_FORMAT, "fingerprint": fingerprint, "articles": made.articles_state,
                       "pages": hashes, "links": {href: pack_links(value) for href, value in made.links.items()}})
