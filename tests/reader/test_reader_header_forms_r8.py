"""Header forms of the eighth development round on fresh real pages (letters on writers'
archives: the Collected Works' labelled lines broken one item a line, a journal named by its
issue number alone, a book series). The round found no misreading; these tests hold the
forms it relied on, each on an invented line of the same shape (issue 13: a periodical the
page does not name is never guessed, docs/headers-annotation.md)."""
from __future__ import annotations

import pytest

from tei.readers.etol.furniture import parse_published_sentence


@pytest.mark.parametrize("line, journal, when", [
    # a name with an issue number is a periodical, even without "the journal" before it
    ("First published in 1956 in Harbourist No. 16.", "Harbourist", "1956"),
    ("First published in 1929 in the journal Harbour Annals No. 11.", "Harbour Annals", "1929"),
])
def test_a_first_published_sentence_names_a_periodical_by_its_issue_number(line, journal, when):
    source = parse_published_sentence(line, 3)
    assert source is not None and (source.journal, source.date_iso) == (journal, when)


@pytest.mark.parametrize("line", [
    "First published in 1930 in Lind Miscellany XV.",     # a book series: no issue number
    "First published in 1964 in Collected Works, Fifth Ed., Vol. 46.",
])
def test_a_first_published_sentence_naming_a_book_series_names_no_periodical(line):
    assert parse_published_sentence(line, 3) is None
