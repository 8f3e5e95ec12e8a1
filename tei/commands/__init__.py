"""One module per ``tei`` subcommand; each exposes one click command.

Commands parse options, call the library, and write results. They raise
:class:`tei.errors.TeiError` for known failures and return an exit status through
``ctx.exit``; they never print tracebacks (``tei.cli.main`` is the error boundary).
"""
