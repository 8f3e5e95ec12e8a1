"""The command-line options shared by several commands, declared once, and the helpers
the commands share.

Each option that a stage reads is a field of :class:`tei.options.Options`; its click
declaration is in :data:`OPTIONS`, under the field's name. A command takes the ones it
offers with :func:`with_options` and receives one ``options`` argument, made once::

    @click.command()
    @with_options("register", "date")
    def encode(article, options): ...
"""
from __future__ import annotations

import functools
from pathlib import Path

import click

from ..errors import UsageError
from ..options import Options
from ..readers import READERS


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


def _check_params(ctx, param, pairs: tuple[str, ...]) -> tuple[str, ...]:
    """--param NAME=VALUE, checked against the views' declared parameters and values."""
    from ..views import VIEWS, check_params

    for name, value in parse_params(pairs).items():
        problems = []
        for view in VIEWS:
            try:
                check_params(view, {name: value})
                break
            except UsageError as error:
                problems.append(error.message)
        else:
            raise UsageError(f"--param {problems[0].removeprefix('parameter ')}")
    return pairs


#: field of :class:`~tei.options.Options` -> its click declaration
OPTIONS = {
    "reader": click.option(
        "--from", "reader", type=click.Choice([reader.name for reader in READERS]),
        help="The input's format (default: chosen by content): "
             + "; ".join(f"{reader.name}: {reader.summary}" for reader in READERS) + ".",
    ),
    "source_url": click.option(
        "--source-url", metavar="URL", help="The page's address, for the header (else <stem>.meta.toml).",
    ),
    "register": click.option(
        "--register", type=click.Path(dir_okay=False, path_type=Path),
        help="Register of persons, places and organisations (TEI); default: the bundled one.",
    ),
    "date": click.option(
        "--date", metavar="YYYY-MM-DD", callback=_check_date,
        help="Date of this encoding for revisionDesc (else SOURCE_DATE_EPOCH, else none).",
    ),
    "editor": click.option(
        "--editor", metavar="NAME", help="The edition's responsible editor, a person (else <stem>.meta.toml).",
    ),
    "editor_body": click.option(
        "--editor-body", metavar="NAME", help="The edition's responsible editor, a body (else <stem>.meta.toml).",
    ),
    "schema_href": click.option(
        "--schema-href", metavar="BASE", callback=_check_schema_href, help="Where <?xml-model?> points (a folder or URL ending in /).",
    ),
    "names": click.option(
        "--names", type=click.Choice(["register", "all"]), default=None,
        help="Names to mark: the register's only, or also those the name recogniser finds, "
             "marked with @resp and @cert (default: all).",
    ),
    "params": click.option(
        "--param", "params", multiple=True, metavar="NAME=VALUE", callback=_check_params,
        help="A view parameter, repeatable (see xslt/params.xsl): reading=corrected|diplomatic, wrap=72...",
    ),
}


def with_options(*names: str):
    """Declare the options ``names`` (fields of :class:`~tei.options.Options`) on a
    command, which is called with one ``options`` argument instead of them."""
    def decorate(command):
        @functools.wraps(command)
        def run(**values):
            given = {name: values.pop(name) for name in names}
            return command(options=make_options(**given), **values)

        for name in reversed(names):
            run = OPTIONS[name](run)
        return run

    return decorate


def make_options(**given) -> Options:
    """The options of a run from the command line's values (unset ones keep their defaults)."""
    if "params" in given:
        given["params"] = tuple(sorted(parse_params(given["params"]).items()))
    return Options(**{name: value for name, value in given.items() if value is not None})


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
