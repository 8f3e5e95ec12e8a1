"""``tei render``: one TEI file to HTML or plain text with the XSLT views."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click
from lxml import etree

from ..errors import ContentError, InputError, UsageError
from ..views import VIEWS, render as render_view
from ..views.stylesheets import safe_parser


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    """NAME=VALUE pairs from --param; a pair without '=' is a usage error."""
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise UsageError(f"--param {pair!r}: expected NAME=VALUE, e.g. --param reading=diplomatic")
        params[name.strip()] = value
    return params


def read_tei(source: str) -> etree._ElementTree:
    """Parse a file (or '-' for stdin) with the safe parser; errors name the file."""
    parser = safe_parser()
    name = "<stdin>" if source == "-" else source
    if source != "-" and not Path(source).is_file():
        raise InputError("no such file", path=name)
    try:
        if source == "-":
            tree = etree.parse(sys.stdin.buffer, parser)
        else:
            tree = etree.parse(source, parser)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", path=name) from error
    except etree.XMLSyntaxError as error:
        line = error.lineno if error.lineno else None
        raise ContentError(f"not well-formed XML: {error.msg}", path=name, line=line) from error
    tree.docinfo.URL = name
    return tree


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it over: never half a file."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror or error}", path=str(path)) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@click.command()
@click.argument("source", metavar="FILE.xml")
@click.option("--to", "view", type=click.Choice(sorted(VIEWS)), required=True, help="The view to render.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here (default: stdout).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A stylesheet parameter (see xslt/params.xsl): reading=corrected|diplomatic, wrap=72...")
def render(source: str, view: str, output: Path | None, params: tuple[str, ...]) -> int:
    """Render FILE.xml ('-' for stdin) as HTML or plain text."""
    tree = read_tei(source)
    rendered = render_view(tree, view, parse_params(params))
    for warning in rendered.warnings:
        click.echo(str(warning), err=True)
    if output is None:
        stream = click.get_binary_stream("stdout")
        stream.write(rendered.output)
        stream.flush()
    else:
        write_atomically(output, rendered.output)
    return 0
