"""Note markers other than "[1]": "*", "**", "†", "[a]", "[*]"; notes whose marker is not
found (kept in back with @anchored="false", warned about, valid with a TEI-R013
warning); markers repeated beyond their notes; TEI-R004 over labels that are not numbers.

The fixture pages (tests/fixtures/reader/notes_marke*.txt) are also checked for fidelity,
tei_all validity, CRLF/BOM and determinism by test_reader_fixture_pages.py.
"""
from __future__ import annotations

import subprocess
from collections import Counter

import pytest

from tei.fidelity import source_parts, tei_parts, without_markers
from tei.model import Block
from tei.readers.etol.body import mark_inline
from tei.readers.etol.notes import NOTE_MARKER, NOTE_START, label

from reader_pages import FIXTURES
from tei_processes import tei_command

ASTERISKS = "notes_marked_by_asterisks_and_daggers"
LETTERS = "notes_marked_by_bracketed_letters"
MISSING = "notes_marker_missing_kept_unanchored"
REPEATED = "notes_marker_repeated_in_the_text"


# ---- recognisers ---------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("1. A note.", "1"), ("[12] A note.", "12"), ("a. A note.", "a"), ("[b] A note.", "b"),
    ("* A note.", "*"), ("** A note.", "**"), ("*A note.", "*"), ("† A note.", "†"),
    ("‡‡ A note.", "‡‡"), ("[*] A note.", "*"), ("[†] A note.", "†"),
    # not note starts: a capital initial, "a.m.", a separator, a lone star
    ("A. Smith wrote it.", None), ("a.m. was the hour.", None), ("* * *", None), ("*", None),
])
def test_note_start_labels(line, expected):
    match = NOTE_START.match(line)
    assert (label(match) if match else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("a word.[1] more", ["1"]), ("a word [12] more", ["12"]), ("a word.* more", ["*"]),
    ("a word,** more", ["**"]), ("docks,† and", ["†"]), ("unsigned. [*]", ["*"]),
    ("letters. [a] All", ["a"]),
    # not markers: separators, a star not attached to a word, supplied letters
    ("* * *", []), ("***", []), ("a * b", []), ("crit[i]cal", []), ("[t]he", []),
])
def test_marker_labels(text, expected):
    assert [label(m) for m in NOTE_MARKER.finditer(text)] == expected


def test_each_note_takes_the_first_unused_marker_with_its_label():
    block = Block("p", "One.* Two.* Three.* Four [1] five [1].", 1)
    available = Counter({"*": 2, "1": 1})
    assert mark_inline(block, available) == ["*", "*", "1"]
    assert block.text == "One. Two. Three.* Four five [1]."
    assert [(s.start, s.attr("n")) for s in block.spans if s.tag == "note"] == [(4, "*"), (9, "*"), (22, "1")]
    assert available == Counter({"*": 0, "1": 0})


def test_regression_line_breaks_after_a_marker_keep_their_place():
    """A paragraph over two lines with a marker on the first: the line break moves back
    by the marker's length instead of landing inside the next word."""
    block = Block("p", "One [1] two three", 1, breaks=[12])  # "One [1] two" / "three"
    mark_inline(block, Counter({"1": 1}))
    assert block.text == "One two three"
    assert block.breaks == [8]
    assert block.text[block.breaks[0]:] == "three"


def test_fidelity_strips_only_the_markers_the_notes_take():
    text = "Strike.* Lockout.** Separator:\n* * *\nMore.* Again [1] and [1]."
    assert without_markers(text, Counter({"*": 1, "**": 1, "1": 1})).split() == \
        "Strike. Lockout. Separator: * * * More.* Again and [1].".split()


# ---- fixture pages -------------------------------------------------------------------

def note_labels(page) -> list[str]:
    return page.xpath("//t:text//t:note/@n")


def test_asterisk_and_dagger_notes_are_anchored_in_order(page):
    p = page(ASTERISKS)
    assert note_labels(p) == ["*", "**", "†", "*"]
    assert p.xpath("//t:back") == []
    # the two "*" notes, each at its own marker
    assert p.texts("//t:p[@xml:id='p1']/t:note") == ["The union local had been chartered in 1931."]
    assert p.texts("//t:p[@xml:id='p3']/t:note") == ["The council met behind closed doors that afternoon. – Editor"]
    assert p.one("//t:ab[@type='separator']") == "* * *"
    assert "W-NOTE-UNANCHORED" not in p.codes and "W-MARKER-NO-NOTE" not in p.codes


def test_lettered_and_bracketed_star_notes(page):
    p = page(LETTERS)
    assert note_labels(p) == ["a", "b", "*"]
    assert p.texts("//t:note[@n='b']") == ["A member of the union since its founding, who asked that his name not be printed."]
    assert p.xpath("//t:note[@n='*']/@type") == ["editorial"]
    # a supplied letter is the editor's insert, not a marker
    assert p.texts("//t:seg[@type='editorial']") == ["[i]"]
    assert "[a]" not in p.one("//t:p[@xml:id='p1']")


def test_a_note_without_marker_is_kept_in_back_and_warned_about(page):
    p = page(MISSING)
    [kept] = p.xpath("//t:back/t:div[@type='notes']/t:note")
    assert (kept.get("n"), kept.get("anchored"), kept.get("place")) == ("1", "false", "end")
    assert kept.get("{http://www.w3.org/XML/1998/namespace}id") == "note1"
    assert p.xpath("//t:body//t:note/@n") == ["2"]
    warnings = [w for w in p.result.warnings if w.code == "W-NOTE-UNANCHORED"]
    assert len(warnings) == 1 and "note 1" in warnings[0].message and warnings[0].line == 27
    # nothing lost, in the page's order, although note 1 now comes after note 2
    assert tei_parts(p.tree)[1] == source_parts(p.text)[1]


def test_a_repeated_marker_stays_text_and_is_warned_about(page):
    p = page(REPEATED)
    assert note_labels(p) == ["1", "2"]
    assert "like the first, [1] was passed" in p.one("//t:p[@xml:id='p2']")
    [warning] = [w for w in p.result.warnings if w.code == "W-MARKER-NO-NOTE"]
    assert "anchored at an earlier marker" in warning.message


def test_cli_encodes_a_page_with_a_missing_marker_and_validates_it_with_a_warning(tmp_path):
    out = tmp_path / "out.xml"
    encoded = subprocess.run([*tei_command(), "encode", str(FIXTURES / f"{MISSING}.txt"), "-o", str(out)],
                             capture_output=True, text=True)
    assert encoded.returncode == 0, encoded.stderr
    assert "W-NOTE-UNANCHORED" in encoded.stderr
    validated = subprocess.run([*tei_command(), "validate", str(out)], capture_output=True, text=True)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "warning TEI-R013 note 1 has no anchor in the text" in validated.stderr + validated.stdout
    strict = subprocess.run([*tei_command(), "validate", "--strict", str(out)], capture_output=True, text=True)
    assert strict.returncode == 1


# ---- the rules over labels and unanchored notes (both engines) ------------------------

HEADER = """<teiHeader><fileDesc>
<titleStmt><title>T</title><author>A</author></titleStmt>
<publicationStmt><distributor>d</distributor><availability><p>u</p></availability></publicationStmt>
<sourceDesc><bibl><date when="1933">1933</date></bibl></sourceDesc>
</fileDesc></teiHeader>"""


def document(body: str, back: str = "") -> bytes:
    back = f"<back><div type='notes'>{back}</div></back>" if back else ""
    return (f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER}<text><body><p>{body}</p></body>'
            f"{back}</text></TEI>").encode()


def note(n: str, ident: str = "", anchored: bool = True) -> str:
    attrs = f' n="{n}"' + (f' xml:id="{ident}"' if ident else "") + ("" if anchored else ' anchored="false"')
    return f"<note{attrs}>x</note>"


def findings(data: bytes, engines) -> list[tuple]:
    from tei.validation import _deduplicated, _parse_input
    from tei.validation.locate import SourceLines

    parsed = _parse_input(data, "doc")
    found = list(parsed.findings)
    for engine in engines:
        found.extend(engine.check(parsed, SourceLines(parsed.data)))
    return sorted((f.code, f.severity, f.message) for f in _deduplicated(found))


CASES = {
    "labels are not counted": (document(note("*") + note("1") + note("a") + note("**") + note("2")), []),
    "a gap": (document(note("1") + note("3")), [("TEI-R004", "note numbered '3'; expected n=\"2\"")]),
    "starting at 2": (document(note("2")), [("TEI-R004", "note numbered '2'; expected n=\"1\"")]),
    "zero": (document(note("0") + note("1")), [("TEI-R004", "note numbered '0'; expected n=\"1\"")]),
    "a repeat": (document(note("1") + note("2") + note("2")),
                 [("TEI-R004", "note numbered '2' repeats a number that 2 notes carry")] * 2),
    "a decrease": (document(note("2") + note("1")),
                   [("TEI-R014", "note numbered '1' comes after note '2' in the text")]),
    "a repeat is no decrease": (document(note("1") + note("1")),
                                [("TEI-R004", "note numbered '1' repeats a number that 2 notes carry")] * 2),
    "an unanchored note fills the gap": (
        document(note("2", "note2"), note("1", "note1", anchored=False)),
        [("TEI-R013", "note 1 has no anchor in the text: its marker was not found in the source")]),
    "an unanchored note is not in the order": (
        document(note("1", "note1") + note("3", "note3"), note("2", "note2", anchored=False)),
        [("TEI-R013", "note 2 has no anchor in the text")]),
    "an anchored note in back without a pointer": (
        document(note("1"), note("2", "note2")), [("TEI-R005", "note 2 in back has no anchor")]),
}


@pytest.mark.parametrize("name", CASES)
def test_note_rules_in_both_engines(name):
    from tei.validation.engines import bundled_engines, schematron_engines

    data, expected = CASES[name]
    python_rules = findings(data, bundled_engines())
    assert python_rules == findings(data, schematron_engines())
    rules = [(code, message) for code, _severity, message in python_rules if code.startswith("TEI-R")]
    assert len(rules) == len(expected), rules
    for (code, message), (want_code, want_text) in zip(rules, expected):
        assert code == want_code and want_text in message, (code, message)
    assert all(severity == "warning" for code, severity, _ in python_rules if code in ("TEI-R013", "TEI-R014"))


def test_both_engines_agree_on_any_mix_of_labels_and_anchoring():
    """Property: for random notes (numbers, labels, leading zeros, empty @n; in the
    body or in back; anchored or not) the Python rules and the Schematron agree."""
    from hypothesis import given, settings, strategies as st

    from tei.validation.engines import bundled_engines, schematron_engines

    notes = st.lists(st.tuples(st.sampled_from(["1", "2", "3", "4", "0", "02", "*", "a", ""]),
                               st.booleans(), st.booleans()), max_size=6)

    @settings(max_examples=80, deadline=None, derandomize=True)
    @given(notes)
    def agree(drawn):
        body = "".join(note(n, f"note{i}", anchored) for i, (n, anchored, in_back) in enumerate(drawn) if not in_back)
        back = "".join(note(n, f"note{i}", anchored) for i, (n, anchored, in_back) in enumerate(drawn) if in_back)
        data = document(body, back)
        assert findings(data, bundled_engines()) == findings(data, schematron_engines())

    agree()


def test_notes_the_page_numbers_out_of_order_stay_at_their_markers(page):
    """A page whose markers run "[2]" before "[1]" (some collected works number their
    editors' notes so) is encoded, not refused: each note at its marker, a warning on
    stderr, and TEI-R014 (a warning) in validation."""
    p = page("notes_numbered_out_of_order")
    assert "W-NOTE-ORDER" in p.codes
    assert p.texts("//t:body//t:note/@n") == ["2", "1"]
    assert p.one("//t:body//t:note[@n='2']").startswith("The article on the grain tax")
