"""Links between documents and indicators: who may add and remove them, what a refused request
leaves (nothing), and which links follow a new version (open evaluations) or keep theirs."""

import pytest
from django.core.exceptions import PermissionDenied

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused
from spbe.evaluations.models import Assessment, AssessmentState, EvaluationState
from spbe.evidence.models import Document, DocumentVersion, EvidenceLink
from spbe.evidence.services import (
    evidence_link_add,
    evidence_link_new_document,
    evidence_link_remove,
    links_follow_new_version,
)
from tests.evaluations.helpers import assessment, evaluation_in_state, put_in_state
from tests.evidence.builders import SECOND, library_document, pin, upload, with_text
from tests.precheck.texts import regulation

pytestmark = [pytest.mark.dates, pytest.mark.usefixtures("media")]

READERS = ["leadership", "internal_assessor", "outsider", "external_assessor", "admin"]


def link_address(cast, user, number=1, **fields):
    fields.setdefault("title", "Portal SPBE Kota Uji")
    fields.setdefault("url", "https://spbe.kota-uji.go.id/arsitektur")
    return evidence_link_new_document(
        actor=cast.actor(user), assessment=assessment(cast, number), **fields
    )


def link(cast, user, document, number=1, level=2, note=""):
    return evidence_link_add(
        actor=cast.actor(user),
        assessment=assessment(cast, number),
        document=document,
        level=level,
        note=note,
    )


def actions() -> list[str]:
    """The audited evidence actions (building the cast audits its own)."""
    events = AuditEvent.objects.filter(action__regex=r"^(evidence|document)\.")
    return sorted(events.values_list("action", flat=True))


# evidence_link_new_document


def test_a_pic_describes_a_document_at_an_address_and_links_it(cast):
    made = link_address(
        cast, cast.pic, title="  Portal SPBE ", url=" https://spbe.kota-uji.go.id ", level=1
    )
    document = made.document
    assert (document.agency, document.title, document.url) == (
        cast.agency,
        "Portal SPBE",
        "https://spbe.kota-uji.go.id",
    )
    assert (document.created_by, made.created_by, made.level) == (cast.pic, cast.pic, 1)
    assert made.version is None  # an address has no uploaded file
    created = AuditEvent.objects.get(action="document.create")
    assert (created.object_id, created.data) == (str(document.pk), {"url": document.url})


def test_a_supporting_units_pic_may_link_an_address_too(cast):
    made = link_address(cast, cast.pic, number=2)  # indicator 2: supported by the PIC's unit
    assert made.assessment == assessment(cast, 2)


def test_an_address_without_a_title_is_refused_and_nothing_is_made(cast):
    with pytest.raises(ActionRefused) as refused:
        link_address(cast, cast.pic, title="   ")
    assert refused.value.field == "title"
    assert not Document.objects.exists()
    assert actions() == []


@pytest.mark.parametrize("role", [*READERS, "other_pic"])
def test_who_may_not_add_evidence_to_the_indicator_may_not_link_an_address(cast, role):
    with pytest.raises(PermissionDenied):
        link_address(cast, getattr(cast, role))  # indicator 1 is led by the PIC's unit
    assert not Document.objects.exists()
    assert actions() == []


# evidence_link_add


def test_a_link_offers_the_documents_latest_version(cast):
    first = upload(cast, cast.pic)
    second = upload(cast, cast.pic, SECOND, document=first.document)
    made = link(cast, cast.pic, first.document, note="  halaman 3 ")
    assert (made.version, made.level, made.note, made.created_by) == (
        second,
        2,
        "halaman 3",
        cast.pic,
    )
    event = AuditEvent.objects.get(action="evidence.link")
    assert (event.object_id, event.agency, event.actor) == (str(made.pk), cast.agency, cast.pic)
    assert event.data == {"document": first.document.pk, "level": 2, "note": "halaman 3"}


def test_one_document_supports_many_indicators_and_levels(cast):
    document = library_document(cast)
    link(cast, cast.pic, document, number=1, level=1)
    link(cast, cast.pic, document, number=1, level=2)
    link(cast, cast.pic, document, number=4, level=2)
    assert sorted(EvidenceLink.objects.values_list("assessment__indicator__number", "level")) == [
        (1, 1),
        (1, 2),
        (4, 2),
    ]


@pytest.mark.parametrize("level", [2, None])
def test_the_same_document_twice_at_the_same_level_is_refused(cast, level):
    document = library_document(cast)
    link(cast, cast.pic, document, level=level)
    with pytest.raises(ActionRefused) as refused:
        link(cast, cast.pic, document, level=level)
    assert refused.value.field == "document"
    assert EvidenceLink.objects.count() == 1
    assert actions() == ["evidence.link"]


def test_a_level_the_indicator_does_not_have_is_refused_naming_the_levels(cast):
    with pytest.raises(ActionRefused) as refused:
        link(cast, cast.pic, library_document(cast), level=6)
    assert refused.value.field == "level"
    assert "1, 2, 3, 4, 5" in refused.value.message
    assert not EvidenceLink.objects.exists()


def test_another_agencys_document_cannot_be_linked(cast):
    foreign = library_document(cast, title="Perbup Kabupaten Lain", agency=cast.other_agency)
    with pytest.raises(PermissionDenied):
        link(cast, cast.pic, foreign)
    assert not EvidenceLink.objects.exists()
    assert actions() == []


@pytest.mark.parametrize("role", [*READERS, "other_pic"])
def test_who_neither_leads_nor_supports_the_indicator_may_not_link(cast, role):
    with pytest.raises(PermissionDenied):
        link(cast, getattr(cast, role), library_document(cast))
    assert not EvidenceLink.objects.exists()


@pytest.mark.parametrize(
    ("state", "allowed"),
    [
        (AssessmentState.DRAFT, True),
        (AssessmentState.RETURNED, True),
        (AssessmentState.SUBMITTED, False),
        (AssessmentState.VERIFIED, False),
    ],
)
def test_evidence_is_added_only_while_the_indicator_may_be_edited(cast, state, allowed):
    Assessment.objects.filter(pk=assessment(cast, 1).pk).update(state=state)
    document = library_document(cast)
    if allowed:
        assert link(cast, cast.pic, document).assessment == assessment(cast, 1)
        return
    with pytest.raises(PermissionDenied):
        link(cast, cast.pic, document)
    assert not EvidenceLink.objects.exists()


@pytest.mark.parametrize("state", [EvaluationState.PREPARATION, EvaluationState.SUBMITTED])
def test_evidence_is_added_only_while_the_self_assessment_is_open(cast, state):
    put_in_state(cast.evaluation, state)
    with pytest.raises(PermissionDenied):
        link(cast, cast.pic, library_document(cast))
    assert not EvidenceLink.objects.exists()


def test_a_link_is_prechecked_once_it_is_committed(cast, django_capture_on_commit_callbacks):
    version = with_text(
        upload(cast, cast.pic),
        regulation("Arsitektur Sistem Pemerintahan Berbasis Elektronik", ["Pasal 1."]),
    )
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        made = link(cast, cast.pic, version.document)
    made.refresh_from_db()
    assert made.precheck is None
    for callback in callbacks:
        callback()
    made.refresh_from_db()
    assert made.precheck["indicator"] == 1
    assert made.precheck_version == version


# evidence_link_remove


def test_the_lead_units_pic_removes_any_link_of_its_indicator_and_the_removal_is_audited(cast):
    made = link(cast, cast.pic, library_document(cast), level=3)
    EvidenceLink.objects.filter(pk=made.pk).update(created_by=cast.coordinator)
    made.refresh_from_db()
    pk, document_id = made.pk, made.document_id
    evidence_link_remove(actor=cast.actor(cast.pic), link=made)
    assert not EvidenceLink.objects.exists()
    assert Document.objects.count() == 1  # the document stays in the library
    event = AuditEvent.objects.get(action="evidence.unlink")
    assert (event.object_id, event.actor) == (str(pk), cast.pic)
    assert event.data == {"document": document_id, "level": 3}


def test_the_coordinator_removes_a_link(cast):
    made = link(cast, cast.pic, library_document(cast))
    evidence_link_remove(actor=cast.actor(cast.coordinator), link=made)
    assert not EvidenceLink.objects.exists()


def test_a_supporting_pic_removes_the_link_it_made_itself(cast):
    made = link(cast, cast.pic, library_document(cast), number=2)  # the PIC's unit supports 2
    evidence_link_remove(actor=cast.actor(cast.pic), link=made)
    assert not EvidenceLink.objects.exists()


@pytest.mark.parametrize("role", [*READERS, "other_pic"])
def test_who_is_not_the_lead_the_maker_or_the_coordinator_may_not_unlink(cast, role):
    made = link(cast, cast.pic, library_document(cast))
    with pytest.raises(PermissionDenied):
        evidence_link_remove(actor=cast.actor(getattr(cast, role)), link=made)
    assert EvidenceLink.objects.filter(pk=made.pk).exists()
    assert actions() == ["evidence.link"]


def test_nobody_unlinks_once_the_indicator_is_submitted(cast):
    made = link(cast, cast.pic, library_document(cast))
    Assessment.objects.filter(pk=made.assessment_id).update(state=AssessmentState.SUBMITTED)
    made.refresh_from_db()
    for user in (cast.pic, cast.coordinator):
        with pytest.raises(PermissionDenied):
            evidence_link_remove(actor=cast.actor(user), link=made)
    assert EvidenceLink.objects.filter(pk=made.pk).exists()


def test_nobody_unlinks_from_a_submitted_evaluation(cast):
    sent = evaluation_in_state(cast, EvaluationState.SUBMITTED)
    made = pin(sent.assessments.get(indicator__number=1), library_document(cast))
    with pytest.raises(PermissionDenied):
        evidence_link_remove(actor=cast.actor(cast.coordinator), link=made)
    assert EvidenceLink.objects.filter(pk=made.pk).exists()


# links_follow_new_version


@pytest.mark.parametrize(
    ("state", "follows"),
    [
        (EvaluationState.PREPARATION, True),
        (EvaluationState.SELF_ASSESSMENT, True),
        (EvaluationState.REVIEW, True),
        (EvaluationState.SUBMITTED, False),
        (EvaluationState.EXTERNAL_RESULT, False),
        (EvaluationState.FINISHED, False),
    ],
)
def test_links_follow_a_new_version_only_while_their_evaluation_is_open(cast, state, follows):
    first = upload(cast, cast.pic)
    other = evaluation_in_state(cast, state)
    made = pin(other.assessments.get(indicator__number=1), first.document)
    second = upload(cast, cast.coordinator, SECOND, document=first.document)
    made.refresh_from_db()
    assert made.version == (second if follows else first)


def test_moved_links_drop_the_old_precheck_and_each_move_is_audited(cast):
    first = upload(cast, cast.pic)
    open_link = pin(assessment(cast, 1), first.document, precheck={"supported_level": 1})
    EvidenceLink.objects.filter(pk=open_link.pk).update(precheck_version=first)
    second = DocumentVersion.objects.create(
        document=first.document, number=2, stored_file=first.stored_file, original_name="b.pdf"
    )
    moved = links_follow_new_version(actor=cast.actor(cast.pic), version=second)
    assert moved == [open_link.pk]
    open_link.refresh_from_db()
    assert (open_link.version, open_link.precheck, open_link.precheck_version) == (
        second,
        None,
        None,
    )
    event = AuditEvent.objects.get(action="evidence.version_follow")
    assert (event.object_id, event.actor, event.agency) == (
        str(open_link.pk),
        cast.pic,
        cast.agency,
    )
    assert event.data == {"document": first.document_id, "from_version": 1, "to_version": 2}


def test_a_link_already_at_the_version_is_not_moved_again(cast):
    first = upload(cast, cast.pic)
    pin(assessment(cast, 1), first.document)
    assert links_follow_new_version(actor=cast.actor(cast.pic), version=first) == []
    assert not AuditEvent.objects.filter(action="evidence.version_follow").exists()


def test_another_documents_links_never_move(cast):
    first = upload(cast, cast.pic)
    unrelated = pin(assessment(cast, 4), library_document(cast, title="Laporan"))
    second = upload(cast, cast.pic, SECOND, document=first.document)
    assert links_follow_new_version(actor=cast.actor(cast.pic), version=second) == []
    unrelated.refresh_from_db()
    assert unrelated.version is None
