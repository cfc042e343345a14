"""Evidence for Pemdi's items (in the Mandiri stage, or with a sanggah at the interview) and
the proof of an external index value."""

import pytest
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused
from spbe.evaluations.external_index_services import external_index_value_set
from spbe.evidence.item_services import (
    external_index_proof_set,
    item_evidence_link,
    item_evidence_unlink,
)
from spbe.evidence.models import Document, EvidenceLink
from spbe.evidence.services import evidence_link_add
from tests.evaluations.helpers import assessment
from tests.evaluations.pemdi_helpers import (
    DOCUMENTS_DAY,
    INTERVIEW_DAY,
    SELF_ASSESSMENT_DAY,
    item,
    set_status,
)

pytestmark = pytest.mark.dates


def document(cast, title="SK Tim Audit"):
    return Document.objects.create(agency=cast.agency, title=title, created_by=cast.pic)


def link(cast, code, who, today, doc=None):
    return item_evidence_link(
        actor=cast.actor(who),
        item=item(cast, code),
        document=doc or document(cast),
        note="Halaman 2",
        today=today,
    )


def test_the_lead_units_pic_links_a_document_to_an_item_at_its_level(pemdi):
    linked = link(pemdi, "I1-L2-01", pemdi.pic, SELF_ASSESSMENT_DAY)
    assert (linked.item.code, linked.level, linked.assessment.indicator.number) == (
        "I1-L2-01",
        2,
        1,
    )
    event = AuditEvent.objects.get(action="evidence.link")
    assert event.data["item"] == "I1-L2-01"


def test_a_pic_of_a_supporting_unit_may_add_evidence_to_an_item(pemdi):
    # Indicator 2 is led by Bappeda and supported by Kominfo.
    assert link(pemdi, "I2-L1-01", pemdi.pic, SELF_ASSESSMENT_DAY).item is not None


def test_the_same_document_is_linked_to_an_item_once(pemdi):
    doc = document(pemdi)
    link(pemdi, "I1-L2-01", pemdi.pic, SELF_ASSESSMENT_DAY, doc)
    with pytest.raises(ActionRefused, match="I1-L2-01"):
        link(pemdi, "I1-L2-01", pemdi.pic, SELF_ASSESSMENT_DAY, doc)
    with transaction.atomic(), pytest.raises(IntegrityError):
        EvidenceLink.objects.create(
            assessment=assessment(pemdi, 1), item=item(pemdi, "I1-L2-01"), document=doc, level=2
        )


def test_one_document_may_prove_two_items_of_a_level_and_the_indicator_too(pemdi):
    doc = document(pemdi)
    link(pemdi, "I1-L2-01", pemdi.pic, SELF_ASSESSMENT_DAY, doc)
    link(pemdi, "I1-L2-02", pemdi.pic, SELF_ASSESSMENT_DAY, doc)
    evidence_link_add(
        actor=pemdi.actor(pemdi.pic), assessment=assessment(pemdi, 1), document=doc, level=2
    )
    assert EvidenceLink.objects.filter(document=doc).count() == 3


def test_in_the_document_stage_the_agency_adds_no_evidence_to_items(pemdi):
    with pytest.raises(PermissionDenied):
        link(pemdi, "I1-L2-01", pemdi.pic, DOCUMENTS_DAY)


def test_at_the_interview_a_sanggah_brings_new_evidence_to_a_revisi_item_only(pemdi):
    set_status(pemdi, "revisi", "I1-L2-01")
    assert link(pemdi, "I1-L2-01", pemdi.coordinator, INTERVIEW_DAY).item is not None
    with pytest.raises(PermissionDenied):
        link(pemdi, "I1-L2-02", pemdi.coordinator, INTERVIEW_DAY)


def test_a_document_of_another_agency_is_never_linked(pemdi):
    foreign = Document.objects.create(agency=pemdi.other_agency, title="Dokumen lain")
    with pytest.raises(PermissionDenied):
        link(pemdi, "I1-L2-01", pemdi.pic, SELF_ASSESSMENT_DAY, foreign)


def test_the_koordinator_names_the_document_that_proves_an_index_value(pemdi):
    value = external_index_value_set(
        actor=pemdi.actor(pemdi.coordinator),
        assessment=assessment(pemdi, 5),
        version=0,
        value="64",
        year=2026,
        source="Portal Satu Data Indonesia",
        today=SELF_ASSESSMENT_DAY,
    )
    first = external_index_proof_set(
        actor=pemdi.actor(pemdi.coordinator),
        external_value=value,
        document=document(pemdi, "Hasil SDI 2026"),
        today=SELF_ASSESSMENT_DAY,
    )
    second = external_index_proof_set(
        actor=pemdi.actor(pemdi.coordinator),
        external_value=value,
        document=document(pemdi, "Hasil SDI 2026, revisi"),
        today=SELF_ASSESSMENT_DAY,
    )
    assert first.pk == second.pk
    assert value.proof.document.title == "Hasil SDI 2026, revisi"
    assert AuditEvent.objects.filter(action="external_index.proof").count() == 2
    with pytest.raises(PermissionDenied):
        external_index_proof_set(
            actor=pemdi.actor(pemdi.other_pic),
            external_value=value,
            document=document(pemdi),
            today=SELF_ASSESSMENT_DAY,
        )


def test_the_pic_unlinks_an_items_document_in_the_mandiri_and_the_document_stays(pemdi):
    linked = link(pemdi, "I1-L2-01", pemdi.pic, SELF_ASSESSMENT_DAY)
    item_evidence_unlink(actor=pemdi.actor(pemdi.pic), link=linked, today=SELF_ASSESSMENT_DAY)
    assert not EvidenceLink.objects.filter(pk=linked.pk).exists()
    assert Document.objects.filter(pk=linked.document_id).exists()
    event = AuditEvent.objects.get(action="evidence.unlink")
    assert (event.object_id, event.data["document"]) == (str(linked.pk), linked.document_id)


def test_from_the_document_stage_on_an_items_evidence_stays_linked(pemdi):
    linked = link(pemdi, "I1-L2-01", pemdi.pic, SELF_ASSESSMENT_DAY)
    with pytest.raises(PermissionDenied):
        item_evidence_unlink(actor=pemdi.actor(pemdi.pic), link=linked, today=DOCUMENTS_DAY)
    assert EvidenceLink.objects.filter(pk=linked.pk).exists()
    assert not AuditEvent.objects.filter(action="evidence.unlink").exists()


def test_a_pic_of_a_unit_without_a_part_in_the_indicator_unlinks_nothing(pemdi):
    linked = link(pemdi, "I1-L2-01", pemdi.pic, SELF_ASSESSMENT_DAY)
    for who in (pemdi.other_pic, pemdi.outsider, pemdi.leadership):
        with pytest.raises(PermissionDenied):
            item_evidence_unlink(actor=pemdi.actor(who), link=linked, today=SELF_ASSESSMENT_DAY)
    assert EvidenceLink.objects.filter(pk=linked.pk).exists()


def test_an_indicators_own_evidence_is_not_unlinked_as_an_items(pemdi):
    doc = document(pemdi)
    plain = evidence_link_add(
        actor=pemdi.actor(pemdi.pic), assessment=assessment(pemdi, 1), document=doc, level=2
    )
    with pytest.raises(ActionRefused, match="tidak tertaut ke butir"):
        item_evidence_unlink(actor=pemdi.actor(pemdi.pic), link=plain, today=SELF_ASSESSMENT_DAY)
    assert EvidenceLink.objects.filter(pk=plain.pk).exists()


def test_an_accepted_items_evidence_is_kept(pemdi):
    linked = link(pemdi, "I1-L2-01", pemdi.pic, SELF_ASSESSMENT_DAY)
    set_status(pemdi, "diterima", "I1-L2-01")
    with pytest.raises(PermissionDenied):
        item_evidence_unlink(actor=pemdi.actor(pemdi.pic), link=linked, today=SELF_ASSESSMENT_DAY)
    assert EvidenceLink.objects.filter(pk=linked.pk).exists()


def test_the_proof_of_an_index_value_is_a_document_of_the_same_agency(pemdi):
    value = external_index_value_set(
        actor=pemdi.actor(pemdi.coordinator),
        assessment=assessment(pemdi, 5),
        version=0,
        value="64",
        year=2026,
        source="Portal Satu Data Indonesia",
        today=SELF_ASSESSMENT_DAY,
    )
    foreign = Document.objects.create(agency=pemdi.other_agency, title="Hasil SDI lain")
    with pytest.raises(PermissionDenied):
        external_index_proof_set(
            actor=pemdi.actor(pemdi.coordinator),
            external_value=value,
            document=foreign,
            today=SELF_ASSESSMENT_DAY,
        )
    assert not AuditEvent.objects.filter(action="external_index.proof").exists()
