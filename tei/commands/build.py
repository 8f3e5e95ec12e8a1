"""``tei build [ARTICLE.txt ... | DIR ...] [--out DIR] [-j N] [--force] [--report FILE] [--check]``.

Output streams: the files written go to stdout, one per line, when stdout is not a
terminal (for scripts); the progress bar, warnings and the summary go to stderr. The
progress bar shows only when stderr is a terminal.
"""
from __future__ import annotations

import contextlib
import os
import sys
from collections import Counter
from pathlib import Path

import click

from ..errors import ExitStatus, TeiError, TeiWarning, visible
from ..options import Options
from ._options import echo_warnings, input_limit_option, with_options


@click.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("encoded"), show_default=True,
              help="Output folder.")
@click.option("-j", "--jobs", "workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes (default: the number of cores).")
@click.option("--force", is_flag=True, help="Rebuild every article, even those that are up to date.")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Also write the summary as JSON to FILE.")
@click.option("-v", "--verbose", is_flag=True, help="Print every warning of every article, not a count by code.")
@click.option("--check", is_flag=True, help="Rebuild in memory; exit 1 when the output folder is stale.")
@with_options("reader", "params", "schema_href", "register", "names", "date", "editor", "editor_body")
@input_limit_option
def build(inputs: tuple[Path, ...], out: Path, workers: int | None, force: bool, report: Path | None, verbose: bool,
          check: bool, options: Options) -> int:
    """Encode, validate and render articles (default: the bundled article) into OUT.

    Folders are searched recursively for article texts; each article found in a folder
    gets its own output folder mirroring the input tree. Articles whose inputs, register,
    stylesheets, schema, options and toolkit are unchanged since their last build are
    skipped (--force rebuilds them).
    """
    from ..build import find_articles
    from ..resources import seed_article

    problems: list = []
    jobs = find_articles(list(inputs) or [seed_article()], out, problems)
    if not jobs:
        if problems:
            raise problems[0]
        raise TeiError("no article texts (*.txt) found in the given folders")
    if check:
        status = check_outputs(jobs, out, options, verbose)
    else:
        status = build_all(jobs, out, worker_count(workers, len(jobs)), force, report, options, verbose)
    for problem in problems:  # a missing input, a link loop: named, after the others were built
        click.echo(f"tei: error: {problem}", err=True)
    return ExitStatus.USAGE if problems else status


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def worker_count(asked: int | None, articles: int) -> int:
    """-j N, capped at the cores this process may use and at the number of articles
    (more processes only cost memory), with a warning when an explicit N is capped."""
    cores = usable_cores()
    if asked is None:
        return max(1, min(cores, articles))
    capped = max(1, min(asked, cores, articles))
    if capped < asked:
        why = f"{cores} core(s)" if cores <= articles else f"{articles} article(s)"
        echo_warnings([TeiWarning("W-JOBS-CAPPED", f"-j {asked} capped at {capped} ({why})")])
    return capped


def build_all(jobs, out: Path, workers: int, force: bool, report: Path | None, options: Options,
              verbose: bool = False) -> int:
    from ..corpus import build_corpus, write_report
    from ..corpus.summary import warnings_line

    if options.date:
        options.change_date()  # a bad --date is one usage error, not one failure per article
    if options.register is not None:
        options = options.replace(register=options.register.resolve())  # workers may run elsewhere
    if report is not None:
        from ..corpus.run import run_inputs
        from ..output import refuse_overwriting_inputs

        refuse_overwriting_inputs(report, run_inputs(jobs, options))
    show_bar = sys.stderr.isatty()
    with progress_bar(len(jobs), show_bar) as advance:
        summary = build_corpus(jobs, options, out, workers=workers, force=force, progress=advance)
    if report is not None:
        write_report(report, summary, out)
    if len(summary.outcomes) == 1 and summary.failed and summary.failed[0].error is not None:
        raise summary.failed[0].error  # one article: its own error and exit status, as `tei encode`
    list_outputs = not (show_bar and sys.stdout.isatty())
    for outcome in summary.outcomes:
        if outcome.status == "built" and list_outputs:
            for path in outcome.outputs:
                click.echo(visible(path))
        if verbose or len(summary.outcomes) == 1:
            echo_warnings(outcome.warnings)
    summed = warnings_line(summary.warning_counts()) if not verbose and len(summary.outcomes) > 1 else None
    if summed is not None:
        click.echo(f"tei: {summed}", err=True)
    for outcome in summary.failed:
        click.echo(f"tei: error: {visible(outcome.source)}: {visible(outcome.reason or '')}", err=True)
    counts = Counter(outcome.status for outcome in summary.outcomes)
    click.echo(f"tei: {counts['built']} built, {counts['skipped']} up to date, {counts['failed']} failed"
               f" ({len(summary.outcomes)} article(s)) in {visible(str(out))}", err=True)
    if any(outcome.error is not None and outcome.error.status == ExitStatus.USAGE for outcome in summary.failed):
        return ExitStatus.USAGE  # an input that cannot be read (a FIFO, too large...)
    return ExitStatus.FAILURE if summary.failed else ExitStatus.OK


@contextlib.contextmanager
def progress_bar(length: int, show: bool):
    """click's progress bar on a terminal; a no-op otherwise."""
    if not show:
        yield None
        return
    with click.progressbar(length=length, label="building", file=sys.stderr, show_pos=True) as bar:
        yield bar.update


def check_outputs(jobs, out: Path, options: Options, verbose: bool = False) -> int:
    """Rebuild in memory and compare with the files on disk."""
    from ..build import build_one, stale_outputs
    from ..corpus.summary import articles_by_code, warnings_line
    from ..pipeline import load_register

    loaded = load_register(options.register)
    failed, stale, built_count, all_warnings = 0, [], 0, []
    one_by_one = verbose or len(jobs) == 1
    for job in jobs:
        try:
            built = build_one(job, options, loaded)
        except TeiError as error:
            if len(jobs) == 1:
                raise
            click.echo(f"tei: error: {error}", err=True)
            failed += 1
            continue
        if one_by_one:
            echo_warnings(built.warnings)
        all_warnings.append(built.warnings)
        stale.extend(stale_outputs(built))
        built_count += 1
    summed = None if one_by_one else warnings_line(articles_by_code(all_warnings))
    if summed is not None:
        click.echo(f"tei: {summed}", err=True)
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
