"""The external assessor's pages: the indicators to work through, a result and the item verdicts."""

from decimal import Decimal

import pytest
from django.urls import reverse

from spbe.evaluations.assessor_services import assessor_result_save, item_verdict_record
from spbe.evaluations.models import AssessorResult, EvaluationItem
from tests.cast import all_roles_but
from tests.evaluations.helpers import assessment
from tests.evaluations.pemdi_helpers import (
    DOCUMENTS_DAY,
    INTERVIEW_DAY,
    SELF_ASSESSMENT_DAY,
    item,
    set_status,
)
from tests.evaluations.pemdi_pages import login_as, noon, sent_on


def overview_url(cast):
    return reverse("evaluations:assessor_results", args=[cast.evaluation.pk])


def indicator_url(cast, number=4):
    return reverse("evaluations:assessor_indicator", args=[cast.evaluation.pk, number])


def result_post(**fields):
    data = {
        "action": "result",
        "version": "0",
        "value": "1,26",
        "note": "Kebijakan ada, SOP belum",
        "recommendation": "Lengkapi SOP layanan",
        "evidence_uploaded": "on",
        "approved": "on",
    }
    data.update(fields)
    return data


def verdict_post(code, status="diterima", note="Sesuai", version=1):
    return {
        "action": "verdict",
        "code": code,
        f"{code}-version": str(version),
        f"{code}-status": status,
        f"{code}-note": note,
    }


def test_an_assigned_assessor_lists_every_indicator_with_its_items(client, pemdi, time_machine):
    sent_on(pemdi, time_machine, DOCUMENTS_DAY)
    page = login_as(client, pemdi, "external_assessor").get(overview_url(pemdi))
    assert page.status_code == 200
    rows = page.context["rows"]
    assert [row.assessment.indicator.number for row in rows] == list(range(1, 21))
    first = rows[0]
    assert (
        first.item_total
        == EvaluationItem.objects.filter(
            evaluation=pemdi.evaluation, assessment__indicator__number=1, retired=False
        ).count()
    )
    assert reverse("evaluations:assessor_indicator", args=[pemdi.evaluation.pk, 1]) in (
        page.content.decode()
    )


@pytest.mark.parametrize(
    ("role", "status"),
    [("unassigned_assessor", 404), ("outsider", 404), ("external_assessor", 200), ("pic", 200)],
)
def test_the_overview_is_seen_by_the_evaluations_readers_only(
    client, pemdi, time_machine, role, status
):
    sent_on(pemdi, time_machine, DOCUMENTS_DAY)
    assert login_as(client, pemdi, role).get(overview_url(pemdi)).status_code == status


def test_before_the_evaluation_is_sent_the_assessor_cannot_see_it_and_the_coordinator_is_told(
    client, pemdi, time_machine
):
    time_machine.move_to(noon(DOCUMENTS_DAY))
    assert login_as(client, pemdi, "external_assessor").get(overview_url(pemdi)).status_code == 404
    page = login_as(client, pemdi, "coordinator").get(overview_url(pemdi))
    assert page.status_code == 200
    assert 'id="not-sent-notice"' in page.content.decode()
    assert "only once it is sent (Dikirim)" in page.content.decode()


def test_once_sent_the_coordinator_no_longer_sees_the_notice(client, pemdi, time_machine):
    sent_on(pemdi, time_machine, DOCUMENTS_DAY)
    page = login_as(client, pemdi, "coordinator").get(overview_url(pemdi))
    assert 'id="not-sent-notice"' not in page.content.decode()


def test_the_assessor_saves_a_fractional_value_with_a_decimal_comma_and_the_flags(
    client, pemdi, time_machine
):
    sent_on(pemdi, time_machine, DOCUMENTS_DAY)
    response = login_as(client, pemdi, "external_assessor").post(
        indicator_url(pemdi), result_post()
    )
    assert response.status_code == 302
    saved = AssessorResult.objects.get(assessment=assessment(pemdi, 4))
    assert (saved.value, saved.note, saved.recommendation) == (
        Decimal("1.26"),
        "Kebijakan ada, SOP belum",
        "Lengkapi SOP layanan",
    )
    assert (saved.evidence_uploaded, saved.confirmed_at_interview, saved.approved) == (
        True,
        False,
        True,
    )
    page = client.get(indicator_url(pemdi))
    # The page is in English (login_as): the value is shown back with the point; in Indonesian
    # it would be "1,26" (tests/test_numbers_shown.py).
    assert page.context["result_form"].initial["value"] == "1.26"


@pytest.mark.parametrize("value", ["5,5", "0,99", "1,234", "satu"])
def test_a_value_the_framework_does_not_allow_answers_422_and_changes_nothing(
    client, pemdi, time_machine, value
):
    sent_on(pemdi, time_machine, DOCUMENTS_DAY)
    response = login_as(client, pemdi, "external_assessor").post(
        indicator_url(pemdi), result_post(value=value)
    )
    assert response.status_code == 422
    assert response.context["refusal"]
    assert response.context["result_form"]["value"].value() == value
    assert response.context["result_form"].errors["value"]
    assert not AssessorResult.objects.exists()


@pytest.mark.parametrize("role", all_roles_but("external_assessor"))
def test_nobody_but_the_assigned_assessor_records_a_result(client, pemdi, time_machine, role):
    sent_on(pemdi, time_machine, DOCUMENTS_DAY)
    response = login_as(client, pemdi, role).post(indicator_url(pemdi), result_post())
    assert response.status_code in (403, 404)
    assert not AssessorResult.objects.exists()


@pytest.mark.parametrize("role", all_roles_but("external_assessor"))
def test_nobody_but_the_assigned_assessor_gives_a_verdict(client, pemdi, time_machine, role):
    sent_on(pemdi, time_machine, DOCUMENTS_DAY)
    response = login_as(client, pemdi, role).post(indicator_url(pemdi, 1), verdict_post("I1-L1-01"))
    assert response.status_code in (403, 404)
    assert item(pemdi, "I1-L1-01").status == "belum"


def test_no_result_is_recorded_outside_the_document_and_interview_stages(
    client, pemdi, time_machine
):
    sent_on(pemdi, time_machine, SELF_ASSESSMENT_DAY)
    response = login_as(client, pemdi, "external_assessor").post(
        indicator_url(pemdi), result_post()
    )
    assert response.status_code == 403
    assert "Penilaian Dokumen and Interviu" in response.context["refusal"]
    assert not AssessorResult.objects.exists()


def test_a_result_saved_by_someone_else_meanwhile_answers_409_and_shows_their_change(
    client, pemdi, time_machine
):
    sent_on(pemdi, time_machine, INTERVIEW_DAY)
    pemdi.evaluation.external_assessors.add(pemdi.unassigned_assessor)
    assessor_result_save(
        actor=pemdi.actor(pemdi.unassigned_assessor),
        assessment=assessment(pemdi, 4),
        version=0,
        value="2,5",
        note="Catatan rekan",
        recommendation="Rekomendasi rekan",
        evidence_uploaded=True,
        confirmed_at_interview=True,
        approved=False,
        today=INTERVIEW_DAY,
    )
    response = login_as(client, pemdi, "external_assessor").post(
        indicator_url(pemdi), result_post(version="0")
    )
    assert response.status_code == 409
    assert response.context["theirs"].value == Decimal("2.50")
    content = response.content.decode()
    assert 'id="their-result"' in content and "Catatan rekan" in content
    form = response.context["result_form"]
    assert (form["value"].value(), form["version"].value()) == ("1,26", "1")
    saved = AssessorResult.objects.get(assessment=assessment(pemdi, 4))
    assert (saved.value, saved.note) == (Decimal("2.50"), "Catatan rekan")
    # Sent again on the version now shown, the user's input is applied on top of theirs.
    assert client.post(indicator_url(pemdi), result_post(version="1")).status_code == 302
    assert AssessorResult.objects.get(pk=saved.pk).value == Decimal("1.26")


def test_the_assessor_accepts_an_item_and_asks_for_a_revision_of_another(
    client, pemdi, time_machine
):
    sent_on(pemdi, time_machine, DOCUMENTS_DAY)
    login_as(client, pemdi, "external_assessor")
    accepted = client.post(indicator_url(pemdi, 1), verdict_post("I1-L1-01"))
    assert accepted.status_code == 302
    assert accepted["Location"].endswith("#item-I1-L1-01")
    revised = client.post(
        indicator_url(pemdi, 1), verdict_post("I1-L2-01", "revisi", "SK belum ditandatangani")
    )
    assert revised.status_code == 302
    assert (item(pemdi, "I1-L1-01").status, item(pemdi, "I1-L1-01").assessor_note) == (
        "diterima",
        "Sesuai",
    )
    assert item(pemdi, "I1-L2-01").status == "revisi"
    assert item(pemdi, "I1-L2-01").verdict_by == pemdi.external_assessor


def test_ditolak_otomatis_cannot_be_given_it_follows_from_the_levels_below(
    client, pemdi, time_machine
):
    sent_on(pemdi, time_machine, DOCUMENTS_DAY)
    response = login_as(client, pemdi, "external_assessor").post(
        indicator_url(pemdi, 1), verdict_post("I1-L1-01", "ditolak_otomatis")
    )
    assert response.status_code == 422
    assert "diterima or revisi" in response.context["refusal"]
    assert item(pemdi, "I1-L1-01").status == "belum"


def test_an_item_of_another_indicator_is_not_found_on_this_one(client, pemdi, time_machine):
    sent_on(pemdi, time_machine, DOCUMENTS_DAY)
    response = login_as(client, pemdi, "external_assessor").post(
        indicator_url(pemdi, 4), verdict_post("I1-L1-01")
    )
    assert response.status_code == 404
    assert item(pemdi, "I1-L1-01").status == "belum"


def test_the_page_shows_which_lower_item_rejects_an_item_automatically(client, pemdi, time_machine):
    set_status(pemdi, "revisi", "I1-L1-01")
    sent_on(pemdi, time_machine, DOCUMENTS_DAY)
    page = login_as(client, pemdi, "external_assessor").get(indicator_url(pemdi, 1))
    rows = {row.item.code: row for level in page.context["work"].levels for row in level.items}
    assert rows["I1-L1-01"].status == "revisi"
    level_two = [row for code, row in rows.items() if code.startswith("I1-L2-")]
    assert level_two and all(row.auto_rejected for row in level_two)
    assert {row.blocked_by for row in level_two} == {"I1-L1-01"}
    assert "I1-L1-01 blocks it" in page.content.decode()


def test_a_verdict_given_by_someone_else_meanwhile_answers_409_with_their_verdict(
    client, pemdi, time_machine
):
    sent_on(pemdi, time_machine, DOCUMENTS_DAY)
    pemdi.evaluation.external_assessors.add(pemdi.unassigned_assessor)
    seen = item(pemdi, "I1-L1-01").version
    item_verdict_record(
        actor=pemdi.actor(pemdi.unassigned_assessor),
        item=item(pemdi, "I1-L1-01"),
        version=seen,
        status="revisi",
        note="Tanda tangan belum ada",
        today=DOCUMENTS_DAY,
    )
    response = login_as(client, pemdi, "external_assessor").post(
        indicator_url(pemdi, 1), verdict_post("I1-L1-01", version=seen)
    )
    assert response.status_code == 409
    assert response.context["their_item"].assessor_note == "Tanda tangan belum ada"
    assert "Tanda tangan belum ada" in response.content.decode()
    form = response.context["verdict_forms"]["I1-L1-01"]
    assert form["status"].value() == "diterima"
    assert form["version"].value() == str(seen + 1)
    assert item(pemdi, "I1-L1-01").status == "revisi"


def test_the_agency_reads_the_results_without_forms(client, pemdi, time_machine):
    sent_on(pemdi, time_machine, DOCUMENTS_DAY)
    login_as(client, pemdi, "external_assessor").post(indicator_url(pemdi), result_post())
    page = login_as(client, pemdi, "pic").get(indicator_url(pemdi))
    assert page.status_code == 200
    content = page.content.decode()
    assert 'id="result-form"' not in content and 'id="result-read"' in content
    assert "Lengkapi SOP layanan" in content


def test_an_spbe_evaluation_has_no_assessor_pages(client, cast):
    login_as(client, cast, "coordinator")
    assert client.get(overview_url(cast)).status_code == 404


pytestmark = pytest.mark.dates
