"""One exception root for the toolkit, and the typed warnings it collects.

The CLI turns these into one-line messages and exit statuses in one place
(``tei.cli``); library code raises them and never prints or exits.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass


class ExitStatus(enum.IntEnum):
    """Exit statuses shared by every command."""

    OK = 0
    FAILURE = 1  # invalid, refused, failed, stale
    USAGE = 2  # usage error, or input that cannot be read
    INTERRUPTED = 130


class TeiError(Exception):
    """Root of the toolkit's errors: a message, and where it applies.

    ``path`` and ``line`` locate the problem in an input file where that is known;
    ``str(error)`` renders ``path:line: message``.
    """

    status = ExitStatus.FAILURE

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        return located(self.path, self.line, one_line(self.message))


def one_line(text: str) -> str:
    """A message as one line: its line breaks (libxml2 adds some) become spaces."""
    return " ".join(text.split()) if "\n" in text or "\r" in text else text


def located(path: str | None, line: int | None, text: str) -> str:
    """``path:line: text`` (or ``path: text``), the path shown safely (:func:`visible`)."""
    if path is None:
        return text
    where = f"{visible(path)}:{line}: " if line else f"{visible(path)}: "
    return f"{where}{text}"


def visible(path) -> str:
    """A file name (or a message) as text that cannot forge a line of a report: control
    characters (a newline, a terminal escape) shown as escapes, bytes of a name that are
    not UTF-8 (decoded by Python as lone surrogates) as ``\\xNN``; never raises."""
    import os

    text = os.fsdecode(path) if not isinstance(path, str) else path
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii")
                   if ord(c) < 0xDC80 or ord(c) > 0xDCFF else f"\\x{ord(c) - 0xDC00:02x}" for c in text)


class ContentError(TeiError, ValueError):
    """The input was read but its content is refused (exit 1)."""


class NotAnArticleError(ContentError):
    """A text in which none of an ETOL page's furniture is found."""


class RegisterError(ContentError):
    """The register or a companion file (``<stem>.meta.toml``, ``<stem>.corrections.tsv``)
    is broken (exit 1)."""


class InputError(TeiError, OSError):
    """An input that cannot be read at all: missing, unreadable (exit 2)."""

    status = ExitStatus.USAGE


class OutputError(TeiError, OSError):
    """An output that cannot be written: read-only, full, a folder in the way, or an
    input that it would overwrite (exit 2)."""

    status = ExitStatus.USAGE


class UsageError(TeiError):
    """The command was called wrongly (exit 2)."""

    status = ExitStatus.USAGE


#: every warning code, declared once: code -> when it is given. docs/warnings.md says
#: for each what the output says instead and what to do (a test keeps the two equal).
WARNING_CODES = {
    # the page's layout (the ETOL reader)
    "W-NO-FURNITURE": "a page without navigation, source, credit or \"Last updated\" lines",
    # the printed source (the ETOL reader)
    "W-NO-SOURCE": "no source line",
    "W-SOURCE-UNPARSED": "a source line read only in part",
    "W-SOURCE-DATE": "a source line whose date is not read",
    # what the header lacks (the pipeline, for every reader)
    "W-NO-TITLE": "no title",
    "W-NO-AUTHOR": "no author",
    "W-NO-CREDIT": "no transcription credit",
    "W-NO-UPDATED": "no date of last update",
    "W-NO-URL": "the page's address is unknown",
    # notes (the ETOL reader)
    "W-NOTE-UNANCHORED": "a note without its marker",
    "W-NOTE-ORDER": "notes anchored out of the order of their numbers",
    "W-MARKER-NO-NOTE": "a marker without its note",
    # annotation passes and the writer
    "W-AMBIGUOUS-NAME": "a name form of several entries, undecided",
    "W-UNBALANCED-QUOTE": "a quotation mark without its pair",
    "W-QUOTE-CROSSES": "a quotation that would cross another element",
    "W-CROSSING": "an element that would cross another",
    # the views (xslt/)
    "W-VIEW-UNKNOWN": "an element the views do not know",
    # corpus builds
    "W-JOBS-CAPPED": "-j capped at the usable cores or the articles",
}


@dataclass(frozen=True)
class TeiWarning:
    """A non-fatal finding with a source position, printed to stderr by the CLI.

    ``code`` is stable (``W-NO-URL`` ...) so scripts can filter on it; it must be one of
    :data:`WARNING_CODES`.
    """

    code: str
    message: str
    path: str | None = None
    line: int | None = None

    def __post_init__(self) -> None:
        if self.code not in WARNING_CODES:
            raise ValueError(f"undeclared warning code {self.code!r}: declare it in tei.errors.WARNING_CODES")

    def __str__(self) -> str:
        return located(self.path, self.line, f"warning: {one_line(self.message)} [{self.code}]")

