"""Writes of planning data: an evaluation's step costs and its action plan."""

from __future__ import annotations

import dataclasses
import datetime
import json
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.catalog.selectors import revision_scoring_framework
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.text import require_text
from spbe.evaluations.models import Evaluation
from spbe.evaluations.scores import IndexKind
from spbe.evaluations.selectors import evaluation_assessments
from spbe.evaluations.versions import check_version, lock_evaluation
from spbe.organizations.actors import Actor
from spbe.organizations.models import Unit
from spbe.planner.cost_library import effective_costs
from spbe.planner.errors import PlanningInputError
from spbe.planner.optimizer import Plan
from spbe.planning.models import Action, ActionStatus, PlanCosts
from spbe.planning.planner_wording import describe_planning_error
from spbe.planning.policy import (
    can_change_deadline,
    can_change_lead_unit,
    can_edit_plan,
    can_update_action,
)
from spbe.planning.selectors import planning_view
from spbe.planning.states import OPEN_ACTIONS
from spbe.planning.values import default_kind


def check_costs(evaluation: Evaluation, raw: object) -> None:
    """Refuse (``ActionRefused`` on ``costs``) a costs file the planner cannot read: the form
    and the agency import store only costs that every page can draw."""
    if not isinstance(raw, dict):
        # `[]` would otherwise pass as "no costs" and `null` fail on save.
        not_an_object = PlanningInputError("costs_not_an_object")
        raise ActionRefused(describe_planning_error(not_an_object), field="costs")
    framework = revision_scoring_framework(evaluation.revision)
    try:
        effective_costs(framework, raw or None)
    except PlanningInputError as error:
        raise ActionRefused(describe_planning_error(error), field="costs") from error


@transaction.atomic
def plan_costs_update(
    *, actor: Actor, evaluation: Evaluation, text: str, version: int | None = None
) -> PlanCosts:
    """Replace the evaluation's costs file with JSON in the ``spbe plan --costs`` format."""
    require(can_edit_plan(actor, evaluation))
    try:
        raw = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError as error:
        raise ActionRefused(
            _("The costs are not valid JSON (line %(line)s): %(problem)s")
            % {"line": error.lineno, "problem": error.msg},
            field="costs",
        ) from error
    return plan_costs_replace(actor=actor, evaluation=evaluation, costs=raw, version=version)


@transaction.atomic
def plan_costs_replace(
    *, actor: Actor, evaluation: Evaluation, costs: object, version: int | None = None
) -> PlanCosts:
    """Replace the evaluation's costs file with ``costs`` (the JSON form and the table both
    save through here). With ``version``, a change based on an older version of the costs is
    refused (``StaleVersion``) and nothing is overwritten."""
    require(can_edit_plan(actor, evaluation))
    lock_evaluation(evaluation.pk)
    stored, _created = PlanCosts.objects.select_related("updated_by").get_or_create(
        evaluation=evaluation
    )
    check_version(
        seen=version,
        current=stored.version,
        by=stored.updated_by,
        at=stored.updated_at,
        what=_("the step costs"),
    )
    check_costs(evaluation, costs)
    before = stored.costs
    stored.costs = costs
    stored.updated_by = actor.user
    stored.version += 1
    stored.save()
    audit_record(
        actor=actor.user,
        action="plan.costs",
        target=stored,
        agency=evaluation.agency,
        summary=_("Step costs edited"),
        data={"before": before, "after": costs},
    )
    return stored


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
def actions_from_target(
    *,
    actor: Actor,
    evaluation: Evaluation,
    target: Decimal,
    kind: IndexKind | None,
    deadline: datetime.date,
    indicators: set[int] | None = None,
) -> list[Action]:
    """Compute the optimal plan to ``target`` from one kind of value (the official index's by
    default), as the planning page does, and turn its steps into actions; ``indicators``
    keeps only the steps of those indicators."""
    require(can_edit_plan(actor, evaluation))
    assessments = evaluation_assessments(evaluation)
    try:
        view = planning_view(
            evaluation,
            assessments,
            kind=kind or default_kind(assessments),
            target=target,
            with_plan=True,
        )
    except PlanningInputError as error:
        raise ActionRefused(describe_planning_error(error)) from error
    plan = view.plan
    assert plan is not None  # with_plan=True
    if indicators is not None:
        unknown = indicators - {step.indicator for step in plan.steps}
        if unknown:
            raise ActionRefused(
                _("Not a step of the plan for this target: indicator %(numbers)s.")
                % {"numbers": ", ".join(str(number) for number in sorted(unknown))},
                field="indicators",
            )
        steps = tuple(step for step in plan.steps if step.indicator in indicators)
        plan = dataclasses.replace(plan, steps=steps)
    return actions_from_plan(actor=actor, evaluation=evaluation, plan=plan, deadline=deadline)


@transaction.atomic
def action_update(
    *,
    actor: Actor,
    action: Action,
    status: str | None = None,
    deadline: datetime.date | None = None,
    note: str | None = None,
    lead_unit_id: int | None = None,
    version: int | None = None,
) -> Action:
    """Change an action's status and note (its lead unit or the koordinator), or its deadline
    and lead unit (the koordinator). ``None`` leaves a field as it is. With ``version``, a
    change based on an older version of the action is refused (``StaleVersion``)."""
    action = (
        Action.objects.select_for_update(of=("self",))
        .select_related("evaluation", "updated_by")
        .get(pk=action.pk)
    )
    require(can_update_action(actor, action))
    require_text(Action, note=note)
    check_version(
        seen=version,
        current=action.version,
        by=action.updated_by,
        at=action.updated_at,
        what=str(action),
    )
    status = action.status if status is None else status
    if status not in ActionStatus.values:
        raise ActionRefused(_("Unknown status."), field="status")
    before = {
        "status": action.status,
        "deadline": str(action.deadline),
        "note": action.note,
        "lead_unit": action.lead_unit_id,
    }
    if deadline is not None and deadline != action.deadline:
        require(can_change_deadline(actor, action))
    if lead_unit_id is not None and lead_unit_id != action.lead_unit_id:
        require(can_change_lead_unit(actor, action))
        if not Unit.objects.filter(pk=lead_unit_id, agency_id=action.evaluation.agency_id).exists():
            raise ActionRefused(
                _("Choose a unit of this agency to lead the action."), field="lead_unit"
            )
        action.lead_unit_id = lead_unit_id
    action.status = status
    if deadline is not None:
        action.deadline = deadline
    if note is not None:
        action.note = note.strip()
    action.version += 1
    action.updated_by = actor.user
    action.save()
    audit_record(
        actor=actor.user,
        action="plan.action",
        target=action,
        agency=action.evaluation.agency,
        summary=str(action),
        data={
            "before": before,
            "after": {
                "status": status,
                "deadline": str(action.deadline),
                "note": action.note,
                "lead_unit": action.lead_unit_id,
            },
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
