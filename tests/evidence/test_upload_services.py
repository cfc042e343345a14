"""Uploading evidence through the service: who may, what is stored once, what is never
overwritten, and that a refused upload leaves neither rows nor bytes behind."""

import datetime
import hashlib

import pytest
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused
from spbe.evaluations.models import EvaluationState
from spbe.evidence import upload_services
from spbe.evidence.models import Document, DocumentVersion, EvidenceLink, StoredFile, TextStatus
from spbe.evidence.upload_services import DocumentFacts, document_upload, links_of
from tests.evaluations.helpers import assessment, evaluation_in_state
from tests.evidence.builders import FIRST, SECOND, THIRD, pdf, pin, stored_files, upload

pytestmark = [pytest.mark.dates, pytest.mark.usefixtures("media")]


def nothing_stored() -> bool:
    return (
        not Document.objects.exists()
        and not DocumentVersion.objects.exists()
        and not StoredFile.objects.exists()
        and not AuditEvent.objects.filter(action="document.upload").exists()
        and stored_files() == []
    )


def test_a_pic_uploads_a_document_with_its_facts_as_version_one(cast):
    facts = DocumentFacts(
        title="  Perwali Arsitektur SPBE ",
        kind="perwali",
        number=" 12 ",
        year=2023,
        issued_on=datetime.date(2023, 3, 1),
        expires_on=datetime.date(2024, 3, 1),
        issuing_unit=cast.unit,
    )
    version = document_upload(
        actor=cast.actor(cast.pic), agency=cast.agency, upload=pdf(FIRST), facts=facts
    )
    document = version.document
    assert (document.agency, document.title, document.kind) == (
        cast.agency,
        "Perwali Arsitektur SPBE",
        "perwali",
    )
    assert (document.number, document.year, document.issued_on, document.expires_on) == (
        "12",
        2023,
        datetime.date(2023, 3, 1),
        datetime.date(2024, 3, 1),
    )
    assert (document.issuing_unit, document.created_by) == (cast.unit, cast.pic)
    assert (version.number, version.original_name, version.uploaded_by) == (
        1,
        "perwali.pdf",
        cast.pic,
    )
    assert version.text_status == TextStatus.PENDING
    stored = version.stored_file
    assert stored.sha256 == hashlib.sha256(FIRST).hexdigest()
    assert (stored.size, stored.kind) == (len(FIRST), "pdf")
    with stored.file.open("rb") as handle:
        assert handle.read() == FIRST


def test_the_stored_file_is_named_by_its_hash_never_by_the_uploaded_name(cast):
    version = upload(cast, cast.pic, name="rahasia.pdf")
    digest = hashlib.sha256(FIRST).hexdigest()
    assert version.stored_file.file.name == f"evidence/{digest[:2]}/{digest[2:4]}/{digest}"
    assert [path.name for path in stored_files()] == [digest]


def test_an_upload_is_audited_with_its_hash_size_and_name(cast):
    version = upload(cast, cast.coordinator, name="perwali-12.pdf")
    event = AuditEvent.objects.get(action="document.upload")
    assert (event.actor, event.agency, event.object_id) == (
        cast.coordinator,
        cast.agency,
        str(version.pk),
    )
    assert event.summary == "Perwali Arsitektur SPBE v1"
    assert event.data == {
        "sha256": hashlib.sha256(FIRST).hexdigest(),
        "size": len(FIRST),
        "name": "perwali-12.pdf",
        "reused_bytes": False,
    }


@pytest.mark.parametrize(
    "role",
    ["leadership", "internal_assessor", "outsider", "external_assessor", "unassigned_assessor"],
)
def test_who_is_not_a_pic_or_coordinator_of_the_agency_may_not_upload(cast, role):
    with pytest.raises(PermissionDenied):
        upload(cast, getattr(cast, role))
    assert nothing_stored()


def test_the_installation_admin_reads_everything_but_uploads_nothing(cast):
    with pytest.raises(PermissionDenied):
        upload(cast, cast.admin)
    assert nothing_stored()


def test_a_version_of_another_agencys_document_is_refused(cast):
    foreign = Document.objects.create(agency=cast.other_agency, title="Perbup", kind="perbup")
    with pytest.raises(PermissionDenied):
        upload(cast, cast.coordinator, document=foreign)
    assert not DocumentVersion.objects.exists()
    assert stored_files() == []


@pytest.mark.parametrize("facts", [None, DocumentFacts(title="   ")])
def test_a_new_document_needs_a_title(cast, facts):
    with pytest.raises(ActionRefused) as refused:
        document_upload(
            actor=cast.actor(cast.pic), agency=cast.agency, upload=pdf(FIRST), facts=facts
        )
    assert refused.value.field == "title"
    assert nothing_stored()


def test_a_file_over_the_limit_is_refused_by_the_service_itself(cast, settings):
    # The views stop a large body early; the service must hold the line for every other caller.
    settings.SPBE_MAX_UPLOAD_BYTES = len(FIRST) - 1
    with pytest.raises(ActionRefused) as refused:
        upload(cast, cast.pic)
    assert refused.value.field == "file"
    assert nothing_stored()


def test_a_file_that_is_not_what_its_name_says_is_refused(cast):
    with pytest.raises(ActionRefused) as refused:
        upload(cast, cast.pic, b"\x89PNG\r\n\x1a\n" + b"0" * 200, name="perwali.pdf")
    assert refused.value.field == "file"
    assert refused.value.message
    assert nothing_stored()


def test_a_new_version_never_overwrites_the_old_one(cast):
    first = upload(cast, cast.pic)
    before = DocumentVersion.objects.filter(pk=first.pk).values().get()
    second = upload(cast, cast.pic, SECOND, document=first.document, name="revisi.pdf")
    assert (second.number, second.original_name) == (2, "revisi.pdf")
    assert second.stored_file != first.stored_file
    assert DocumentVersion.objects.filter(pk=first.pk).values().get() == before
    with first.stored_file.file.open("rb") as handle:
        assert handle.read() == FIRST
    assert len(stored_files()) == 2


def test_identical_bytes_to_the_latest_version_make_no_version_and_keep_the_stored_file(cast):
    first = upload(cast, cast.pic)
    with pytest.raises(ActionRefused) as refused:
        upload(cast, cast.pic, FIRST, document=first.document, name="lagi.pdf")
    assert refused.value.field == "file"
    assert list(first.document.versions.values_list("number", flat=True)) == [1]
    assert AuditEvent.objects.filter(action="document.upload").count() == 1
    # The refusal must not remove the bytes version 1 still needs.
    with first.stored_file.file.open("rb") as handle:
        assert handle.read() == FIRST


def test_going_back_to_an_earlier_file_is_a_new_version_that_shares_its_bytes(cast):
    first = upload(cast, cast.pic)
    upload(cast, cast.pic, SECOND, document=first.document)
    third = upload(cast, cast.pic, FIRST, document=first.document)
    assert third.number == 3
    assert third.stored_file == first.stored_file
    assert StoredFile.objects.count() == 2
    assert len(stored_files()) == 2
    latest = AuditEvent.objects.filter(action="document.upload").first()
    assert latest is not None and latest.data["reused_bytes"] is True


def test_the_same_bytes_in_two_documents_are_stored_once(cast):
    first = upload(cast, cast.pic, title="Perwali")
    copy = upload(cast, cast.coordinator, title="Salinan Perwali")
    assert copy.document != first.document
    assert copy.stored_file == first.stored_file
    assert len(stored_files()) == 1


def add_version_as(cast, user):
    document = upload(cast, cast.other_pic).document
    return upload(cast, user, SECOND, document=document)


def test_the_first_uploader_and_the_coordinator_add_versions(cast):
    document = upload(cast, cast.other_pic).document
    assert upload(cast, cast.other_pic, SECOND, document=document).number == 2
    assert upload(cast, cast.coordinator, THIRD, document=document).number == 3


@pytest.mark.parametrize(
    ("number", "why"),
    [(1, "its unit leads the indicator"), (2, "its unit supports the indicator")],
)
def test_a_pic_adds_a_version_of_a_document_linked_to_its_units_open_indicator(cast, number, why):
    document = upload(cast, cast.other_pic).document
    pin(assessment(cast, number), document)
    assert upload(cast, cast.pic, SECOND, document=document).number == 2, why


def test_a_pic_whose_unit_has_nothing_to_do_with_the_document_may_not_add_a_version(cast):
    document = upload(cast, cast.other_pic).document
    pin(assessment(cast, 3), document)  # indicator 3: led by the other unit, no support
    with pytest.raises(PermissionDenied):
        upload(cast, cast.pic, SECOND, document=document)
    assert list(document.versions.values_list("number", flat=True)) == [1]
    assert len(stored_files()) == 1


def test_a_link_to_a_submitted_evaluation_gives_no_right_to_a_new_version(cast):
    document = upload(cast, cast.other_pic).document
    sent = evaluation_in_state(cast, EvaluationState.SUBMITTED)
    sent.assessments.filter(indicator__number=1).update(lead_unit=cast.unit)
    pin(sent.assessments.get(indicator__number=1), document)
    with pytest.raises(PermissionDenied):
        upload(cast, cast.pic, SECOND, document=document)
    assert document.versions.count() == 1


@pytest.mark.parametrize("role", ["leadership", "internal_assessor", "outsider", "admin"])
def test_readers_may_not_add_a_version(cast, role):
    with pytest.raises(PermissionDenied):
        add_version_as(cast, getattr(cast, role))
    assert DocumentVersion.objects.count() == 1


def test_an_upload_linked_to_an_indicator_links_the_first_version(cast):
    version = upload(cast, cast.pic, link_to=assessment(cast, 1), level=2, note=" Pasal 2 ")
    link = EvidenceLink.objects.get()
    assert (link.assessment, link.document, link.version) == (
        assessment(cast, 1),
        version.document,
        version,
    )
    assert (link.level, link.note, link.created_by) == (2, "Pasal 2", cast.pic)
    assert AuditEvent.objects.filter(action="evidence.link", object_id=str(link.pk)).exists()


def test_an_upload_refused_at_the_link_leaves_no_document_and_no_bytes(cast):
    with pytest.raises(PermissionDenied):
        upload(cast, cast.pic, link_to=assessment(cast, 3), level=2)  # not the PIC's indicator
    assert nothing_stored()
    assert not EvidenceLink.objects.exists()


def test_an_upload_with_a_level_the_indicator_does_not_have_leaves_nothing(cast):
    with pytest.raises(ActionRefused) as refused:
        upload(cast, cast.pic, link_to=assessment(cast, 1), level=9)
    assert refused.value.field == "level"
    assert nothing_stored()


def test_an_upload_linked_to_another_agencys_indicator_leaves_nothing(cast):
    from tests.cast import make_cast

    other = make_cast(prefix="lain-")
    with pytest.raises(PermissionDenied):
        upload(cast, cast.pic, link_to=assessment(other, 1), level=2)
    assert nothing_stored()


def test_a_clash_with_a_simultaneous_upload_is_refused_and_its_bytes_removed(cast, monkeypatch):
    def clash(*args, **kwargs):
        raise IntegrityError("unique_document_version")

    monkeypatch.setattr(upload_services, "_record", clash)
    with pytest.raises(ActionRefused):
        upload(cast, cast.pic)
    assert nothing_stored()


def test_the_text_is_read_only_once_the_upload_is_committed(
    cast, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        version = upload(cast, cast.pic)
    assert len(callbacks) == 1
    version.refresh_from_db()
    assert version.text_status == TextStatus.PENDING
    callbacks[0]()
    version.refresh_from_db()
    assert version.text_status == TextStatus.DONE
    assert version.page_count == 2
    assert "Arsitektur SPBE" in version.pages.get(number=1).text


def test_links_of_a_document_are_its_own_with_their_evaluation_and_indicator(
    cast, django_assert_num_queries
):
    mine = upload(cast, cast.pic, link_to=assessment(cast, 1), level=1).document
    other = upload(cast, cast.pic, THIRD, title="Laporan", link_to=assessment(cast, 4)).document
    with django_assert_num_queries(1):
        links = links_of(mine)
        seen = [
            (link.assessment.evaluation.year, link.assessment.indicator.number) for link in links
        ]
    assert seen == [(2026, 1)]
    assert links_of(other)[0].assessment.indicator.number == 4
