"""The external assessors' verdicts on items and results per indicator."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused, StaleVersion
from spbe.evaluations.assessor_services import assessor_result_save
from spbe.evaluations.models import AssessorResult
from tests.evaluations.helpers import assessment
from tests.evaluations.pemdi_helpers import (
    DOCUMENTS_DAY,
    INTERVIEW_DAY,
    SELF_ASSESSMENT_DAY,
    give_verdict,
)

pytestmark = pytest.mark.usefixtures("in_english")


verdict = give_verdict


def test_an_assigned_assessor_accepts_an_item_in_the_document_stage(pemdi):
    accepted = verdict(pemdi, "I1-L1-01", "diterima")
    assert (accepted.status, accepted.assessor_note) == ("diterima", "Sesuai")
    assert accepted.verdict_by == pemdi.external_assessor
    assert AuditEvent.objects.get(action="item.verdict").data["after"]["status"] == "diterima"


def test_an_assessor_asks_for_revision_at_the_interview(pemdi):
    assert verdict(pemdi, "I1-L1-01", "revisi", today=INTERVIEW_DAY).status == "revisi"


@pytest.mark.parametrize("status", ["belum", "diajukan", "ditolak_otomatis", "bagus"])
def test_a_verdict_is_diterima_or_revisi_only(pemdi, status):
    with pytest.raises(ActionRefused, match="diterima or revisi"):
        verdict(pemdi, "I1-L1-01", status)


@pytest.mark.parametrize("who", ["coordinator", "internal_assessor", "pic", "unassigned_assessor"])
def test_only_an_assigned_external_assessor_gives_verdicts(pemdi, who):
    with pytest.raises(PermissionDenied):
        verdict(pemdi, "I1-L1-01", "diterima", who=getattr(pemdi, who))


def test_no_verdict_is_given_during_the_self_assessment(pemdi):
    with pytest.raises(PermissionDenied):
        verdict(pemdi, "I1-L1-01", "diterima", today=SELF_ASSESSMENT_DAY)


def result(cast, number, value, *, version=0, today=DOCUMENTS_DAY, **flags):
    return assessor_result_save(
        actor=cast.actor(cast.external_assessor),
        assessment=assessment(cast, number),
        version=version,
        value=value,
        note="Catatan asesor",
        recommendation="Tetapkan kebijakan",
        evidence_uploaded=flags.get("evidence_uploaded", True),
        confirmed_at_interview=flags.get("confirmed_at_interview", False),
        approved=flags.get("approved", False),
        today=today,
    )


def test_the_assessor_records_a_fractional_value_with_note_recommendation_and_flags(pemdi):
    saved = result(pemdi, 4, "1,25", approved=True)
    assert saved.value == Decimal("1.25")
    assert (saved.note, saved.recommendation) == ("Catatan asesor", "Tetapkan kebijakan")
    assert (saved.evidence_uploaded, saved.confirmed_at_interview, saved.approved) == (
        True,
        False,
        True,
    )
    assert saved.version == 1
    assert AuditEvent.objects.filter(action="assessor_result.save").count() == 1


@pytest.mark.parametrize("value", ["0.5", "5.01", "x", "1.255", ""])
def test_a_value_outside_the_frameworks_range_or_not_a_number_is_refused(pemdi, value):
    with pytest.raises(ActionRefused) as refused:
        result(pemdi, 4, value)
    assert refused.value.field == "value"
    assert not AssessorResult.objects.exists()


def test_a_result_saved_by_someone_else_since_it_was_read_is_refused(pemdi):
    result(pemdi, 4, "2")
    with pytest.raises(StaleVersion):
        result(pemdi, 4, "3", version=0)
    assert AssessorResult.objects.get().value == Decimal("2.00")


def test_saving_the_same_result_again_writes_nothing(pemdi):
    first = result(pemdi, 4, "2")
    again = result(pemdi, 4, "2.00", version=first.version)
    assert again.version == first.version
    assert AuditEvent.objects.filter(action="assessor_result.save").count() == 1


def test_the_assessors_value_becomes_the_indicators_external_result(pemdi):
    before = assessment(pemdi, 4).version
    result(pemdi, 4, "1,25")
    after = assessment(pemdi, 4)
    assert after.external_value == Decimal("1.25") and after.version == before + 1


def test_a_result_whose_value_did_not_change_leaves_the_external_result_alone(pemdi):
    first = result(pemdi, 4, "2")
    version = assessment(pemdi, 4).version
    assessor_result_save(
        actor=pemdi.actor(pemdi.external_assessor),
        assessment=assessment(pemdi, 4),
        version=first.version,
        value="2",
        note="Catatan baru",
        recommendation="Tetapkan kebijakan",
        evidence_uploaded=True,
        confirmed_at_interview=True,
        approved=False,
        today=DOCUMENTS_DAY,
    )
    assert assessment(pemdi, 4).version == version
