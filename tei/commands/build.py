"""``tei build [ARTICLE.txt ... | DIR ...] [--out DIR] [--check]``."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import ExitStatus, TeiError
from ._options import date_option, echo_warnings, register_option


def parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {value!r}", param_hint="--param")
        params[name] = setting
    return params


@click.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("encoded"), show_default=True,
              help="Output folder.")
@click.option("--check", is_flag=True, help="Rebuild in memory; exit 1 when the output folder is stale.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="A view parameter (repeatable).")
@click.option("--schema-href", metavar="BASE", help="Where <?xml-model?> points (a folder or URL ending in /).")
@register_option
@date_option
def build(inputs: tuple[Path, ...], out: Path, check: bool, params: tuple[str, ...], schema_href: str | None,
          register: Path | None, date: str | None) -> int:
    """Encode, validate and render articles (default: the bundled article) into OUT."""
    from ..build import build_one, find_articles, stale_outputs, write_built
    from ..pipeline import load_register
    from ..resources import seed_article

    view_params = parse_params(params)
    jobs = find_articles(list(inputs) or [seed_article()], out)
    if not jobs:
        raise TeiError("no article texts (*.txt) found in the given folders")
    loaded = load_register(register)
    failed, stale, built_count = 0, [], 0
    for job in jobs:
        try:
            built = build_one(job, register=loaded, date=date, params=view_params, schema_href=schema_href)
        except TeiError as error:
            if len(jobs) == 1:
                raise
            click.echo(f"tei: error: {error}", err=True)
            failed += 1
            continue
        echo_warnings(built.warnings)
        if check:
            stale.extend(stale_outputs(built))
        else:
            for path in write_built(built):
                click.echo(str(path))
        built_count += 1
    if check:
        for line in stale:
            click.echo(f"tei: {line}", err=True)
        if stale:
            click.echo(f"tei: {out} is stale: run `tei build` to update it", err=True)
            return ExitStatus.FAILURE
        click.echo(f"tei: {out} is current ({built_count} article(s))", err=True)
    if failed:
        click.echo(f"tei: {failed} of {len(jobs)} article(s) failed", err=True)
        return ExitStatus.FAILURE
    return ExitStatus.OK
