"""Big inputs stay linear: 50,000 lines, a 10 MB paragraph, wide wraps and long words,
each under the runaway guard (a quadratic path or a recursion per column hits it)."""
from __future__ import annotations

import pytest

from hostile_run import run_tei

PROSE = "the workers of the factory met again and spoke of wages, bread and the next strike in the town; " * 9 \
    + "Then Smirnov spoke. "  # a name of the register: some 10,000 mentions of one entry


def article_with_body(seed_path, folder, name, body: str):
    text = seed_path.read_text(encoding="utf-8")
    head, sep, rest = text.partition("Moscow. ")
    path = folder / name
    path.write_text(head + body + "\n\n" + sep + rest, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def big_inputs(tmp_path_factory, seed_path):
    """Made at test time, never committed: (article, its TEI) for each shape."""
    folder = tmp_path_factory.mktemp("big")
    made = {}
    bodies = {
        "lines": "\n".join(f"line {i} of a long table" for i in range(50_000)),
        "paragraph": PROSE * (10_000_000 // len(PROSE)),
    }
    for shape, body in bodies.items():
        article = article_with_body(seed_path, folder, f"{shape}.txt", body)
        tei = folder / f"{shape}.xml"
        ran = run_tei("encode", article, "-o", tei)
        made[shape] = (article, tei, ran)
    return made


@pytest.mark.parametrize("shape", ["lines", "paragraph"])
def test_a_big_article_encodes(big_inputs, shape):
    article, tei, ran = big_inputs[shape]
    assert ran.returncode == 0, ran.stderr
    assert "Traceback" not in ran.stderr and tei.stat().st_size > article.stat().st_size // 2


@pytest.mark.parametrize("view", ["html", "text"])
@pytest.mark.parametrize("shape", ["lines", "paragraph"])
def test_a_big_article_renders(big_inputs, shape, view, tmp_path):
    _, tei, _ = big_inputs[shape]
    out = tmp_path / f"out.{view}"
    ran = run_tei("render", tei, "--to", view, "-o", out)
    assert ran.returncode == 0, ran.stderr
    assert out.stat().st_size > 500_000
    if view == "html" and shape == "paragraph":
        assert b'-m5000"' in out.read_bytes()  # one entry's 5,000th mention has its anchor


def test_entities_on_a_10_mb_paragraph_finishes(big_inputs):
    article, _, _ = big_inputs["paragraph"]
    ran = run_tei("entities", article)
    assert ran.returncode == 0, ran.stderr


def test_a_paragraph_of_names_is_not_quadratic_for_entities(tmp_path, seed_path):
    unit = "Comrade Petrov of the Moscow Party said that Stalin and the Left Opposition met Ivanov in Leningrad. "
    # 1.2 MB: a few seconds when linear; a quadratic kind lookup took 20 s for a third of it
    article = article_with_body(seed_path, tmp_path, "names.txt", unit * 12_000)
    ran = run_tei("entities", article, timeout=60)  # the runaway guard: only a blow-up hits it
    assert ran.returncode == 0, ran.stderr
    assert "Petrov" in ran.stdout.decode()


@pytest.mark.parametrize("wrap", ["1500", "5000", "100000"])
def test_wide_wraps_render(tmp_path, seed_tei, wrap):
    tei = tmp_path / "seed.xml"
    tei.write_bytes(seed_tei)
    ran = run_tei("render", tei, "--to", "text", "--param", f"wrap={wrap}")
    assert ran.returncode == 0, ran.stderr
    assert "=" * 100 in ran.stdout.decode()  # the title's rule, as wide as the measure


def test_a_title_of_one_5000_character_word_renders(tmp_path, seed_path):
    text = seed_path.read_text(encoding="utf-8").replace("Stalinist Persecutions", "A" * 5000)
    article = tmp_path / "long.txt"
    article.write_text(text, encoding="utf-8")
    tei = tmp_path / "long.xml"
    assert run_tei("encode", article, "-o", tei).returncode == 0
    for view in ("text", "html"):
        ran = run_tei("render", tei, "--to", view)
        assert ran.returncode == 0, ran.stderr
        assert "A" * 5000 in ran.stdout.decode()
