"""Options and output helpers shared by several commands."""
from __future__ import annotations

from pathlib import Path

import click

register_option = click.option(
    "--register", type=click.Path(dir_okay=False, path_type=Path),
    help="Register of persons, places and organisations (TEI); default: the bundled one.",
)
date_option = click.option(
    "--date", metavar="YYYY-MM-DD",
    help="Date of this encoding for revisionDesc (else SOURCE_DATE_EPOCH, else none).",
)


def echo_warnings(warnings) -> None:
    for warning in warnings:
        click.echo(f"tei: {warning}", err=True)
