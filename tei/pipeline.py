"""Reader -> passes -> writer: the stages of encoding one article.

This is the Python API behind ``tei encode`` and ``tei build``::

    import tei
    tree = tei.encode(text)                  # lxml ElementTree
    result = tei.encode_file("article.txt")  # finds its companion files too
    result.tree, result.warnings, result.slug
"""
from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .companions import Companions, find_companions, read_meta
from .errors import ContentError, InputError, Warning_
from .model import Article
from .reader import etol
from .reader.text import decode
from .writer.document import write


@dataclass
class Encoded:
    """One encoded article: the TEI tree, the model it came from, and the warnings."""

    tree: etree._ElementTree
    article: Article
    warnings: list[Warning_] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return self.article.slug


def change_date(date: str | None = None) -> str | None:
    """The date for revisionDesc/change: ``--date``, else SOURCE_DATE_EPOCH, else none."""
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


def read(text: str, path: str | None = None) -> Article:
    """The document model of one article text (no XML)."""
    article, _warnings = etol.read(text, path)
    return article


def load_register(register: str | os.PathLike | None):
    """The register to annotate with: the file given, else the bundled one."""
    from .register import Register
    from .resources import bundled_register

    return Register.load(Path(register) if register is not None else bundled_register())


def annotate(article: Article, register, corrections: Path | None) -> list[Warning_]:
    """Names, corrections, quotations and dates as spans (no register: no names)."""
    from .passes import annotate as run_passes

    return run_passes(article, register, corrections)


def refuse_if_invalid(tree, path: str | None) -> None:
    """The toolkit never hands out TEI that its own schema and rules reject."""
    from .validation import iter_errors

    errors = [f"{error.code} {error.message}" for error in iter_errors(tree) if error.severity == "error"]
    if errors:
        more = f" (+{len(errors) - 3} more)" if len(errors) > 3 else ""
        raise ContentError("the encoded TEI would be invalid: " + "; ".join(errors[:3]) + more, path)


def encode_text(text: str, *, path: str | None = None, source_url: str | None = None,
                register=None, corrections: Path | None = None, date: str | None = None,
                publisher: str | None = None, validate: bool = True) -> Encoded:
    """Encode one article's text (already decoded) with the given register and options.
    With ``validate`` (the default) an article whose TEI would be invalid is refused."""
    article, warnings = etol.read(text, path)
    if source_url:
        article.header.source_url = source_url
    elif article.header.source_url is None:
        warnings.append(Warning_("W-NO-URL", "the page's address is unknown: give --source-url or source_url in <stem>.meta.toml", path))
    warnings.extend(annotate(article, register, corrections))
    lookup = register.lookup if register is not None else None
    entries = register.entries if register is not None else None
    tree, write_warnings = write(article, lookup=lookup, entries=entries, date=change_date(date), publisher=publisher)
    if validate:
        refuse_if_invalid(tree, path)
    return Encoded(tree, article, warnings + write_warnings)


def read_article_bytes(path: Path) -> bytes:
    """An article's bytes: a regular file within the input limit (:mod:`tei.files`)."""
    from .files import read_input

    return read_input(path, "article text")


def encode_file(path: str | os.PathLike, *, source_url: str | None = None, register=None,
                register_path: str | os.PathLike | None = None, date: str | None = None,
                companions: Companions | None = None, validate: bool = True) -> Encoded:
    """Encode ``ARTICLE.txt`` with its companion files (``<stem>.meta.toml``,
    ``<stem>.corrections.tsv``); explicit arguments win over the meta file."""
    path = Path(path)
    text = decode(read_article_bytes(path), str(path))
    found = companions if companions is not None else find_companions(path)
    meta = read_meta(found.meta)
    if register is None:
        register = load_register(register_path)
    return encode_text(
        text, path=str(path), source_url=source_url or meta.get("source_url"), register=register,
        corrections=found.corrections, date=date or meta.get("date"), publisher=meta.get("publisher"),
        validate=validate,
    )


def encode(text: str, **options) -> etree._ElementTree:
    """The TEI document (an lxml ElementTree) for one article's text."""
    if "register" not in options:
        options["register"] = load_register(None)
    return encode_text(text, **options).tree
