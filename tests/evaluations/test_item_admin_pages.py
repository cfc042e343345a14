"""The koordinator's item list page: read per indicator and level, add, rename, retire; each
change audited; refused inputs answer 422 with nothing changed; other roles 403 or 404."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from spbe.audit.models import AuditEvent
from spbe.evaluations.models import EvaluationItem
from tests.evaluations.page_helpers import login, on_day
from tests.evaluations.pemdi_helpers import DOCUMENTS_DAY, SELF_ASSESSMENT_DAY, codes_of, item

pytestmark = pytest.mark.dates


@pytest.fixture
def page(pemdi, time_machine):
    on_day(time_machine, SELF_ASSESSMENT_DAY)
    return reverse("evaluations:items", args=[pemdi.evaluation.pk])


def snapshot(cast):
    return list(
        EvaluationItem.objects.filter(evaluation=cast.evaluation)
        .order_by("code")
        .values_list("code", "level", "position", "text", "retired", "version")
    )


def test_the_koordinator_sees_every_indicator_with_its_items_per_level(client, pemdi, page):
    response = login(client, pemdi.coordinator).get(page)
    assert response.status_code == 200
    nine = next(g for g in response.context["indicators"] if g.assessment.indicator.number == 9)
    assert [level.level for level in nine.levels] == [1, 2, 3, 4, 5]
    assert [i.code for i in nine.levels[0].items] == codes_of(pemdi, 9)[:2]
    assert nine.levels[2].without_items_in_source
    assert response.context["can_manage"]
    assert 'id="item-I9-L1-01"' in response.content.decode()


def test_a_retired_item_stays_on_the_list_marked_as_retired(client, pemdi, page):
    EvaluationItem.objects.filter(evaluation=pemdi.evaluation, code="I9-L5-01").update(retired=True)
    body = login(client, pemdi.coordinator).get(page).content.decode()
    row = body[body.index('id="item-I9-L5-01"') :].split("</tr>")[0]
    assert 'class="retired"' in row
    assert "<del>" in row


def test_the_koordinator_adds_an_item_at_the_end_of_a_level_and_it_is_audited(client, pemdi, page):
    response = login(client, pemdi.coordinator).post(
        page, {"action": "add", "indicator": "9", "level": "3", "text": "Laporan audit berkala."}
    )
    assert response.status_code == 302
    assert item(pemdi, "I9-L3-01").text == "Laporan audit berkala."
    event = AuditEvent.objects.get(action="item.add")
    assert event.data["code"] == "I9-L3-01"
    assert event.actor == pemdi.coordinator


def test_the_koordinator_renames_an_item_and_the_old_text_is_in_the_audit_log(client, pemdi, page):
    before = item(pemdi, "I9-L1-01")
    response = login(client, pemdi.coordinator).post(
        page,
        {"action": "rename", "code": "I9-L1-01", "version": before.version, "text": "Teks baru."},
    )
    assert response.status_code == 302
    assert item(pemdi, "I9-L1-01").text == "Teks baru."
    event = AuditEvent.objects.get(action="item.rename")
    assert event.data == {"code": "I9-L1-01", "before": before.text, "after": "Teks baru."}


def test_the_koordinator_retires_an_item_and_it_is_audited(client, pemdi, page):
    before = item(pemdi, "I9-L5-01")
    response = login(client, pemdi.coordinator).post(
        page, {"action": "retire", "code": "I9-L5-01", "version": before.version}
    )
    assert response.status_code == 302
    assert item(pemdi, "I9-L5-01").retired
    assert AuditEvent.objects.filter(action="item.retire", data__code="I9-L5-01").exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"indicator": "30", "level": "1", "text": "x"}, "Indicator 30 is not in this evaluation."),
        ({"indicator": "9", "level": "6", "text": "x"}, "Choose a level from 1, 2, 3, 4, 5."),
        ({"indicator": "9", "level": "0", "text": "x"}, "Choose a level from 1, 2, 3, 4, 5."),
        ({"indicator": "9", "level": "2", "text": "   "}, "Write the item's text."),
        ({"indicator": "9", "level": "dua", "text": "x"}, "Check the fields marked below."),
    ],
    ids=["unknown indicator", "level six", "level zero", "no text", "not a number"],
)
def test_a_bad_new_item_is_refused_with_422_and_nothing_changes(client, pemdi, page, data, message):
    before, events = snapshot(pemdi), AuditEvent.objects.count()
    response = login(client, pemdi.coordinator).post(page, {"action": "add", **data})
    assert response.status_code == 422
    assert response.context["refusal"] == message
    assert snapshot(pemdi) == before
    assert AuditEvent.objects.count() == events


def test_an_empty_new_text_is_refused_and_the_form_keeps_the_item_open(client, pemdi, page):
    version = item(pemdi, "I9-L1-01").version
    response = login(client, pemdi.coordinator).post(
        page, {"action": "rename", "code": "I9-L1-01", "version": version, "text": ""}
    )
    assert response.status_code == 422
    assert response.context["failed_code"] == "I9-L1-01"
    assert item(pemdi, "I9-L1-01").version == version


def test_a_rename_based_on_an_older_version_answers_409_and_overwrites_nothing(client, pemdi, page):
    old = item(pemdi, "I9-L1-01").version
    login(client, pemdi.coordinator).post(
        page, {"action": "rename", "code": "I9-L1-01", "version": old, "text": "Pertama."}
    )
    response = client.post(
        page, {"action": "rename", "code": "I9-L1-01", "version": old, "text": "Kedua."}
    )
    assert response.status_code == 409
    assert item(pemdi, "I9-L1-01").text == "Pertama."


def test_an_unknown_item_code_answers_404(client, pemdi, page):
    response = login(client, pemdi.coordinator).post(
        page, {"action": "retire", "code": "I9-L1-99", "version": "1"}
    )
    assert response.status_code == 404


@pytest.mark.parametrize("role", ["pic", "other_pic", "leadership", "internal_assessor", "admin"])
def test_others_who_see_the_evaluation_read_the_list_but_may_not_change_it(
    client, pemdi, page, role
):
    user = getattr(pemdi, role)
    response = login(client, user).get(page)
    assert response.status_code == 200
    assert not response.context["can_manage"]
    assert 'id="read-only"' in response.content.decode()
    assert 'value="rename"' not in response.content.decode()
    before = snapshot(pemdi)
    refused = client.post(page, {"action": "add", "indicator": "9", "level": "3", "text": "x"})
    assert refused.status_code == 403
    retire = client.post(page, {"action": "retire", "code": "I9-L5-01", "version": "1"})
    assert retire.status_code == 403
    assert snapshot(pemdi) == before


@pytest.mark.parametrize("role", ["outsider", "external_assessor", "unassigned_assessor"])
def test_who_may_not_see_the_evaluation_gets_404(client, pemdi, page, role):
    login(client, getattr(pemdi, role))
    assert client.get(page).status_code == 404
    before = snapshot(pemdi)
    response = client.post(page, {"action": "add", "indicator": "9", "level": "3", "text": "x"})
    assert response.status_code == 404
    assert snapshot(pemdi) == before


def test_from_the_document_stage_on_the_koordinator_only_reads_the_list(
    client, pemdi, page, time_machine
):
    on_day(time_machine, DOCUMENTS_DAY)
    response = login(client, pemdi.coordinator).get(page)
    assert not response.context["can_manage"]
    assert "The item list is fixed once the Penilaian Dokumen has begun." in (
        response.content.decode()
    )
    before = snapshot(pemdi)
    refused = client.post(page, {"action": "add", "indicator": "9", "level": "3", "text": "x"})
    assert refused.status_code == 403
    assert snapshot(pemdi) == before


def test_an_evaluation_without_items_has_no_item_page(client, cast):
    login(client, cast.coordinator)
    url = reverse("evaluations:items", args=[cast.evaluation.pk])
    assert client.get(url).status_code == 404
    detail = client.get(reverse("evaluations:detail", args=[cast.evaluation.pk]))
    assert url not in detail.content.decode()


def test_the_overview_of_an_evaluation_with_items_links_the_item_list(client, pemdi, page):
    detail = login(client, pemdi.coordinator).get(
        reverse("evaluations:detail", args=[pemdi.evaluation.pk])
    )
    assert page in detail.content.decode()
    assert reverse("evaluations:stages", args=[pemdi.evaluation.pk]) in detail.content.decode()


def test_a_refusal_is_worded_in_indonesian_for_an_indonesian_user(client, pemdi, page):
    response = login(client, pemdi.coordinator, language="id").post(
        page, {"action": "add", "indicator": "9", "level": "6", "text": "x"}
    )
    assert response.status_code == 422
    assert response.context["refusal"] == "Pilih salah satu tingkat: 1, 2, 3, 4, 5."


def test_the_list_reads_as_many_queries_with_more_items(client, pemdi, page):
    login(client, pemdi.coordinator)

    def count() -> int:
        client.get(page)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(page).status_code == 200
        return len(captured)

    small = count()
    nine = pemdi.evaluation.assessments.get(indicator__number=9)
    EvaluationItem.objects.bulk_create(
        EvaluationItem(
            evaluation=pemdi.evaluation,
            assessment=nine,
            code=f"I9-L4-{n:02d}",
            level=4,
            position=n,
            text=f"Butir {n}",
            retired=n % 2 == 0,
        )
        for n in range(10, 60)
    )
    assert count() == small
