"""Importing the portal's results: the preview is what the import does, all or nothing."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused
from spbe.evaluations.external_services import ImportRefused
from spbe.evaluations.models import AssessorResult, EvaluationItem
from spbe.evaluations.result_import import (
    ResultChange,
    ResultKind,
    results_import,
    results_preview,
)
from tests.evaluations.files import csv_file, xlsx_file
from tests.evaluations.pemdi_helpers import (
    AFTER_STAGES,
    DOCUMENTS_DAY,
    SELF_ASSESSMENT_DAY,
    item,
    set_status,
)

pytestmark = pytest.mark.usefixtures("in_english")

VERDICTS = [
    ["code", "status", "note"],
    ["I1-L1-01", "diterima", "Sesuai"],
    ["I1-L2-01", "revisi", "SK belum ditandatangani"],
    ["I1-L2-02", "diterima", ""],
]
VALUES = [
    ["indikator", "nilai", "catatan", "rekomendasi"],
    ["1", "1.26", "Kebijakan ada", "Lengkapi SOP"],
    ["I4", "2", "", "Susun peta rencana"],
]


def preview(cast, content, who=None, today=DOCUMENTS_DAY):
    return results_preview(
        actor=cast.actor(who or cast.coordinator),
        evaluation=cast.evaluation,
        content=content,
        today=today,
    )


def apply(cast, content, who=None, today=DOCUMENTS_DAY):
    return results_import(
        actor=cast.actor(who or cast.coordinator),
        evaluation=cast.evaluation,
        content=content,
        today=today,
    )


def saved(cast) -> dict[tuple[str, str], str | None]:
    """Every item's status and note and every result's value, note and recommendation."""
    state: dict[tuple[str, str], str | None] = {}
    for i in EvaluationItem.objects.filter(evaluation=cast.evaluation):
        state[(i.code, "status")] = i.status
        state[(i.code, "note")] = i.assessor_note
    for r in AssessorResult.objects.filter(assessment__evaluation=cast.evaluation).select_related(
        "assessment__indicator"
    ):
        code = r.assessment.indicator.code
        state[(code, "value")] = str(r.value)
        state[(code, "note")] = r.note
        state[(code, "recommendation")] = r.recommendation
    return state


@pytest.mark.parametrize("make_file", [csv_file, xlsx_file], ids=["csv", "xlsx"])
@pytest.mark.parametrize("rows", [VERDICTS, VALUES], ids=["verdicts", "values"])
def test_the_preview_lists_exactly_what_the_import_then_changes(pemdi, make_file, rows):
    content = make_file(rows)
    before = saved(pemdi)
    planned = preview(pemdi, content)
    assert saved(pemdi) == before  # the preview wrote nothing
    applied = apply(pemdi, content)
    assert applied == planned
    after = saved(pemdi)
    changed = {key: value for key, value in after.items() if before.get(key, "") != value}
    assert changed == {(c.subject, c.field): c.new or "" for c in planned.changes}


def test_the_preview_of_verdicts_names_each_item_old_and_new(pemdi):
    plan = preview(pemdi, csv_file(VERDICTS))
    assert plan.kind is ResultKind.ITEMS
    assert plan.changes[:3] == (
        ResultChange(2, "I1-L1-01", "status", "belum", "diterima"),
        ResultChange(2, "I1-L1-01", "note", "", "Sesuai"),
        ResultChange(3, "I1-L2-01", "status", "belum", "revisi"),
    )
    assert (plan.rows, plan.unchanged) == (3, 0)


def test_the_indicator_values_go_through_the_scoring_values_parser(pemdi):
    apply(pemdi, csv_file(VALUES))
    result = AssessorResult.objects.get(assessment__indicator__number=1)
    assert (result.value, result.note, result.recommendation) == (
        Decimal("1.26"),
        "Kebijakan ada",
        "Lengkapi SOP",
    )
    assert AssessorResult.objects.get(assessment__indicator__number=4).value == Decimal("2.00")


@pytest.mark.parametrize("rows", [VERDICTS, VALUES], ids=["verdicts", "values"])
def test_importing_the_same_file_twice_changes_nothing_the_second_time(pemdi, rows):
    apply(pemdi, csv_file(rows))
    after_first = saved(pemdi)
    events = AuditEvent.objects.count()
    second = apply(pemdi, csv_file(rows))
    assert second.changes == ()
    assert second.unchanged == len(rows) - 1
    assert saved(pemdi) == after_first
    assert AuditEvent.objects.count() == events


def test_a_file_with_bad_rows_changes_nothing_and_reports_every_bad_row(pemdi):
    rows = [
        *VERDICTS,
        ["I99-L1-01", "diterima", ""],
        ["I1-L3-01", "bagus", ""],
        ["I1-L1-01", "revisi", "lagi"],
        ["I1-L3-02", "ditolak_otomatis", ""],
    ]
    before = saved(pemdi)
    with pytest.raises(ImportRefused) as refused:
        apply(pemdi, xlsx_file(rows))
    assert [(e.line, e.column) for e in refused.value.errors] == [
        (5, "A"),
        (6, "B"),
        (7, ""),
        (8, "B"),
    ]
    assert "I99-L1-01" in refused.value.errors[0].message
    assert "appears twice" in refused.value.errors[2].message
    assert saved(pemdi) == before
    assert not AuditEvent.objects.filter(action__in=["item.verdict", "results.import"]).exists()


def test_a_value_outside_the_range_is_a_bad_row(pemdi):
    with pytest.raises(ImportRefused) as refused:
        apply(pemdi, csv_file([*VALUES, ["5", "7", "", ""], ["6", "1.234", "", ""]]))
    assert [(e.line, e.column) for e in refused.value.errors] == [(4, "B"), (5, "B")]
    assert not AssessorResult.objects.exists()


def test_an_indonesian_decimal_comma_is_read_in_a_semicolon_separated_file(pemdi):
    apply(pemdi, csv_file([["indikator", "nilai"], ["3", "2,75"]], delimiter=";"))
    assert AssessorResult.objects.get(assessment__indicator__number=3).value == Decimal("2.75")


def test_a_column_left_out_leaves_that_field_as_it_is(pemdi):
    apply(pemdi, csv_file(VALUES))
    apply(pemdi, csv_file([["indicator", "value"], ["1", "1.5"]]))
    result = AssessorResult.objects.get(assessment__indicator__number=1)
    assert (result.value, result.note) == (Decimal("1.50"), "Kebijakan ada")


def test_a_retired_item_is_a_bad_row(pemdi):
    EvaluationItem.objects.filter(code="I1-L1-01").update(retired=True)
    with pytest.raises(ImportRefused, match="1 row"):
        apply(pemdi, csv_file(VERDICTS))


def test_a_file_without_the_columns_of_either_kind_is_refused(pemdi):
    with pytest.raises(ActionRefused, match="first row"):
        preview(pemdi, csv_file([["kode", "nilai"], ["I1-L1-01", "2"]]))


def test_the_results_are_imported_from_the_document_stage_on_only(pemdi):
    with pytest.raises(PermissionDenied):
        preview(pemdi, csv_file(VERDICTS), today=SELF_ASSESSMENT_DAY)
    # After the stages, the results still come in until the evaluation is finished.
    assert preview(pemdi, csv_file(VERDICTS), today=AFTER_STAGES).changes


@pytest.mark.parametrize("who", ["pic", "internal_assessor", "unassigned_assessor", "outsider"])
def test_only_the_koordinator_or_an_assigned_assessor_imports(pemdi, who):
    with pytest.raises(PermissionDenied):
        apply(pemdi, csv_file(VERDICTS), who=getattr(pemdi, who))
    assert apply(pemdi, csv_file(VERDICTS), who=pemdi.external_assessor).changes


def test_a_verdict_that_matches_the_saved_one_is_an_unchanged_row(pemdi):
    set_status(pemdi, "diterima", "I1-L2-02")
    plan = preview(pemdi, csv_file(VERDICTS))
    assert plan.unchanged == 1
    assert "I1-L2-02" not in {change.subject for change in plan.changes}
    assert item(pemdi, "I1-L2-02").status == "diterima"
