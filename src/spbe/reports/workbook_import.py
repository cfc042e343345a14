"""Fill or update a self-assessment from the exported workbook: all rows or none.

The workbook is the one the Excel report writes (``workbook_layout``). A row whose claim,
criteria and justification equal the saved ones, and that asks for nothing, is left alone, so a
unit PIC can import the whole exported workbook after editing only its own rows.

Every changed row goes through ``assessment_save_claim``, the same service as the indicator
page, so the rules (who may edit the indicator now, whole levels of the framework, a
justification and cumulative criteria to submit, the version the user read) are checked in one
place. All rows are tried inside one transaction, each in its own savepoint so one refusal does
not hide the next; if any row is refused, the transaction is rolled back and every row's
problem is listed. Nothing is applied unless everything is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import formats
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.tables import (
    UnreadableWorkbook,
    WorkbookProblem,
    cell_whole_number,
    column_letter,
    open_workbook,
    workbook_damage,
)
from spbe.evaluations.assessment_services import assessment_save_claim
from spbe.evaluations.external_services import ImportRefused, RowError
from spbe.evaluations.models import Assessment, AssessmentState, Evaluation
from spbe.evaluations.states import WITH_THE_REVIEWERS
from spbe.evaluations.validation import parse_claimed_level
from spbe.organizations.actors import Actor
from spbe.reports.policy import can_import_claims
from spbe.reports.workbook_layout import (
    REQUIRED_FOR_IMPORT,
    RowAction,
    action_label,
    header_keys,
    parse_action,
)
from spbe.scoring.values import whole_number

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_ROWS = 1000

__all__ = [
    "ClaimSheet",
    "ImportOutcome",
    "ImportRefused",
    "RowError",
    "claims_import",
    "read_claim_rows",
]


@dataclass(frozen=True)
class ClaimRow:
    line: int
    number: int
    claimed_level: object
    criteria_met: list[int]
    justification: str
    action: RowAction
    version: int | None


@dataclass(frozen=True)
class ClaimSheet:
    """The readable rows of the indicator sheet, the problems of the others, and the letter of
    each column (key → letter) so that every problem names the cell it is in."""

    rows: list[ClaimRow]
    errors: list[RowError]
    columns: dict[str, str]

    def error(self, line: int, message: str, field: str | None = None) -> RowError:
        return RowError(line, message, self.columns.get(field or "", ""))


@dataclass(frozen=True)
class ImportOutcome:
    drafts: int
    submitted: int
    unchanged: int

    @property
    def changed(self) -> int:
        return self.drafts + self.submitted


def claims_import(*, actor: Actor, evaluation: Evaluation, content: bytes) -> ImportOutcome:
    """Apply every changed row of the workbook, or none; raises ``ImportRefused`` listing rows."""
    require(can_import_claims(actor, evaluation))
    assessments = {
        assessment.indicator.number: assessment
        for assessment in evaluation.assessments.select_related("indicator", "updated_by")
    }
    sheet = read_claim_rows(content, set(assessments))
    errors = list(sheet.errors)
    changed = [row for row in sheet.rows if _changes(row, assessments[row.number], evaluation)]
    drafts = submitted = 0
    with transaction.atomic():
        for row in changed:
            assessment = assessments[row.number]
            try:
                _check_version(row, assessment)
                with transaction.atomic():
                    assessment_save_claim(
                        actor=actor,
                        assessment=assessment,
                        version=row.version or assessment.version,
                        claimed_level=row.claimed_level,
                        justification=row.justification,
                        criteria_met=row.criteria_met,
                        submit=row.action is RowAction.SUBMIT,
                    )
            except ActionRefused as error:  # NotAllowed too: the message is the rule's reason
                errors.append(sheet.error(row.line, _about(row, error.message), error.field))
            else:
                submitted += row.action is RowAction.SUBMIT
                drafts += row.action is not RowAction.SUBMIT
        if errors:
            raise ImportRefused(sorted(errors, key=lambda error: error.line))
        if changed:
            audit_record(
                actor=actor.user,
                action="claims.import",
                target=evaluation,
                agency=evaluation.agency,
                summary=_("%(count)s indicator(s) updated from a workbook")
                % {"count": len(changed)},
                data={"indicators": [row.number for row in changed]},
            )
    return ImportOutcome(
        drafts=drafts, submitted=submitted, unchanged=len(sheet.rows) - len(changed)
    )


def read_claim_rows(content: bytes, numbers: set[int]) -> ClaimSheet:
    """The rows of the indicator sheet, and the problems of the rows that cannot be read."""
    return _rows(_sheet_lines(content), numbers)


def _sheet_lines(content: bytes) -> list[tuple[object, ...]]:
    """The cell values of the indicator sheet, row by row, header first."""
    workbook = _open_workbook(content)
    try:
        lines: list[tuple[object, ...]] = []
        for line, cells in enumerate(_indicator_sheet(workbook).iter_rows(values_only=True), 1):
            if line > MAX_ROWS:
                raise ActionRefused(
                    _("The sheet has more than %(count)s rows; export a fresh workbook.")
                    % {"count": MAX_ROWS}
                )
            lines.append(cells)
        return lines
    # openpyxl reads the sheets lazily, so damage may show only here.
    except workbook_damage() as error:
        raise ActionRefused(_("The workbook is damaged and cannot be read.")) from error
    finally:
        workbook.close()


def _rows(lines: list[tuple[object, ...]], numbers: set[int]) -> ClaimSheet:
    header = header_keys(lines[0] if lines else ())
    sheet = ClaimSheet(
        rows=[],
        errors=[],
        columns={key: column_letter(position) for key, position in header.items()},
    )
    seen: set[int] = set()
    for line, cells in enumerate(lines[1:], start=2):
        values = {
            key: cells[position] if position < len(cells) else None
            for key, position in header.items()
        }
        if all(value in (None, "") for value in values.values()):
            continue
        try:
            row = _claim_row(line, values, numbers, seen)
        except ActionRefused as error:
            sheet.errors.append(sheet.error(line, error.message, error.field))
            continue
        seen.add(row.number)
        sheet.rows.append(row)
    if not sheet.rows and not sheet.errors:
        raise ActionRefused(_("The sheet holds no indicator rows."))
    return sheet


def _open_workbook(content: bytes) -> Workbook:
    try:
        return open_workbook(content, max_bytes=MAX_UPLOAD_BYTES)
    except UnreadableWorkbook as unreadable:
        raise ActionRefused(_workbook_problem(unreadable.problem)) from unreadable


def _workbook_problem(problem: WorkbookProblem) -> str:
    if problem is WorkbookProblem.TOO_LARGE:
        return _("The file is larger than %(size)s MB; an exported workbook is much smaller.") % {
            "size": MAX_UPLOAD_BYTES // (1024 * 1024)
        }
    if problem is WorkbookProblem.TOO_LARGE_UNPACKED:
        return _("The workbook is too large once unpacked; export a fresh one.")
    if problem is WorkbookProblem.DAMAGED:
        return _("The workbook is damaged and cannot be read.")
    return _(
        "The file is not an Excel workbook (.xlsx). Export the workbook from this page, fill it in and import it again."
    )


def _indicator_sheet(workbook: Workbook) -> Worksheet:
    for sheet in workbook.worksheets:
        first = next(sheet.iter_rows(min_row=1, max_row=1, values_only=True), ())
        if all(key in header_keys(first) for key in REQUIRED_FOR_IMPORT):
            return sheet
    raise ActionRefused(
        _(
            "No sheet has the columns of the exported workbook in its first row (No., Claimed "
            "level, Criteria met, Justification). Export the workbook from this page and fill it in."
        )
    )


def _claim_row(line: int, values: dict[str, object], numbers: set[int], seen: set[int]) -> ClaimRow:
    number = cell_whole_number(values.get("number"))
    if number is None or number not in numbers:
        raise ActionRefused(
            _("Indicator %(value)s does not exist in this evaluation.")
            % {"value": _shown(values.get("number"))},
            field="number",
        )
    if number in seen:
        raise ActionRefused(
            _("Indicator %(number)s appears twice.") % {"number": number}, field="number"
        )
    action = parse_action(values.get("action"))
    if action is None:
        raise ActionRefused(
            _("“%(value)s” is not an action: write %(draft)s, %(submit)s or leave it empty.")
            % {
                "value": _shown(values.get("action")),
                "draft": action_label(RowAction.DRAFT),
                "submit": action_label(RowAction.SUBMIT),
            },
            field="action",
        )
    raw_version = values.get("version")
    version = cell_whole_number(raw_version)
    if raw_version not in (None, "") and version is None:
        raise ActionRefused(
            _("The version %(value)s is not a whole number.") % {"value": _shown(raw_version)},
            field="version",
        )
    return ClaimRow(
        line=line,
        number=number,
        claimed_level=values.get("claimed_level"),
        criteria_met=_criteria(values.get("criteria_met")),
        justification=_text(values.get("justification")),
        action=action,
        version=version,
    )


def _criteria(raw: object) -> list[int]:
    if raw in (None, ""):
        return []
    if isinstance(raw, str):
        levels = [whole_number(part) for part in re.split(r"[\s,;]+", raw.strip()) if part]
    else:
        levels = [cell_whole_number(raw)]  # a number cell holds one level
    if None in levels:
        raise ActionRefused(
            _(
                "Criteria met must be level numbers separated by commas, such as 1, 2, 3; not “%(value)s”."
            )
            % {"value": _shown(raw)},
            field="criteria_met",
        )
    return sorted({level for level in levels if level is not None})


def _changes(row: ClaimRow, assessment: Assessment, evaluation: Evaluation) -> bool:
    """Whether the row asks for anything: a different claim, or a move to draft or submitted."""
    try:
        level = parse_claimed_level(evaluation.revision, row.claimed_level)
    except ActionRefused:
        return True  # the service will say what is wrong with the level
    same = (
        level == assessment.claimed_level
        and row.criteria_met == sorted(int(c) for c in assessment.criteria_met)
        and row.justification.strip() == assessment.justification
    )
    if not same:
        return True
    if row.action is RowAction.SUBMIT:
        return assessment.state not in WITH_THE_REVIEWERS
    if row.action is RowAction.DRAFT:
        return assessment.state != AssessmentState.DRAFT
    return False


def _check_version(row: ClaimRow, assessment: Assessment) -> None:
    if row.version is None or row.version == assessment.version:
        return
    who = assessment.updated_by
    raise ActionRefused(
        _(
            "Indicator %(number)s was saved by %(who)s at %(when)s, after this workbook was "
            "exported. Export a fresh workbook and apply your change there."
        )
        % {
            "number": row.number,
            "who": (who.get_full_name() or who.username) if who else "?",
            "when": formats.date_format(assessment.updated_at, "DATETIME_FORMAT"),
        },
        field="version",
    )


def _about(row: ClaimRow, message: str) -> str:
    return _("Indicator %(number)s: %(problem)s") % {"number": row.number, "problem": message}


def _text(raw: object) -> str:
    if raw is None:
        return ""
    return str(raw)


def _shown(raw: object) -> str:
    text = "" if raw is None else str(raw)
    return text if len(text) <= 40 else text[:39] + "…"
