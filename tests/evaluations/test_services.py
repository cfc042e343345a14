"""The workflow services: every rule, and that a refused request changes nothing."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import translation

from spbe.audit.models import AuditEvent
from spbe.catalog.models import FrameworkRevision
from spbe.core.errors import ActionRefused, StaleVersion
from spbe.evaluations.assessment_services import (
    assessment_return,
    assessment_save_claim,
    external_result_record,
)
from spbe.evaluations.models import AssessmentState, EvaluationState, Transition
from spbe.evaluations.services import (
    assignments_update,
    evaluation_advance,
    evaluation_create,
    external_assessor_candidates,
    external_assessor_set,
)
from spbe.organizations.models import Role
from tests.cast import all_roles_but, make_cast, make_user
from tests.evaluations.helpers import assessment, put_in_state, verify_all

pytestmark = pytest.mark.dates


def test_opening_an_evaluation_freezes_the_current_revision_and_lists_every_indicator(cast):
    assert cast.evaluation.revision == FrameworkRevision.objects.get(
        framework__code="spbe-2020", number=1
    )
    assert cast.evaluation.assessments.count() == 47
    assert {a.state for a in cast.evaluation.assessments.all()} == {AssessmentState.NOT_STARTED}


def test_the_same_agency_year_and_framework_cannot_be_opened_twice(cast):
    with pytest.raises(ActionRefused, match="2026"):
        evaluation_create(
            actor=cast.actor(cast.coordinator),
            agency=cast.agency,
            year=2026,
            framework_code="spbe-2020",
            target=Decimal("3"),
            self_assessment_deadline=datetime.date(2026, 1, 1),
            review_deadline=datetime.date(2026, 2, 1),
        )


@pytest.mark.parametrize("target", [Decimal("0.5"), Decimal("5.01")])
def test_a_target_outside_the_scale_is_refused(cast, target):
    with pytest.raises(ActionRefused) as error:
        evaluation_create(
            actor=cast.actor(cast.coordinator),
            agency=cast.agency,
            year=2027,
            framework_code="spbe-2020",
            target=target,
            self_assessment_deadline=datetime.date(2027, 1, 1),
            review_deadline=datetime.date(2027, 2, 1),
        )
    assert error.value.field == "target"


def test_only_the_agencys_coordinator_opens_an_evaluation(cast):
    for user in (cast.pic, cast.leadership, cast.outsider, cast.admin, cast.external_assessor):
        with pytest.raises(PermissionDenied):
            evaluation_create(
                actor=cast.actor(user),
                agency=cast.agency,
                year=2030,
                framework_code="pemdi-2026",
                target=Decimal("2.5"),
                self_assessment_deadline=datetime.date(2030, 1, 1),
                review_deadline=datetime.date(2030, 2, 1),
            )


def test_assigning_a_unit_of_another_agency_refuses_the_whole_table(cast):
    foreign = cast.other_agency.units.first()
    before = assessment(cast, 1).lead_unit_id
    with pytest.raises(ActionRefused):
        assignments_update(
            actor=cast.actor(cast.coordinator),
            evaluation=cast.evaluation,
            assignments={1: (cast.other_unit.pk, set()), 4: (foreign.pk, set())},
        )
    assert assessment(cast, 1).lead_unit_id == before


def test_an_assignment_based_on_an_older_version_of_the_indicator_is_refused_whole(cast):
    seen = assessment(cast, 1).version
    actor = cast.actor(cast.coordinator)
    assignments_update(
        actor=actor, evaluation=cast.evaluation, assignments={1: (cast.other_unit.pk, set())}
    )
    with pytest.raises(StaleVersion):
        assignments_update(
            actor=actor,
            evaluation=cast.evaluation,
            assignments={4: (cast.other_unit.pk, set()), 1: (cast.unit.pk, set())},
            versions={4: assessment(cast, 4).version, 1: seen},
        )
    assert (assessment(cast, 1).lead_unit_id, assessment(cast, 4).lead_unit_id) == (
        cast.other_unit.pk,
        cast.unit.pk,
    )


def test_moving_on_needs_every_indicator_assigned(db):
    cast = make_cast(advance=False)
    assignments_update(
        actor=cast.actor(cast.coordinator),
        evaluation=cast.evaluation,
        assignments={5: (None, set())},
    )
    with translation.override("en"), pytest.raises(ActionRefused, match=r"^1 indicator"):
        evaluation_advance(actor=cast.actor(cast.coordinator), evaluation=cast.evaluation)


def test_sending_needs_every_indicator_verified(cast):
    evaluation = evaluation_advance(actor=cast.actor(cast.coordinator), evaluation=cast.evaluation)
    assert evaluation.state == EvaluationState.REVIEW
    with (
        translation.override("en"),
        pytest.raises(ActionRefused, match=r"^47 indicator.*not verified"),
    ):
        evaluation_advance(actor=cast.actor(cast.coordinator), evaluation=evaluation)


def test_after_sending_the_self_assessment_is_read_only_and_the_external_result_can_be_recorded(
    cast,
):
    verify_all(cast)
    coordinator = cast.actor(cast.coordinator)
    evaluation = evaluation_advance(actor=coordinator, evaluation=cast.evaluation)
    evaluation = evaluation_advance(actor=coordinator, evaluation=evaluation)
    assert evaluation.state == EvaluationState.SUBMITTED
    a = assessment(cast, 1)
    with pytest.raises(PermissionDenied):
        assessment_save_claim(
            actor=cast.actor(cast.pic),
            assessment=a,
            version=a.version,
            claimed_level=5,
            justification="x",
            criteria_met=[1, 2, 3, 4, 5],
            submit=True,
        )
    with pytest.raises(PermissionDenied):
        assessment_return(actor=coordinator, assessment=a, version=a.version, note="x")
    recorded = external_result_record(
        actor=cast.actor(cast.external_assessor),
        assessment=a,
        version=a.version,
        value="2",
        note="Bukti kurang.",
    )
    assert recorded.external_value == 2
    with pytest.raises(PermissionDenied):
        external_result_record(
            actor=cast.actor(cast.unassigned_assessor),
            assessment=a,
            version=recorded.version,
            value="3",
            note="",
        )


def test_moving_to_external_result_needs_every_external_value(cast):
    verify_all(cast)
    coordinator = cast.actor(cast.coordinator)
    evaluation = evaluation_advance(actor=coordinator, evaluation=cast.evaluation)
    evaluation = evaluation_advance(actor=coordinator, evaluation=evaluation)
    with (
        translation.override("en"),
        pytest.raises(ActionRefused, match=r"^47 indicator.*no external"),
    ):
        evaluation_advance(actor=coordinator, evaluation=evaluation)


def test_pemdi_external_values_may_be_fractional_but_claims_may_not(pemdi_cast):
    cast = pemdi_cast
    a = assessment(cast, 1)
    with pytest.raises(ActionRefused):
        assessment_save_claim(
            actor=cast.actor(cast.pic),
            assessment=a,
            version=a.version,
            claimed_level="1.26",
            justification="x",
            criteria_met=[1],
            submit=False,
        )
    verify_all(cast, level=2)
    coordinator = cast.actor(cast.coordinator)
    evaluation = evaluation_advance(actor=coordinator, evaluation=cast.evaluation)
    evaluation_advance(actor=coordinator, evaluation=evaluation)
    a = assessment(cast, 1)
    recorded = external_result_record(
        actor=cast.actor(cast.external_assessor),
        assessment=a,
        version=a.version,
        value="1,26",
        note="",
    )
    assert recorded.external_value == Decimal("1.26")


# evaluation_create


def open_evaluation(cast, user=None, **fields):
    fields.setdefault("agency", cast.agency)
    fields.setdefault("year", 2027)
    fields.setdefault("framework_code", "pemdi-2026")
    fields.setdefault("target", Decimal("2.50"))
    fields.setdefault("self_assessment_deadline", datetime.date(2027, 6, 30))
    fields.setdefault("review_deadline", datetime.date(2027, 7, 31))
    return evaluation_create(actor=cast.actor(user or cast.coordinator), **fields)


def test_a_new_evaluation_starts_in_preparation_with_every_indicator_unassigned(cast):
    evaluation = open_evaluation(cast)
    assert (evaluation.state, evaluation.created_by, evaluation.target) == (
        EvaluationState.PREPARATION,
        cast.coordinator,
        Decimal("2.50"),
    )
    assert evaluation.assessments.count() == 20
    assert not evaluation.assessments.filter(lead_unit__isnull=False).exists()
    event = AuditEvent.objects.get(action="evaluation.create", object_id=str(evaluation.pk))
    assert (event.actor, event.agency, event.data) == (
        cast.coordinator,
        cast.agency,
        {"target": "2.50"},
    )


def test_another_framework_may_be_opened_for_a_year_that_has_one(cast):
    assert open_evaluation(cast, year=2026).revision.framework.code == "pemdi-2026"


def test_the_review_may_close_on_the_day_the_self_assessment_closes(cast):
    day = datetime.date(2027, 6, 30)
    evaluation = open_evaluation(cast, self_assessment_deadline=day, review_deadline=day)
    assert evaluation.review_deadline == day


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"framework_code": "spbe-2099"}, "framework"),
        ({"review_deadline": datetime.date(2027, 6, 29)}, "review_deadline"),
    ],
)
def test_an_unknown_framework_or_a_review_closing_first_is_refused(cast, fields, field):
    with pytest.raises(ActionRefused) as refused:
        open_evaluation(cast, **fields)
    assert refused.value.field == field
    assert not cast.agency.evaluations.filter(year=2027).exists()


def test_another_agencys_coordinator_opens_the_same_year_for_its_own_agency(cast):
    mine = open_evaluation(cast)
    theirs = open_evaluation(cast, cast.outsider, agency=cast.other_agency)
    assert (theirs.agency, theirs.year) == (cast.other_agency, mine.year)


# assignments_update


def assign(cast, assignments, user=None, evaluation=None):
    return assignments_update(
        actor=cast.actor(user or cast.coordinator),
        evaluation=evaluation or cast.evaluation,
        assignments=assignments,
    )


def leads(cast) -> dict[int, int | None]:
    return dict(cast.evaluation.assessments.values_list("indicator__number", "lead_unit"))


def test_only_the_indicators_that_change_are_counted_and_audited(cast):
    audited = AuditEvent.objects.filter(action="assessment.assign")
    before = audited.count()
    changed = assign(
        cast,
        {1: (cast.unit.pk, set()), 4: (cast.other_unit.pk, set()), 5: (cast.unit.pk, set())},
    )
    assert changed == 1
    assert leads(cast)[4] == cast.other_unit.pk
    assert audited.count() == before + 1
    event = audited.first()
    assert event is not None
    assert event.object_id == str(assessment(cast, 4).pk)
    assert event.data == {
        "lead_unit": cast.other_unit.pk,
        "supporting_units": [],
        "before": {"lead_unit": cast.unit.pk, "supporting_units": []},
    }


def test_a_change_bumps_the_version_so_an_open_form_cannot_overwrite_it(cast):
    read = assessment(cast, 4).version
    assign(cast, {4: (cast.other_unit.pk, set())})
    assert assessment(cast, 4).version == read + 1
    with pytest.raises(StaleVersion):
        assessment_save_claim(
            actor=cast.actor(cast.pic),
            assessment=assessment(cast, 4),
            version=read,
            claimed_level=2,
            justification="",
            criteria_met=[],
        )


def test_the_lead_unit_is_never_also_its_own_supporting_unit(cast):
    assign(cast, {5: (cast.unit.pk, {cast.unit.pk, cast.other_unit.pk})})
    assert list(assessment(cast, 5).supporting_units.all()) == [cast.other_unit]


def test_an_indicator_the_evaluation_does_not_have_refuses_the_whole_table(cast):
    before = leads(cast)
    with pytest.raises(ActionRefused):
        assign(cast, {4: (cast.other_unit.pk, set()), 99: (cast.unit.pk, set())})
    assert leads(cast) == before


def test_in_preparation_a_lead_unit_may_still_be_removed(db):
    cast = make_cast(advance=False)
    assert assign(cast, {4: (None, set())}) == 1
    assert leads(cast)[4] is None


@pytest.mark.parametrize("role", all_roles_but("coordinator"))
def test_only_the_agencys_coordinator_assigns_units(cast, role):
    before = leads(cast)
    with pytest.raises(PermissionDenied):
        assign(cast, {4: (cast.other_unit.pk, set())}, user=getattr(cast, role))
    assert leads(cast) == before


@pytest.mark.parametrize(
    ("state", "allowed"),
    [
        (EvaluationState.REVIEW, True),
        (EvaluationState.SUBMITTED, False),
        (EvaluationState.FINISHED, False),
    ],
)
def test_units_are_assigned_until_the_evaluation_is_sent(cast, state, allowed):
    put_in_state(cast.evaluation, state)
    if allowed:
        assert assign(cast, {4: (cast.other_unit.pk, set())}) == 1
        return
    with pytest.raises(PermissionDenied):
        assign(cast, {4: (cast.other_unit.pk, set())})
    assert leads(cast)[4] == cast.unit.pk


# evaluation_advance


def test_each_step_of_the_evaluation_is_a_transition_and_an_audit_event(db):
    cast = make_cast(advance=False)
    moved = evaluation_advance(
        actor=cast.actor(cast.coordinator), evaluation=cast.evaluation, note="Mulai penilaian."
    )
    assert moved.state == EvaluationState.SELF_ASSESSMENT
    step = Transition.objects.get(evaluation=moved, assessment=None)
    assert (step.from_state, step.to_state, step.by, step.note) == (
        "persiapan",
        "penilaian_mandiri",
        cast.coordinator,
        "Mulai penilaian.",
    )
    event = AuditEvent.objects.get(action="evaluation.state")
    assert event.data == {
        "from": "persiapan",
        "to": "penilaian_mandiri",
        "note": "Mulai penilaian.",
    }


def test_a_finished_evaluation_goes_no_further(cast):
    put_in_state(cast.evaluation, EvaluationState.FINISHED)
    with pytest.raises(ActionRefused):
        evaluation_advance(actor=cast.actor(cast.coordinator), evaluation=cast.evaluation)
    assert not Transition.objects.filter(to_state=EvaluationState.FINISHED).exists()


@pytest.mark.parametrize("role", all_roles_but("coordinator"))
def test_only_the_agencys_coordinator_moves_the_evaluation_on(cast, role):
    with pytest.raises(PermissionDenied):
        evaluation_advance(actor=cast.actor(getattr(cast, role)), evaluation=cast.evaluation)
    cast.evaluation.refresh_from_db()
    assert cast.evaluation.state == EvaluationState.SELF_ASSESSMENT


# external_assessor_candidates and external_assessor_set


def test_the_candidates_are_the_active_users_with_the_external_role_and_no_agency(cast):
    retired = make_user("asesor-pensiun", None, None, Role.EXTERNAL_ASSESSOR)
    retired.is_active = False
    retired.save()
    make_user("asesor-dinas", cast.agency, None, Role.EXTERNAL_ASSESSOR)
    names = sorted(user.username for user in external_assessor_candidates())
    assert names == ["asesor", "asesor-lain"]


def set_assessor(cast, user, assigned=True, by=None):
    external_assessor_set(
        actor=cast.actor(by or cast.coordinator),
        evaluation=cast.evaluation,
        user=user,
        assigned=assigned,
    )
    return set(cast.evaluation.external_assessors.all())


def test_the_coordinator_assigns_and_unassigns_an_assessor_and_both_are_audited(cast):
    assert set_assessor(cast, cast.unassigned_assessor) == {
        cast.external_assessor,
        cast.unassigned_assessor,
    }
    assert set_assessor(cast, cast.external_assessor, assigned=False) == {cast.unassigned_assessor}
    events = AuditEvent.objects.filter(action="evaluation.external_assessor").order_by("id")
    assert [event.data for event in events] == [
        {"user": cast.unassigned_assessor.pk, "assigned": True},
        {"user": cast.external_assessor.pk, "assigned": False},
    ]


def test_the_installation_admin_may_assign_an_assessor(cast):
    assert cast.unassigned_assessor in set_assessor(cast, cast.unassigned_assessor, by=cast.admin)


@pytest.mark.parametrize("role", all_roles_but("coordinator", "admin"))
def test_nobody_else_assigns_assessors(cast, role):
    with pytest.raises(PermissionDenied):
        set_assessor(cast, cast.unassigned_assessor, by=getattr(cast, role))
    assert set(cast.evaluation.external_assessors.all()) == {cast.external_assessor}


def test_only_an_external_assessor_can_be_assigned_as_one(cast):
    retired = make_user("asesor-pensiun", None, None, Role.EXTERNAL_ASSESSOR)
    retired.is_active = False
    retired.save()
    for user in (cast.pic, cast.outsider, retired):
        with pytest.raises(ActionRefused) as refused:
            set_assessor(cast, user)
        assert refused.value.field == "assessor"
    assert set(cast.evaluation.external_assessors.all()) == {cast.external_assessor}
    assert not AuditEvent.objects.filter(action="evaluation.external_assessor").exists()
