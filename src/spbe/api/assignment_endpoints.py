"""Assignments: which unit leads and which units support each indicator of an evaluation.

Read by whoever may view the evaluation; changed by its koordinator through the page's own
service (``evaluations.services.assignments_update``), with each indicator's version. Pemdi
items have no assignment of their own: the indicator's lead unit answers its items.
"""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router
from ninja.errors import ValidationError

from spbe.api.assignment_schemas import (
    AssignmentOut,
    AssignmentsIn,
    AssignmentsOut,
    AssignmentsSaved,
    UnitRef,
)
from spbe.api.schemas import errors
from spbe.evaluations.models import Evaluation
from spbe.evaluations.selectors import evaluation_assessments, evaluation_for
from spbe.evaluations.services import assignments_update
from spbe.organizations.actors import actor_for
from spbe.organizations.models import Unit

router = Router(tags=["assignments"])

REFUSALS = errors(400, 401, 403, 404, 409, 422)


def unit_ref(unit: Unit) -> UnitRef:
    return UnitRef(id=unit.pk, slug=unit.slug, name=unit.name, short_name=unit.short_name)


def assignments_out(evaluation: Evaluation) -> AssignmentsOut:
    return AssignmentsOut(
        evaluation=evaluation.pk,
        units=[unit_ref(unit) for unit in evaluation.agency.units.order_by("name", "pk")],
        items=[
            AssignmentOut(
                indicator=assessment.indicator.number,
                code=assessment.indicator.code,
                name=assessment.indicator.name,
                lead_unit=unit_ref(assessment.lead_unit) if assessment.lead_unit else None,
                supporting_units=[
                    unit_ref(unit)
                    for unit in sorted(assessment.supporting_units.all(), key=lambda u: u.pk)
                ],
                version=assessment.version,
            )
            for assessment in evaluation_assessments(evaluation)
        ],
    )


@router.get(
    "/evaluations/{evaluation_id}/assignments",
    response={200: AssignmentsOut, **errors(401, 404, 422)},
    summary="Which unit leads and supports each indicator",
)
def assignment_list(request: HttpRequest, evaluation_id: int) -> AssignmentsOut:
    """Every indicator, in the framework's order, with its units and version."""
    return assignments_out(evaluation_for(actor_for(request.user), evaluation_id))


@router.put(
    "/evaluations/{evaluation_id}/assignments",
    response={200: AssignmentsSaved, **REFUSALS},
    summary="Assign indicators to units (the koordinator, until the evaluation is sent)",
)
def assignment_update(
    request: HttpRequest, evaluation_id: int, body: AssignmentsIn
) -> AssignmentsSaved:
    """All or nothing: an unknown indicator or unit is 422, an indicator changed since its
    version was read is 409, and then nothing is changed."""
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, evaluation_id)
    numbers = [row.indicator for row in body.assignments]
    if len(set(numbers)) != len(numbers):
        raise ValidationError(
            [{"loc": ("body", "assignments"), "msg": _("An indicator is listed twice.")}]
        )
    changed = assignments_update(
        actor=actor,
        evaluation=evaluation,
        assignments={
            row.indicator: (row.lead_unit, set(row.supporting_units)) for row in body.assignments
        },
        versions={row.indicator: row.version for row in body.assignments},
    )
    return AssignmentsSaved(**assignments_out(evaluation).dict(), changed=changed)
