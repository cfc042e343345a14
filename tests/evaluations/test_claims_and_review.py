"""Claims and their review: what a claim needs, who may write it, the loop submit → return →
fix → resubmit → verify, and the version check that loses nothing."""

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import translation

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused, StaleVersion
from spbe.evaluations.assessment_services import (
    assessment_return,
    assessment_save_claim,
    assessment_verify,
)
from spbe.evaluations.models import AssessmentState, Transition
from tests.evaluations.helpers import assessment, submit

pytestmark = pytest.mark.dates


def test_a_claim_needs_a_justification_to_be_submitted(cast):
    a = assessment(cast, 1)
    with pytest.raises(ActionRefused) as error:
        assessment_save_claim(
            actor=cast.actor(cast.pic),
            assessment=a,
            version=a.version,
            claimed_level=2,
            justification="  ",
            criteria_met=[1, 2],
            submit=True,
        )
    assert error.value.field == "justification"
    assert assessment(cast, 1).state == AssessmentState.NOT_STARTED


def test_a_claim_of_level_three_needs_the_criteria_of_levels_one_to_three(cast):
    a = assessment(cast, 1)
    with translation.override("en"), pytest.raises(ActionRefused, match="not marked: 2") as error:
        assessment_save_claim(
            actor=cast.actor(cast.pic),
            assessment=a,
            version=a.version,
            claimed_level=3,
            justification="Ada Perwali.",
            criteria_met=[1, 3],
            submit=True,
        )
    assert error.value.field == "criteria_met"


def test_a_draft_may_be_incomplete(cast):
    a = assessment(cast, 1)
    saved = assessment_save_claim(
        actor=cast.actor(cast.pic),
        assessment=a,
        version=a.version,
        claimed_level=4,
        justification="",
        criteria_met=[],
        submit=False,
    )
    assert saved.state == AssessmentState.DRAFT
    assert saved.claimed_level == 4


@pytest.mark.parametrize("level", [0, 6, "2.5", "tiga"])
def test_a_claim_outside_the_frameworks_levels_is_refused(cast, level):
    a = assessment(cast, 1)
    with pytest.raises(ActionRefused) as error:
        assessment_save_claim(
            actor=cast.actor(cast.pic),
            assessment=a,
            version=a.version,
            claimed_level=level,
            justification="x",
            criteria_met=[1],
            submit=False,
        )
    assert error.value.field == "claimed_level"


def test_a_pic_edits_only_its_own_units_indicators(cast):
    a = assessment(cast, 2)  # led by the other unit, supported by the PIC's unit
    with pytest.raises(PermissionDenied):
        assessment_save_claim(
            actor=cast.actor(cast.pic),
            assessment=a,
            version=a.version,
            claimed_level=2,
            justification="x",
            criteria_met=[1, 2],
            submit=False,
        )


def test_the_full_loop_submit_return_fix_resubmit_verify_is_recorded(cast):
    a = submit(cast, 1, level=3)
    reviewer = cast.actor(cast.coordinator)
    a = assessment_return(
        actor=reviewer,
        assessment=a,
        version=a.version,
        note="Lampirkan Perwali yang sudah ditetapkan.",
    )
    assert a.state == AssessmentState.RETURNED
    a = submit(cast, 1, level=2)
    a = assessment_verify(
        actor=reviewer, assessment=a, version=a.version, verified_level="2", reason=""
    )
    assert a.state == AssessmentState.VERIFIED
    assert a.verified_level == 2
    steps = list(
        Transition.objects.filter(assessment=a).values_list("from_state", "to_state", "note")
    )
    assert steps == [
        ("belum_diisi", "diajukan", ""),
        ("diajukan", "dikembalikan", "Lampirkan Perwali yang sudah ditetapkan."),
        ("dikembalikan", "diajukan", ""),
        ("diajukan", "diverifikasi", ""),
    ]
    assert (
        AuditEvent.objects.filter(object_type="evaluations.assessment", object_id=str(a.pk)).count()
        >= 4
    )


def test_a_verified_level_other_than_the_claim_needs_a_reason(cast):
    a = submit(cast, 1, level=3)
    with pytest.raises(ActionRefused) as error:
        assessment_verify(
            actor=cast.actor(cast.internal_assessor),
            assessment=a,
            version=a.version,
            verified_level=2,
            reason="",
        )
    assert error.value.field == "verification_reason"
    a = assessment_verify(
        actor=cast.actor(cast.internal_assessor),
        assessment=a,
        version=a.version,
        verified_level=2,
        reason="Reviu belum periodik.",
    )
    assert a.verified_level == 2


def test_returning_needs_a_note(cast):
    a = submit(cast, 1)
    with pytest.raises(ActionRefused):
        assessment_return(
            actor=cast.actor(cast.coordinator), assessment=a, version=a.version, note=""
        )


def test_pic_and_leadership_cannot_review(cast):
    a = submit(cast, 1)
    for user in (cast.pic, cast.leadership, cast.outsider, cast.external_assessor):
        with pytest.raises(PermissionDenied):
            assessment_verify(
                actor=cast.actor(user), assessment=a, version=a.version, verified_level=3, reason=""
            )


def test_a_second_save_on_an_old_version_is_refused_and_nothing_is_lost(cast):
    a = assessment(cast, 1)
    first_read, second_read = a.version, a.version
    assessment_save_claim(
        actor=cast.actor(cast.pic),
        assessment=a,
        version=first_read,
        claimed_level=2,
        justification="Versi pertama.",
        criteria_met=[1, 2],
        submit=False,
    )
    with pytest.raises(StaleVersion):
        assessment_save_claim(
            actor=cast.actor(cast.pic),
            assessment=a,
            version=second_read,
            claimed_level=4,
            justification="Versi kedua.",
            criteria_met=[1, 2, 3, 4],
            submit=False,
        )
    saved = assessment(cast, 1)
    assert saved.justification == "Versi pertama."
    assert saved.claimed_level == 2
