"""Corpus builds: many articles, several processes, nothing rebuilt twice.

The engine behind ``tei build DIR ... -j N``. Three rules, in the spirit of ``make`` and
of the TEI Stylesheets' build scripts:

1. **Skip only what is provably current.** Each article's outputs carry a *build record*
   (JSON): a key hashing everything its outputs depend on (its text, its companion files,
   the register, ``xslt/``, ``schemas/``, the parameters and options, the toolkit's code
   and the XML libraries' versions) and the SHA-256 of every output written. An article is
   skipped only when the key is unchanged and every output is on disk with that content.
   When in doubt, it is rebuilt.
2. **Never leave a half-written file.** Workers only compute; the parent writes each
   output with :func:`tei.output.write_atomic` (temporary name, then rename) and writes the
   build record last, so a run killed at any point records nothing for incomplete outputs.
   Leftover temporary files of a killed run are removed when the next run starts.
3. **One bad article never stops the others.** Its error is recorded and reported; the run
   fails (exit 1) at the end.

Where records live: an article found in a folder owns its output folder, so its record is
``<folder>/.tei-build.json``; articles given as files share the output folder and each
has ``<out>/.<slug>.tei-build.json``.
"""
from __future__ import annotations

from .keys import article_key, options_fingerprint, toolkit_fingerprint
from .records import RECORD_NAME, read_record, record_path
from .run import Plan, build_corpus, plan
from .summary import Outcome, Summary, write_report

__all__ = [
    "RECORD_NAME", "Outcome", "Plan", "Summary", "article_key", "build_corpus", "plan",
    "read_record", "record_path", "options_fingerprint", "toolkit_fingerprint", "write_report",
]
