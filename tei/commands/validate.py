"""``tei validate``: check TEI files against the project's schema and rules, or another."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ._options import input_limit_option


@click.command(name="validate")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--schema", "schemas", multiple=True, metavar="FILE",
              help="Validate against this .xsd, .rng or .sch instead of the bundled schema and rules (repeatable).")
@click.option("--schema-read", "schema_read", multiple=True, metavar="DIR",
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A folder whose files a --schema Schematron may read (repeatable; default: none).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "junit", "github"]), default="text",
              show_default=True, help="Report format.")
@click.option("--strict", is_flag=True, help="Count warnings as errors.")
@click.option("-q", "--quiet", is_flag=True, help="No summary line.")
@input_limit_option
def validate(paths: tuple[str, ...], schemas: tuple[str, ...], schema_read: tuple[Path, ...], fmt: str, strict: bool,
             quiet: bool) -> int:
    """Validate TEI files (directories: every *.xml inside; - for stdin).

    Prints one line per problem, `file:line:col: error CODE message`, then a summary.
    Exit status: 0 all valid, 1 something invalid, 2 usage error or unreadable input.
    Codes are explained in docs/rules.md.
    """
    from ..errors import ExitStatus, UsageError
    from ..validation import iter_many
    from ..validation.engines import bundled_engines, describe, engine_for
    from ..validation.inputs import STDIN, expand
    from ..validation.findings import Finding
    from ..validation.jing import compile_cost_note
    from ..validation.report import FileResult, reporter_for

    schema = list(schemas) or None
    for s in schema or []:
        note = compile_cost_note(s)
        if note:
            click.echo(f"tei: note: {note}", err=True)
    # Load every schema first: a bad --schema is a usage error before any file is read.
    engines = bundled_engines() if schema is None else [engine_for(s, schema_read) for s in schema]
    problems: list = []
    files = list(expand(list(paths), problems))
    if not files and not problems:
        raise UsageError(f"no *.xml files found in: {', '.join(paths)}")
    out = sys.stdout
    err = sys.stderr
    reporter = reporter_for(fmt, out, err, quiet)
    reporter.engines = describe(engines)
    for problem in problems:  # a link loop, a folder that cannot be read: unreadable inputs
        reporter.add(FileResult(problem.path, [Finding("TEI-P004", problem.message, problem.path)], strict))
    sources = (("<stdin>", sys.stdin.buffer) if file == STDIN else file for file in files)
    for label, findings in iter_many(sources, schema, schema_read=schema_read):
        reporter.add(FileResult(label, findings, strict))
    reporter.finish()
    summary = reporter.summary
    if summary.unreadable:
        return int(ExitStatus.USAGE)
    if any(not r.valid for r in summary.results):
        return int(ExitStatus.FAILURE)
    return int(ExitStatus.OK)
