"""The options of one run: made once (from the command line, or from the Python API's
keywords) and carried to every stage, which reads them and never the command line.

A new option is one field here, one click declaration in :mod:`tei.commands._options`
and one line in the README (docs/decisions.md, section 4). Every field is part of the
key that decides whether a corpus build is current (:mod:`tei.corpus.keys`), so a
field must be a plain, hashable value.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import ContentError


@dataclass(frozen=True)
class Options:
    """What, besides the article itself, decides what the toolkit writes."""

    #: the page's address for the header (else ``source_url`` of ``<stem>.meta.toml``)
    source_url: str | None = None
    #: the register file (TEI); None: the bundled one
    register: Path | None = None
    #: the date of this encoding for ``revisionDesc`` (else the meta file's, else
    #: SOURCE_DATE_EPOCH, else none; see :meth:`change_date`)
    date: str | None = None
    #: who publishes the edition, for ``publicationStmt`` (else the meta file's)
    publisher: str | None = None
    #: the edition's responsible editor, a person (else the meta file's, else the
    #: register's header); the corrections are theirs
    editor: str | None = None
    #: the same, when the editor is a body (the project's editors) rather than a person
    editor_body: str | None = None
    #: where ``<?xml-model?>`` points (a folder or URL); None: the nearest ``schemas/``
    schema_href: str | None = None
    #: the views' parameters, as (name, value) pairs sorted by name
    params: tuple[tuple[str, str], ...] = ()
    #: the reader, by name (``--from``; :data:`tei.readers.READERS`); None: by content
    reader: str | None = None
    #: names to mark (``--names``): "register" (the register's only) or "all" (also the
    #: recogniser's, each with @resp and @cert; docs/names.md)
    names: str = "all"

    def __post_init__(self) -> None:
        # one spelling of each value, so that equal options hash (and key builds) alike
        if self.register is not None and not isinstance(self.register, Path):
            object.__setattr__(self, "register", Path(self.register))
        if isinstance(self.params, dict):
            object.__setattr__(self, "params", tuple(sorted(self.params.items())))

    @property
    def view_params(self) -> dict[str, str]:
        return dict(self.params)

    def replace(self, **changes) -> "Options":
        """A copy with ``changes``; an unknown name is a TypeError, as for a call."""
        return dataclasses.replace(self, **changes)

    def with_meta(self, meta: dict[str, str]) -> "Options":
        """The options of one article: what its ``<stem>.meta.toml`` says fills the
        fields the run left unset (a value given for the run wins)."""
        unset = {key: value for key, value in meta.items() if getattr(self, key) is None}
        return self.replace(**unset) if unset else self

    def change_date(self) -> str | None:
        """The date for ``revisionDesc/change``: :attr:`date`, else SOURCE_DATE_EPOCH, else none."""
        return change_date(self.date)

    def fingerprint(self) -> dict:
        """The fields as JSON values (the register by its path; its content is hashed
        apart), with SOURCE_DATE_EPOCH, which :meth:`change_date` reads."""
        fields = {field.name: getattr(self, field.name) for field in dataclasses.fields(self)}
        fields["register"] = str(self.register) if self.register is not None else None
        fields["params"] = [list(pair) for pair in sorted(self.params)]
        fields["SOURCE_DATE_EPOCH"] = os.environ.get("SOURCE_DATE_EPOCH")
        return fields


def change_date(date: str | None = None) -> str | None:
    """The date for revisionDesc/change: ``date``, else SOURCE_DATE_EPOCH, else none."""
    if date:
        try:
            _dt.date.fromisoformat(date)
        except ValueError:
            raise ContentError(f"--date must be an ISO date (YYYY-MM-DD), not {date!r}") from None
        return date
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc).date().isoformat()
        except (ValueError, OverflowError):
            raise ContentError(f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {epoch!r}") from None
    return None


def options_from(options: Options | None = None, **keywords) -> Options:
    """The Python API's keywords (``source_url=``, ``date=``...) as :class:`Options`,
    on top of ``options`` when given."""
    base = options if options is not None else Options()
    return base.replace(**keywords) if keywords else base
