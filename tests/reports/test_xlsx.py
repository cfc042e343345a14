"""The Excel workbook, read back with openpyxl: its values are the engine's."""

from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal

import pytest
from django.utils import translation
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from spbe.evaluations.scores import IndexKind
from spbe.reports.models import ReportFormat
from spbe.reports.wording import weight_value
from spbe.reports.workbook_layout import (
    COLUMNS,
    KEYS,
    RowAction,
    header_keys,
    parse_action,
)
from spbe.reports.xlsx import EDITABLE_FILL, render_xlsx

pytestmark = [pytest.mark.django_db, pytest.mark.dates]


def as_decimal(value):
    return None if value is None else Decimal(str(value))


@pytest.fixture(scope="module")
def workbook(spbe_report):
    return load_workbook(io.BytesIO(spbe_report.files[ReportFormat.XLSX]))


def sheet_rows(sheet):
    header, *rows = list(sheet.iter_rows(values_only=True))
    keys = [column.key for column in COLUMNS]
    assert list(header) == [column.label() for column in COLUMNS] or len(header) == len(keys)
    return [dict(zip(keys, row, strict=True)) for row in rows]


def test_the_workbook_has_the_indicators_a_summary_and_the_recommendations(workbook):
    assert workbook.sheetnames == ["Indicators", "Summary", "Recommendations"]


def test_each_indicator_row_holds_the_engines_values(spbe_report, workbook):
    rows = sheet_rows(workbook["Indicators"])
    data = spbe_report.data
    assert len(rows) == len(data.indicators) == 47
    for cells, row in zip(rows, data.indicators, strict=True):
        assert cells["number"] == row.number
        assert (cells["domain"], cells["aspect"]) == (row.domain_name, row.aspect_name)
        assert as_decimal(cells["weight"]) == weight_value(row.weight)
        assert as_decimal(cells["claimed_level"]) == row.claimed
        assert as_decimal(cells["verified_level"]) == row.verified
        assert cells["external_value"] is None and row.external is None
        assert as_decimal(cells["gap"]) == row.plan_gap
        assert cells["planned_level"] == row.planned_level
        assert cells["lead_unit"] == row.lead_unit
        assert cells["evidence_count"] == len(row.evidence) == 2
        assert cells["status"] == row.state_label
        assert cells["version"] == row.version


def test_the_summary_holds_the_indices_as_the_engine_scored_them(spbe_report, workbook):
    summary = list(workbook["Summary"].iter_rows(values_only=True))
    by_label = {row[0]: row for row in summary if row and row[0]}
    with translation.override("en"):
        for figure in spbe_report.data.summary.indices:
            row = by_label[
                {"self": "Self-assessment", "verified": "Verified", "external": "External"}[
                    figure.kind
                ]
            ]
            if figure.kind is IndexKind.EXTERNAL:
                assert row[1] == "No external result yet."
                continue
            assert as_decimal(row[1]) == figure.index
            assert as_decimal(row[2]) == figure.index_exact.quantize(Decimal("0.000001"))
            assert row[3] == figure.predicate
            assert as_decimal(row[5]) == figure.gap
            assert "Predicate decided by the unrounded index" in row[6]
    domains = {
        row[0]: row
        for row in summary
        if row and str(row[0]).startswith(("1. ", "2. ", "3. ", "4. "))
    }
    for domain in spbe_report.data.summary.domains:
        row = domains[f"{domain.number}. {domain.name}"]
        assert (as_decimal(row[1]), as_decimal(row[2])) == (domain.self_value, domain.verified)


def test_the_recommendations_sheet_lists_the_plans_steps(spbe_report, workbook):
    rows = list(workbook["Recommendations"].iter_rows(values_only=True))
    codes = [row[0] for row in rows]
    for step in spbe_report.data.recommendations.steps:
        assert step.code in codes


def test_text_that_looks_like_a_formula_stays_text(spbe_report):
    first = replace(spbe_report.data.indicators[0], justification='=HYPERLINK("http://x","y")')
    data = replace(spbe_report.data, indicators=(first, *spbe_report.data.indicators[1:]))
    with translation.override("en"):
        sheet = load_workbook(io.BytesIO(render_xlsx(data)))["Indicators"]
    cell = sheet.cell(row=2, column=[c.key for c in COLUMNS].index("justification") + 1)
    assert cell.data_type == "s"
    assert cell.value == '=HYPERLINK("http://x","y")'


def test_the_indicator_sheet_freezes_the_header_and_codes_and_filters_every_column(workbook):
    sheet = workbook["Indicators"]
    assert sheet.freeze_panes == "D2"
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(COLUMNS))}48"


def test_the_cells_to_fill_in_are_marked_and_the_others_are_not(workbook):
    sheet = workbook["Indicators"]
    marked = {
        column.key
        for position, column in enumerate(COLUMNS, start=1)
        if sheet.cell(row=2, column=position).fill.fgColor.rgb.endswith(
            EDITABLE_FILL.fgColor.rgb[-6:]
        )
    }
    assert marked == {column.key for column in COLUMNS if column.editable}
    assert marked == {"claimed_level", "criteria_met", "justification", "action"}


def test_the_save_as_column_offers_only_draft_and_submit(workbook):
    sheet = workbook["Indicators"]
    validations = sheet.data_validations.dataValidation
    assert len(validations) == 1
    letter = get_column_letter(KEYS.index("action") + 1)
    assert str(validations[0].sqref) == f"{letter}2:{letter}48"
    assert validations[0].formula1 == '"draft,submit"'  # the report was written in English


def test_levels_are_shown_without_needless_decimals(workbook):
    sheet = workbook["Indicators"]
    for key in ("claimed_level", "verified_level", "external_value", "gap"):
        assert sheet.cell(row=2, column=KEYS.index(key) + 1).number_format == "0.##"


def test_the_columns_have_the_widths_of_the_layout(workbook):
    sheet = workbook["Indicators"]
    for position, column in enumerate(COLUMNS, start=1):
        assert sheet.column_dimensions[get_column_letter(position)].width == column.width


def test_every_header_is_found_again_in_either_language_and_by_its_key():
    for code in ("en", "id"):
        with translation.override(code):
            labels = [column.label() for column in COLUMNS]
        assert header_keys(labels) == {key: position for position, key in enumerate(KEYS)}
    assert header_keys(["  NUMBER ", "justification"]) == {"number": 0, "justification": 1}
    assert header_keys(["Kolom lain", None, 3]) == {}


@pytest.mark.parametrize(
    ("raw", "action"),
    [
        ("", RowAction.NONE),
        (None, RowAction.NONE),
        ("draft", RowAction.DRAFT),
        (" SUBMIT ", RowAction.SUBMIT),
        ("Draf", RowAction.DRAFT),
        ("ajukan", RowAction.SUBMIT),
        ("kirim semua", None),
    ],
)
def test_the_save_as_word_is_read_in_either_language_whatever_the_users(raw, action):
    for code in ("en", "id"):
        with translation.override(code):
            assert parse_action(raw) == action
