"""``tei entities ARTICLE.txt [--register FILE] [--format text|json]``."""
from __future__ import annotations

import json
from pathlib import Path

import click

from ..options import Options
from ._options import input_limit_option, with_options


@click.command()
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@with_options("register", "reader")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@input_limit_option
def entities(article: Path, options: Options, fmt: str) -> int:
    """List the capitalised names of ARTICLE that the register does not know, each with
    its contexts and a guess of its kind (person, place, org)."""
    from ..companions import find_companions
    from ..errors import visible
    from ..passes import annotate
    from ..unknown_names import unknown_names
    from ..pipeline import load_register, read, read_article_bytes
    from ..readers.decode import decode

    text = decode(read_article_bytes(article), str(article))
    model = read(text, str(article), options)
    annotate(model, load_register(options.register), find_companions(article).corrections)
    found = unknown_names(model)
    if fmt == "json":
        click.echo(json.dumps([u.as_dict() for u in found], ensure_ascii=False, indent=2))
    else:
        for unknown in found:
            click.echo(f"{unknown.name}\t{unknown.kind}\t{len(unknown.contexts)}")
            for line, context in unknown.contexts:
                click.echo(f"  {visible(str(article))}:{line}: {context}")
    return 0
