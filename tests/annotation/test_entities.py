"""`tei entities`: the names of an article that the register does not know."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LETTER = REPO / "tests" / "fixtures" / "reader" / "letter_salutation_closing_signature_lines.txt"


def entities(*args: str) -> subprocess.CompletedProcess:
    script = Path(sys.executable).with_name("tei")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "tei"]
    return subprocess.run([*command, "entities", *args], capture_output=True, text=True)


def names(result: subprocess.CompletedProcess) -> dict[str, dict]:
    assert result.returncode == 0, result.stderr
    return {item["name"]: item for item in json.loads(result.stdout)}


def test_known_names_are_not_listed_and_unknown_ones_are(seed_path):
    found = names(entities(str(seed_path), "--format", "json"))
    for known in ("Smirnov", "Moscow", "Left Opposition", "Kaganovich", "Torgsin"):
        assert known not in found
    assert "Chervonetz" in found and found["Chervonetz"]["count"] == 1
    assert found["Chervonetz"]["contexts"][0]["context"].count("[Chervonetz]") == 1


def test_words_formed_from_names_and_title_case_heads_are_not_names(seed_path):
    found = names(entities(str(seed_path), "--format", "json"))
    for derived in ("Stalinist", "Trotskyists", "Oppositionists", "Communists", "YCLers"):
        assert derived not in found
    assert "Stalinist Persecutions" not in found  # the title, set in title case
    assert "Situation Among the Exiles" not in found  # a section head


def test_a_name_stops_at_a_line_break_and_gets_a_kind():
    found = names(entities(str(LETTER), "--format", "json"))
    assert "Rosa Karsner" in found and found["Rosa Karsner"]["kind"] == "person"
    assert not any("Secretary" in name for name in found)


def test_text_format_and_bad_path():
    text = entities(str(LETTER))
    assert text.returncode == 0 and "Rosa Karsner\tperson\t1" in text.stdout
    missing = entities(str(LETTER.with_name("no-such-page.txt")))
    assert missing.returncode == 2 and "no-such-page.txt" in missing.stderr
