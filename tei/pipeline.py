"""Reader -> passes -> writer: the stages of encoding one article.

This is the Python API behind ``tei encode`` and ``tei build``::

    import tei
    tree = tei.encode(text)                  # lxml ElementTree
    result = tei.encode_file("article.txt")  # finds its companion files too
    result.tree, result.warnings, result.slug
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .companions import Companions, find_companions, read_meta
from .errors import ContentError, InputError, Warning_
from .model import Article
from .options import Options, options_from
from .readers.etol import reader as etol
from .readers.etol.text import decode
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


def encode_text(text: str, options: Options | None = None, *, path: str | None = None, register=None,
                corrections: Path | None = None, validate: bool = True, **keywords) -> Encoded:
    """Encode one article's text (already decoded) with the given options and loaded
    register (None: no names are marked). Keywords (``source_url=``, ``date=``...) are
    fields of :class:`~tei.options.Options`. With ``validate`` (the default) an article
    whose TEI would be invalid is refused."""
    options = options_from(options, **keywords)
    article, warnings = etol.read(text, path)
    if options.source_url:
        article.header.source_url = options.source_url
    elif article.header.source_url is None:
        warnings.append(Warning_("W-NO-URL", "the page's address is unknown: give --source-url or source_url in <stem>.meta.toml", path))
    warnings.extend(annotate(article, register, corrections))
    tree, write_warnings = write(article, options, register)
    if validate:
        refuse_if_invalid(tree, path)
    return Encoded(tree, article, warnings + write_warnings)


def read_article_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory, not an article text", str(path)) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}", str(path)) from None


def encode_file(path: str | os.PathLike, options: Options | None = None, *, register=None,
                companions: Companions | None = None, validate: bool = True, **keywords) -> Encoded:
    """Encode ``ARTICLE.txt`` with its companion files (``<stem>.meta.toml``,
    ``<stem>.corrections.tsv``); the options given win over the meta file. ``register``
    is a loaded :class:`~tei.register.Register`, or a register file's path (as
    ``options.register``); without it the options' register is loaded."""
    options = options_from(options, **keywords)
    if isinstance(register, (str, os.PathLike)):
        options, register = options.replace(register=register), None
    path = Path(path)
    text = decode(read_article_bytes(path), str(path))
    found = companions if companions is not None else find_companions(path)
    options = options.with_meta(read_meta(found.meta))
    if register is None:
        register = load_register(options.register)
    return encode_text(text, options, path=str(path), register=register, corrections=found.corrections,
                       validate=validate)


def encode(text: str, options: Options | None = None, *, register=None, **keywords) -> etree._ElementTree:
    """The TEI document (an lxml ElementTree) for one article's text, names marked from
    the options' register (the bundled one by default)."""
    options = options_from(options, **keywords)
    if register is None:
        register = load_register(options.register)
    return encode_text(text, options, register=register).tree
