"""Recording a past evaluation whose result is known: by the koordinator only, every value
checked against the framework, finished at once and recorded in the trail."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused
from spbe.evaluations.models import AssessmentState, Evaluation, EvaluationState, Transition
from spbe.evaluations.past_evaluation_services import evaluation_record_finished
from tests.cast import all_roles_but

pytestmark = pytest.mark.dates

SPBE_THREES = {n: Decimal(3) for n in range(1, 48)}


def record(cast, user=None, **fields):
    fields.setdefault("agency", cast.agency)
    fields.setdefault("year", 2024)
    fields.setdefault("framework_code", "spbe-2020")
    fields.setdefault("target", Decimal("2.60"))
    fields.setdefault("external_values", SPBE_THREES)
    fields.setdefault("illustrative", False)
    fields.setdefault("source_note", "Hasil evaluasi SPBE 2024, KemenPAN-RB")
    return evaluation_record_finished(actor=cast.actor(user or cast.coordinator), **fields)


def nothing_recorded(cast) -> bool:
    return (
        list(Evaluation.objects.filter(agency=cast.agency).values_list("year", flat=True)) == [2026]
        and not AuditEvent.objects.filter(action="evaluation.record_finished").exists()
    )


def test_a_past_evaluation_is_recorded_finished_with_every_value_verified(cast):
    evaluation = record(cast)
    assert (evaluation.state, evaluation.year, evaluation.target) == (
        EvaluationState.FINISHED,
        2024,
        Decimal("2.60"),
    )
    assert (evaluation.illustrative, evaluation.created_by) == (False, cast.coordinator)
    assert evaluation.source_note == "Hasil evaluasi SPBE 2024, KemenPAN-RB"
    assert (evaluation.self_assessment_deadline, evaluation.review_deadline) == (
        datetime.date(2024, 6, 30),
        datetime.date(2024, 7, 31),
    )
    rows = {
        (a.state, a.claimed_level, a.verified_level, a.external_value, tuple(a.criteria_met))
        for a in evaluation.assessments.all()
    }
    assert rows == {(AssessmentState.VERIFIED, Decimal(3), Decimal(3), Decimal(3), (1, 2, 3))}
    assert evaluation.assessments.count() == 47


def test_the_claims_may_differ_from_the_result(cast):
    claims = {**SPBE_THREES, 1: Decimal(4)}
    evaluation = record(cast, claimed_values=claims)
    first = evaluation.assessments.get(indicator__number=1)
    assert (first.claimed_level, first.verified_level, first.external_value) == (4, 3, 3)
    assert first.criteria_met == [1, 2, 3, 4]


def test_lead_units_are_kept_where_they_are_known(cast):
    evaluation = record(cast, lead_units={1: cast.unit.pk, 2: cast.other_unit.pk})
    leads = dict(evaluation.assessments.values_list("indicator__number", "lead_unit"))
    assert (leads[1], leads[2], leads[3]) == (cast.unit.pk, cast.other_unit.pk, None)


def test_fractional_pemdi_values_are_kept_to_two_decimals(cast):
    values = {n: Decimal("1.26") for n in range(1, 21)}
    evaluation = record(cast, framework_code="pemdi-2026", external_values=values)
    assert set(evaluation.assessments.values_list("external_value", flat=True)) == {Decimal("1.26")}


def test_the_record_is_one_transition_and_one_audit_event(cast):
    evaluation = record(cast, illustrative=True)
    [step] = Transition.objects.filter(evaluation=evaluation)
    assert (step.from_state, step.to_state, step.by) == (
        EvaluationState.PREPARATION,
        EvaluationState.FINISHED,
        cast.coordinator,
    )
    assert step.note == "Hasil evaluasi SPBE 2024, KemenPAN-RB"
    event = AuditEvent.objects.get(action="evaluation.record_finished")
    assert (event.object_id, event.agency, event.actor) == (
        str(evaluation.pk),
        cast.agency,
        cast.coordinator,
    )
    assert event.data == {"illustrative": True, "source": "Hasil evaluasi SPBE 2024, KemenPAN-RB"}


def test_another_framework_may_be_recorded_for_a_year_that_has_one(cast):
    values = {n: Decimal(2) for n in range(1, 21)}
    evaluation = record(cast, year=2026, framework_code="pemdi-2026", external_values=values)
    assert evaluation.revision.framework.code == "pemdi-2026"


def test_another_agencys_evaluation_of_the_year_does_not_block_the_record(cast):
    record(cast, user=cast.outsider, agency=cast.other_agency, year=2024)
    assert record(cast, year=2024).agency == cast.agency


@pytest.mark.parametrize("role", all_roles_but("coordinator"))
def test_only_the_agencys_coordinator_records_a_past_evaluation(cast, role):
    with pytest.raises(PermissionDenied):
        record(cast, user=getattr(cast, role))
    assert nothing_recorded(cast)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"framework_code": "spbe-2099"}, "framework"),
        ({"target": Decimal("5.5")}, "target"),
        ({"target": Decimal("0.5")}, "target"),
        ({"year": 2026}, "year"),  # the cast's own SPBE 2020 evaluation
    ],
)
def test_a_bad_framework_target_or_year_is_refused_on_its_field(cast, fields, field):
    with pytest.raises(ActionRefused) as refused:
        record(cast, **fields)
    assert refused.value.field == field
    assert nothing_recorded(cast)


def test_a_lead_unit_of_another_agency_is_refused(cast):
    foreign = cast.other_agency.units.get()
    with pytest.raises(ActionRefused) as refused:
        record(cast, lead_units={1: cast.unit.pk, 2: foreign.pk})
    assert refused.value.field == "lead_units"
    assert nothing_recorded(cast)


@pytest.mark.parametrize(
    "values",
    [
        {n: Decimal(3) for n in range(1, 47)},  # indicator 47 missing
        {**SPBE_THREES, 5: Decimal(6)},  # above the scale
        {**SPBE_THREES, 5: Decimal("2.5")},  # SPBE 2020 has whole levels only
        {**SPBE_THREES, 48: Decimal(3)},  # no such indicator
    ],
)
def test_values_the_framework_does_not_allow_are_refused_with_a_message(cast, values):
    with pytest.raises(ActionRefused) as refused:
        record(cast, external_values=values)
    assert refused.value.message
    assert nothing_recorded(cast)


def test_bad_claims_are_refused_like_bad_results(cast):
    with pytest.raises(ActionRefused):
        record(cast, claimed_values={**SPBE_THREES, 1: Decimal(9)})
    assert nothing_recorded(cast)
