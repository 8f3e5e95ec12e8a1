"""The project's lists of names (``tei/data/names/*.xml``), compiled into one matcher.

Each list is a TEI register file (the shape of :mod:`tei.register`): persons the
articles often name by surname alone, organisations of the labour movement with their
acronyms, the publishers that reviews and notes cite, the periodicals of the archive, and
places under the names the articles print (historical ones included). A form found in text is
a mention of the list's entry, with the entry's id (the list's ids follow the id rule
of ``docs/decisions.md`` §1).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain

from ...register import Register, normalise
from .shapes import CANDIDATE, tokens

LIST_FILES = ("persons.xml", "organisations.xml", "publishers.xml", "periodicals.xml", "places.xml")
#: the lists' forms in the compact form the recogniser loads (:func:`project_lists`)
FORMS_TABLE = "forms.tsv"


@dataclass(frozen=True)
class Listed:
    """A list entry: its id, kind (person, place, org, work), full name."""

    id: str
    kind: str
    full: str


class Lists:
    """Every form of every list by its text; :meth:`find` yields (start, end, entry)."""

    def __init__(self, by_form: dict[str, Listed]):
        self.by_form = by_form
        self.longest = max(len(form.split()) for form in self.by_form)
        #: the first word of each form of several words -> the most words such a form has
        self.longest_from: dict[str, int] = {}
        for form in self.by_form:
            first, count = form.split()[0], len(form.split())
            self.longest_from[first] = max(count, self.longest_from.get(first, 1))

    def find(self, candidates) -> list[tuple[int, int, Listed]]:
        """(start, end, entry) of the list forms inside the candidate runs of a text (from
        :data:`.shapes.CANDIDATE`, each (start, end, single, words)), longest first. Every
        form of the lists is made of name words, so the candidate runs hold it (a test
        checks each form): no second pass over the text is needed."""
        by_form, longest_from, found = self.by_form, self.longest_from, []
        for start, end, single, words in candidates:
            if single:  # one word: the common case
                word = words[0][0]
                listed = by_form.get(word.replace("'", "’") if "'" in word else word)
                if listed is not None:
                    found.append((start, end, listed))
                continue
            keys = [w[0].replace("'", "’") if "'" in w[0] else w[0] for w in words]
            at = 0
            while at < len(words):
                most = longest_from.get(keys[at], 0)  # no form starts here: next word
                for stop in range(min(len(words), at + most), at, -1) if most else ():
                    key = " ".join(keys[at:stop])
                    listed, cut = by_form.get(key), 0
                    if listed is None and stop - at > 1 and key.endswith("."):  # "the AF of L." ends a sentence
                        listed, cut = by_form.get(key[:-1]), 1
                    if listed is not None:
                        found.append((words[at][1], words[stop - 1][2] - cut, listed))
                        at = stop - 1
                        break
                at += 1
        return found

    def get(self, form: str) -> Listed | None:
        return self.by_form.get(normalise(form))


def candidate_runs(text: str, covers=None, key: int = 0) -> list[tuple[int, int, bool, list[tuple[str, int, int]]]]:
    """The candidate runs of ``text`` (:data:`.shapes.CANDIDATE`), each split into its
    words once, for the lists and then the shapes: (start, end, single, words). A run with
    no space in it (the common case) is a single word; the others are split by
    :func:`.shapes.tokens`, or, when they hold no full stop and no apostrophe (no initials,
    no title, no possessive: every word is a capitalised word or a joiner between spaces),
    at their spaces, which gives the same words for less.

    With ``covers`` (:class:`.state.Covers`) and the block's ``key`` in them (the cover is
    asked for at the first run), a run the cover's mask covers whole is left out: a name
    the register marked, the common case. No list form inside it could be marked, nor any
    of its words read by the shapes (the mask only grows), so neither needs its words."""
    found = []
    matches = CANDIDATE.finditer(text)
    first = next(matches, None)
    if first is None:
        return found  # no run: the block needs no cover
    mask = covers[key].mask if covers is not None else bytearray(len(text))  # (an empty mask covers no run)
    for match in chain((first,), matches):
        start, end = match.span()
        if mask[start] and 0 not in mask[start:end]:
            continue
        run = match.group()
        if " " not in run and "\u00a0" not in run:
            found.append((start, end, True, [(run, start, end)]))
        elif "." in run or "’" in run or "'" in run:
            found.append((start, end, False, tokens(text, start, end)))
        else:
            found.append((start, end, False, _words_between_spaces(run, start)))
    return found


def _words_between_spaces(run: str, start: int) -> list[tuple[str, int, int]]:
    words, at = [], start
    if "\u00a0" not in run and "  " not in run:
        for word in run.split(" "):  # one space between words (the common case): no search for each
            words.append((word, at, at + len(word)))
            at += len(word) + 1
        return words
    at = 0
    for word in run.split():
        at = run.find(word, at)
        words.append((word, start + at, start + at + len(word)))
        at += len(word)
    return words


def forms_of(registers: list[Register]) -> dict[str, Listed]:
    """Each form of the lists' entries -> its entry (the first list's where two share a
    form), read from the TEI register files."""
    by_form: dict[str, Listed] = {}
    for register in registers:
        for entry in register:
            listed = Listed(entry.id, entry.kind, normalise("".join(entry.element.find(
                "{http://www.tei-c.org/ns/1.0}" + entry.tag if entry.kind != "work" else "{http://www.tei-c.org/ns/1.0}title"
            ).itertext())))
            for form in entry.forms:
                by_form.setdefault(normalise(form.text), listed)
    return by_form


def lists_from_files() -> dict[str, Listed]:
    """The forms of the project's lists as their TEI files give them (the source)."""
    folder = resources.files("tei.data").joinpath("names")
    return forms_of([Register.from_bytes(folder.joinpath(name).read_bytes(), f"tei/data/names/{name}")
                     for name in LIST_FILES])


def forms_table(by_form: dict[str, Listed]) -> str:
    """The compact form of the lists that the recogniser loads: one line per form,
    ``form<TAB>id<TAB>kind<TAB>full name``, in the order of the files."""
    return "".join(f"{form}\t{listed.id}\t{listed.kind}\t{listed.full}\n" for form, listed in by_form.items())


def read_forms_table(text: str) -> dict[str, Listed]:
    by_form: dict[str, Listed] = {}
    for line in text.splitlines():
        form, entry_id, kind, full = line.split("\t")
        by_form[form] = Listed(entry_id, kind, full)
    return by_form


@lru_cache(maxsize=1)
def project_lists() -> Lists:
    """The project's lists, from their compact form (``tei/data/names/forms.tsv``, made from
    the TEI files by ``python -m tei.passes.recognise.compile_lists``; a test checks it is current):
    reading the TEI files costs a process some 60 ms, the table a few."""
    table = resources.files("tei.data").joinpath("names").joinpath(FORMS_TABLE).read_text(encoding="utf-8")
    return Lists(read_forms_table(table))
