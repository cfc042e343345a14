"""The portal's results imported on a page: preview first, then all or nothing, exactly as shown."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from spbe.audit.models import AuditEvent
from spbe.evaluations.assessor_services import item_verdict_record
from spbe.evaluations.models import AssessorResult, EvaluationItem
from tests.evaluations.files import csv_file, xlsx_file
from tests.evaluations.pemdi_helpers import DOCUMENTS_DAY, SELF_ASSESSMENT_DAY, item
from tests.evaluations.pemdi_pages import login_as, noon, sent_on

pytestmark = pytest.mark.dates

VERDICTS = [
    ["code", "status", "note"],
    ["I1-L1-01", "diterima", "Sesuai"],
    ["I1-L2-01", "revisi", "SK belum ditandatangani"],
    ["I1-L2-02", "diterima", ""],
]
VALUES = [
    ["indikator", "nilai", "catatan", "rekomendasi"],
    ["1", "1,26", "Kebijakan ada", "Lengkapi SOP"],
    ["I4", "2", "", "Susun peta rencana"],
]


def csv_semicolon(rows):
    """CSV as an Indonesian spreadsheet saves it: semicolons, so "1,26" stays one cell."""
    return csv_file(rows, delimiter=";")


def upload_url(cast):
    return reverse("evaluations:results_upload", args=[cast.evaluation.pk])


def apply_url(cast):
    return reverse("evaluations:results_apply", args=[cast.evaluation.pk])


def upload(client, cast, content, name="hasil.csv"):
    return client.post(upload_url(cast), {"file": SimpleUploadedFile(name, content)})


def saved(cast) -> dict[tuple[str, str], str]:
    """Every item's status and note and every result's value, note and recommendation."""
    state: dict[tuple[str, str], str] = {}
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


@pytest.fixture
def documents(pemdi, time_machine):
    return sent_on(pemdi, time_machine, DOCUMENTS_DAY)


@pytest.mark.parametrize(
    ("make_file", "name"),
    [(csv_semicolon, "hasil.csv"), (xlsx_file, "hasil.xlsx")],
    ids=["csv", "xlsx"],
)
@pytest.mark.parametrize("rows", [VERDICTS, VALUES], ids=["verdicts", "values"])
def test_the_page_applies_exactly_the_changes_its_preview_showed(
    client, documents, make_file, name, rows
):
    before = saved(documents)
    preview = upload(login_as(client, documents, "coordinator"), documents, make_file(rows), name)
    assert preview.status_code == 200
    plan = preview.context["plan"]
    assert plan.changes
    assert saved(documents) == before  # the preview wrote nothing
    content = preview.content.decode()
    assert 'id="changes"' in content and "→" in content
    applied = client.post(apply_url(documents), {"token": preview.context["token"]})
    assert applied.status_code == 302
    after = saved(documents)
    changed = {key: value for key, value in after.items() if before.get(key, "") != value}
    assert changed == {(c.subject, c.field): c.new or "" for c in plan.changes}


def test_the_preview_lists_each_item_old_and_new(client, documents):
    preview = upload(
        login_as(client, documents, "external_assessor"), documents, csv_file(VERDICTS)
    )
    shown = [(c.subject, c.field, c.old, c.new) for c in preview.context["plan"].changes]
    assert shown[:3] == [
        ("I1-L1-01", "status", "belum", "diterima"),
        ("I1-L1-01", "note", "", "Sesuai"),
        ("I1-L2-01", "status", "belum", "revisi"),
    ]


def test_the_same_file_a_second_time_changes_nothing_and_says_so(client, documents):
    login_as(client, documents, "coordinator")
    first = upload(client, documents, csv_semicolon(VALUES))
    client.post(apply_url(documents), {"token": first.context["token"]})
    after_first = saved(documents)
    events = AuditEvent.objects.count()
    second = upload(client, documents, csv_semicolon(VALUES))
    assert second.status_code == 200
    assert second.context["plan"].changes == ()
    assert "token" not in second.context
    assert 'id="nothing-to-change"' in second.content.decode()
    assert 'id="apply-form"' not in second.content.decode()
    assert saved(documents) == after_first
    assert AuditEvent.objects.count() == events


def test_a_file_with_bad_rows_is_refused_row_by_row_and_nothing_is_kept_to_apply(client, documents):
    rows = [*VERDICTS, ["I99-L1-01", "diterima", ""], ["I1-L3-01", "ditolak_otomatis", ""]]
    before = saved(documents)
    response = upload(login_as(client, documents, "coordinator"), documents, xlsx_file(rows))
    assert response.status_code == 422
    assert [(e.line, e.column) for e in response.context["row_errors"]] == [(5, "A"), (6, "B")]
    assert "I99-L1-01" in response.content.decode()
    assert "plan" not in response.context
    assert saved(documents) == before


def test_a_file_whose_rows_turn_wrong_before_applying_applies_nothing(client, documents):
    preview = upload(login_as(client, documents, "coordinator"), documents, csv_file(VERDICTS))
    EvaluationItem.objects.filter(code="I1-L2-02").update(retired=True)  # set-up only
    before = saved(documents)
    response = client.post(apply_url(documents), {"token": preview.context["token"]})
    assert response.status_code == 422
    assert [e.line for e in response.context["row_errors"]] == [4]
    assert saved(documents) == before  # the good rows 2 and 3 were not applied either


def test_a_change_made_after_the_preview_stops_the_apply_and_shows_the_new_preview(
    client, documents
):
    preview = upload(login_as(client, documents, "coordinator"), documents, csv_file(VERDICTS))
    target = item(documents, "I1-L1-01")
    item_verdict_record(
        actor=documents.actor(documents.external_assessor),
        item=target,
        version=target.version,
        status="diterima",
        note="Dinilai langsung",
        today=DOCUMENTS_DAY,
    )
    before = saved(documents)
    stale = client.post(apply_url(documents), {"token": preview.context["token"]})
    assert stale.status_code == 409
    assert saved(documents) == before
    fresh = stale.context["plan"].changes
    assert ("I1-L1-01", "note", "Dinilai langsung", "Sesuai") in [
        (c.subject, c.field, c.old, c.new) for c in fresh
    ]
    # The old token is spent; the new preview's token applies the new preview.
    assert client.post(apply_url(documents), {"token": preview.context["token"]}).status_code == 422
    assert client.post(apply_url(documents), {"token": stale.context["token"]}).status_code == 302
    assert item(documents, "I1-L1-01").assessor_note == "Sesuai"


def test_a_preview_is_applied_only_from_the_session_that_uploaded_it(client, documents):
    preview = upload(login_as(client, documents, "coordinator"), documents, csv_semicolon(VALUES))
    token = preview.context["token"]
    client.logout()
    response = login_as(client, documents, "external_assessor").post(
        apply_url(documents), {"token": token}
    )
    assert response.status_code == 422
    assert not AssessorResult.objects.exists()


def test_a_preview_applied_once_cannot_be_applied_again(client, documents):
    preview = upload(login_as(client, documents, "coordinator"), documents, csv_semicolon(VALUES))
    token = preview.context["token"]
    assert client.post(apply_url(documents), {"token": token}).status_code == 302
    assert AssessorResult.objects.get(assessment__indicator__number=1).value == Decimal("1.26")
    assert client.post(apply_url(documents), {"token": token}).status_code == 422


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("coordinator", 200),
        ("external_assessor", 200),
        ("pic", 403),
        ("other_pic", 403),
        ("internal_assessor", 403),
        ("leadership", 403),
        ("admin", 403),
        ("outsider", 404),
        ("unassigned_assessor", 404),
    ],
)
def test_only_the_coordinator_and_the_assigned_assessor_reach_the_import(
    client, documents, role, status
):
    login_as(client, documents, role)
    assert client.get(upload_url(documents)).status_code == status
    posted = upload(client, documents, csv_semicolon(VALUES))
    assert posted.status_code == status
    if status == 200:
        assert posted.context["plan"].changes
    assert not AssessorResult.objects.exists()


def test_results_are_not_imported_before_the_document_stage(client, pemdi, time_machine):
    time_machine.move_to(noon(SELF_ASSESSMENT_DAY))
    response = upload(login_as(client, pemdi, "coordinator"), pemdi, csv_semicolon(VALUES))
    assert response.status_code == 403
    assert "once the Penilaian Dokumen has begun" in response.context["refusal"]
    assert not AssessorResult.objects.exists()


def test_a_file_that_is_not_a_table_is_refused_with_a_message(client, documents):
    response = upload(login_as(client, documents, "coordinator"), documents, b"\x00\x01\x02zz")
    assert response.status_code == 422
    assert response.context["refusal"]
