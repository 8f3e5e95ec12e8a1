"""``tei site OUT --out SITE [--force] [--no-search] [--title TEXT] [--serve [--port N]]``.

The files written go to stdout, one per line, when stdout is not a terminal; the
summary goes to stderr.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import ExitStatus


@click.command()
@click.argument("source", metavar="OUT", type=click.Path(file_okay=False, path_type=Path))
@click.option("--out", "site", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="The site's folder.")
@click.option("--force", is_flag=True, help="Render and write every page, even those that are current.")
@click.option("--no-search", "no_search", is_flag=True, help="Leave the search index (Pagefind) as it is.")
@click.option("--title", default="ETOL reading edition", show_default=True, help="The site's name.")
@click.option("--serve", is_flag=True, help="Then serve the site on 127.0.0.1 until Ctrl-C.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port for --serve (0: any free one).")
def site(source: Path, site: Path, force: bool, no_search: bool, title: str, serve: bool, port: int) -> int:
    """Make a static reading edition of the TEI files in OUT (what `tei build` writes):
    a home page by periodical and date, article pages, registers of persons, places and
    organisations across the articles, and search."""
    from ..site import build_site

    result = build_site(source, site, force=force, search=not no_search, title=title)
    if not sys.stdout.isatty():
        for href in result.written:
            click.echo(site / href)
    for name in result.ignored:
        click.echo(f"tei: {source / name}: not TEI, left out", err=True)
    searched = "" if result.search_seconds is None else f"; search index in {result.search_seconds:.1f} s"
    click.echo(f"tei: {result.articles} article(s), {result.pages} page(s): {len(result.written)} written, "
               f"{len(result.removed)} removed{searched} in {site}", err=True)
    if serve:
        serve_site(site, port)
    return ExitStatus.OK


def serve_site(site: Path, port: int) -> None:
    from ..errors import InputError
    from ..site.serve import make_server

    try:
        server = make_server(site, port)
    except OSError as error:
        raise InputError(f"cannot listen on 127.0.0.1:{port}: {error.strerror}") from error
    click.echo(f"tei: serving {site} on http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
