"""The search index is byte-identical for the same site, and still Pagefind's.

- the CBOR reading and writing of tei/site/pagefind_order.py against RFC 8949's own
  examples, and its refusals (another version, another shape, another CBOR form);
- a filter index whose values come in any order gives the same files, and loses no
  page of any value;
- with the real Pagefind: the same corpus built twice (with one and with two Rayon
  threads) gives every file of the site byte for byte, pagefind/ included; pages
  written in another order (on tmpfs, where that changes the order the folder lists
  them) give the same index; the names of the files it writes are Pagefind's own hash.
"""
from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import tempfile
from pathlib import Path

import pytest

from tei.cli import main
from tei.errors import ContentError
from tei.site import build_site, search
from tei.site.pagefind_order import (PagefindFormatError, canonical_filters, decode, encode, pack, pagefind_hash,
                                     unpack)

from tei_processes import run_tei

from .conftest import built_corpus

#: RFC 8949, appendix A: items and their encodings (the kinds Pagefind's files hold)
RFC_EXAMPLES = [
    (0, "00"), (10, "0a"), (23, "17"), (24, "1818"), (25, "1819"), (100, "1864"), (1000, "1903e8"),
    (1000000, "1a000f4240"), (1000000000000, "1b000000e8d4a51000"), ("", "60"), ("a", "6161"),
    ("IETF", "6449455446"), ("\u00fc", "62c3bc"), ("\u6c34", "63e6b0b4"), ([], "80"), ([1, 2, 3], "83010203"),
    ([1, [2, 3], [4, 5]], "8301820203820405"),
    (list(range(1, 26)), "98190102030405060708090a0b0c0d0e0f101112131415161718181819"),
]


def pf_file(payload: bytes) -> bytes:
    """A .pf_* file as Pagefind writes it: gzip of the signature and the payload."""
    return gzip.compress(b"pagefind_dcd" + payload, mtime=0)


def small_index(values: list[tuple[str, list[int]]], version: str = "1.5.2") -> dict[str, bytes]:
    """A Pagefind folder of one language with one filter, "year", of these values."""
    year = encode(["year", [[value, pages] for value, pages in values]])
    kind = encode(["kind", [["article", [0, 1, 2]]]])
    year_hash, kind_hash = f"en_{pagefind_hash(year)[:7]}", f"en_{pagefind_hash(kind)[:7]}"
    meta = encode([version, [["en_aaaaaaa", 10]], [["a", "z", "en_bbbbbbb"]],
                   [["year", year_hash], ["kind", kind_hash]], [], ["title"]])
    meta_hash = f"en_{pagefind_hash(meta)[:10]}"
    entry = {"version": version, "languages": {"en": {"hash": meta_hash, "wasm": "en", "page_count": 3}}}
    return {"pagefind-entry.json": json.dumps(entry, separators=(",", ":")).encode(),
            f"pagefind.{meta_hash}.pf_meta": pf_file(meta), f"filter/{year_hash}.pf_filter": pf_file(year),
            f"filter/{kind_hash}.pf_filter": pf_file(kind), "fragment/en_aaaaaaa.pf_fragment": b"untouched"}


def read_filters(files: dict[str, bytes]) -> dict[str, list]:
    """Every filter of the folder as the metadata names it: name -> [[value, pages]...]."""
    entry = json.loads(files["pagefind-entry.json"])
    found = {}
    for facts in entry["languages"].values():
        meta = unpack(files[f"pagefind.{facts['hash']}.pf_meta"], "meta")
        for name, hash_ in meta[3]:
            found[name] = unpack(files[f"filter/{hash_}.pf_filter"], hash_)[1]
    return found


@pytest.mark.parametrize("item, encoded", RFC_EXAMPLES)
def test_cbor_items_read_and_write_as_the_rfc_gives_them(item, encoded):
    assert encode(item) == bytes.fromhex(encoded)
    assert decode(bytes.fromhex(encoded), 0, "x") == (item, len(bytes.fromhex(encoded)))


@pytest.mark.parametrize("encoded, why", [
    ("9f0102ff", "indefinite length"), ("1800", "not the shortest form"), ("a10102", "a map"),
    ("20", "a negative integer"), ("f5", "a simple value"), ("8301", "ends inside"), ("0000", "trailing bytes"),
])
def test_cbor_that_pagefind_does_not_write_there_is_refused(encoded, why):
    with pytest.raises(PagefindFormatError):
        unpack(pf_file(bytes.fromhex(encoded)), "filter/x.pf_filter")


def test_filter_values_in_any_order_give_the_same_files_and_keep_every_page():
    values = [(str(year), sorted(random.Random(year).sample(range(60), 5))) for year in range(1928, 1941)]
    results = []
    for seed in range(5):
        shuffled = values[:]
        random.Random(seed).shuffle(shuffled)
        files = small_index(shuffled)
        meta = unpack(files[next(k for k in files if k.endswith(".pf_meta"))], "meta")
        meta[3].reverse()  # the filters in the other order too
        results.append(canonical_filters({**files, next(k for k in files if k.endswith(".pf_meta")): pack(encode(meta))}))
    assert all(result == results[0] for result in results)
    filters = read_filters(results[0])
    assert filters["year"] == [[value, pages] for value, pages in sorted(values)]
    assert filters["kind"] == [["article", [0, 1, 2]]]
    assert results[0]["fragment/en_aaaaaaa.pf_fragment"] == b"untouched"
    assert len(results[0]) == len(small_index(values))  # old files gone, as many new ones


def test_files_are_named_with_pagefinds_hash_and_the_entry_names_the_metadata():
    files = canonical_filters(small_index([("1930", [2]), ("1929", [0, 1])]))
    entry = json.loads(files["pagefind-entry.json"])
    meta_name = f"pagefind.{entry['languages']['en']['hash']}.pf_meta"
    assert meta_name in files
    for name, data in files.items():
        if name.endswith((".pf_filter", ".pf_meta")):
            payload = gzip.decompress(data)[len(b"pagefind_dcd"):]
            digest = pagefind_hash(payload)
            assert name.split("_", 1)[1].split(".")[0] == digest[:10 if name.endswith(".pf_meta") else 7]


@pytest.mark.parametrize("change", ["version", "meta shape", "filter shape", "missing filter", "entry form"])
def test_an_index_of_another_form_is_refused_and_nothing_is_returned(change):
    files = small_index([("1929", [0])], version="1.6.0" if change == "version" else "1.5.2")
    meta_name = next(k for k in files if k.endswith(".pf_meta"))
    meta = unpack(files[meta_name], "meta")
    if change == "meta shape":
        files[meta_name] = pack(encode(meta[:5]))
    elif change == "filter shape":
        name = f"filter/{meta[3][0][1]}.pf_filter"
        files[name] = pack(encode(["year", [["1929", [0], 1]]]))
    elif change == "missing filter":
        del files[f"filter/{meta[3][0][1]}.pf_filter"]
    elif change == "entry form":
        files["pagefind-entry.json"] = files["pagefind-entry.json"].replace(b",", b", ")
    with pytest.raises(PagefindFormatError) as raised:
        canonical_filters(files)
    assert isinstance(raised.value, ContentError) and "\n" not in str(raised.value)


def test_an_unknown_pagefind_format_fails_the_build_with_one_line_and_exit_1(tmp_path, monkeypatch, capsys):
    corpus = built_corpus(tmp_path / "corpus", 2)
    monkeypatch.setattr(search, "pagefind_files", lambda site: small_index([("1929", [0])], version="2.0.0"))
    with pytest.raises(PagefindFormatError, match="Pagefind 2.0.0 is not the version"):
        build_site(corpus, tmp_path / "site")
    assert not (tmp_path / "site" / "pagefind").exists()
    capsys.readouterr()
    assert main(["site", str(corpus), "--out", str(tmp_path / "site")]) == 1
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and "Pagefind 2.0.0 is not the version" in error and "Traceback" not in error
    assert not (tmp_path / "site" / "pagefind").exists()


def test_pagefind_failing_is_one_line_naming_the_site(tmp_path, monkeypatch):
    failing = tmp_path / "pagefind"
    failing.write_text("#!/bin/sh\necho 'Error: cannot index today' >&2\nexit 3\n", encoding="utf-8")
    failing.chmod(0o755)
    monkeypatch.setattr(search, "pagefind_executable", lambda: str(failing))
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("<html><body>x</body></html>", encoding="utf-8")
    with pytest.raises(ContentError, match="Pagefind failed: Error: cannot index today"):
        search.index_site(tmp_path / "site")
    assert not (tmp_path / "site" / "pagefind").exists()


# -- with the real Pagefind ----------------------------------------------------------------

def all_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return built_corpus(tmp_path_factory.mktemp("index-corpus"), 24)


@pytest.fixture(scope="module")
def first(corpus, tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("index-first") / "site"
    result = run_tei("site", corpus, "--out", site, env={**os.environ, "RAYON_NUM_THREADS": "1"})
    assert result.returncode == 0, result.stderr
    return site


def test_the_same_corpus_gives_the_same_site_byte_for_byte_search_index_included(corpus, first, tmp_path):
    again = tmp_path / "again"
    result = run_tei("site", corpus, "--out", again, env={**os.environ, "RAYON_NUM_THREADS": "2"})
    assert result.returncode == 0, result.stderr
    mine, theirs = all_files(first), all_files(again)
    assert any(name.startswith("pagefind/filter/") for name in mine)
    assert sorted(mine) == sorted(theirs)
    assert [name for name in mine if mine[name] != theirs[name]] == []


def tmpfs() -> Path | None:
    """A folder on tmpfs, which lists a folder's files in the order they were made."""
    shm = Path("/dev/shm")
    return shm if shm.is_dir() and os.access(shm, os.W_OK) else None


@pytest.mark.skipif(tmpfs() is None, reason="no writable tmpfs (/dev/shm) to list files in another order")
def test_pages_written_in_another_order_give_the_same_index(first):
    with tempfile.TemporaryDirectory(dir=tmpfs()) as folder:
        copy = Path(folder) / "site"
        pages = sorted(p for p in first.rglob("*.html") if "pagefind" not in p.parts)
        for page in pages:
            target = copy / page.relative_to(first)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(page, target)
        listed = [p.name for p in (copy / "articles").iterdir()]  # newest first on tmpfs
        assert listed != [p.name for p in (first / "articles").iterdir()]  # so Pagefind's walk would differ
        search.index_site(copy)
        assert all_files(copy / "pagefind") == all_files(first / "pagefind")


def test_pagefinds_own_files_are_named_with_the_hash_used_for_the_rewritten_ones(first):
    raw = search.pagefind_files(first)
    entry = json.loads(raw["pagefind-entry.json"])
    checked = 0
    for name, data in raw.items():
        if name.endswith((".pf_filter", ".pf_meta", ".pf_index")):
            digest = pagefind_hash(gzip.decompress(data)[len(b"pagefind_dcd"):])
            stem = Path(name).name.split(".")[-2]  # en_<hash>
            assert stem.split("_", 1)[1] in (digest[:7], digest[:10]), name
            checked += 1
    assert checked > 3 and entry["version"].startswith("1.5.")


def test_the_written_filters_hold_what_pagefind_gave_in_order(first):
    raw = read_filters(search.pagefind_files(first))
    written = read_filters(all_files(first / "pagefind"))
    assert sorted(raw) == sorted(written) and {"year", "periodical", "kind"} <= set(written)
    for name, values in written.items():
        assert [value for value, _ in values] == sorted(value for value, _ in raw[name])
        assert {value: pages for value, pages in values} == {value: sorted(pages) for value, pages in raw[name]}
