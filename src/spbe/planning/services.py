"""Writes of planning data: an evaluation's step costs and its action plan."""

from __future__ import annotations

import datetime
import json

from django.db import transaction
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.catalog.selectors import revision_scoring_framework
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.evaluations.models import Evaluation
from spbe.organizations.actors import Actor
from spbe.planner.cost_library import effective_costs
from spbe.planner.errors import PlanningInputError
from spbe.planner.optimizer import Plan
from spbe.planning.models import Action, ActionStatus, PlanCosts
from spbe.planning.planner_wording import describe_planning_error
from spbe.planning.policy import can_change_deadline, can_edit_plan, can_update_action
from spbe.planning.states import OPEN_ACTIONS


@transaction.atomic
def plan_costs_update(*, actor: Actor, evaluation: Evaluation, text: str) -> PlanCosts:
    """Replace the evaluation's costs file (JSON in the ``spbe plan --costs`` format)."""
    require(can_edit_plan(actor, evaluation))
    try:
        raw = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError as error:
        raise ActionRefused(
            _("The costs are not valid JSON (line %(line)s): %(problem)s")
            % {"line": error.lineno, "problem": error.msg},
            field="costs",
        ) from error
    if not isinstance(raw, dict):
        # `[]` would otherwise pass as "no costs" and `null` fail on save.
        not_an_object = PlanningInputError("costs_not_an_object")
        raise ActionRefused(describe_planning_error(not_an_object), field="costs")
    framework = revision_scoring_framework(evaluation.revision)
    try:
        effective_costs(framework, raw or None)
    except PlanningInputError as error:
        raise ActionRefused(describe_planning_error(error), field="costs") from error
    costs, _created = PlanCosts.objects.get_or_create(evaluation=evaluation)
    before = costs.costs
    costs.costs = raw
    costs.updated_by = actor.user
    costs.save()
    audit_record(
        actor=actor.user,
        action="plan.costs",
        target=costs,
        agency=evaluation.agency,
        summary=_("Step costs edited"),
        data={"before": before, "after": raw},
    )
    return costs


@transaction.atomic
def actions_from_plan(
    *, actor: Actor, evaluation: Evaluation, plan: Plan, deadline: datetime.date
) -> list[Action]:
    """Turn each step of a plan into an action led by the indicator's lead unit."""
    require(can_edit_plan(actor, evaluation))
    if plan.framework_id != evaluation.revision.framework.code:
        # Indicator numbers mean different things in another framework.
        raise ActionRefused(
            _("This plan is for %(plan)s; the evaluation uses %(framework)s.")
            % {"plan": plan.framework_id, "framework": evaluation.revision.framework.code}
        )
    if not plan.steps:
        raise ActionRefused(_("The plan has no steps to turn into actions."))
    assessments = {
        a.indicator.number: a
        for a in evaluation.assessments.select_related("indicator").prefetch_related(
            "supporting_units"
        )
    }
    already = set(
        Action.objects.filter(evaluation=evaluation, status__in=OPEN_ACTIONS).values_list(
            "indicator__number", "to_level"
        )
    )
    steps = [step for step in plan.steps if (step.indicator, step.to_level) not in already]
    if not steps:
        raise ActionRefused(_("Every step of this plan is already an open action."))
    created = []
    for step in steps:
        assessment = assessments[step.indicator]
        action = Action.objects.create(
            evaluation=evaluation,
            indicator=assessment.indicator,
            from_value=step.from_value,
            to_level=step.to_level,
            cost=step.cost,
            lead_unit_id=assessment.lead_unit_id,
            deadline=deadline,
            created_by=actor.user,
        )
        action.contributing_units.set(assessment.supporting_units.all())
        created.append(action)
    audit_record(
        actor=actor.user,
        action="plan.actions",
        target=evaluation,
        agency=evaluation.agency,
        summary=_("%(count)s action(s) created from the optimal plan") % {"count": len(created)},
        data={
            "steps": [[s.indicator, str(s.from_value), s.to_level] for s in plan.steps],
            "target": str(plan.target),
        },
    )
    return created


@transaction.atomic
def action_update(
    *,
    actor: Actor,
    action: Action,
    status: str,
    deadline: datetime.date | None = None,
    note: str | None = None,
) -> Action:
    """Change an action's status (its lead unit or the koordinator) or deadline (koordinator)."""
    action = (
        Action.objects.select_for_update(of=("self",))
        .select_related("evaluation")
        .get(pk=action.pk)
    )
    require(can_update_action(actor, action))
    if status not in ActionStatus.values:
        raise ActionRefused(_("Unknown status."), field="status")
    if deadline is not None and deadline != action.deadline:
        require(can_change_deadline(actor, action))
    before = {"status": action.status, "deadline": str(action.deadline), "note": action.note}
    action.status = status
    if deadline is not None:
        action.deadline = deadline
    if note is not None:
        action.note = note.strip()
    action.save()
    audit_record(
        actor=actor.user,
        action="plan.action",
        target=action,
        agency=action.evaluation.agency,
        summary=str(action),
        data={
            "before": before,
            "after": {"status": status, "deadline": str(action.deadline), "note": action.note},
        },
    )
    return action


@transaction.atomic
def action_evidence_link(*, actor: Actor, action: Action, document_id: int) -> Action:
    """Attach a document of the agency's evidence library to an action (proof of progress)."""
    from spbe.evidence.models import Document

    require(can_update_action(actor, action))
    document = Document.objects.filter(
        pk=document_id, agency_id=action.evaluation.agency_id
    ).first()
    if document is None:
        raise ActionRefused(_("Choose a document of this agency."), field="document")
    action.evidence.add(document)
    audit_record(
        actor=actor.user,
        action="plan.action_evidence",
        target=action,
        agency=action.evaluation.agency,
        summary=f"{action}: {document.title}",
        data={"document": document.pk},
    )
    return action
