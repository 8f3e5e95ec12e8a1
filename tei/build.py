"""``tei build``: encode, validate and render articles into an output folder.

Naming: an article given as a file is written as ``OUT/<slug>.xml`` (``.html``,
``.txt`` beside it), the slug made from the newspaper, the date and the title. Articles
found in a folder mirror that folder: ``OUT/<relative path without suffix>/<slug>.xml``,
so two articles never collide.
"""
from __future__ import annotations

import difflib
from functools import lru_cache
import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, TeiWarning
from .options import Options
from .output import write_atomic
from .resources import schemas_dir

SCHEMA_FILE = "tei-etol.xsd"  # the file that marks a folder as the project schemas


@dataclass(frozen=True)
class Job:
    """One article to build: its text file and the folder and stem of its outputs."""

    source: Path
    folder: Path
    mirrored: bool  # True: the folder is the article's own (found in a directory)


@dataclass
class Built:
    job: Job
    slug: str
    outputs: dict[str, bytes]  # file name -> content
    warnings: list[TeiWarning] = field(default_factory=list)


def find_articles(inputs: list[Path], out: Path, problems: list[InputError] | None = None) -> list[Job]:
    """Files as given; folders searched recursively for the files some reader claims
    (:func:`tei.pipeline.article_files`; FIFOs and devices among them too, to be reported
    by name when read). A missing input, a link loop or a folder that cannot be read is
    added to ``problems`` (raised at once without a list)."""
    from .pipeline import article_files

    jobs: list[Job] = []
    out_resolved = out.resolve()

    def trouble(error: InputError) -> None:
        if problems is None:
            raise error
        problems.append(error)

    for given in inputs:
        if given.is_dir():
            walk_problems: list[InputError] = []
            found_files = article_files(given, walk_problems)
            for problem in walk_problems:
                trouble(problem)
            for found in found_files:
                if out_resolved not in found.resolve().parents:
                    relative = found.relative_to(given).with_suffix("")
                    jobs.append(Job(found, out / relative, True))
        elif given.exists() or given.is_symlink():
            jobs.append(Job(given, out, False))
        else:
            trouble(InputError("no such file or folder", str(given)))
    return jobs


def schema_href_base(folder: Path, override: str | None = None) -> str:
    """Where ``<?xml-model?>`` points for outputs written to ``folder`` (see
    :func:`find_schema_href`), looked up once per folder in a process."""
    return find_schema_href(Path(folder).absolute(), override)


@lru_cache(maxsize=4096)
def find_schema_href(folder: Path, override: str | None = None) -> str:
    """Where ``<?xml-model?>`` points: ``override``, else the nearest ``schemas/`` folder
    holding the project schema above the output folder (relative, so a checkout moves as
    one piece), else the installed schemas."""
    if override is not None:
        return override if override.endswith("/") or not override else override + "/"
    folder = folder.resolve()
    for parent in [folder, *folder.parents]:
        if (parent / "schemas" / SCHEMA_FILE).exists():
            return Path(os.path.relpath(parent / "schemas", folder)).as_posix() + "/"
    return schemas_dir().resolve().as_uri() + "/"


def xml_model_pis(base: str) -> list[tuple[str, str]]:
    """The ``<?xml-model?>`` processing instructions naming the XSD and the Schematron rules."""
    from .validation import xml_model_pis as pis

    return pis(base)


def render_views(tree, params: dict[str, str]) -> tuple[dict[str, bytes], list[TeiWarning]]:
    """The HTML and text views of one TEI tree, by output suffix."""
    from .views import render

    outputs, warnings = {}, []
    for to, suffix in (("html", ".html"), ("text", ".txt")):
        rendered = render(tree, to, params)
        outputs[suffix] = rendered.output
        warnings.extend(rendered.warnings)
    return outputs, warnings


def build_one(job: Job, options: Options | None = None, register=None) -> Built:
    """Encode (which validates) and render one article, in memory, with the run's
    options and its loaded register (None: the options' register is loaded)."""
    from .pipeline import encode_file
    from .writer.document import serialize

    options = options if options is not None else Options()
    encoded = encode_file(job.source, options, register=register)
    pis = xml_model_pis(schema_href_base(job.folder, options.schema_href))
    xml = serialize(encoded.tree, pis)
    name = f"{encoded.slug}.xml"  # encode_file has validated it
    views, view_warnings = render_views(encoded.tree, options.view_params)
    outputs = {name: xml}
    outputs.update({f"{encoded.slug}{suffix}": data for suffix, data in views.items()})
    return Built(job, encoded.slug, outputs, encoded.warnings + view_warnings)


def write_built(built: Built) -> list[Path]:
    paths = []
    for name, data in built.outputs.items():
        path = built.job.folder / name
        write_atomic(path, data)
        paths.append(path)
    return paths


def stale_outputs(built: Built) -> list[str]:
    """A short summary of how the files on disk differ from a fresh build (empty: current)."""
    problems = []
    for name, data in built.outputs.items():
        path = built.job.folder / name
        if not path.exists():
            problems.append(f"{path}: missing")
            continue
        current = path.read_bytes()
        if current != data:
            old, new = current.decode("utf-8", "replace").splitlines(), data.decode("utf-8", "replace").splitlines()
            changed = sum(1 for line in difflib.unified_diff(old, new, n=0, lineterm="") if line[:1] in "+-" and line[:3] not in ("+++", "---"))
            first = next((i for i, (a, b) in enumerate(zip(old, new), 1) if a != b), min(len(old), len(new)) + 1)
            problems.append(f"{path}: stale ({changed} lines differ, first at line {first}){older_format(current, data)}")
    return problems


def written_by(data: bytes) -> str | None:
    """The version of tei-etol that wrote a TEI output (its ``appInfo/application``), or
    None when the bytes are not such a file. The toolkit's version is the output format's:
    a change to what it writes bumps it and is listed in CHANGELOG.md."""
    from lxml import etree

    from .xmlparse import safe_parser

    if not data.lstrip().startswith(b"<"):
        return None
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError:
        return None
    versions = root.xpath("/t:TEI/t:teiHeader/t:encodingDesc/t:appInfo/t:application[@ident='tei-etol']/@version",
                          namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    return str(versions[0]) if versions else None


def older_format(on_disk: bytes, fresh: bytes) -> str:
    """"; written by tei-etol 0.1.0, this is 0.2.0 ..." when a stale TEI file was written
    by another version of the toolkit, else ""."""
    old, new = written_by(on_disk), written_by(fresh)
    if old is None or new is None or old == new:
        return ""
    return f"; written by tei-etol {old}, this is tei-etol {new}: the output format changed (CHANGELOG.md)"
