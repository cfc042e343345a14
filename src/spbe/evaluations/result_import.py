"""Importing the national portal's results, CSV or Excel: item verdicts or indicator values.

A file holds one of two kinds of rows, told apart by its first row:

* ``code, status, note``: a verdict per item (diterima or revisi) and the assessor's note;
* ``indicator, value, note, recommendation``: the assessor's value of each indicator (within
  the framework's range, read by the scoring values' parser), catatan and rekomendasi.

A column left out of the file leaves that field as it is; an empty cell empties it.

``results_preview`` lists the changes, field by field (old → new), and writes nothing;
``results_import`` makes exactly those changes or, if any row is wrong, none, reporting every bad
row. Both build the same plan from the file and the saved records, so the preview is what the
import does, and a file imported twice changes nothing the second time.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from django.db import transaction
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.core.access import require
from spbe.core.errors import ActionRefused, StaleVersion
from spbe.core.tables import HeadedTable, cell_text, cell_whole_number, read_headed_table
from spbe.evaluations import import_events
from spbe.evaluations.assessor_services import (
    ResultFields,
    apply_result,
    apply_verdict,
    locked_result,
    parse_result_value,
    parse_verdict,
    result_snapshot,
)
from spbe.evaluations.external_services import ImportRefused, RowError
from spbe.evaluations.item_policy import can_import_results
from spbe.evaluations.models import Assessment, Evaluation, EvaluationItem
from spbe.evaluations.stage_selectors import evaluation_stage_today
from spbe.evaluations.versions import lock_evaluation
from spbe.organizations.actors import Actor
from spbe.scoring.items import ItemStatus

MAX_UPLOAD_BYTES = 1024 * 1024
MAX_ROWS = 3000
COLUMNS = {
    "code": ("code", "kode", "kode butir"),
    "status": ("status",),
    "indicator": ("indicator", "indikator"),
    "value": ("value", "nilai"),
    "note": ("note", "catatan"),
    "recommendation": ("recommendation", "rekomendasi"),
}


class ResultKind(StrEnum):
    ITEMS = "items"
    INDICATORS = "indicators"


@dataclass(frozen=True)
class ResultChange:
    """One field of one item or indicator that the file changes."""

    line: int
    subject: str  # the item's code ("I3-L2-01") or the indicator's ("I3")
    field: str  # status, note, value or recommendation
    old: str | None
    new: str | None


@dataclass(frozen=True)
class ResultPlan:
    kind: ResultKind
    changes: tuple[ResultChange, ...]
    rows: int  # rows read
    unchanged: int  # rows that change nothing


@dataclass(frozen=True)
class _Verdict:
    item: EvaluationItem
    status: ItemStatus
    note: str


@dataclass(frozen=True)
class _Result:
    assessment: Assessment
    fields: ResultFields


def results_preview(
    *, actor: Actor, evaluation: Evaluation, content: bytes, today: datetime.date
) -> ResultPlan:
    """What importing the file would change, without writing; ``ImportRefused`` for bad rows."""
    _check_allowed(actor, evaluation, today)
    return _plan(evaluation, content)[0]


@transaction.atomic
def results_import(
    *,
    actor: Actor,
    evaluation: Evaluation,
    content: bytes,
    today: datetime.date,
    expected: Sequence[ResultChange] | None = None,
) -> ResultPlan:
    """Make the changes ``results_preview`` lists, all or none; returns the plan applied.

    ``expected`` is the list of changes the user saw in the preview: if the saved records have
    changed since, so that the file would now change something else, nothing is applied
    (``StaleVersion``) and the user is shown the new preview. What is applied is then always
    exactly what was previewed.
    """
    evaluation = lock_evaluation(evaluation.pk)
    _check_allowed(actor, evaluation, today)
    plan, writes = _plan(evaluation, content)
    if expected is not None and tuple(expected) != plan.changes:
        raise StaleVersion(
            _(
                "The results were changed by someone else after your preview, so the file "
                "would now change something different. Nothing was applied: review the new "
                "preview below, then apply it again."
            )
        )
    changed_lines = {change.line for change in plan.changes}
    verdicts = plan.kind is ResultKind.ITEMS and bool(plan.changes)
    before = import_events.shown_items(evaluation) if verdicts else {}
    for line, write in writes:
        if line not in changed_lines:
            continue
        if isinstance(write, _Verdict):
            apply_verdict(write.item, evaluation, actor, write.status, write.note)
        else:
            result, _evaluation = locked_result(write.assessment, None)
            apply_result(result, evaluation, actor, write.fields)
    if plan.changes:
        audit_record(
            actor=actor.user,
            action="results.import",
            target=evaluation,
            agency=evaluation.agency,
            summary=_("%(count)s change(s) imported from the portal's results")
            % {"count": len(plan.changes)},
            data={"kind": plan.kind.value, "lines": sorted(changed_lines)},
        )
    if verdicts:
        import_events.verdicts_imported(
            evaluation,
            before,
            import_events.shown_items(evaluation),
            {change.subject for change in plan.changes},
            actor=actor,
        )
    return plan


def _check_allowed(actor: Actor, evaluation: Evaluation, today: datetime.date) -> None:
    require(can_import_results(actor, evaluation, evaluation_stage_today(evaluation, today=today)))


def _plan(
    evaluation: Evaluation, content: bytes
) -> tuple[ResultPlan, list[tuple[int, _Verdict | _Result]]]:
    table = read_headed_table(content, names=COLUMNS, max_bytes=MAX_UPLOAD_BYTES, max_rows=MAX_ROWS)
    if table.has("code", "status"):
        kind = ResultKind.ITEMS
    elif table.has("indicator", "value"):
        kind = ResultKind.INDICATORS
    else:
        raise ActionRefused(
            _(
                "The first row must name the columns code, status and note (item verdicts) or "
                "indicator, value, note and recommendation (indicator values)."
            )
        )
    read = _verdict_row if kind is ResultKind.ITEMS else _result_row
    context = _Context(evaluation)
    changes: list[ResultChange] = []
    writes: list[tuple[int, _Verdict | _Result]] = []
    errors: list[RowError] = []
    seen: set[str] = set()
    unchanged = 0
    for line, cells in table.rows:
        try:
            subject, write, row_changes = read(context, table, line, cells)
            if subject in seen:
                raise ActionRefused(_("%(subject)s appears twice.") % {"subject": subject})
        except ActionRefused as error:
            errors.append(RowError(line, error.message, table.letter(error.field)))
            continue
        seen.add(subject)
        writes.append((line, write))
        changes += row_changes
        unchanged += not row_changes
    if errors:
        raise ImportRefused(errors)
    if not writes:
        raise ActionRefused(_("The file holds no rows."))
    plan = ResultPlan(kind=kind, changes=tuple(changes), rows=len(writes), unchanged=unchanged)
    return plan, writes


class _Context:
    """The evaluation's items and indicators, read once per file."""

    def __init__(self, evaluation: Evaluation) -> None:
        self.evaluation = evaluation
        self.items = {item.code: item for item in evaluation.items.all()}
        self.assessments = {
            a.indicator.number: a
            for a in evaluation.assessments.select_related("indicator", "assessor_result")
        }
        self.by_code = {a.indicator.code.casefold(): a for a in self.assessments.values()}


def _verdict_row(
    context: _Context, table: HeadedTable, line: int, cells: tuple[object, ...]
) -> tuple[str, _Verdict, list[ResultChange]]:
    code = cell_text(table.value(cells, "code")).upper()
    item = context.items.get(code)
    if item is None:
        raise ActionRefused(
            _("Item %(code)s is not in this evaluation.") % {"code": code or "—"}, field="code"
        )
    if item.retired:
        raise ActionRefused(_("Item %(code)s is retired.") % {"code": code}, field="code")
    status = parse_verdict(cell_text(table.value(cells, "status")))
    note = cell_text(table.value(cells, "note")) if table.has("note") else item.assessor_note
    changes = [
        ResultChange(line, code, name, old, new)
        for name, old, new in (
            ("status", item.status, status.value),
            ("note", item.assessor_note, note),
        )
        if old != new
    ]
    return code, _Verdict(item, status, note), changes


def _result_row(
    context: _Context, table: HeadedTable, line: int, cells: tuple[object, ...]
) -> tuple[str, _Result, list[ResultChange]]:
    raw = table.value(cells, "indicator")
    number = cell_whole_number(raw)
    assessment = (
        context.assessments.get(number)
        if number is not None
        else context.by_code.get(cell_text(raw).casefold())
    )
    if assessment is None:
        raise ActionRefused(
            _("Indicator %(number)s is not in this evaluation.")
            % {"number": cell_text(raw) or "—"},
            field="indicator",
        )
    value = parse_result_value(context.evaluation, assessment, table.value(cells, "value"))
    fields = ResultFields(
        value=value,
        note=cell_text(table.value(cells, "note")) if table.has("note") else None,
        recommendation=(
            cell_text(table.value(cells, "recommendation")) if table.has("recommendation") else None
        ),
    )
    saved = getattr(assessment, "assessor_result", None)
    before = result_snapshot(saved) if saved else {"value": None, "note": "", "recommendation": ""}
    after = {
        "value": _text(value),
        "note": fields.note if fields.note is not None else before["note"],
        "recommendation": (
            fields.recommendation if fields.recommendation is not None else before["recommendation"]
        ),
    }
    subject = assessment.indicator.code
    changes = [
        ResultChange(line, subject, name, _shown(before[name]), _shown(after[name]))
        for name in ("value", "note", "recommendation")
        if before[name] != after[name]
    ]
    return subject, _Result(assessment, fields), changes


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _shown(value: object) -> str | None:
    return None if value is None else str(value)
