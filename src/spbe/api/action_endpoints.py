"""The action plan: its actions with their effect on the index, read through the action page's
selectors and changed through the planning services (``planning.services``), with the same
rules: the koordinator makes actions from the plan and moves deadlines and lead units; an
action's lead unit reports its status and note."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router, Status

from spbe.api.assignment_endpoints import unit_ref
from spbe.api.idempotency import idempotent
from spbe.api.plan_endpoints import target_of
from spbe.api.plan_schemas import (
    ActionChangeIn,
    ActionFilters,
    ActionOut,
    ActionPage,
    ActionsFromPlanIn,
)
from spbe.api.schemas import errors
from spbe.evaluations.selectors import evaluation_for
from spbe.organizations.actors import Actor, actor_for
from spbe.planning.models import Action
from spbe.planning.selectors import ActionRow, action_for, action_rows, evaluation_actions
from spbe.planning.services import action_update, actions_from_target

router = Router(tags=["plan and actions"])

REFUSALS = errors(400, 401, 403, 404, 409, 422)


def action_out(row: ActionRow) -> ActionOut:
    action = row.action
    return ActionOut(
        id=action.pk,
        evaluation=action.evaluation_id,
        indicator=action.indicator.number,
        code=action.indicator.code,
        name=action.indicator.name,
        from_value=action.from_value,
        to_level=action.to_level,
        cost=action.cost,
        index_gain=row.effect,
        lead_unit=unit_ref(action.lead_unit) if action.lead_unit else None,
        contributing_units=[
            unit_ref(unit) for unit in sorted(action.contributing_units.all(), key=lambda u: u.pk)
        ],
        deadline=action.deadline,
        status=action.status,
        overdue=row.overdue,
        note=action.note,
        evidence=sorted(document.pk for document in action.evidence.all()),
        from_recommendation=action.recommendation_of_id is not None,
        can_update=row.can_update,
        version=action.version,
    )


def one_action_out(actor: Actor, action_id: int) -> ActionOut:
    action = action_for(actor, action_id)
    [row] = action_rows(action.evaluation, actor, timezone.localdate(), [action])
    return action_out(row)


@router.get(
    "/evaluations/{evaluation_id}/actions",
    response={200: ActionPage, **errors(401, 404, 422)},
    summary="The action plan of an evaluation",
)
def action_list(
    request: HttpRequest, evaluation_id: int, filters: Query[ActionFilters]
) -> ActionPage:
    """By deadline, then indicator; filter by status, lead unit and deadline."""
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, evaluation_id)
    actions = evaluation_actions(evaluation)
    if filters.status is not None:
        actions = actions.filter(status=filters.status)
    if filters.unit is not None:
        actions = actions.filter(lead_unit_id=filters.unit)
    if filters.due_before is not None:
        actions = actions.filter(deadline__lt=filters.due_before)
    page = list(actions[filters.offset : filters.offset + filters.limit])
    rows = action_rows(evaluation, actor, timezone.localdate(), page)
    return ActionPage(
        count=actions.count(),
        limit=filters.limit,
        offset=filters.offset,
        items=[action_out(row) for row in rows],
    )


@router.get(
    "/actions/{action_id}",
    response={200: ActionOut, **errors(401, 404, 422)},
    summary="One action",
)
def action_detail(request: HttpRequest, action_id: int) -> ActionOut:
    return one_action_out(actor_for(request.user), action_id)


@router.post(
    "/evaluations/{evaluation_id}/actions",
    response={201: list[ActionOut], **REFUSALS},
    summary="Turn the plan for a target into actions (the koordinator)",
)
@idempotent
def action_create(
    request: HttpRequest, evaluation_id: int, body: ActionsFromPlanIn
) -> Status[list[ActionOut]]:
    """The plan's steps (or those of ``indicators``) become actions led by each indicator's
    lead unit; a step that is already an open action is left out, and if every step is, 422."""
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, evaluation_id)
    created = actions_from_target(
        actor=actor,
        evaluation=evaluation,
        target=target_of(evaluation, body.target),
        kind=body.basis,
        deadline=body.deadline or evaluation.self_assessment_deadline,
        indicators=set(body.indicators) if body.indicators is not None else None,
    )
    actions = evaluation_actions(evaluation).filter(pk__in=[action.pk for action in created])
    rows = action_rows(evaluation, actor, timezone.localdate(), actions)
    return Status(201, [action_out(row) for row in rows])


@router.patch(
    "/actions/{action_id}",
    response={200: ActionOut, **REFUSALS},
    summary="Change an action's status, note, deadline or lead unit",
)
def action_change(request: HttpRequest, action_id: int, body: ActionChangeIn) -> ActionOut:
    """Send the version read: a change based on an older version is 409 and changes nothing."""
    actor = actor_for(request.user)
    action: Action = action_for(actor, action_id)
    action_update(
        actor=actor,
        action=action,
        status=body.status,
        deadline=body.deadline,
        note=body.note,
        lead_unit_id=body.lead_unit,
        version=body.version,
    )
    return one_action_out(actor, action_id)
