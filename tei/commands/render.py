"""``tei render``: one TEI file to HTML or plain text with the XSLT views."""
from __future__ import annotations

import sys
from pathlib import Path

import click
from lxml import etree

from ..errors import ContentError, InputError
from ..output import write_atomic
from ..views import VIEWS, render as render_view
from ..views.stylesheets import safe_parser
from ..options import Options
from ._options import echo_warnings, with_options


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


@click.command()
@click.argument("source", metavar="FILE.xml")
@click.option("--to", "view", type=click.Choice(sorted(VIEWS)), required=True, help="The view to render.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here (default: stdout).")
@with_options("params")
def render(source: str, view: str, output: Path | None, options: Options) -> int:
    """Render FILE.xml ('-' for stdin) as HTML or plain text."""
    tree = read_tei(source)
    rendered = render_view(tree, view, options.view_params)
    echo_warnings(rendered.warnings)
    if output is None:
        stream = sys.stdout.buffer
        stream.write(rendered.output)
        stream.flush()
    else:
        write_atomic(output, rendered.output)
    return 0
