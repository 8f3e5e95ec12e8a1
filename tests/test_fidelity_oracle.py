"""The fidelity oracle is independent of what it judges: it imports no reader, and it
catches a reader that drops a body line looking like a source or credit line."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import tei.readers.etol.regions as regions
from tei.fidelity import source_parts, tei_parts
from tei.pipeline import encode_text

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "reader" / "credit_transcribed_by_then_marked_up_by.txt"
CREDIT = "Marked up by Einde O’Callaghan."
#: a body paragraph that opens like a source line ("From <name>, ... <year>") but is text
PLANTED = "From Paris, Comrade Naville writes (see p. 3) that in 1936 the branch doubled."
#: a body paragraph that opens like a credit line (a role word) but credits nobody
LOOKS_LIKE_CREDIT = "Transcribed in the Bulletin, the resolution of the strikers follows in full."


def test_the_oracle_imports_no_reader_code():
    """Transitively: a fresh interpreter that imports tei.fidelity has loaded no reader."""
    code = "import sys, tei.fidelity; print('\\n'.join(sorted(sys.modules)))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert "tei.fidelity" in loaded
    assert [name for name in loaded if name.startswith(("tei.reader", "tei.readers"))] == []


def test_the_oracle_imports_only_the_standard_library_lxml_and_the_namespaces():
    tree = ast.parse((REPO / "tei" / "fidelity.py").read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {"." * node.level + (node.module or "") for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported <= {"__future__", "re", "collections", "lxml", ".namespaces", ".words"}


def planted_page(line: str = PLANTED) -> str:
    """The fixture page with ``line`` as the body's first paragraph, right after the credits."""
    text = FIXTURE.read_text(encoding="utf-8")
    assert CREDIT in text
    return text.replace(CREDIT, f"{CREDIT}\n\n{line}", 1)


def test_the_oracle_reads_the_planted_line_as_body():
    body, _notes = source_parts(planted_page())
    assert " ".join(body).startswith(PLANTED)


def test_the_oracle_catches_a_reader_that_drops_it(monkeypatch):
    """The reader is made to take the planted line for a credit line, as a reader whose
    recogniser is too eager would: the line goes to the header and out of the text. The
    oracle, which has recognisers of its own, still counts it as body: the fidelity
    check fails, as it must."""
    page = planted_page()
    honest = encode_text(page, path=str(FIXTURE))
    assert tei_parts(honest.tree) == source_parts(page)

    eager = regions.is_source_or_credit
    monkeypatch.setattr(regions, "is_source_or_credit", lambda text: text.strip() == PLANTED or eager(text))
    misread = encode_text(page, path=str(FIXTURE))
    tei_body, _ = tei_parts(misread.tree)
    assert "Naville" not in tei_body  # the reader did drop it
    assert tei_parts(misread.tree) != source_parts(page)
    assert source_parts(page)[0][: len(PLANTED.split())] == PLANTED.split()


def test_regression_a_body_line_opening_with_a_role_word_is_text():
    """Caught by the oracle: a paragraph opening with a role word ("Transcribed in ...")
    right after the credits, naming nobody, was taken for a credit and dropped."""
    page = planted_page(LOOKS_LIKE_CREDIT)
    assert tei_parts(encode_text(page, path=str(FIXTURE)).tree) == source_parts(page)


@pytest.mark.parametrize("line", [
    "From International Socialism 2 : 135, Summer 2012.",
    "From International Socialism, 2 : 147, Summer 2015.",
    "From Labor Action, Vol. 8 No. 3, 17 January 1944, p. 4.",
    # no comma after the name: a series and its number, an annual's year and pages
    "From Harbour Review 2 : 41",
    "From The Harbour Register 1977, pp.12-30.",
])
def test_a_source_line_that_ends_in_its_year_is_not_body(line):
    """The rule's source line gives, after its first comma, a volume, number or date and a
    year somewhere: a season and a year ("Summer 2012") ending the line is such a date.
    (The oracle's pattern once looked for the year after the date's first digit, so a
    line ending "Summer 2012." was body for the oracle alone.)"""
    page = f"Jane Roe\n\nA Title\n\n{line}\n\nThe first words of the body, right under the source line.\n"
    body, _notes = source_parts(page)
    assert body == "The first words of the body, right under the source line.".split()


@pytest.mark.parametrize("line", [
    "From Paris 1936 the comrades wrote to us that the strike was over.",
    "From Harbour Review 2 : 41 we learn that the strike is over.",
])
def test_a_sentence_opening_with_from_and_a_number_is_body(line):
    page = f"Jane Roe\n\nA Title\n\nMarked up by Anna Berg for ETOL.\n\n{line}\n"
    body, _notes = source_parts(page)
    assert body == line.split()


def test_downloaded_with_thanks_is_a_credit_line_for_the_oracle():
    page = ("Jane Roe\n\nA Title\n\nFrom The Harbour Register 1977, pp.12-30.\n"
            "Downloaded with thanks as a PDF file from the Harbour Register Website.\n"
            "Transcribed by Anna Berg for ETOL.\n\nThe first words of the body.\n")
    assert source_parts(page)[0] == "The first words of the body.".split()


def test_a_collapsed_page_is_read_one_paragraph_per_line_below_its_breadcrumb():
    page = ("MIA > Archive > Lind > Works\nThe Harbour Strike\nThe first days\nThe second week\n"
            "THE STRIKE began on a Monday, when the dockers of the north quay left the ships half loaded and "
            "marched to the hall to hear the committee.\nBy Wednesday the harbour stood still.\n")
    body, _notes = source_parts(page)
    assert body[:3] == ["THE", "STRIKE", "began"]
    assert body[-1] == "still."


def test_my_dearest_opens_a_letter_above_its_source_lines():
    page = "Ada Pell\n\nMy dearest Sonia,\n\nWritten: 1918\n\nThe first words of the letter.\n"
    assert source_parts(page)[0][:3] == ["My", "dearest", "Sonia,"]
