"""Problems found in a published-results file, as data each caller phrases in its language.

An issue names the row (as a spreadsheet numbers it: the header is row 1), the column, a
``code`` and its ``params``; ``str(issue)`` is a plain English sentence for logs and the CLI.
Errors stop an import; warnings are shown and the row is imported as published.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

MESSAGES = {
    # Errors: the file is not applied.
    "empty_file": "the file has no header row",
    "not_utf8": "the file is not UTF-8 text",
    "missing_column": "the column {column!r} is missing",
    "extra_fields": "the row has more fields than the header",
    "required": "a value is required",
    "unknown_kind": "{value!r} is not one of {allowed}",
    "kind_conflict": "the name says {named}, the kind column says {given}",
    "province_required": "a {kind} needs its province",
    "province_for_central": "a central agency (pusat) has no province, got {value!r}",
    "not_a_year": "{value!r} is not a year from {minimum} to {maximum}",
    "unknown_framework": "{value!r} is not a known framework ({allowed})",
    "not_a_number": "{value!r} is not a number",
    "out_of_range": "{value} is outside {minimum}–{maximum}",
    "no_such_domain": "the framework {framework} has no such domain, but a value is given",
    "duplicate": "the same agency, year and framework are already on row {first_row}",
    # Warnings: the row is imported as published.
    "unknown_column": "the column {column!r} is not part of the format and is ignored",
    "unknown_province": "{value!r} is not a known province",
    "below_scale": "{value} is below the framework's scale ({minimum}–{maximum}); kept as published",
    "unofficial_predicate": "{value!r} is not a predicate of {framework}; kept as published",
    "predicate_mismatch": "the predicate {value!r} does not fit the index {index} (expected {expected})",
    "index_mismatch": "the domains give an index of {computed}, not {index}",
}


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class RowIssue:
    """One problem on one row; ``column`` is ``None`` when the whole row or file is meant."""

    row: int
    column: str | None
    code: str
    params: Mapping[str, object] = field(default_factory=dict)
    severity: Severity = Severity.ERROR

    @property
    def message(self) -> str:
        """The problem in English, without the row and column."""
        return MESSAGES[self.code].format(**self.params)

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", {self.column}" if self.column else "")
        return f"{where}: {self.message}"


class PublishedFileError(ValueError):
    """Raised when a file with errors is about to be applied; ``issues`` lists every error."""

    def __init__(self, issues: tuple[RowIssue, ...]) -> None:
        self.issues = issues
        shown = "; ".join(str(issue) for issue in issues[:5])
        more = f" (and {len(issues) - 5} more)" if len(issues) > 5 else ""
        super().__init__(f"{len(issues)} error(s): {shown}{more}")
