"""``tei encode ARTICLE.txt [-o OUT.xml] [--source-url URL]``."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..options import Options
from ._options import echo_warnings, input_limit_option, output_option, with_options


@click.command()
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@output_option
@with_options("reader", "source_url", "schema_href", "register", "names", "date", "editor", "editor_body")
@input_limit_option
def encode(article: Path, output: Path | None, options: Options) -> int:
    """Encode one ETOL article text as TEI P5 (stdout without -o)."""
    from ..build import schema_href_base, xml_model_pis
    from ..companions import find_companions
    from ..output import refuse_overwriting_inputs, write_atomic
    from ..pipeline import encode_file
    from ..writer.document import serialize

    if output is not None:
        refuse_overwriting_inputs(output, [article, options.register, *find_companions(article).paths()])
    result = encode_file(article, options)
    echo_warnings(result.warnings)
    folder = output.parent if output else Path.cwd()
    data = serialize(result.tree, xml_model_pis(schema_href_base(folder, options.schema_href)))
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_atomic(output, data)
    return 0
