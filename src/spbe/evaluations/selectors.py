"""Reading evaluations, always scoped to what the asking user may see (404 otherwise)."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet
from django.http import Http404

from spbe.evaluations.models import Assessment, Evaluation, EvaluationState, Transition
from spbe.evaluations.policy import own_assessments, viewable_evaluations
from spbe.organizations.actors import Actor


def visible_evaluations(actor: Actor) -> QuerySet[Evaluation]:
    """The evaluations ``actor`` may view (``policy.can_view_evaluation``)."""
    return (
        Evaluation.objects.select_related("agency", "revision__framework")
        # The revision's library document (hundreds of kilobytes of JSON) is parsed once per
        # process and cached by its hash (catalog.selectors); a row never needs to carry it.
        .defer("revision__document")
        .filter(viewable_evaluations(actor))
        .distinct()
    )


def evaluation_for(actor: Actor, pk: int) -> Evaluation:
    evaluation = visible_evaluations(actor).filter(pk=pk).first()
    if evaluation is None:
        raise Http404
    return evaluation


def evaluation_assessments(evaluation: Evaluation) -> list[Assessment]:
    """All indicators of an evaluation with their units, in two queries whatever the size."""
    return list(
        evaluation.assessments.select_related(
            "indicator", "indicator__aspect", "indicator__aspect__domain", "lead_unit"
        )
        .prefetch_related("supporting_units")
        .order_by("indicator__number")
    )


# What the summary reads of each assessment: its values and state, its indicator's number, code
# and name, its lead unit's names. Not the indicator's criteria, conditions, hints, sources and
# flags (six JSON documents each), not the assessment's texts, not the supporting units: the
# dashboard reads the summary on every view, and decoding those was most of its time.
SUMMARY_FIELDS = (
    "evaluation_id",
    "indicator_id",
    "lead_unit_id",
    "state",
    "claimed_level",
    "verified_level",
    "external_value",
    "indicator__number",
    "indicator__code",
    "indicator__name",
    "lead_unit__agency_id",
    "lead_unit__name",
    "lead_unit__short_name",
)


def summary_assessments(evaluation: Evaluation) -> list[Assessment]:
    """The indicators of an evaluation with only what ``summary.evaluation_summary`` shows,
    in one query whatever the size (``SUMMARY_FIELDS``; any other field is read on access)."""
    return list(
        evaluation.assessments.select_related("indicator", "lead_unit")
        .only(*SUMMARY_FIELDS)
        .order_by("indicator__number")
    )


def assessments_filtered(
    assessments: list[Assessment],
    *,
    state: str = "",
    lead_unit_id: int | None = None,
    domain: int | None = None,
    aspect: int | None = None,
) -> list[Assessment]:
    """The indicators of ``evaluation_assessments`` in an indicator state, led by a unit, or
    of a domain or aspect (by number); an empty filter keeps every indicator. The overview
    page's table and the API's list of claims filter with this."""
    return [
        a
        for a in assessments
        if (not state or a.state == state)
        and (lead_unit_id is None or a.lead_unit_id == lead_unit_id)
        and (aspect is None or a.indicator.aspect.number == aspect)
        and (
            domain is None
            or (
                a.indicator.aspect.domain is not None and a.indicator.aspect.domain.number == domain
            )
        )
    ]


def assessment_for(actor: Actor, evaluation: Evaluation, number: int) -> Assessment:
    """One indicator of a visible evaluation; the evaluation must come from ``evaluation_for``."""
    assessment = (
        evaluation.assessments.select_related(
            "indicator", "indicator__aspect", "indicator__aspect__domain", "lead_unit", "updated_by"
        )
        .prefetch_related("supporting_units")
        .filter(indicator__number=number)
        .first()
    )
    if assessment is None:
        raise Http404
    return assessment


def assessment_transitions(assessment: Assessment) -> list[Transition]:
    """The assessment's transitions, oldest first, with who made each; read once per assessment
    object, because the indicator page shows them twice (its history, and the return notes in
    its thread). A caller that writes a transition reads the assessment afresh."""
    cached: list[Transition] | None = getattr(assessment, "_spbe_transitions", None)
    if cached is None:
        cached = list(assessment.transitions.select_related("by"))
        assessment._spbe_transitions = cached  # type: ignore[attr-defined]
    return cached


def active_evaluation(actor: Actor) -> Evaluation | None:
    """The agency's evaluation in progress, else its latest one."""
    evaluations = visible_evaluations(actor)
    if actor.agency_id is not None:
        evaluations = evaluations.filter(agency_id=actor.agency_id)
    in_progress = evaluations.exclude(state=EvaluationState.FINISHED).order_by("-year").first()
    return in_progress or evaluations.order_by("-year").first()


def agency_history(agency_id: int, actor: Actor) -> QuerySet[Evaluation]:
    """The agency's evaluations with their assessments, for the history chart.

    Only those the actor may see (an external assessor: its assigned, sent ones); the
    command line and background jobs pass ``SYSTEM``, which sees them all.
    """
    return (
        visible_evaluations(actor)
        .filter(agency_id=agency_id)
        .select_related("revision__framework")
        .prefetch_related(
            Prefetch("assessments", queryset=Assessment.objects.select_related("indicator"))
        )
        .order_by("year")
    )


def my_assessments(actor: Actor) -> QuerySet[Assessment]:
    """The indicators a PIC's unit leads or supports, in evaluations not sent yet."""
    return (
        Assessment.objects.filter(own_assessments(actor))
        .select_related("indicator", "evaluation", "evaluation__revision__framework", "lead_unit")
        .defer("evaluation__revision__document")
        .distinct()
        .order_by("evaluation__year", "indicator__number")
    )
