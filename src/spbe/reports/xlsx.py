"""The Excel workbook: the indicator worksheet, a summary and the recommendations.

Values, not formulas: every number is the engine's, written as a number. Text typed by users
is always written as text, so a justification that begins with "=" can never become a formula
(spreadsheet formula injection).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal

from django.utils import formats
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from spbe.reports.data import ReportData
from spbe.reports.wording import (
    basis_sentence,
    cost_unit_label,
    illustrative_notice,
    index_caption,
    report_title,
    weight_value,
)
from spbe.reports.workbook_layout import COLUMNS, RowAction, action_label

HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
EDITABLE_FILL = PatternFill("solid", fgColor="FFF6D5")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
INDEX_FORMAT = "0.00"
EXACT_FORMAT = "0.0000"

Value = str | int | Decimal | None


def indicator_sheet_title() -> str:
    return _("Indicators")


def render_xlsx(data: ReportData) -> bytes:
    workbook = Workbook()
    indicators = workbook.active
    assert indicators is not None
    indicators.title = indicator_sheet_title()[:31]
    _indicator_sheet(indicators, data)
    _summary_sheet(workbook.create_sheet(_("Summary")[:31]), data)
    _plan_sheet(workbook.create_sheet(_("Recommendations")[:31]), data)
    workbook.properties.title = (
        f"{report_title()} · {data.summary.agency_name} · {data.summary.year}"
    )
    workbook.properties.creator = "SPBE"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def put(sheet: Worksheet, row: int, column: int, value: Value, number_format: str = "") -> Cell:
    """Write one cell; a string is always stored as text, never read as a formula."""
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    if number_format:
        cell.number_format = number_format
    return cell


def _put_row(sheet: Worksheet, row: int, values: Sequence[Value], *, bold: bool = False) -> None:
    for column, value in enumerate(values, start=1):
        cell = put(sheet, row, column, value)
        if bold:
            cell.font = BOLD
            cell.fill = HEADER_FILL


def _indicator_sheet(sheet: Worksheet, data: ReportData) -> None:
    _put_row(sheet, 1, [column.label() for column in COLUMNS], bold=True)
    for position, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = column.width
        header = sheet.cell(row=1, column=position)
        header.alignment = WRAP
        if column.editable:
            header.fill = EDITABLE_FILL
    for row_number, row in enumerate(data.indicators, start=2):
        values: dict[str, Value] = {
            "number": row.number,
            "code": row.code,
            "indicator": row.name,
            "domain": row.domain_name,
            "aspect": row.aspect_name,
            "weight": weight_value(row.weight),
            "lead_unit": row.lead_unit,
            "status": row.state_label,
            "claimed_level": row.claimed,
            "criteria_met": ", ".join(str(level) for level in row.criteria_met),
            "justification": row.justification,
            "action": action_label(RowAction.NONE),
            "verified_level": row.verified,
            "external_value": row.external,
            "planned_level": row.planned_level,
            "gap": row.plan_gap,
            "evidence_count": len(row.evidence),
            "version": row.version,
        }
        for position, column in enumerate(COLUMNS, start=1):
            cell = put(sheet, row_number, position, values[column.key])
            if column.key in ("claimed_level", "verified_level", "external_value", "gap"):
                cell.number_format = "0.##"
            if column.editable:
                cell.fill = EDITABLE_FILL
            if column.key in ("indicator", "justification"):
                cell.alignment = WRAP
    last = len(data.indicators) + 1
    action_column = get_column_letter(
        next(i for i, c in enumerate(COLUMNS, 1) if c.key == "action")
    )
    choices = ",".join(action_label(action) for action in (RowAction.DRAFT, RowAction.SUBMIT))
    validation = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
    validation.add(f"{action_column}2:{action_column}{max(last, 2)}")
    sheet.add_data_validation(validation)
    sheet.freeze_panes = "D2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last}"


def _summary_sheet(sheet: Worksheet, data: ReportData) -> None:
    sheet.column_dimensions["A"].width = 34
    for letter in "BCDEFG":
        sheet.column_dimensions[letter].width = 16
    put(sheet, 1, 1, report_title()).font = Font(bold=True, size=14)
    put(
        sheet,
        2,
        1,
        f"{data.summary.agency_name} · {data.summary.framework_title} · {data.summary.year}",
    )
    put(
        sheet,
        3,
        1,
        _(
            "To update claims, fill in the yellow columns of the sheet %(sheet)s and import the "
            "workbook on the evaluation's reports page; the other columns are ignored."
        )
        % {"sheet": indicator_sheet_title()},
    )
    facts: list[tuple[str, Value]] = [
        (_("Agency"), data.summary.agency_name),
        (
            _("Framework"),
            f"{data.summary.framework_short_title} ({_('revision')} {data.summary.revision_number})",
        ),
        (_("State"), data.summary.state_label),
        (_("Target index"), data.summary.target),
        (_("Generated"), formats.date_format(data.generated_at, "DATETIME_FORMAT")),
    ]
    row = 4
    for label, value in facts:
        put(sheet, row, 1, label).font = BOLD
        put(sheet, row, 2, value, INDEX_FORMAT if isinstance(value, Decimal) else "")
        row += 1
    row += 1
    headers = [
        _("Index"),
        _("Value"),
        _("Unrounded"),
        _("Predicate"),
        _("Filled in"),
        _("Gap to target"),
        _("Predicate basis"),
    ]
    _put_row(sheet, row, headers, bold=True)
    for figure in data.summary.indices:
        row += 1
        put(sheet, row, 1, figure.label)
        if not figure.available:
            put(sheet, row, 2, _("No external result yet."))
            continue
        put(sheet, row, 2, figure.index, INDEX_FORMAT)
        put(sheet, row, 3, figure.index_exact.quantize(Decimal("0.000001")), EXACT_FORMAT)
        put(sheet, row, 4, figure.predicate or "—")
        put(sheet, row, 5, f"{figure.filled}/{figure.total}")
        put(sheet, row, 6, figure.gap, INDEX_FORMAT)
        put(sheet, row, 7, basis_sentence(figure.basis, figure.year))
    row += 2
    for text in (index_caption(data), illustrative_notice(data)):
        if text:
            put(sheet, row, 1, text).alignment = Alignment(wrap_text=False)
            row += 1
    row += 1
    row = _parts_table(sheet, row, _("Domain"), data, domains=True)
    _parts_table(sheet, row + 1, _("Aspect"), data, domains=False)


def _parts_table(
    sheet: Worksheet, row: int, heading: str, data: ReportData, *, domains: bool
) -> int:
    parts = data.summary.domains if domains else data.summary.aspects
    if not parts:
        return row
    kinds = data.summary.shown_kinds
    _put_row(sheet, row, [heading, *(str(kind.label) for kind in kinds)], bold=True)
    for part in parts:
        row += 1
        put(sheet, row, 1, part.label)
        for column, kind in enumerate(kinds, start=2):
            put(sheet, row, column, part.value(kind), INDEX_FORMAT)
    return row + 1


def _plan_sheet(sheet: Worksheet, data: ReportData) -> None:
    plan = data.recommendations
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 50
    sheet.column_dimensions["C"].width = 26
    sheet.column_dimensions["H"].width = 60
    put(sheet, 1, 1, _("Recommendations")).font = Font(bold=True, size=14)
    if not plan.available:
        put(sheet, 2, 1, plan.problem)
        return
    put(
        sheet,
        2,
        1,
        _("The least-cost plan to reach the target %(target)s, starting from the %(kind)s values.")
        % {"target": formats.number_format(plan.target, 2), "kind": str(plan.kind.label)},
    )
    summary: list[tuple[str, Value]] = [
        (_("Index before"), plan.index_before),
        (_("Index after"), plan.index_after),
        (_("Predicate after"), plan.predicate_after or "—"),
        (_("Total cost (%(unit)s)") % {"unit": cost_unit_label(plan.cost_unit)}, plan.total_cost),
    ]
    row = 3
    for label, value in summary:
        put(sheet, row, 1, label).font = BOLD
        put(sheet, row, 3, value, INDEX_FORMAT if isinstance(value, Decimal) else "")
        row += 1
    put(sheet, row, 1, index_caption(data))
    row += 1
    if plan.problem:
        put(sheet, row, 1, plan.problem)
        row += 1
    row += 1
    headers = [
        _("Code"),
        _("Indicator"),
        _("Lead unit"),
        _("From"),
        _("To"),
        _("Cost"),
        _("Effect on the index"),
        _("What the level asks for"),
    ]
    _put_row(sheet, row, headers, bold=True)
    for step in plan.steps:
        row += 1
        put(sheet, row, 1, step.code)
        put(sheet, row, 2, step.name).alignment = WRAP
        put(sheet, row, 3, step.lead_unit)
        put(sheet, row, 4, step.from_value, "0.##")
        put(sheet, row, 5, step.to_level)
        put(sheet, row, 6, step.cost, "0.##")
        put(sheet, row, 7, step.gain.quantize(Decimal("0.0001")), EXACT_FORMAT)
        put(sheet, row, 8, step.criteria).alignment = WRAP
