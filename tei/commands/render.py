"""``tei render``: one TEI file to HTML or plain text with the XSLT views."""
from __future__ import annotations

import sys
from pathlib import Path

import click
from lxml import etree

from ..errors import ContentError
from ..output import refuse_overwriting_inputs, write_atomic
from ..views import VIEWS, render as render_view
from ..views.stylesheets import safe_parser
from ..options import Options
from ._options import echo_warnings, input_limit_option, output_option, with_options


def read_tei(source: str) -> etree._ElementTree:
    """Parse a file (or '-' for stdin) with the safe parser; errors name the file."""
    from ..files import read_input, read_stream
    from ..validation.parsing import _dtd_finding as dtd_finding

    parser = safe_parser()
    name = "<stdin>" if source == "-" else source
    data = read_stream(sys.stdin.buffer) if source == "-" else read_input(source, "TEI file")
    try:
        tree = etree.ElementTree(etree.fromstring(data, parser, base_url=None if source == "-" else source))
    except etree.XMLSyntaxError as error:
        line = error.lineno if error.lineno else None
        raise ContentError(f"not well-formed XML: {error.msg}", path=name, line=line) from error
    tree.docinfo.URL = name
    refused = dtd_finding(name, tree)  # as tei validate: a DTD or an entity is refused, not half-read
    if refused is not None:
        raise ContentError(refused.message, path=name, line=refused.line or None)
    return tree


@click.command()
@click.argument("source", metavar="FILE.xml")
@click.option("--to", "view", type=click.Choice(sorted(VIEWS)), required=True, help="The view to render.")
@output_option
@with_options("params")
@input_limit_option
def render(source: str, view: str, output: Path | None, options: Options) -> int:
    """Render FILE.xml ('-' for stdin) as HTML or plain text."""
    if output is not None and source != "-":
        refuse_overwriting_inputs(output, [Path(source)])
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
