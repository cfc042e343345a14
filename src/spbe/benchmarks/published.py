"""Reading published Indeks SPBE results (the format of ``library/published/spbe-results.csv``).

:func:`parse_published` reads every row, checks it (:mod:`spbe.benchmarks.validation`) and
returns the rows with all errors and warnings. A file is all or nothing: the importer calls
:meth:`PublishedFile.require_valid`, which raises if any row has an error, so a half-good file
is never half applied. Rows are identified by :attr:`PublishedResult.key`, (agency key, year,
framework), so importing the same file twice changes nothing.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from spbe.benchmarks.issues import PublishedFileError, RowIssue, Severity
from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.matching import normalise_name
from spbe.benchmarks.provinces import canonical_province
from spbe.benchmarks.validation import (
    DOMAIN_COLUMNS,
    FrameworkRules,
    RowCheck,
    library_rules,
)

COLUMNS = (
    "instansi",
    "kind",
    "province",
    "year",
    "framework",
    *DOMAIN_COLUMNS,
    "index",
    "predicate",
    "source",
)


# Where the csv module puts the fields of a row longer than the header; stripped header names
# never start with a space, so no column can take this name.
_EXTRA_FIELDS = " extra"


class ResultKey(NamedTuple):
    """The natural key of a published result: one agency, one year, one framework."""

    agency: str
    year: int
    framework: str


@dataclass(frozen=True, slots=True)
class PublishedResult:
    """One agency's published result for one year; ``None`` where the source gives no value.

    ``domains`` follows the file's columns (Kebijakan, Tata Kelola, Manajemen, Layanan);
    ``agency_key`` is :func:`spbe.benchmarks.matching.agency_key` of the printed name.
    """

    row: int
    agency: str
    agency_key: str
    kind: Kind
    province: str | None
    year: int
    framework: str
    domains: tuple[Decimal | None, Decimal | None, Decimal | None, Decimal | None]
    index: Decimal
    predicate: str | None
    source: str

    @property
    def key(self) -> ResultKey:
        return ResultKey(self.agency_key, self.year, self.framework)


@dataclass(frozen=True)
class PublishedFile:
    """What a file holds: its readable rows, its errors and its warnings.

    ``rows`` leaves out the rows with errors and is meant for previews; apply only
    :meth:`require_valid`.
    """

    rows: tuple[PublishedResult, ...]
    errors: tuple[RowIssue, ...]
    warnings: tuple[RowIssue, ...]

    @property
    def is_valid(self) -> bool:
        return not self.errors

    def require_valid(self) -> tuple[PublishedResult, ...]:
        """Every row, or :class:`PublishedFileError` listing all errors if there is one."""
        if self.errors:
            raise PublishedFileError(self.errors)
        return self.rows


def read_published(
    path: Path, *, frameworks: Mapping[str, FrameworkRules] | None = None
) -> PublishedFile:
    """Parse a file from disk; a byte-order mark (as Excel writes) is accepted."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        return PublishedFile((), (RowIssue(1, None, "not_utf8"),), ())
    return parse_published(text.splitlines(keepends=True), frameworks=frameworks)


def parse_published(
    lines: Iterable[str], *, frameworks: Mapping[str, FrameworkRules] | None = None
) -> PublishedFile:
    """Read and check every row; ``frameworks`` defaults to the framework library's."""
    rules = library_rules() if frameworks is None else frameworks
    reader = csv.DictReader(lines, restkey=_EXTRA_FIELDS)
    header = [name.strip() for name in reader.fieldnames or []]
    if not header:
        return PublishedFile((), (RowIssue(1, None, "empty_file"),), ())
    reader.fieldnames = header
    issues = [RowIssue(1, c, "missing_column", {"column": c}) for c in COLUMNS if c not in header]
    if issues:
        return _collect((), issues)
    issues += [
        RowIssue(1, c, "unknown_column", {"column": c}, Severity.WARNING)
        for c in header
        if c not in COLUMNS
    ]
    rows: list[PublishedResult] = []
    first_row: dict[ResultKey, int] = {}
    for number, raw in enumerate(reader, start=2):
        check = RowCheck(number)
        result = _read_row(check, raw, rules)
        if result is not None:
            if result.key in first_row:
                check.error(None, "duplicate", first_row=first_row[result.key])
            else:
                first_row[result.key] = number
                rows.append(result)
        issues += check.issues
    return _collect(rows, issues)


def _collect(rows: Iterable[PublishedResult], issues: list[RowIssue]) -> PublishedFile:
    return PublishedFile(
        rows=tuple(rows),
        errors=tuple(i for i in issues if i.severity is Severity.ERROR),
        warnings=tuple(i for i in issues if i.severity is Severity.WARNING),
    )


def _read_row(
    check: RowCheck, raw: dict[str, str | None], rules: Mapping[str, FrameworkRules]
) -> PublishedResult | None:
    if raw.get(_EXTRA_FIELDS):
        check.error(None, "extra_fields")
    name = check.text(raw, "instansi", required=True)
    kind = check.kind(check.text(raw, "kind", required=True))
    province = _province(check, check.text(raw, "province", required=False), kind)
    year = check.year(check.text(raw, "year", required=True))
    framework_id = check.text(raw, "framework", required=True)
    framework = rules.get(framework_id or "")
    if framework_id and framework is None:
        check.error("framework", "unknown_framework", value=framework_id, allowed=", ".join(rules))
    normalised = normalise_name(name, kind) if name else None
    if kind and normalised and normalised.kind and normalised.kind is not kind:
        check.error("kind", "kind_conflict", named=normalised.kind.value, given=kind.value)
    index_text = check.text(raw, "index", required=True)
    predicate = check.text(raw, "predicate", required=False)
    source = check.text(raw, "source", required=True)
    if framework is None:
        return None
    domains = {
        c: check.number(c, check.text(raw, c, required=False), framework) for c in DOMAIN_COLUMNS
    }
    for column, value in domains.items():
        if value is not None and column not in framework.domain_weights:
            check.error(column, "no_such_domain", framework=framework.id)
    index = check.number("index", index_text, framework)
    check.predicate(predicate, index, framework)
    check.consistency(domains, index, framework)
    if check.failed or not (name and normalised and kind and year and source and index is not None):
        return None
    return PublishedResult(
        row=check.row,
        agency=name,
        agency_key=normalised.key(kind),
        kind=kind,
        province=province,
        year=year,
        framework=framework.id,
        domains=(
            domains["d1_kebijakan"],
            domains["d2_tata_kelola"],
            domains["d3_manajemen"],
            domains["d4_layanan"],
        ),
        index=index,
        predicate=predicate,
        source=source,
    )


def _province(check: RowCheck, value: str | None, kind: Kind | None) -> str | None:
    if kind is Kind.PUSAT and value:
        check.error("province", "province_for_central", value=value)
    elif kind is not None and kind.is_regional and not value:
        check.error("province", "province_required", kind=kind.value)
    if not value:
        return None
    canonical = canonical_province(value)
    if canonical is None:
        check.warn("province", "unknown_province", value=value)
    return canonical or value
