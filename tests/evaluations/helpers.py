import datetime
from decimal import Decimal

from spbe.evaluations.assessment_services import assessment_save_claim, assessment_verify
from spbe.evaluations.models import Assessment, AssessmentState, Evaluation, EvaluationState
from spbe.evaluations.services import evaluation_create


def assessment(cast, number: int) -> Assessment:
    return Assessment.objects.get(evaluation=cast.evaluation, indicator__number=number)


def submit(cast, number: int, level: int = 3, user=None) -> Assessment:
    a = assessment(cast, number)
    return assessment_save_claim(
        actor=cast.actor(user or (cast.pic if a.lead_unit_id == cast.unit.pk else cast.other_pic)),
        assessment=a,
        version=a.version,
        claimed_level=level,
        justification="Perwali telah ditetapkan.",
        criteria_met=list(range(1, level + 1)),
        submit=True,
    )


def verify_all(cast, level: int = 3) -> None:
    for a in Assessment.objects.filter(evaluation=cast.evaluation).select_related("indicator"):
        a = submit(cast, a.indicator.number, level)
        assessment_verify(
            actor=cast.actor(cast.coordinator),
            assessment=a,
            version=a.version,
            verified_level=level,
            reason="",
        )


def evaluation_in_state(
    cast, state: str, *, year: int = 2025, framework: str = "spbe-2020"
) -> Evaluation:
    """Another evaluation of the cast's agency, put straight into ``state`` (set-up only)."""
    evaluation = evaluation_create(
        actor=cast.actor(cast.coordinator),
        agency=cast.agency,
        year=year,
        framework_code=framework,
        target=Decimal("2.60"),
        self_assessment_deadline=datetime.date(year, 12, 15),
        review_deadline=datetime.date(year + 1, 1, 15),
    )
    return put_in_state(evaluation, state)


def send_verified(cast, level: int = 2) -> Evaluation:
    """The cast's evaluation with every indicator verified at ``level`` and sent (set-up only:
    the workflow itself is ``verify_all`` and ``evaluation_advance``)."""
    Assessment.objects.filter(evaluation=cast.evaluation).update(
        state=AssessmentState.VERIFIED, claimed_level=level, verified_level=level
    )
    return put_in_state(cast.evaluation, EvaluationState.SUBMITTED)


def put_in_state(evaluation: Evaluation, state: str) -> Evaluation:
    """The evaluation moved straight to ``state``, around the workflow's rules (set-up only)."""
    evaluation.state = state
    evaluation.save(update_fields=["state"])
    return evaluation
