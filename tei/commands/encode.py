"""``tei encode ARTICLE.txt [-o OUT.xml] [--source-url URL]``."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ._options import date_option, echo_warnings, input_limit_option, output_option, register_option, schema_href_option


@click.command()
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@output_option
@click.option("--source-url", metavar="URL", help="The page's address, for the header (else <stem>.meta.toml).")
@schema_href_option
@register_option
@date_option
@input_limit_option
def encode(article: Path, output: Path | None, source_url: str | None, schema_href: str | None,
           register: Path | None, date: str | None) -> int:
    """Encode one ETOL article text as TEI P5 (stdout without -o)."""
    from ..build import schema_href_base, xml_model_pis
    from ..companions import find_companions
    from ..output import refuse_overwriting_inputs, write_atomic
    from ..pipeline import encode_file
    from ..writer.document import serialize

    if output is not None:
        refuse_overwriting_inputs(output, [article, register, *find_companions(article).paths()])
    result = encode_file(article, source_url=source_url, register_path=register, date=date)
    echo_warnings(result.warnings)
    folder = output.parent if output else Path.cwd()
    data = serialize(result.tree, xml_model_pis(schema_href_base(folder, schema_href)))
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_atomic(output, data)
    return 0
