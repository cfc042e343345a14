"""Who may read, upload, link, version and unlink evidence, and the reason of each refusal."""

import pytest
from django.urls import reverse

from spbe.evaluations.models import Assessment, AssessmentState, EvaluationState
from spbe.evidence import policy
from spbe.evidence.models import Document, EvidenceLink
from spbe.organizations.actors import SYSTEM
from tests.cast import PASSWORD, allowed, make_cast


@pytest.fixture
def cast(db):
    return make_cast()


def indicator(cast, number: int) -> Assessment:
    return Assessment.objects.select_related("indicator", "evaluation").get(
        evaluation=cast.evaluation, indicator__number=number
    )


def document(cast, agency=None, **fields) -> Document:
    return Document.objects.create(
        agency=agency or cast.agency, title="Perwali SPBE", kind="perwali", **fields
    )


def link(cast, number: int, doc: Document, user=None) -> EvidenceLink:
    return EvidenceLink.objects.create(
        assessment=indicator(cast, number), document=doc, created_by=user
    )


def test_the_agencys_readers_read_its_documents_and_an_assessor_only_what_it_was_sent(cast):
    doc = document(cast)
    link(cast, 1, doc)
    readers = {"coordinator", "pic", "other_pic", "internal_assessor", "leadership", "admin"}
    assert allowed(cast, policy.can_read_document, doc) == readers
    assert policy.can_read_document(SYSTEM, doc)
    cast.evaluation.state = EvaluationState.SUBMITTED
    cast.evaluation.save(update_fields=["state"])
    assert allowed(cast, policy.can_read_document, doc) == readers | {"external_assessor"}
    refusal = policy.can_read_document(cast.actor(cast.outsider), doc)
    assert refusal.reason == policy.NOT_READABLE


def test_a_pic_or_the_coordinator_uploads_to_the_library(cast):
    assert allowed(cast, policy.can_upload_to, cast.agency.pk) == {
        "coordinator",
        "pic",
        "other_pic",
    }
    assert policy.can_upload_to(SYSTEM, cast.agency.pk).reason == policy.ONLY_UPLOADERS


def test_the_lead_and_supporting_units_pics_add_evidence_while_the_indicator_is_open(cast):
    second = indicator(cast, 2)  # led by other_unit, supported by unit
    assert allowed(cast, policy.can_add_evidence, second, cast.evaluation) == {"pic", "other_pic"}
    third = indicator(cast, 3)  # led by other_unit alone
    refusal = policy.can_add_evidence(cast.actor(cast.pic), third, cast.evaluation)
    assert refusal.reason == policy.ONLY_UNIT_PICS
    second.state = AssessmentState.VERIFIED
    assert not policy.can_add_evidence(cast.actor(cast.pic), second, cast.evaluation)


def test_only_the_agencys_own_documents_are_linked(cast):
    foreign = document(cast, agency=cast.other_agency)
    refusal = policy.can_link_document(cast.actor(cast.pic), indicator(cast, 1), foreign)
    assert refusal.reason == policy.ANOTHER_AGENCY
    assert policy.can_link_document(cast.actor(cast.pic), indicator(cast, 1), document(cast))


def test_a_new_version_comes_from_the_coordinator_the_first_uploader_or_a_working_unit(cast):
    doc = document(cast, created_by=cast.other_pic)
    assert allowed(cast, policy.can_add_version, doc) == {"coordinator", "other_pic"}
    link(cast, 2, doc)  # indicator 2 is supported by the pic's unit
    assert allowed(cast, policy.can_add_version, doc) == {"coordinator", "pic", "other_pic"}
    cast.evaluation.state = EvaluationState.SUBMITTED
    cast.evaluation.save(update_fields=["state"])
    refusal = policy.can_add_version(cast.actor(cast.pic), doc)
    assert refusal.reason == policy.ONLY_VERSION_MAKERS


def test_an_upload_of_a_version_needs_the_documents_own_agency(cast):
    doc = document(cast, created_by=cast.pic)
    assert policy.can_upload(cast.actor(cast.pic), cast.agency.pk, doc)
    mixed = policy.can_upload(cast.actor(cast.pic), cast.other_agency.pk, doc)
    assert mixed.reason == policy.ANOTHER_AGENCY


def test_the_coordinator_the_lead_units_pic_or_whoever_linked_it_unlinks(cast):
    by_supporter = link(cast, 2, document(cast), user=cast.pic)
    assert allowed(cast, policy.can_remove_evidence, by_supporter) == {
        "coordinator",
        "pic",
        "other_pic",
    }
    by_lead = link(cast, 2, document(cast), user=cast.other_pic)
    refusal = policy.can_remove_evidence(cast.actor(cast.pic), by_lead)
    assert refusal.reason == policy.ONLY_UNLINKERS


def test_the_page_offers_to_unlink_only_the_links_the_viewer_may_remove(client, cast):
    """Regression: the Unlink button followed ``can_add_evidence``, so a supporting unit's PIC
    was offered to unlink the lead unit's evidence (and was refused), while the coordinator,
    who may unlink, was offered nothing."""
    link(cast, 2, document(cast), user=cast.other_pic)
    page = reverse("evaluations:indicator", args=[cast.evaluation.pk, 2])
    unlink = reverse("evidence:indicator_unlink", args=[cast.evaluation.pk, 2])
    client.login(username=cast.pic.username, password=PASSWORD)
    assert unlink not in client.get(page).content.decode()
    client.login(username=cast.coordinator.username, password=PASSWORD)
    assert unlink in client.get(page).content.decode()
