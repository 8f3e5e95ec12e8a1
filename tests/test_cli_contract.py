"""The CLI's contract: exit statuses, one-line errors naming the file, no half-written output."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tei.cli import main
from tei_processes import tei_command


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*tei_command(), *args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture()
def bad_inputs(tmp_path):
    files = {
        "empty.txt": b"",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00",
        "latin1.txt": "Main NI Index\n\nLe caf\u00e9\n".encode("latin-1"),
        "no-text.txt": b"Main NI Index\n\nFrom The Militant, Vol. 1 No. 1, 1 May 1930, p. 1.\n",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


@pytest.mark.parametrize("name, message", [
    ("empty.txt", "empty file"),
    ("binary.txt", "binary file"),
    ("latin1.txt", "not UTF-8"),
    ("no-text.txt", "no article text found"),
])
def test_bad_input_is_one_line_naming_the_file_exit_1_and_no_output(bad_inputs, name, message):
    out = bad_inputs / "out.xml"
    result = run("encode", str(bad_inputs / name), "-o", str(out))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and message in lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert list(bad_inputs.glob(".out.xml*")) == []


def test_missing_path_is_exit_2(tmp_path):
    result = run("encode", str(tmp_path / "nowhere.txt"))
    assert result.returncode == 2
    assert "nowhere.txt" in result.stderr and "Traceback" not in result.stderr


def test_usage_error_is_exit_2():
    assert run("encode").returncode == 2
    assert run("build", "--param", "novalue").returncode == 2
    assert run("no-such-command").returncode == 2


def test_traceback_only_when_asked(bad_inputs):
    result = run("--traceback", "encode", str(bad_inputs / "empty.txt"))
    assert result.returncode != 0 and "Traceback" in result.stderr


def test_windows_line_endings_and_bom_give_the_same_tei(seed_path, tmp_path):
    plain = run("encode", str(seed_path)).stdout
    crlf = tmp_path / seed_path.name
    crlf.write_bytes(b"\xef\xbb\xbf" + seed_path.read_bytes().replace(b"\n", b"\r\n"))
    for companion in seed_path.parent.glob(seed_path.stem + ".*"):
        if companion != seed_path:
            (tmp_path / companion.name).write_bytes(companion.read_bytes())
    result = run("encode", str(crlf))
    assert result.returncode == 0, result.stderr
    assert result.stdout == plain


def test_encode_writes_stdout_or_file(seed_path, tmp_path):
    result = run("encode", str(seed_path), "--source-url", "https://example.org/a.htm")
    assert result.returncode == 0
    assert "<idno type=\"URI\">https://example.org/a.htm</idno>" in result.stdout
    out = tmp_path / "a.xml"
    assert run("encode", str(seed_path), "-o", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="UTF-8"?>')


def test_companion_meta_file_supplies_the_url(seed_path, tmp_path):
    article = tmp_path / "page.txt"
    article.write_bytes(seed_path.read_bytes())
    (tmp_path / "page.meta.toml").write_text('source_url = "https://example.org/page.htm"\n', encoding="utf-8")
    result = run("encode", str(article))
    assert 'target="https://example.org/page.htm"' in result.stdout
    assert "W-NO-URL" not in result.stderr


def test_broken_meta_file_is_named_with_its_line(seed_path, tmp_path):
    article = tmp_path / "page.txt"
    article.write_bytes(seed_path.read_bytes())
    (tmp_path / "page.meta.toml").write_text('source_url = "x"\nthis is not toml\n', encoding="utf-8")
    result = run("encode", str(article))
    assert result.returncode == 1
    assert "page.meta.toml:2:" in result.stderr


def test_build_and_check(tmp_path):
    result = run("build", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    built = tmp_path / "out" / "militant-1933-04-01-stalinist-persecutions.xml"
    assert built.exists()
    assert run("build", "--out", str(tmp_path / "out"), "--check").returncode == 0
    built.write_bytes(built.read_bytes().replace(b"Stalinist Persecutions", b"Stalinist Persecution", 1))
    stale = run("build", "--out", str(tmp_path / "out"), "--check")
    assert stale.returncode == 1 and "stale" in stale.stderr


def test_main_returns_status_without_exiting(capsys, tmp_path):
    assert main(["encode", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err


def test_installed_toolkit_works_from_any_directory(tmp_path):
    """Schemas, stylesheets and the bundled article are found through the package, not
    the current directory; outside a checkout, <?xml-model?> names the installed schema."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    built = run("build", "--out", "out", cwd=elsewhere)
    assert built.returncode == 0, built.stderr
    xml = elsewhere / "out" / "militant-1933-04-01-stalinist-persecutions.xml"
    assert (elsewhere / "out" / "militant-1933-04-01-stalinist-persecutions.html").exists()
    href = xml.read_text(encoding="utf-8").split('href="', 1)[1].split('"', 1)[0]
    assert href.startswith("file://") and href.endswith("/tei-etol.xsd")
    from urllib.parse import unquote, urlparse

    assert Path(unquote(urlparse(href).path)).is_file()
    checked = run("validate", str(xml), cwd=elsewhere)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_every_command_prefixes_its_warnings_with_tei(capsys):
    """`tei render` too: every line on stderr starts "tei: ", as for encode and build."""
    unknown = Path(__file__).resolve().parent / "views" / "fixtures" / "unknown.xml"
    assert main(["render", str(unknown), "--to", "text"]) == 0
    err = capsys.readouterr().err
    assert "[W-VIEW-UNKNOWN]" in err
    assert all(line.startswith("tei: ") for line in err.splitlines())


def test_meta_and_corrections_files_fail_with_the_same_error_kind(seed_path, tmp_path):
    from tei.errors import RegisterError
    from tei.pipeline import encode_file

    for name, content in (("a.meta.toml", "colour = 'red'\n"), ("a.corrections.tsv", "not a header\n")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "a.txt").write_bytes(seed_path.read_bytes())
        (folder / name).write_text(content, encoding="utf-8")
        with pytest.raises(RegisterError, match=name):
            encode_file(folder / "a.txt")
