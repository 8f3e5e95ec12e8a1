"""Write the compact form of the project's lists, ``tei/data/names/forms.tsv``, from their
TEI files (``tei/data/names/*.xml``): run after editing a list, then read the diff.

    python -m tei.passes.recognise.compile_lists

``tests/annotation/test_lists_table.py`` fails while the table is out of date.
"""
from __future__ import annotations

from pathlib import Path

from .lists import FORMS_TABLE, forms_table, lists_from_files


def write_forms_table() -> Path:
    path = Path(__file__).resolve().parents[2] / "data" / "names" / FORMS_TABLE
    path.write_text(forms_table(lists_from_files()), encoding="utf-8", newline="\n")
    return path


if __name__ == "__main__":
    print(f"wrote {write_forms_table()}")
