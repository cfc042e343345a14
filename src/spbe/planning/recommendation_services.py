"""Turning an external assessor's recommendation (rekomendasi) into an action of the plan.

One recommendation gives at most one action: the action remembers the assessor's result it was
made from, and a second request for the same recommendation is refused, naming the action that
exists. The action raises the indicator from the assessor's value to the next whole level, led
by the unit the koordinator chooses (the indicator's lead unit by default), by the deadline the
koordinator chooses; its note is the recommendation's text.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.db import transaction
from django.utils import formats
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.catalog.selectors import revision_scoring_framework
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.evaluations.models import AssessorResult
from spbe.organizations.actors import Actor
from spbe.organizations.models import Unit
from spbe.planner.errors import PlanningInputError
from spbe.planning.models import Action
from spbe.planning.planner_wording import describe_planning_error
from spbe.planning.policy import can_edit_plan
from spbe.planning.selectors import evaluation_costs


@transaction.atomic
def action_from_recommendation(
    *,
    actor: Actor,
    result: AssessorResult,
    lead_unit_id: int | None,
    deadline: datetime.date | None,
    today: datetime.date,
) -> Action:
    """Make the action of one assessor's recommendation; refused if it already has one."""
    result = (
        AssessorResult.objects.select_for_update(of=("self",))
        .select_related(
            "assessment__indicator",
            "assessment__evaluation__agency",
            "assessment__evaluation__revision__framework",
        )
        .defer("assessment__evaluation__revision__document")
        .get(pk=result.pk)
    )
    assessment = result.assessment
    evaluation = assessment.evaluation
    require(can_edit_plan(actor, evaluation))
    number = assessment.indicator.number
    if not result.recommendation.strip():
        raise ActionRefused(
            _("The assessor gave no recommendation for indicator %(number)s.") % {"number": number}
        )
    existing = Action.objects.filter(recommendation_of=result).first()
    if existing is not None:
        raise ActionRefused(
            _(
                "The recommendation for indicator %(number)s is already an action (deadline "
                "%(deadline)s); no second action was made."
            )
            % {"number": number, "deadline": formats.date_format(existing.deadline)}
        )
    unit_id = lead_unit_id if lead_unit_id is not None else assessment.lead_unit_id
    if unit_id is None or not Unit.objects.filter(pk=unit_id, agency=evaluation.agency).exists():
        raise ActionRefused(
            _("Choose a unit of this agency to lead the action."), field="lead_unit"
        )
    if deadline is None:
        raise ActionRefused(_("Choose the action's deadline."), field="deadline")
    if deadline < today:
        raise ActionRefused(_("The deadline cannot be in the past."), field="deadline")

    framework = revision_scoring_framework(evaluation.revision)
    lowest, highest = framework.value_range.minimum, framework.value_range.maximum
    from_value = result.value if result.value is not None else lowest
    to_level = min(int(from_value) + 1, int(highest))
    costs = evaluation_costs(evaluation, framework)
    try:
        cost = sum(
            (costs.step_cost(number, level) for level in range(int(from_value) + 1, to_level + 1)),
            Decimal(0),
        )
    except PlanningInputError as error:
        raise ActionRefused(describe_planning_error(error)) from error

    action = Action.objects.create(
        evaluation=evaluation,
        indicator=assessment.indicator,
        from_value=from_value,
        to_level=to_level,
        cost=cost,
        lead_unit_id=unit_id,
        deadline=deadline,
        note=result.recommendation.strip(),
        recommendation_of=result,
        created_by=actor.user,
    )
    action.contributing_units.set(assessment.supporting_units.exclude(pk=unit_id))
    audit_record(
        actor=actor.user,
        action="plan.action_from_recommendation",
        target=action,
        agency=evaluation.agency,
        summary=_("Indicator %(number)s: the assessor's recommendation became an action")
        % {"number": number},
        data={
            "assessor_result": result.pk,
            "from": str(from_value),
            "to": to_level,
            "lead_unit": unit_id,
            "deadline": str(deadline),
        },
    )
    return action
