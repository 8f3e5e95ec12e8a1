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


def _check_date(ctx, param, value: str | None) -> str | None:
    """--date is an ISO date: a bad one is a usage error before any file is read."""
    if value is None:
        return None
    import datetime

    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--date {value!r}: expected an ISO date, YYYY-MM-DD (e.g. 2026-01-31)") from None
    return value


date_option = click.option(
    "--date", metavar="YYYY-MM-DD", callback=_check_date,
    help="Date of this encoding for revisionDesc (else SOURCE_DATE_EPOCH, else none).",
)


def _check_schema_href(ctx, param, value: str | None) -> str | None:
    """--schema-href goes into <?xml-model href="..."?>: no quote, no '?>', no control
    character or space (a URL or a relative folder)."""
    if value is None:
        return None
    bad = [c for c in value if c in '"<>' or ord(c) < 0x20 or c.isspace() or ord(c) == 0x7f]
    if bad or "?>" in value:
        shown = value.encode("unicode_escape").decode("ascii")
        raise UsageError(f"--schema-href {shown!r}: expected a URL or a relative folder, without spaces, quotes, "
                                 "'<', '>' or control characters (percent-encode them)")
    return value


schema_href_option = click.option(
    "--schema-href", metavar="BASE", callback=_check_schema_href,
    help="Where <?xml-model?> points (a folder or URL ending in /).",
)


def _check_params(ctx, param, pairs: tuple[str, ...]) -> dict[str, str]:
    """--param NAME=VALUE, checked against the views' declared parameters and values."""
    from ..views import VIEWS, check_params

    params = parse_params(pairs)
    for name, value in params.items():
        problems = []
        for view in VIEWS:
            try:
                check_params(view, {name: value})
                break
            except UsageError as error:
                problems.append(error.message)
        else:
            raise UsageError(f"--param {problems[0].removeprefix('parameter ')}")
    return params


params_option = click.option(
    "--param", "params", multiple=True, metavar="NAME=VALUE", callback=_check_params,
    help="A view parameter (see xslt/params.xsl): reading=corrected|diplomatic, wrap=72... (repeatable).",
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
