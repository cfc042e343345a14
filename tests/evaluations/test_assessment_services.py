"""Writes to one indicator (claim, verification, return, external result) beyond the workflow
loop of ``test_claims_and_review``: the trail each write leaves, every refusal leaving the row as it
was, and the version check on every write."""

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused, StaleVersion
from spbe.evaluations.assessment_services import (
    assessment_return,
    assessment_save_claim,
    assessment_verify,
    external_result_record,
)
from spbe.evaluations.models import Assessment, AssessmentState, EvaluationState, Transition
from tests.cast import all_roles_but
from tests.evaluations.helpers import assessment, put_in_state, send_verified, submit

pytestmark = pytest.mark.dates


def write(service, cast, user, number: int = 1, **fields):
    """``service`` on the indicator as last saved (or on ``version=`` when given)."""
    current = assessment(cast, number)
    version = fields.pop("version", current.version)
    return service(actor=cast.actor(user), assessment=current, version=version, **fields)


def claim(cast, user=None, number=1, **fields):
    fields.setdefault("claimed_level", 2)
    fields.setdefault("justification", "Perwali telah ditetapkan.")
    fields.setdefault("criteria_met", [1, 2])
    return write(assessment_save_claim, cast, user or cast.pic, number, **fields)


def row(cast, number=1) -> dict:
    return (
        Assessment.objects.filter(evaluation=cast.evaluation, indicator__number=number)
        .values()
        .get()
    )


@contextmanager
def refused(
    cast, error: type[Exception] = ActionRefused, *, field: str | None = None, number: int = 1
) -> Iterator[None]:
    """The write inside is refused (with a message for ``field``) and leaves the row as it was."""
    before = row(cast, number)
    with pytest.raises(error) as raised:
        yield
    if field is not None:
        assert isinstance(raised.value, ActionRefused)
        assert (raised.value.field, bool(raised.value.message)) == (field, True)
    assert row(cast, number) == before


def audited(action: str) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=action))


def set_state(cast, number: int, state: str, **fields) -> None:
    Assessment.objects.filter(evaluation=cast.evaluation, indicator__number=number).update(
        state=state, **fields
    )


# assessment_save_claim


def test_a_draft_is_saved_with_the_version_bumped_and_the_change_in_the_trail(cast):
    before = assessment(cast, 1).version
    saved = claim(cast, justification="  Perwali 12/2023.  ")
    assert (saved.version, saved.updated_by, saved.justification) == (
        before + 1,
        cast.pic,
        "Perwali 12/2023.",
    )
    [event] = audited("assessment.draft")
    assert (event.actor, event.object_id, event.agency) == (cast.pic, str(saved.pk), cast.agency)
    assert event.data == {
        "before": {"claimed_level": None, "justification": "", "criteria_met": []},
        "after": {
            "claimed_level": "2",
            "justification": "Perwali 12/2023.",
            "criteria_met": [1, 2],
        },
    }


def test_saving_a_draft_again_is_audited_but_moves_no_state(cast):
    claim(cast)
    claim(cast, claimed_level=3, criteria_met=[1, 2, 3])
    steps = Transition.objects.filter(assessment=assessment(cast, 1))
    assert list(steps.values_list("from_state", "to_state")) == [("belum_diisi", "draf")]
    assert len(audited("assessment.draft")) == 2


def test_ticked_criteria_are_kept_in_order_once_each(cast):
    assert claim(cast, criteria_met=[3, "1", 2, 2]).criteria_met == [1, 2, 3]


@pytest.mark.parametrize("criteria", [[0], [6], ["satu"], [True], ["1.5"], "1,2"])
def test_criteria_outside_the_scale_are_refused_and_the_row_is_untouched(cast, criteria):
    with refused(cast, field="criteria_met"):
        claim(cast, criteria_met=criteria)
    assert audited("assessment.draft") == []


def test_a_submission_needs_a_claimed_level(cast):
    with refused(cast, field="claimed_level"):
        claim(cast, submit=True, claimed_level="")


def test_a_submission_moves_the_indicator_to_review_in_the_trail(cast):
    saved = claim(cast, submit=True)
    assert saved.state == AssessmentState.SUBMITTED
    [event] = audited("assessment.submit")
    assert event.data["after"]["claimed_level"] == "2"


@pytest.mark.parametrize("state", [AssessmentState.SUBMITTED, AssessmentState.VERIFIED])
def test_a_submitted_or_verified_claim_cannot_be_edited(cast, state):
    set_state(cast, 1, state)
    with refused(cast, PermissionDenied):
        claim(cast)


@pytest.mark.parametrize("role", all_roles_but("pic"))
def test_only_the_lead_units_pic_edits_the_claim(cast, role):
    with refused(cast, PermissionDenied):
        claim(cast, getattr(cast, role))


def test_a_claim_on_an_old_version_names_who_saved_in_between(cast):
    read = assessment(cast, 1).version
    claim(cast)
    with pytest.raises(StaleVersion) as stale:
        claim(cast, claimed_level=4, criteria_met=[1, 2, 3, 4], version=read)
    assert isinstance(stale.value, ActionRefused)
    assert cast.pic.username in stale.value.message
    assert row(cast)["claimed_level"] == 2


# assessment_verify


def verify(cast, user=None, number=1, **fields):
    fields.setdefault("verified_level", assessment(cast, number).claimed_level)
    fields.setdefault("reason", "")
    return write(assessment_verify, cast, user or cast.internal_assessor, number, **fields)


def test_a_verification_is_recorded_with_its_reason_in_the_transition_and_the_trail(cast):
    submit(cast, 1, level=3)
    verified = verify(cast, verified_level=2, reason="  Belum direviu berkala. ")
    assert (verified.state, verified.verified_level) == (AssessmentState.VERIFIED, 2)
    assert verified.verification_reason == "Belum direviu berkala."
    step = Transition.objects.filter(assessment=verified).last()
    assert step is not None
    assert (step.to_state, step.note, step.by) == (
        "diverifikasi",
        "Belum direviu berkala.",
        cast.internal_assessor,
    )
    [event] = audited("assessment.verify")
    assert event.data == {"before": None, "after": "2.00", "reason": "Belum direviu berkala."}


def test_verifying_clears_the_note_of_an_earlier_return(cast):
    submitted = submit(cast, 1)
    assessment_return(
        actor=cast.actor(cast.coordinator),
        assessment=submitted,
        version=submitted.version,
        note="Lampirkan SK.",
    )
    submit(cast, 1)
    assert verify(cast).return_note == ""


@pytest.mark.parametrize(
    "state", [AssessmentState.NOT_STARTED, AssessmentState.DRAFT, AssessmentState.VERIFIED]
)
def test_only_a_submitted_indicator_can_be_verified(cast, state):
    set_state(cast, 1, state, claimed_level=2)
    with refused(cast):
        verify(cast)


@pytest.mark.parametrize("level", ["6", "-1", "dua", "2.5"])
def test_a_verified_level_off_the_scale_is_refused(cast, level):
    submit(cast, 1)
    with refused(cast, field="verified_level"):
        verify(cast, verified_level=level, reason="x")


def test_reviewers_still_verify_in_the_review_stage_but_not_once_it_is_sent(cast):
    submit(cast, 1)
    put_in_state(cast.evaluation, EvaluationState.REVIEW)
    assert verify(cast).state == AssessmentState.VERIFIED
    set_state(cast, 2, AssessmentState.SUBMITTED, claimed_level=2)
    put_in_state(cast.evaluation, EvaluationState.SUBMITTED)
    with pytest.raises(PermissionDenied):
        verify(cast, number=2)
    assert row(cast, 2)["state"] == AssessmentState.SUBMITTED


def test_a_verification_on_an_old_version_is_refused(cast):
    submitted = submit(cast, 1)
    verify(cast)
    with pytest.raises(StaleVersion):
        verify(cast, version=submitted.version, verified_level=4, reason="x")
    assert row(cast)["verified_level"] == 3


# assessment_return


def give_back(cast, user=None, number=1, note="Lampirkan Perwali yang ditetapkan.", **fields):
    user = user or cast.internal_assessor
    return write(assessment_return, cast, user, number, note=note, **fields)


def test_returning_a_verified_indicator_withdraws_its_verified_level(cast):
    submit(cast, 1)
    verify(cast)
    returned = give_back(cast, note="  Perwali belum ditandatangani. ")
    assert (returned.state, returned.verified_level) == (AssessmentState.RETURNED, None)
    assert returned.return_note == "Perwali belum ditandatangani."
    [event] = audited("assessment.return")
    assert event.data == {"note": "Perwali belum ditandatangani."}


@pytest.mark.parametrize("state", [AssessmentState.NOT_STARTED, AssessmentState.DRAFT])
def test_an_indicator_not_yet_submitted_cannot_be_returned(cast, state):
    set_state(cast, 1, state)
    with refused(cast):
        give_back(cast)


def test_a_return_with_only_spaces_for_a_note_is_refused(cast):
    submit(cast, 1)
    with refused(cast, field="return_note"):
        give_back(cast, note="   ")


@pytest.mark.parametrize("review", [verify, give_back])
@pytest.mark.parametrize("role", all_roles_but("coordinator", "internal_assessor"))
def test_only_the_agencys_reviewers_verify_or_return(cast, role, review):
    submit(cast, 1)
    with refused(cast, PermissionDenied):
        review(cast, getattr(cast, role))


def test_a_return_on_an_old_version_is_refused(cast):
    submitted = submit(cast, 1)
    verify(cast)
    with pytest.raises(StaleVersion):
        give_back(cast, version=submitted.version)
    assert row(cast)["state"] == AssessmentState.VERIFIED


# external_result_record


def record(cast, user=None, number=1, value="2", note="", **fields):
    user = user or cast.external_assessor
    return write(external_result_record, cast, user, number, value=value, note=note, **fields)


def test_the_external_value_is_recorded_without_touching_the_review(cast):
    send_verified(cast, level=3)
    recorded = record(cast, value="2", note="  Bukti kurang. ")
    assert (recorded.external_value, recorded.external_note) == (Decimal("2.00"), "Bukti kurang.")
    assert (recorded.state, recorded.verified_level) == (AssessmentState.VERIFIED, 3)
    [event] = audited("assessment.external")
    assert event.actor == cast.external_assessor
    assert event.data == {
        "before": {"value": None, "note": ""},
        "after": {"value": "2.00", "note": "Bukti kurang."},
    }


def test_the_coordinator_records_a_result_it_received_and_may_do_so_until_finished(cast):
    send_verified(cast)
    put_in_state(cast.evaluation, EvaluationState.EXTERNAL_RESULT)
    assert record(cast, cast.coordinator, value="4").external_value == 4


@pytest.mark.parametrize("value", ["6", "0.5", "tiga", ""])
def test_an_external_value_off_the_scale_is_refused(cast, value):
    send_verified(cast)
    with refused(cast, field="external_value"):
        record(cast, value=value)


def test_a_pemdi_value_has_at_most_two_decimals(pemdi_cast):
    send_verified(pemdi_cast)
    with pytest.raises(ActionRefused) as refused:
        record(pemdi_cast, value="1.255")
    assert refused.value.field == "external_value"
    assert record(pemdi_cast, value="1.25").external_value == Decimal("1.25")


@pytest.mark.parametrize(
    "state", [EvaluationState.SELF_ASSESSMENT, EvaluationState.REVIEW, EvaluationState.FINISHED]
)
def test_no_external_result_before_sending_or_after_finishing(cast, state):
    send_verified(cast)
    put_in_state(cast.evaluation, state)
    before = row(cast)
    for user in (cast.external_assessor, cast.coordinator):
        with pytest.raises(PermissionDenied):
            record(cast, user)
    assert row(cast) == before


@pytest.mark.parametrize("role", all_roles_but("coordinator", "external_assessor"))
def test_nobody_else_records_an_external_result(cast, role):
    send_verified(cast)
    with refused(cast, PermissionDenied):
        record(cast, getattr(cast, role))


def test_an_import_records_over_the_latest_version_but_a_form_on_an_old_one_is_refused(cast):
    send_verified(cast)
    read = assessment(cast, 1).version
    record(cast, value="2")
    with pytest.raises(StaleVersion):
        record(cast, value="3", version=read)
    imported = external_result_record(
        actor=cast.actor(cast.external_assessor),
        assessment=Assessment.objects.get(pk=assessment(cast, 1).pk),
        version=None,
        value="4",
        note="",
    )
    assert imported.external_value == 4
