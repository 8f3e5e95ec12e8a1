"""The compact form of the project's lists (tei/data/names/forms.tsv) says what their TEI
files say: rewrite it with `python -m tei.passes.recognise.compile_lists` after editing a
list, and read the diff."""
from __future__ import annotations

from importlib import resources

from tei.passes.recognise.lists import FORMS_TABLE, forms_table, lists_from_files, project_lists, read_forms_table


def test_the_compact_table_is_current_with_the_lists_tei_files():
    shipped = resources.files("tei.data").joinpath("names").joinpath(FORMS_TABLE).read_text(encoding="utf-8")
    assert shipped == forms_table(lists_from_files()), (
        "tei/data/names/forms.tsv is out of date: python -m tei.passes.recognise.compile_lists")


def test_the_recogniser_loads_the_same_forms_as_the_tei_files_give():
    assert project_lists().by_form == lists_from_files()
    table = forms_table(lists_from_files())
    assert read_forms_table(table) == lists_from_files()
    assert len(project_lists().by_form) > 1500
