"""Importing the portal's item list from the page: the preview shows every change, nothing is
changed until the koordinator confirms, and the confirmation applies exactly the preview."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from spbe.audit.models import AuditEvent
from spbe.core.errors import StaleVersion
from spbe.evaluations.item_import import ItemChangeKind, items_import, items_preview
from spbe.evaluations.item_services import item_rename
from spbe.evaluations.models import EvaluationItem
from tests.evaluations.files import csv_file, xlsx_file
from tests.evaluations.page_helpers import login, on_day
from tests.evaluations.pemdi_helpers import SELF_ASSESSMENT_DAY, codes_of, item
from tests.evaluations.test_item_import import PORTAL

pytestmark = pytest.mark.dates


@pytest.fixture
def page(pemdi, time_machine):
    on_day(time_machine, SELF_ASSESSMENT_DAY)
    return reverse("evaluations:items_import", args=[pemdi.evaluation.pk])


def upload(content: bytes, name: str = "butir.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def snapshot(cast):
    return list(
        EvaluationItem.objects.filter(evaluation=cast.evaluation)
        .order_by("code")
        .values_list("code", "level", "position", "text", "retired", "version")
    )


def preview(client, page, content, name="butir.csv"):
    return client.post(page, {"file": upload(content, name)})


def test_the_preview_lists_each_change_old_and_new_and_changes_nothing(client, pemdi, page):
    before, events = snapshot(pemdi), AuditEvent.objects.count()
    response = preview(login(client, pemdi.coordinator), page, csv_file(PORTAL))
    assert response.status_code == 200
    plan = response.context["plan"]
    kinds = {change.code: change.kinds for change in plan.changes}
    assert kinds == {
        "I9-L1-02": (ItemChangeKind.RENAMED, ItemChangeKind.MOVED),
        "I9-L1-01": (ItemChangeKind.MOVED,),
        "I9-L3-01": (ItemChangeKind.ADDED,),
        "I9-L5-01": (ItemChangeKind.RETIRED,),
    }
    renamed = next(change for change in plan.changes if change.code == "I9-L1-02")
    assert renamed.old_text == item(pemdi, "I9-L1-02").text
    assert renamed.new_text == "Dokumen Perencanaan Audit IPPD (diperbarui)."
    assert 'id="import-preview"' in response.content.decode()
    assert 'id="change-I9-L5-01"' in response.content.decode()
    assert snapshot(pemdi) == before
    assert AuditEvent.objects.count() == events


@pytest.mark.parametrize(
    ("make_file", "name"), [(csv_file, "butir.csv"), (xlsx_file, "butir.xlsx")], ids=["csv", "xlsx"]
)
def test_confirming_applies_exactly_the_preview_and_audits_it(client, pemdi, page, make_file, name):
    login(client, pemdi.coordinator)
    plan = preview(client, page, make_file(PORTAL), name).context["plan"]
    response = client.post(page, {"fingerprint": plan.fingerprint})
    assert response.status_code == 302
    assert response.url == reverse("evaluations:items", args=[pemdi.evaluation.pk])
    assert codes_of(pemdi, 9) == ["I9-L1-02", "I9-L1-01", "I9-L2-01", "I9-L3-01", "I9-L4-01"]
    assert codes_of(pemdi, 9, retired=True) == ["I9-L5-01"]
    event = AuditEvent.objects.get(action="items.import")
    assert event.actor == pemdi.coordinator
    assert event.data == {key: codes for key, codes in vars(plan.outcome()).items() if codes}
    # The same file again: nothing to confirm.
    again = preview(client, page, make_file(PORTAL), name)
    assert again.context["plan"].changes == ()
    assert "Apply these changes" not in again.content.decode()


def test_the_page_preview_is_what_the_service_applies(pemdi):
    actor = pemdi.actor(pemdi.coordinator)
    planned = items_preview(
        actor=actor,
        evaluation=pemdi.evaluation,
        content=csv_file(PORTAL),
        today=SELF_ASSESSMENT_DAY,
    )
    outcome = items_import(
        actor=actor,
        evaluation=pemdi.evaluation,
        content=csv_file(PORTAL),
        today=SELF_ASSESSMENT_DAY,
        expected=planned.fingerprint,
    )
    assert outcome == planned.outcome()


def test_a_list_changed_since_the_preview_is_not_applied_and_the_new_preview_is_shown(
    client, pemdi, page
):
    login(client, pemdi.coordinator)
    plan = preview(client, page, csv_file(PORTAL)).context["plan"]
    # Someone renames I9-L1-01 before the koordinator confirms.
    current = item(pemdi, "I9-L1-01")
    item_rename(
        actor=pemdi.actor(pemdi.coordinator),
        item=current,
        version=current.version,
        text="Diubah di antara.",
        today=SELF_ASSESSMENT_DAY,
    )
    before = snapshot(pemdi)
    response = client.post(page, {"fingerprint": plan.fingerprint})
    assert response.status_code == 409
    assert "changed since the preview" in response.context["refusal"]
    assert snapshot(pemdi) == before
    fresh = response.context["plan"]
    assert ItemChangeKind.RENAMED in next(c for c in fresh.changes if c.code == "I9-L1-01").kinds
    assert client.post(page, {"fingerprint": fresh.fingerprint}).status_code == 302


def test_the_service_refuses_a_plan_other_than_the_one_previewed(pemdi):
    with pytest.raises(StaleVersion):
        items_import(
            actor=pemdi.actor(pemdi.coordinator),
            evaluation=pemdi.evaluation,
            content=csv_file(PORTAL),
            today=SELF_ASSESSMENT_DAY,
            expected="0" * 64,
        )
    assert codes_of(pemdi, 9, retired=True) == []


def test_a_confirmation_without_a_preview_is_refused_and_changes_nothing(client, pemdi, page):
    before = snapshot(pemdi)
    response = login(client, pemdi.coordinator).post(page, {"fingerprint": "a" * 64})
    assert response.status_code == 422
    assert response.context["refusal"] == "The preview has expired. Choose the file again."
    assert snapshot(pemdi) == before


BAD_ROWS = [
    *PORTAL,
    ["I9-L6-01", 6, "Tingkat enam"],
    ["I30-L1-01", 1, "Indikator 30"],
    ["I9-L2-02", 3, "Tingkat lain"],
]


def test_bad_rows_are_listed_one_by_one_with_422_and_nothing_changes(client, pemdi, page):
    before, events = snapshot(pemdi), AuditEvent.objects.count()
    response = preview(login(client, pemdi.coordinator), page, csv_file(BAD_ROWS))
    assert response.status_code == 422
    errors = response.context["row_errors"]
    assert [error.line for error in errors] == [7, 8, 9]
    assert "Indicator 30 is not in this evaluation." in errors[1].message
    assert 'id="import-errors"' in response.content.decode()
    assert "plan" not in response.context
    assert snapshot(pemdi) == before
    assert AuditEvent.objects.count() == events


def test_bad_rows_are_explained_in_indonesian(client, pemdi, page):
    response = preview(login(client, pemdi.coordinator, language="id"), page, csv_file(BAD_ROWS))
    assert response.status_code == 422
    errors = response.context["row_errors"]
    assert errors[1].message == "Indikator 30 tidak termasuk dalam evaluasi ini."
    assert errors[0].place == "Baris 7, kolom B"


def test_a_file_without_the_columns_is_refused_with_422(client, pemdi, page):
    response = preview(login(client, pemdi.coordinator), page, csv_file([["kode"], ["I9-L1-01"]]))
    assert response.status_code == 422
    assert "code, level and text" in response.context["refusal"]


def test_no_file_is_refused_with_422(client, pemdi, page):
    response = login(client, pemdi.coordinator).post(page, {})
    assert response.status_code == 422


@pytest.mark.parametrize("role", ["pic", "leadership", "internal_assessor", "admin"])
def test_only_the_koordinator_imports(client, pemdi, page, role):
    before = snapshot(pemdi)
    login(client, getattr(pemdi, role))
    assert preview(client, page, csv_file(PORTAL)).status_code == 403
    assert client.post(page, {"fingerprint": "a" * 64}).status_code == 403
    assert snapshot(pemdi) == before


@pytest.mark.parametrize("role", ["outsider", "unassigned_assessor"])
def test_another_agency_gets_404(client, pemdi, page, role):
    login(client, getattr(pemdi, role))
    assert client.get(page).status_code == 404
    assert preview(client, page, csv_file(PORTAL)).status_code == 404
