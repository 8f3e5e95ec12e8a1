"""``tei entities ARTICLE|DIR ... [--register FILE] [--from READER] [--format text|json|tei]``."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..options import Options
from ._options import input_limit_option, with_options


def _sources(paths: tuple[Path, ...]) -> list[Path]:
    """Files as given; folders searched as ``tei build`` searches them."""
    from ..build import find_articles

    folders = [path for path in paths if path.is_dir()]
    found = [job.source for job in find_articles(folders, Path("/nonexistent/tei-entities"))] if folders else []
    return [path for path in paths if not path.is_dir()] + found


@click.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@with_options("register", "reader")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "tei"]), default="text", show_default=True)
@input_limit_option
def entities(articles: tuple[Path, ...], options: Options, fmt: str) -> int:
    """List the names of the ARTICLES (files or folders) that the register does not know.

    text and json: each capitalised name with its contexts and the kind the name
    recogniser gives it (person, place, org, periodical, or unknown). tei: the
    recogniser's proposals as a TEI register, one entry per referent across all the
    articles, each still carrying the recogniser's @resp and @cert, for an editor to
    accept, correct or delete and pass back with --register.
    """
    from ..companions import find_companions
    from ..errors import visible
    from ..passes import annotate
    from ..pipeline import load_register, read, read_article_bytes
    from ..readers.decode import decode
    from ..unknown_names import unknown_names

    register = load_register(options.register)
    per_file, listed = [], []
    for article in _sources(articles):
        text = decode(read_article_bytes(article), str(article))
        model = read(text, str(article), options)
        annotate(model, register, find_companions(article).corrections, names="all")
        per_file.append((str(article), model.found))
        listed.append((article, unknown_names(model)))
    if fmt == "tei":
        from ..passes.recognise.proposals import merge, proposals_document
        from ..writer.document import serialize

        sys.stdout.buffer.write(serialize(proposals_document(merge(per_file))))
        sys.stdout.flush()
    elif fmt == "json":
        items = [u.as_dict() | ({"file": str(a)} if len(listed) > 1 else {}) for a, found in listed for u in found]
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
    else:
        for article, found in listed:
            for unknown in found:
                click.echo(f"{unknown.name}\t{unknown.kind}\t{len(unknown.contexts)}")
                for line, context in unknown.contexts:
                    click.echo(f"  {visible(str(article))}:{line}: {context}")
    return 0
