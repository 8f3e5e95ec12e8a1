"""Options and output helpers shared by several commands."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import UsageError

register_option = click.option(
    "--register", type=click.Path(dir_okay=False, path_type=Path),
    help="Register of persons, places and organisations (TEI); default: the bundled one.",
)


def _output_path(ctx, param, value: Path | None) -> Path | None:
    """``-o -`` is standard output, as no ``-o``."""
    return None if value is None or str(value) == "-" else value


output_option = click.option(
    "-o", "--output", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), callback=_output_path,
    help="Write here instead of stdout ('-': stdout).",
)


def _input_limit(ctx, param, value: int) -> int:
    from ..files import MB, set_input_limit

    set_input_limit(value * MB)
    return value


input_limit_option = click.option(
    "--max-input-size", "max_input_size", type=click.IntRange(min=1), default=64, show_default=True, metavar="MB",
    callback=_input_limit, is_eager=True, expose_value=False,
    help="Refuse any input file larger than this many megabytes, before reading it.",
)
date_option = click.option(
    "--date", metavar="YYYY-MM-DD",
    help="Date of this encoding for revisionDesc (else SOURCE_DATE_EPOCH, else none).",
)


def echo_warnings(warnings) -> None:
    for warning in warnings:
        click.echo(f"tei: {warning}", err=True)


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    """NAME=VALUE pairs from --param; a pair without '=' is a usage error."""
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--param {pair!r}: expected NAME=VALUE, e.g. --param reading=diplomatic")
        params[name.strip()] = value
    return params
