"""Reader -> passes -> writer: the stages of encoding one article.

The pipeline does, for every reader, what does not depend on the input's format: it
decodes the input (:mod:`tei.readers.decode`), picks the reader (``--from``, else by
content; :mod:`tei.readers`), makes the slug (:mod:`tei.slug`), adds the page's address
and warns of what the header lacks; it finds articles in folders (:func:`article_files`).

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

from .companions import Companions, find_companions, is_companion, read_meta
from .errors import ContentError, TeiWarning
from .model import Article, Header
from .options import Options, options_from
from .readers import is_readable, reader_for
from .readers.decode import decode, refuse_non_xml_characters
from .slug import make_slug
from .writer.document import write


@dataclass
class Encoded:
    """One encoded article: the TEI tree, the model it came from, and the warnings."""

    tree: etree._ElementTree
    article: Article
    warnings: list[TeiWarning] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return self.article.slug


def read_page(text: str, options: Options | None = None, path: str | None = None) -> tuple[Article, list[TeiWarning]]:
    """The document model of one page (decoded text) and the warnings met: the reader's,
    then what the header lacks."""
    options = options if options is not None else Options()
    refuse_non_xml_characters(text, path)
    article, warnings = reader_for(text, path, options.reader).read(text, path)
    article.slug = make_slug(article.header)
    if options.source_url:
        article.header.source_url = options.source_url
    return article, warnings + header_warnings(article.header, path)


def header_warnings(header: Header, path: str | None) -> list[TeiWarning]:
    """What the header lacks, whatever the reader: the output then says it is unknown."""
    missing = [
        (not header.title, "W-NO-TITLE", "no title found"),
        (not header.authors, "W-NO-AUTHOR", "no author line found: the header says the author is unknown"),
        (not header.credits, "W-NO-CREDIT", "no transcription credit line found"),
        (not header.updated, "W-NO-UPDATED", "no \"Last updated\" line found"),
        (header.source_url is None, "W-NO-URL",
         "the page's address is unknown: give --source-url or source_url in <stem>.meta.toml"),
    ]
    return [TeiWarning(code, message, path) for lacking, code, message in missing if lacking]


def read(text: str, path: str | None = None, options: Options | None = None, **keywords) -> Article:
    """The document model of one article text (no XML)."""
    article, _warnings = read_page(text, options_from(options, **keywords), path)
    return article


def article_files(folder: Path, problems: list | None = None) -> list[Path]:
    """The entries of ``folder`` (recursively, sorted; :func:`tei.files.walk`) that some
    reader claims, less the companion files. Not only regular files: a FIFO or a device
    named like an article is listed, to be reported by name when it is read (never
    read). Link loops and folders that cannot be read go to ``problems``."""
    from .files import walk

    found, trouble = walk(folder)
    if problems is not None:
        problems.extend(trouble)
    return [path for path in found if is_readable(path) and not is_companion(path)]


def load_register(register: str | os.PathLike | None):
    """The register to annotate with: the file given, else the bundled one."""
    from .register import Register
    from .resources import bundled_register

    return Register.load(Path(register) if register is not None else bundled_register())


def annotate(article: Article, register, corrections: Path | None, options: Options) -> list[TeiWarning]:
    """Names, corrections, quotations and dates as spans (no register: only the
    recogniser's names, with ``options.names == "all"``); the corrections point at the
    edition's editor, else at the encoder."""
    from .passes import annotate as run_passes
    from .responsibility import corrections_resp, edition_editor

    return run_passes(article, register, corrections, options.names,
                      corrections_resp(edition_editor(options, register)))


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
    article, warnings = read_page(text, options, path)
    warnings.extend(annotate(article, register, corrections, options))
    tree, write_warnings = write(article, options, register)
    if validate:
        refuse_if_invalid(tree, path)
    return Encoded(tree, article, warnings + write_warnings)


def read_article_bytes(path: Path) -> bytes:
    """An article's bytes: a regular file within the input limit (:mod:`tei.files`)."""
    from .files import read_input

    return read_input(path, "article text")


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
