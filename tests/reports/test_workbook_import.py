"""Importing claims from the exported workbook: every row checked, all applied or none."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused
from spbe.evaluations.models import Assessment, AssessmentState, EvaluationState
from spbe.organizations.actors import SYSTEM
from spbe.reports.models import ReportFormat
from spbe.reports.render import render_report
from spbe.reports.workbook_import import (
    MAX_UPLOAD_BYTES,
    ImportRefused,
    claims_import,
)
from spbe.reports.workbook_layout import COLUMNS
from tests.cast import PASSWORD
from tests.evaluations.helpers import submit

pytestmark = pytest.mark.dates

KEYS = [column.key for column in COLUMNS]


def export(cast, language: str = "en") -> bytes:
    with translation.override(language):
        return render_report(cast.evaluation, ReportFormat.XLSX, SYSTEM).content


def edit(content: bytes, changes: dict[int, dict[str, object]], extra_rows=()) -> bytes:
    """Change cells by indicator number and column key, and append raw rows."""
    workbook = load_workbook(io.BytesIO(content))
    sheet = workbook.worksheets[0]
    for row in sheet.iter_rows(min_row=2):
        number = row[KEYS.index("number")].value
        for key, value in changes.get(number, {}).items():
            row[KEYS.index(key)].value = value
    for values in extra_rows:
        sheet.append([values.get(key) for key in KEYS])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def claim(level: int, action: str = "submit", text: str = "Perwali SPBE telah ditetapkan.") -> dict:
    return {
        "claimed_level": level,
        "criteria_met": ", ".join(str(n) for n in range(1, level + 1)),
        "justification": text,
        "action": action,
    }


def assessment(cast, number: int) -> Assessment:
    return Assessment.objects.get(evaluation=cast.evaluation, indicator__number=number)


def import_as(cast, user, content: bytes, language: str = "en"):
    with translation.override(language):
        return claims_import(actor=cast.actor(user), evaluation=cast.evaluation, content=content)


def test_the_round_trip_export_fill_in_import_saves_the_claims(cast):
    content = edit(
        export(cast),
        {1: claim(2), 4: claim(3), 5: claim(1), 6: claim(4, action="draft", text="Belum final")},
    )
    outcome = import_as(cast, cast.pic, content)
    assert (outcome.submitted, outcome.drafts, outcome.unchanged) == (3, 1, 43)
    first, fourth, sixth = assessment(cast, 1), assessment(cast, 4), assessment(cast, 6)
    assert (first.state, first.claimed_level, first.criteria_met) == (
        AssessmentState.SUBMITTED,
        Decimal(2),
        [1, 2],
    )
    assert fourth.claimed_level == Decimal(3) and fourth.justification.startswith("Perwali")
    assert (sixth.state, sixth.claimed_level) == (AssessmentState.DRAFT, Decimal(4))
    assert assessment(cast, 7).state == AssessmentState.NOT_STARTED
    assert AuditEvent.objects.filter(action="claims.import").count() == 1
    again = load_workbook(io.BytesIO(export(cast))).worksheets[0]
    row = next(r for r in again.iter_rows(min_row=2, values_only=True) if r[0] == 4)
    assert row[KEYS.index("claimed_level")] == 3


def test_importing_the_export_unchanged_changes_nothing(cast):
    submit(cast, 1, level=2)
    before = list(
        Assessment.objects.filter(evaluation=cast.evaluation).values_list("version", flat=True)
    )
    outcome = import_as(cast, cast.pic, export(cast))
    assert outcome.changed == 0 and outcome.unchanged == 47
    after = list(
        Assessment.objects.filter(evaluation=cast.evaluation).values_list("version", flat=True)
    )
    assert before == after
    assert not AuditEvent.objects.filter(action="claims.import").exists()


def test_every_bad_row_is_listed_with_its_row_number_and_nothing_is_applied(cast):
    content = edit(
        export(cast),
        {
            1: claim(2),  # valid on its own
            2: claim(2),  # led by another unit
            4: claim(7),  # not a level of the framework
            5: claim(3, text=""),  # submitted without a justification
            6: {**claim(3), "criteria_met": "1, 2"},  # criteria are cumulative
            7: {**claim(2), "criteria_met": "satu"},  # not level numbers
            8: {**claim(2), "action": "perhaps"},  # not an action
        },
        extra_rows=[{"number": 99, **claim(2)}, {"number": 1, **claim(3)}],
    )
    with pytest.raises(ImportRefused) as refused:
        import_as(cast, cast.pic, content)
    errors = {error.line: error.message for error in refused.value.errors}
    assert sorted(errors) == [3, 5, 6, 7, 8, 9, 49, 50]
    assert "Only the PIC of the lead unit may change indicator 2" in errors[3]
    assert "Choose a level from 1, 2, 3, 4, 5" in errors[5]
    assert "justification" in errors[6]
    assert "not marked: 3" in errors[7]
    assert "Criteria met must be level numbers" in errors[8]
    assert "is not an action" in errors[9]
    assert "Indicator 99 does not exist" in errors[49]
    assert "Indicator 1 appears twice" in errors[50]
    assert refused.value.message == "Nothing was recorded: 8 row(s) have errors."
    assert assessment(cast, 1).state == AssessmentState.NOT_STARTED
    assert not AuditEvent.objects.filter(action__in=["assessment.submit", "claims.import"]).exists()


def column_of(key: str) -> str:
    return get_column_letter(KEYS.index(key) + 1)


@pytest.mark.parametrize(
    ("key", "value"),
    [("criteria_met", "1, ²"), ("number", "6²"), ("version", "²")],
)
def test_one_odd_character_refuses_only_its_row_and_names_the_cell(cast, key, value):
    content = edit(export(cast), {1: claim(2), 6: {**claim(2), key: value}})
    with pytest.raises(ImportRefused) as refused:
        import_as(cast, cast.pic, content, language="id")
    [error] = refused.value.errors
    assert (error.line, error.column) == (7, column_of(key))
    with translation.override("id"):
        assert error.place == f"Baris 7, kolom {column_of(key)}"
    assert "rusak" not in refused.value.message
    assert assessment(cast, 1).state == AssessmentState.NOT_STARTED


def test_a_refusal_of_the_claim_names_the_cell_it_came_from(cast):
    content = edit(export(cast), {4: claim(7), 5: claim(3, text="")})
    with pytest.raises(ImportRefused) as refused:
        import_as(cast, cast.pic, content)
    with translation.override("en"):
        places = {error.line: error.place for error in refused.value.errors}
    assert places == {
        5: f"Row 5, column {column_of('claimed_level')}",
        6: f"Row 6, column {column_of('justification')}",
    }


def test_a_row_changed_by_someone_else_since_the_export_is_refused(cast):
    content = edit(export(cast), {1: claim(2)})
    submit(cast, 1, level=4)
    with pytest.raises(ImportRefused) as refused:
        import_as(cast, cast.pic, content)
    assert "after this workbook was exported" in refused.value.errors[0].message
    assert assessment(cast, 1).claimed_level == Decimal(4)


def test_a_submitted_indicator_cannot_be_changed_until_it_is_returned(cast):
    submit(cast, 1, level=2)
    content = edit(export(cast), {1: claim(3)})
    with pytest.raises(ImportRefused) as refused:
        import_as(cast, cast.pic, content)
    assert "can be changed again only if a reviewer returns it" in refused.value.errors[0].message


def test_nothing_can_be_imported_once_the_self_assessment_is_closed(cast):
    content = edit(export(cast), {1: claim(2)})
    type(cast.evaluation).objects.filter(pk=cast.evaluation.pk).update(
        state=EvaluationState.SUBMITTED
    )
    cast.evaluation.refresh_from_db()
    with pytest.raises(ImportRefused) as refused:
        import_as(cast, cast.pic, content)
    assert "The self-assessment is closed" in refused.value.errors[0].message


def test_someone_who_cannot_see_the_evaluation_learns_nothing_from_an_import(cast):
    content = edit(export(cast), {1: claim(2)})
    with pytest.raises(PermissionDenied):
        import_as(cast, cast.outsider, content)


def test_a_workbook_exported_in_indonesian_imports_in_an_english_session(cast):
    content = edit(export(cast, language="id"), {1: claim(2)})
    outcome = import_as(cast, cast.pic, content, language="en")
    assert outcome.submitted == 1


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"No.,Claimed level\n1,3\n", "is not an Excel workbook"),
        (b"%PDF-1.7\n" + b"x" * 100, "is not an Excel workbook"),
        (_zip({"word/document.xml": b"<w/>"}), "is not an Excel workbook"),
        (b"PK\x03\x04" + b"\x00" * 200, "is damaged"),
        (
            _zip({"[Content_Types].xml": b"<nope", "xl/workbook.xml": b"<also-not-xml"}),
            "is damaged",
        ),
        (b"PK\x03\x04" + b"\x00" * MAX_UPLOAD_BYTES, "larger than 2 MB"),
        (
            _zip({"xl/workbook.xml": b"<w/>", "xl/bomb.xml": b"\x00" * (45 * 1024 * 1024)}),
            "too large once unpacked",
        ),
    ],
    ids=["csv", "pdf", "docx-like", "broken-zip", "broken-xml", "oversized", "zip-bomb"],
)
def test_files_that_are_not_a_sound_workbook_are_refused_with_a_clear_message(
    cast, content, message
):
    with pytest.raises(ActionRefused) as refused:
        import_as(cast, cast.pic, content)
    assert message in refused.value.message


def test_a_sheet_damaged_inside_a_sound_zip_is_still_called_damaged(cast):
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(export(cast))) as source,
        zipfile.ZipFile(buffer, "w") as damaged,
    ):
        for member in source.infolist():
            data = source.read(member)
            if member.filename.startswith("xl/worksheets/sheet"):
                data = data[: len(data) // 2]
            damaged.writestr(member, data)
    with pytest.raises(ActionRefused) as refused:
        import_as(cast, cast.pic, buffer.getvalue())
    assert "is damaged" in refused.value.message


def test_a_workbook_without_the_columns_is_refused(cast):
    workbook = Workbook()
    workbook.active.append(["Nomor", "Nilai"])
    workbook.active.append([1, 3])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with pytest.raises(ActionRefused) as refused:
        import_as(cast, cast.pic, buffer.getvalue())
    assert "No sheet has the columns" in refused.value.message


def login(client, user):
    client.login(username=user.username, password=PASSWORD)
    client.cookies["django_language"] = "en"
    return client


def upload(content: bytes, name: str = "lembar-kerja.xlsx") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def test_the_import_page_lists_the_row_errors_with_status_422(client, cast):
    content = edit(export(cast), {1: claim(2), 4: claim(9)})
    url = reverse("reports:import", args=[cast.evaluation.pk])
    response = login(client, cast.pic).post(url, {"file": upload(content)})
    assert response.status_code == 422
    page = response.content.decode()
    assert 'id="import-errors"' in page and "Indicator 4" in page
    assert assessment(cast, 1).state == AssessmentState.NOT_STARTED


def test_the_import_page_names_the_cell_of_an_odd_character(client, cast):
    content = edit(export(cast), {6: {**claim(2), "criteria_met": "1, ²"}})
    url = reverse("reports:import", args=[cast.evaluation.pk])
    client.login(username=cast.pic.username, password=PASSWORD)
    response = client.post(url, {"file": upload(content)})
    assert response.status_code == 422
    page = response.content.decode()
    assert f"Baris 7, kolom {column_of('criteria_met')}" in page
    assert "rusak" not in page


def test_a_good_import_redirects_to_the_evaluation_with_a_summary(client, cast):
    content = edit(export(cast), {1: claim(2)})
    url = reverse("reports:import", args=[cast.evaluation.pk])
    response = login(client, cast.pic).post(url, {"file": upload(content)}, follow=True)
    assert response.redirect_chain[-1][0] == reverse(
        "evaluations:detail", args=[cast.evaluation.pk]
    )
    assert "1 indicator(s) updated: 1 submitted" in response.content.decode()


def test_the_import_form_refuses_a_file_that_is_not_xlsx(client, cast):
    url = reverse("reports:import", args=[cast.evaluation.pk])
    response = login(client, cast.pic).post(url, {"file": upload(b"a,b", name="claims.csv")})
    assert response.status_code == 422
    assert "Choose an Excel workbook (.xlsx)." in response.content.decode()


def test_another_agency_cannot_reach_the_import_page(client, cast):
    url = reverse("reports:import", args=[cast.evaluation.pk])
    assert login(client, cast.outsider).get(url).status_code == 404
