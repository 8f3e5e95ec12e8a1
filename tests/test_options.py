"""One options object (docs/decisions.md, section 4): made once, from the command line
or from the Python API's keywords, and read by every stage."""
from __future__ import annotations

import dataclasses

import pytest

import tei
from tei.commands._options import OPTIONS, make_options
from tei.errors import UsageError
from tei.options import Options

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def test_the_api_keywords_are_options(seed_path):
    from lxml import etree

    tree = tei.encode_file(seed_path, date="2026-01-02", source_url="https://example.org/a.htm").tree
    assert tree.xpath("//t:change/@when", namespaces=NS) == ["2026-01-02"]
    same = tei.encode_file(seed_path, Options(date="2026-01-02", source_url="https://example.org/a.htm")).tree

    assert etree.tostring(tree) == etree.tostring(same)


def test_an_unknown_keyword_is_refused(seed_path):
    with pytest.raises(TypeError):
        tei.encode_file(seed_path, colour="red")


def test_the_meta_file_fills_only_what_the_run_left_unset():
    options = Options(date="2026-01-02")
    meta = {"date": "1999-09-09", "publisher": "Our Project", "source_url": "https://example.org/"}
    merged = options.with_meta(meta)
    assert merged.date == "2026-01-02"
    assert (merged.publisher, merged.source_url) == ("Our Project", "https://example.org/")


def test_every_field_is_in_the_build_key():
    """A new field changes the fingerprint without anyone remembering to add it."""
    fingerprint = Options().fingerprint()
    assert {field.name for field in dataclasses.fields(Options)} <= set(fingerprint)


def test_every_command_line_option_is_a_field():
    assert set(OPTIONS) <= {field.name for field in dataclasses.fields(Options)}


def test_options_from_the_command_line():
    options = make_options(params=("wrap=0", "reading=diplomatic"), date=None, schema_href="https://e.org/s/")
    assert options == Options(params=(("reading", "diplomatic"), ("wrap", "0")), schema_href="https://e.org/s/")
    assert options.view_params == {"reading": "diplomatic", "wrap": "0"}
    with pytest.raises(UsageError, match="expected NAME=VALUE"):
        make_options(params=("wrap",))


def test_options_are_frozen_and_hashable():
    options = Options(date="2026-01-02")
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.date = "2020-01-01"  # type: ignore[misc]
    assert hash(options) == hash(Options(date="2026-01-02"))
