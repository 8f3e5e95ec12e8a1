"""What a validation run finds: one :class:`Finding` per problem, with a stable code.

Codes (documented in docs/rules.md):

* ``TEI-P001`` not well-formed XML; ``TEI-P002`` not a TEI document (root element or
  namespace); ``TEI-P003`` a DTD, entity declaration or entity reference (refused: never
  expanded, never fetched); ``TEI-P004`` the file cannot be read; ``TEI-P005`` an
  element with more attributes than any TEI element needs (refused before validation).
* ``TEI-X001`` structure (an element or text where the schema does not allow it, a
  missing element); ``TEI-X002`` a value of the wrong datatype; ``TEI-X003`` an attribute
  not allowed, or a required one missing.
* ``TEI-R001`` ... the project's rules (schemas/tei-etol.sch).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from ..errors import ContentError, visible

ERROR = "error"
WARNING = "warning"

#: codes of findings that mean "this input could not be read at all" (exit 2).
UNREADABLE_CODES = frozenset({"TEI-P004"})


@dataclass(frozen=True)
class Finding:
    """One problem in one file: ``file:line:col: severity CODE message``.

    ``line`` and ``col`` are 1-based, 0 when unknown; ``path`` is an XPath to the element
    concerned when known.
    """

    code: str
    message: str
    file: str
    line: int = 0
    col: int = 0
    severity: str = ERROR
    path: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def location(self) -> str:
        return f"{visible(self.file)}:{self.line}:{self.col}"

    def __str__(self) -> str:
        return f"{self.location()}: {self.severity} {self.code} {visible(self.message)}"

    def as_dict(self) -> dict:
        """For JSON: the file name and message made visible (a name that is not UTF-8
        could not be written otherwise)."""
        data = asdict(self)
        data.update(file=visible(self.file), message=visible(self.message))
        return data


class ValidationFailed(ContentError):
    """Raised by :func:`tei.validation.validate`: the first error found, and all of them."""

    def __init__(self, findings: list[Finding]):
        first = findings[0]
        super().__init__(f"{first.code} {first.message}", path=first.file, line=first.line or None)
        self.findings = findings
