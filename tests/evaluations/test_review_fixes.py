"""Access and integrity rules found in review: each one a user could otherwise break."""

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from spbe.core.errors import ActionRefused
from spbe.evaluations.models import Assessment, EvaluationState
from spbe.evaluations.past_evaluation_services import evaluation_record_finished
from spbe.evidence.models import Document, EvidenceLink
from spbe.evidence.services import evidence_link_add, evidence_link_remove
from spbe.scoring.values import whole_number
from tests.cast import PASSWORD, make_cast
from tests.textanalysis.fabricate import text_pdf

pytestmark = pytest.mark.dates


@pytest.fixture
def cast(db):
    return make_cast()


def login(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


def test_an_external_assessor_sees_only_assigned_evaluations_in_the_history(client, cast):
    from decimal import Decimal

    evaluation_record_finished(
        actor=cast.actor(cast.coordinator),
        agency=cast.agency,
        year=2024,
        framework_code="spbe-2020",
        target=Decimal("2.6"),
        external_values={n: Decimal(4) for n in range(1, 48)},
        illustrative=False,
        source_note="",
    )
    cast.evaluation.state = EvaluationState.SUBMITTED
    cast.evaluation.save()
    response = login(client, cast.external_assessor).get(
        reverse("dashboard", args=[cast.evaluation.pk])
    )
    years = [year.year for year in response.context["summary"].history.years]
    assert years == [2026]


def test_posting_an_empty_assignment_form_changes_nothing(client, cast):
    before = list(
        Assessment.objects.filter(evaluation=cast.evaluation).values_list("lead_unit_id", flat=True)
    )
    response = login(client, cast.coordinator).post(
        reverse("evaluations:assignments", args=[cast.evaluation.pk]), {}
    )
    assert response.status_code == 302
    after = list(
        Assessment.objects.filter(evaluation=cast.evaluation).values_list("lead_unit_id", flat=True)
    )
    assert after == before


def test_a_lead_unit_cannot_be_removed_once_the_self_assessment_runs(client, cast):
    response = login(client, cast.coordinator).post(
        reverse("evaluations:assignments", args=[cast.evaluation.pk]), {"lead_1": ""}
    )
    assert response.status_code == 422
    assert (
        Assessment.objects.get(evaluation=cast.evaluation, indicator__number=1).lead_unit_id
        == cast.unit.pk
    )


def link(cast, number, user, title="Perwali"):
    document = Document.objects.create(agency=cast.agency, title=title, kind="perwali")
    a = Assessment.objects.get(evaluation=cast.evaluation, indicator__number=number)
    return evidence_link_add(actor=cast.actor(user), assessment=a, document=document, level=2)


def test_a_supporting_units_pic_cannot_unlink_the_lead_units_evidence(cast):
    lead_link = link(cast, 2, cast.other_pic)  # indicator 2: led by other_unit, supported by unit
    with pytest.raises(PermissionDenied):
        evidence_link_remove(actor=cast.actor(cast.pic), link=lead_link)
    evidence_link_remove(actor=cast.actor(cast.other_pic), link=lead_link)
    assert not EvidenceLink.objects.exists()


@pytest.mark.parametrize("level", [0, 6, 40000])
def test_an_evidence_level_outside_the_scale_is_refused(cast, level):
    document = Document.objects.create(agency=cast.agency, title="Perwali", kind="perwali")
    a = Assessment.objects.get(evaluation=cast.evaluation, indicator__number=1)
    with pytest.raises(ActionRefused):
        evidence_link_add(actor=cast.actor(cast.pic), assessment=a, document=document, level=level)


def test_only_a_pic_of_an_open_linked_indicator_adds_a_version(
    client, cast, django_capture_on_commit_callbacks
):
    login(client, cast.other_pic)
    pdf = text_pdf(["Perwali versi satu"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("evidence:library"),
            {"title": "Perwali", "kind": "perwali", "file": SimpleUploadedFile("a.pdf", pdf)},
        )
    document = Document.objects.get()
    client.logout()
    url = reverse("evidence:document", args=[document.pk])
    response = login(client, cast.pic).post(
        url, {"file": SimpleUploadedFile("b.pdf", text_pdf(["Perwali versi dua"]))}
    )
    assert response.status_code == 403
    assert document.versions.count() == 1


def test_a_submitted_evaluation_keeps_the_version_it_was_submitted_with(
    client, cast, django_capture_on_commit_callbacks
):
    login(client, cast.pic)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("evidence:library"),
            {
                "title": "Perwali",
                "kind": "perwali",
                "file": SimpleUploadedFile("a.pdf", text_pdf(["satu"])),
            },
        )
    document = Document.objects.get()
    a = Assessment.objects.get(evaluation=cast.evaluation, indicator__number=1)
    submitted = evidence_link_add(
        actor=cast.actor(cast.pic), assessment=a, document=document, level=1
    )
    first = submitted.version
    cast.evaluation.state = EvaluationState.SUBMITTED
    cast.evaluation.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("evidence:document", args=[document.pk]),
            {"file": SimpleUploadedFile("b.pdf", text_pdf(["dua"]))},
        )
    assert document.versions.count() == 2
    submitted.refresh_from_db()
    assert submitted.version == first


@pytest.mark.parametrize(
    ("text", "number"),
    [("12", 12), (" 7 ", 7), ("²", None), ("1.5", None), ("-3", None), ("", None)],
)
def test_whole_numbers_are_ascii_digits_only(text, number):
    assert whole_number(text) == number


def test_odd_ids_in_indicator_posts_are_refused_not_crashes(client, cast):
    login(client, cast.pic)
    args = [cast.evaluation.pk, 1]
    link = reverse("evidence:indicator_link", args=args)
    assert client.post(link, {"document": "abc", "level": "²"}).status_code == 422
    unlink = reverse("evidence:indicator_unlink", args=args)
    assert client.post(unlink, {"link": "abc"}).status_code == 422
