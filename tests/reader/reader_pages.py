"""The ETOL-like fixture pages of the reader tests, in tests/fixtures/reader/.

Each ``*.txt`` there is a short page in the seed's layout, named after the variant it
exercises; ``refused/`` holds texts the reader must refuse. A new page dropped into the
folder is checked for fidelity, validity and line-ending independence automatically.
"""
from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "reader"
NS = {"t": "http://www.tei-c.org/ns/1.0", "xml": "http://www.w3.org/XML/1998/namespace"}
#: the header's printed source and the web page's own bibl, for the tests' XPaths
PRINTED = "//t:sourceDesc/t:biblStruct[@type='printed']"
DIGITAL = "//t:sourceDesc/t:bibl[@type='digital']"


def page_paths() -> list[Path]:
    return sorted(FIXTURES.glob("*.txt"))


def refused_paths() -> list[Path]:
    return sorted((FIXTURES / "refused").glob("*.txt"))


class Page:
    """One fixture page encoded without a register: its text, result, tree and model."""

    def __init__(self, path: Path):
        from tei.pipeline import encode_text

        self.path = path
        self.text = path.read_text(encoding="utf-8")
        self.result = encode_text(self.text, path=str(path))
        self.tree = self.result.tree
        self.article = self.result.article
        self.header = self.article.header
        self.codes = [warning.code for warning in self.result.warnings]

    def xpath(self, expression: str):
        return self.tree.xpath(expression, namespaces=NS)

    def one(self, expression: str) -> str:
        """The single match of ``expression``, as a string with white space collapsed."""
        found = self.xpath(expression)
        assert len(found) == 1, f"{self.path.name}: {expression}: {len(found)} matches"
        value = found[0]
        return " ".join(value.split()) if isinstance(value, str) else " ".join("".join(value.itertext()).split())

    def texts(self, expression: str) -> list[str]:
        return [" ".join((v if isinstance(v, str) else "".join(v.itertext())).split()) for v in self.xpath(expression)]
