"""The project's lists of names (``tei/data/names/*.xml``), compiled into one matcher.

Each list is a TEI register file (the shape of :mod:`tei.register`): persons the
articles often name by surname alone, organisations of the labour movement with their
acronyms, the periodicals of the archive, and places under the names the articles print
(historical ones included). A form found in text is
a mention of the list's entry, with the entry's id (the list's ids follow the id rule
of ``docs/decisions.md`` §1).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ...register import Register, normalise
from .shapes import tokens

LIST_FILES = ("persons.xml", "organisations.xml", "periodicals.xml", "places.xml")


@dataclass(frozen=True)
class Listed:
    """A list entry: its id, kind (person, place, org, work), full name."""

    id: str
    kind: str
    full: str


class Lists:
    """Every form of every list by its text; :meth:`find` yields (start, end, entry)."""

    def __init__(self, registers: list[Register]):
        self.by_form: dict[str, Listed] = {}
        for register in registers:
            for entry in register:
                listed = Listed(entry.id, entry.kind, normalise("".join(entry.element.find(
                    "{http://www.tei-c.org/ns/1.0}" + entry.tag if entry.kind != "work" else "{http://www.tei-c.org/ns/1.0}title"
                ).itertext())))
                for form in entry.forms:
                    self.by_form.setdefault(normalise(form.text), listed)
        self.longest = max(len(form.split()) for form in self.by_form)
        #: the first word of each form of several words -> the most words such a form has
        self.longest_from: dict[str, int] = {}
        for form in self.by_form:
            first, count = form.split()[0], len(form.split())
            self.longest_from[first] = max(count, self.longest_from.get(first, 1))

    def find(self, text: str, candidates):
        """(start, end, entry) of the list forms inside the candidate runs of ``text``
        (:data:`.shapes.CANDIDATE` matches), longest first. Every form of the lists is
        made of name words, so the candidate runs hold it (a test checks each form): no
        second pass over the text is needed."""
        for match in candidates:
            word = match.group()
            if " " not in word and "\u00a0" not in word:  # one word: the common case, no tokens needed
                listed = self.by_form.get(word.replace("'", "’"))
                if listed is not None:
                    yield match.start(), match.end(), listed
                continue
            words = tokens(text, match.start(), match.end())
            at = 0
            while at < len(words):
                most = self.longest_from.get(words[at][0].replace("'", "’"), 0)  # no form starts here: next word
                for stop in range(min(len(words), at + most), at, -1):
                    key = " ".join(w[0] for w in words[at:stop]).replace("'", "’")
                    listed, cut = self.by_form.get(key), 0
                    if listed is None and stop - at > 1 and key.endswith("."):  # "the AF of L." ends a sentence
                        listed, cut = self.by_form.get(key[:-1]), 1
                    if listed is not None:
                        yield words[at][1], words[stop - 1][2] - cut, listed
                        at = stop - 1
                        break
                at += 1

    def get(self, form: str) -> Listed | None:
        return self.by_form.get(normalise(form))


@lru_cache(maxsize=1)
def project_lists() -> Lists:
    folder = resources.files("tei.data").joinpath("names")
    return Lists([Register.from_bytes(folder.joinpath(name).read_bytes(), f"tei/data/names/{name}") for name in LIST_FILES])
