"""A reader of plain text, the README's worked example of a new reader (registered only
by the tests): "Title: ..." on the first line, then paragraphs separated by blank lines."""
from __future__ import annotations

from tei.errors import ContentError
from tei.model import Article, Block, Division, Header


def recognises(text: str) -> bool:
    return text.startswith("Title: ")


def read(text: str, path: str | None = None) -> tuple[Article, list]:
    if not recognises(text):
        raise ContentError("not a plain page: its first line is not 'Title: ...'", path)
    header = Header(title=text.split("\n", 1)[0].removeprefix("Title: ").strip(), title_line=1)
    body = Division("article", line=1)
    body.heads.append(Block("head", header.title, 1, attrs={"type": "main"}))
    line = 1
    for paragraph in text.split("\n\n")[1:]:
        line += 2 if line > 1 else 1
        if paragraph.strip():
            body.content.append(Block("p", " ".join(paragraph.split()), line))
        line += paragraph.count("\n")
    if not body.content:
        raise ContentError("no paragraphs after the title", path)
    return Article(header=header, body=body, path=path), []
