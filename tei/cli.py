"""The ``tei`` command: one click group, one error boundary.

Subcommands live in ``tei.commands.*`` and are imported only when called, so that
``tei validate`` on one file starts fast. Every known error is caught here, printed as
one line on stderr and turned into an exit status (:class:`tei.errors.ExitStatus`);
``--traceback`` re-raises for developers.
"""
from __future__ import annotations

import importlib
import os
import signal
import sys

import click

from .errors import ExitStatus, TeiError, visible

#: command name -> "module:attribute" of its click command, loaded on demand.
COMMANDS = {
    "encode": "tei.commands.encode:encode",
    "build": "tei.commands.build:build",
    "validate": "tei.commands.validate:validate",
    "render": "tei.commands.render:render",
    "entities": "tei.commands.entities:entities",
    "site": "tei.commands.site:site",
}

#: one-line help shown by ``tei --help`` without importing the commands.
SUMMARIES = {
    "encode": "Encode one ETOL article text as TEI P5.",
    "build": "Encode, validate and render articles into an output folder.",
    "validate": "Validate TEI files against the project's schema and rules.",
    "render": "Render a TEI file as HTML or plain text with the XSLT views.",
    "entities": "List the names in an article that the register does not know.",
    "site": "Make a static reading edition (browse, registers, search) of built TEI.",
}


class LazyGroup(click.Group):
    """A group whose commands are imported when invoked, not when listed."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:
                return None  # not built yet
            raise
        return getattr(module, attribute)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, SUMMARIES[name]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tei-etol", prog_name="tei")
@click.option("--traceback", is_flag=True, help="Show the Python traceback of an error.")
@click.pass_context
def cli(ctx: click.Context, traceback: bool) -> None:
    """TEI P5 encoding, validation and rendering for ETOL newspaper articles."""
    ctx.obj = {"traceback": traceback}


def _terminate_as_interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def install_signal_handlers() -> dict:
    """SIGTERM is handled as Ctrl-C (the same cleanup, exit 130); a write past the
    file-size limit is an error (EFBIG) to report, not a signal that kills the process
    with a half-written temporary file. Returns the handlers replaced."""
    wanted = {signal.SIGXFSZ: signal.SIG_IGN, signal.SIGTERM: _terminate_as_interrupt}
    try:
        return {number: signal.signal(number, handler) for number, handler in wanted.items()}
    except ValueError:  # not the main thread (the API called from a thread)
        return {}


def restore_signal_handlers(previous: dict) -> None:
    for number, handler in previous.items():
        signal.signal(number, handler)


def quiet_stdout() -> None:
    """Point stdout at /dev/null, so that flushing it at exit raises nothing more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit status: the toolkit's one error boundary."""
    args = sys.argv[1:] if argv is None else argv
    show_traceback = "--traceback" in args
    previous = install_signal_handlers()
    try:
        return _run_cli(args, show_traceback)
    finally:  # main() called in process (tests, scripts): their handlers come back
        restore_signal_handlers(previous)


def _run_cli(args: list[str], show_traceback: bool) -> int:
    try:
        result = cli.main(args=args, prog_name="tei", standalone_mode=False)
    except TeiError as error:
        if show_traceback:
            raise
        click.echo(f"tei: error: {error}", err=True)
        return int(error.status)
    except BrokenPipeError:  # `tei validate ... | head`: the reader has enough
        quiet_stdout()
        return int(ExitStatus.OK)
    except OSError as error:  # not foreseen where it happened: still one line naming the file
        if show_traceback:
            raise
        where = f"{visible(str(error.filename))}: " if error.filename else ""
        click.echo(f"tei: error: {where}{error.strerror or error}", err=True)
        return int(ExitStatus.USAGE)
    except click.exceptions.Abort:
        click.echo("tei: interrupted", err=True)
        return int(ExitStatus.INTERRUPTED)
    except KeyboardInterrupt:
        click.echo("tei: interrupted", err=True)
        return int(ExitStatus.INTERRUPTED)
    except click.exceptions.Exit as done:
        return int(done.exit_code)
    except click.ClickException as error:
        error.show()
        return int(ExitStatus.USAGE) if isinstance(error, click.UsageError) else int(error.exit_code)
    return int(result) if isinstance(result, int) else int(ExitStatus.OK)


def run() -> None:
    """Console-script entry point."""
    status = main()
    try:
        sys.stdout.flush()  # here, not at exit: a closed pipe is then quiet
    except BrokenPipeError:
        quiet_stdout()
    sys.exit(status)
