"""Link targets are checked as a whole value: only http(s) and a bare #fragment link."""
from __future__ import annotations

import re

import pytest
from lxml import html

from hostile_run import run_tei

SCRIPTS = [
    "javascript:alert(document.cookie)//#pers-smirnov-in",
    "JaVaScRiPt:alert(1)#pers-smirnov-in",
    "data:text/html;base64,PHNjcmlwdD4=#pers-smirnov-in",
    "vbscript:msgbox(1)#pers-smirnov-in",
    " javascript:x#pers-smirnov-in",
    "file:///etc/passwd#pers-smirnov-in",
    "pers-smirnov-in#pers-smirnov-in",
]


@pytest.fixture(scope="module")
def first_ref(seed_tei) -> str:
    return re.search(rb'ref="(#pers-smirnov-in)"', seed_tei).group(1).decode()


@pytest.mark.parametrize("target", SCRIPTS)
@pytest.mark.parametrize("view", ["html", "text"])
def test_a_script_target_ending_in_a_known_fragment_is_text(tmp_path, seed_tei, first_ref, target, view):
    hostile = seed_tei.replace(f'ref="{first_ref}"'.encode(), f'ref="{target}"'.encode(), 1)
    assert hostile != seed_tei
    source = tmp_path / "hostile.xml"
    source.write_bytes(hostile)
    ran = run_tei("render", source, "--to", view)
    assert ran.returncode == 0, ran.stderr
    if view == "html":
        page = html.fromstring(ran.stdout)
        for href in page.xpath("//@href | //@src | //@action"):
            assert href.startswith("#") or href.lower().startswith(("http://", "https://")), href

    assert b'href="' + target.strip().encode() not in ran.stdout
