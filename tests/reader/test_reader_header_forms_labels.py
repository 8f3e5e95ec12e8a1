"""The archive's labelled header lines of a document page (issue 13; found on a fresh
development page of the names' rounds, where the whole block stayed in the text and its
names were marked): a breadcrumb with colons ("MIA: History: ETOL: Documents: ...") is
navigation, never the author; "Adopted:" and "Delivered:" are the archive's labels, as
"Written:" is; a source line may say "pages"; a page range printed in short ("112-19") ends
on its full page number. A place of publication between the periodical and its volume
("Harbour Review, Bergen, Volume III") is not read: it cannot be told from a column's name
before the periodical ("Shop Talks, Labor Action, Vol. 5"), so the line stays as printed and
no periodical is guessed.

The page is an invented page of the same layout in tests/fixtures/reader/ (fidelity,
validity and line-ending independence are checked for every fixture page there)."""
from __future__ import annotations

import pytest

from tei.fidelity import source_parts
from tei.readers.etol.furniture import is_credit, is_top_navigation, parse_source
from tei.writer.header import full_range_end

from reader_pages import PRINTED


@pytest.mark.parametrize("line, expected", [
    ("MIA: History: ETOL: Documents: HWL: 1940-1949: Declarations", True),
    ("MIA: Archive: Roe", True),
    ("Harbour: A History: Part One", False),
])
def test_a_breadcrumb_with_colons_is_navigation(line, expected):
    assert is_top_navigation(line) is expected


@pytest.mark.parametrize("line", ["Adopted: May 4, 1947.", "Delivered: 3 May 1920, at the Harbour Hall"])
def test_adopted_and_delivered_are_the_archives_labels(line):
    assert is_credit(line)
    # the fidelity oracle's own definition agrees
    page = f"Jane Roe\n\nA Title\n\n{line}\n\nThe first words of the body.\n"
    assert source_parts(page)[0] == "The first words of the body.".split()


def test_a_source_line_with_pages_spelt_out():
    source = parse_source("Source: Harbour Review, Volume III, No. 6, June 1947, pages 112-19.", 8)
    assert (source.journal, source.volume, source.issue, source.date_iso, source.pages) == \
        ("Harbour Review", "III", "6", "1947-06", ["112-19"])


@pytest.mark.parametrize("first, last, end", [("112", "19", "119"), ("1203", "4", "1204"), ("195", "99", "199"),
                                              ("98", "102", "102"), ("19", "12", "12"), ("iv", "vi", "vi")])
def test_a_short_range_end_is_completed_from_the_first_page(first, last, end):
    assert full_range_end(first, last) == end


def test_regression_the_document_page(page):
    p = page("mia_breadcrumb_adopted_label_source_with_pages")
    assert p.header.title == "Declaration of the Harbour Workers League on the Dock Strike"
    assert p.header.authors == []   # the breadcrumb is no author
    assert p.one(f"{PRINTED}//t:title[@level='j']") == "Harbour Review"
    assert p.one(f"{PRINTED}//t:imprint/t:date/@when") == "1947-06"
    assert (p.one(f"{PRINTED}//t:biblScope[@unit='page']/@from"),
            p.one(f"{PRINTED}//t:biblScope[@unit='page']/@to")) == ("112", "119")
    body = p.texts("//t:body//t:p")
    assert body[0].startswith("On the occasion of the strike")
    assert not [t for t in body if "Adopted" in t or "Transcribed" in t]
