"""A new version of a linked document: open evaluations follow it, sent ones keep theirs."""

import datetime
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from spbe.audit.models import AuditEvent
from spbe.evaluations.models import Assessment, EvaluationState
from spbe.evaluations.services import evaluation_create
from spbe.evidence.models import Document, EvidenceLink
from spbe.evidence.precheck_services import precheck_link
from spbe.evidence.upload_services import DocumentFacts, document_upload
from tests.cast import PASSWORD, make_cast
from tests.evidence.test_upload_and_links import ARCHITECTURE_LEVEL_2
from tests.precheck.texts import regulation
from tests.textanalysis.fabricate import text_pdf

# Version 1 is an unsigned draft; version 2 is the enacted Perwali with four of the six domains.
DRAFT = regulation(
    "Arsitektur Sistem Pemerintahan Berbasis Elektronik",
    ["Arsitektur Domain Proses Bisnis memetakan proses bisnis."],
    head="WALI KOTA UJI",
    draft=True,
)
ENACTED = ARCHITECTURE_LEVEL_2


@pytest.fixture
def cast(db):
    return make_cast(framework="spbe-2020")


def pdf(name: str, pages: list[str]) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text_pdf(pages), content_type="application/pdf")


def first_assessment(evaluation) -> Assessment:
    return Assessment.objects.get(evaluation=evaluation, indicator__number=1)


def sent_evaluation(cast):
    """Last year's evaluation of the same agency, already sent to the external assessor."""
    evaluation = evaluation_create(
        actor=cast.actor(cast.coordinator),
        agency=cast.agency,
        year=2025,
        framework_code="spbe-2020",
        target=Decimal("2.60"),
        self_assessment_deadline=datetime.date(2025, 12, 15),
        review_deadline=datetime.date(2026, 1, 15),
    )
    evaluation.state = EvaluationState.SUBMITTED
    evaluation.save(update_fields=["state"])
    return evaluation


def test_a_new_version_moves_the_open_links_and_prechecks_them_again(
    cast, django_capture_on_commit_callbacks
):
    actor = cast.actor(cast.pic)
    with django_capture_on_commit_callbacks(execute=True):
        first = document_upload(
            actor=actor,
            agency=cast.agency,
            upload=pdf("rancangan.pdf", DRAFT),
            facts=DocumentFacts(title="Perwali Arsitektur SPBE", kind="perwali"),
            link_to=first_assessment(cast.evaluation),
            level=2,
        )
    document = first.document
    sent = EvidenceLink.objects.create(
        assessment=first_assessment(sent_evaluation(cast)),
        document=document,
        version=first,
        level=2,
    )
    sent = precheck_link(sent.pk)
    assert sent is not None
    sent_result = sent.precheck

    with django_capture_on_commit_callbacks(execute=True):
        second = document_upload(
            actor=actor, agency=cast.agency, upload=pdf("perwali.pdf", ENACTED), document=document
        )

    open_link = EvidenceLink.objects.get(assessment__evaluation=cast.evaluation)
    assert open_link.version == second
    assert open_link.precheck_version == second
    assert open_link.precheck["supported_level"] == 2
    sent.refresh_from_db()
    assert sent.version == first
    assert sent.precheck == sent_result
    assert sent_result["supported_level"] != 2
    followed = AuditEvent.objects.get(action="evidence.version_follow")
    assert followed.object_id == str(open_link.pk)
    assert followed.data == {"document": document.pk, "from_version": 1, "to_version": 2}


def test_the_indicator_page_shows_the_new_version_and_its_precheck(
    client, cast, django_capture_on_commit_callbacks
):
    client.login(username=cast.pic.username, password=PASSWORD)
    indicator = reverse("evaluations:indicator", args=[cast.evaluation.pk, 1])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            indicator,
            {
                "action": "evidence_upload",
                "title": "Perwali Arsitektur SPBE",
                "kind": "perwali",
                "level": "2",
                "file": pdf("rancangan.pdf", DRAFT),
            },
        )
    document = Document.objects.get()
    before = client.get(indicator).content.decode()
    assert 'class="supported-level">2<' not in before

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("evidence:document", args=[document.pk]), {"file": pdf("perwali.pdf", ENACTED)}
        )
    assert response.status_code == 302

    page = client.get(indicator).content.decode()
    second = document.versions.get(number=2)
    assert reverse("evidence:download", args=[second.pk]) in page
    assert 'class="supported-level">2<' in page
