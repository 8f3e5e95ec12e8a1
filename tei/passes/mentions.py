"""Mentions of persons, places, organisations and works, found from the register.

TEI rule: a mention is the name itself, so the span holds neither a leading
"the" (register forms do not start with it) nor a possessive "’s" (a match ends at a
word boundary; the apostrophe is not a word character). A name used as a modifier
("Moscow party session") is a mention; a word formed from a name ("Stalinist",
"Oppositionists") is not, because a match must end where the word ends.

Engine: every name form of the register goes into one trie, compiled once per register
into one regular expression whose alternatives share their prefixes, so a scan costs
about one pass over the text whatever the size of the register. At each position the
longest form wins (the trie tries longer continuations first and backtracks only when
the word boundary fails). Apostrophes (' and ’) and runs of white space are equivalent.
Matching runs on the corrected reading (:mod:`tei.passes.reading`): "Ziinoviev" is read
"Zinoviev" and marked as Zinoviev, with the correction inside the mention.

A form shared by several entries is resolved by context (the candidate the article named
most recently), then by the register's ``default`` rule, never by file order; an
undecidable one is left unmarked with a warning. A name inside a longer name of another
kind is marked too ("Petrograd" inside "Petrograd Party Committee").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import TeiWarning
from ..model import Block, Span
from ..register import Entry, Form, Register, normalise
from .reading import Reading

APOSTROPHE = "['’]"
BEFORE = r"(?<![\w\-'’])"
AFTER = r"(?!\w)(?!-\w)"
#: what may not follow an ``initial`` form: another initial or a capitalised word
NAME_FOLLOWS = re.compile(r"\s*(?:[A-Z]\.|[A-Z][a-z])")
#: kinds whose names may hold a nested name of another kind
NESTING_KINDS = {"org", "place", "work"}
_BOUNDARY_AFTER = re.compile(AFTER)


def _tokens(form: str) -> list[str]:
    """A form as regex tokens: apostrophes and white space are made equivalent."""
    tokens: list[str] = []
    for char in form:
        if char in "'’":
            tokens.append(APOSTROPHE)
        elif char.isspace():
            if not tokens or tokens[-1] != r"\s+":
                tokens.append(r"\s+")
        else:
            tokens.append(re.escape(char))
    return tokens


def trie_pattern(forms) -> str:
    """One regex for all ``forms``: a trie with shared prefixes, longest match first."""
    trie: dict = {}
    for form in forms:
        node = trie
        for token in _tokens(form):
            node = node.setdefault(token, {})
        node[""] = True

    def emit(node: dict) -> str:
        children = sorted(key for key in node if key)
        branches = [key + emit(node[key]) for key in children]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


class Matcher:
    """The register's forms compiled once; :meth:`scan` yields raw matches."""

    def __init__(self, register: Register):
        self.register = register
        forms = sorted(register.forms)
        self.regex = re.compile(BEFORE + "(?:" + trie_pattern(forms) + ")" + AFTER) if forms else None
        self.surnames: dict[str, list[str]] = {}
        for entry in register:
            if entry.kind == "person" and entry.surname:
                self.surnames.setdefault(entry.surname, []).append(entry.id)

    def scan(self, text: str, start: int = 0, end: int | None = None):
        """(start, end, surface) of each leftmost-longest match in ``text[start:end]``."""
        if self.regex is None:
            return
        end = len(text) if end is None else end
        for match in self.regex.finditer(text, start, end):
            yield match.start(), match.end(), normalise(match.group())


@dataclass
class Context:
    """What the article has named so far: entry id -> order of its latest mention."""

    recent: dict[str, int] = field(default_factory=dict)
    clock: int = 0

    def saw(self, entry_id: str) -> None:
        self.clock += 1
        self.recent[entry_id] = self.clock


def resolve(matcher: Matcher, surface: str, text: str, end: int, context: Context) -> tuple[str | None, list[str]]:
    """The entry id a surface form ending at ``text[end]`` names here, and the candidates considered.

    Order of the rules: anaphoric forms need an earlier mention; initial forms must not
    be followed by a name; then the candidate named most recently; then the one form
    candidate; then the ``default`` one; else None (undecidable).
    """
    forms: list[Form] = []
    for form in matcher.register.forms.get(surface, []):
        if form.rule == "anaphoric" and form.entry_id not in context.recent:
            continue
        if form.rule == "initial" and NAME_FOLLOWS.match(text, end):
            continue
        forms.append(form)
    explicit = list(dict.fromkeys(f.entry_id for f in forms))
    implicit = [i for i in matcher.surnames.get(surface, []) if i not in explicit] if explicit else []
    candidates = explicit + implicit
    if len(candidates) <= 1:
        return (candidates[0] if candidates else None), candidates
    named = [i for i in candidates if i in context.recent]
    if named:
        return max(named, key=context.recent.__getitem__), candidates
    if len(explicit) == 1:
        return explicit[0], candidates
    defaults = list(dict.fromkeys(f.entry_id for f in forms if f.rule == "default"))
    if len(defaults) == 1:
        return defaults[0], candidates
    return None, candidates


#: the recogniser's ``@resp``: an entry that still carries it is a machine decision
MACHINE_RESP = "#app-tei-etol-names"


def mention_span(entry: Entry, start: int, end: int) -> Span:
    """The span a mention becomes: ``title`` with ``@level`` for works, else a name with
    ``@ref``. An entry the editor has not accepted (it still carries the recogniser's
    ``@resp``) makes machine mentions: ``@resp`` and the entry's ``@cert`` go with them."""
    machine: tuple[tuple[str, str], ...] = ()
    if entry.element.get("resp") == MACHINE_RESP:
        machine = (("resp", MACHINE_RESP), ("cert", entry.element.get("cert") or "low"))
    if entry.kind == "work":
        return Span(start, end, "title", (("level", entry.level or "m"), ("ref", f"#{entry.id}")) + machine)
    return Span(start, end, entry.tag, (("ref", f"#{entry.id}"),) + machine)


def mark_names(block: Block, matcher: Matcher, context: Context, path: str | None = None) -> list[TeiWarning]:
    """Add a span per mention in ``block`` (on the corrected reading), in text order."""
    reading = Reading(block)
    warnings: list[TeiWarning] = []
    register = matcher.register

    def place(start: int, end: int, surface: str) -> Entry | None:
        entry_id, candidates = resolve(matcher, surface, reading.text, end, context)
        if entry_id is None:
            if len(candidates) > 1:
                warnings.append(
                    TeiWarning(
                        "W-AMBIGUOUS-NAME",
                        f"{surface!r} may be any of {', '.join(candidates)}: left unmarked",
                        path,
                        block.line,
                    )
                )
            return None
        entry = register[entry_id]
        block.spans.append(mention_span(entry, reading.source_start(start), reading.source_end(end)))
        context.saw(entry_id)
        return entry

    for start, end, surface in list(matcher.scan(reading.text)):
        entry = place(start, end, surface)
        if entry is None or entry.kind not in NESTING_KINDS:
            continue
        for inner in _inner_matches(matcher, reading.text, start, end):
            inner_id, _ = resolve(matcher, inner[2], reading.text, inner[1], context)
            if inner_id is not None and register[inner_id].kind != entry.kind:
                place(*inner)
    return warnings


def _inner_matches(matcher: Matcher, text: str, start: int, end: int):
    """Shorter matches inside ``text[start:end]`` (a name within a name)."""
    found = {}
    for lo, hi in ((start, end - 1), (start + 1, end)):
        for match in matcher.scan(text, lo, hi):
            # endpos hides what follows: check the word boundary on the whole text
            if (match[0], match[1]) != (start, end) and _BOUNDARY_AFTER.match(text, match[1]):
                found[(match[0], match[1])] = match
    return [found[key] for key in sorted(found)]
