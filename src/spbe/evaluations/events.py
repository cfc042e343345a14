"""The workflow's notifications: who is told what when a service changes something.

Each function is called by a service inside its transaction, so a write that is refused or
rolled back tells nobody (``notify`` only writes rows; the sender sends after the commit).
Recipients are chosen here and checked against ``policy.can_view_evaluation``: a message names
an indicator of the evaluation, so only people who may view that evaluation get it. The actor
is never told about their own action.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from django.urls import reverse

from spbe.evaluations import event_wording
from spbe.evaluations.models import Assessment, Evaluation, EvaluationItem
from spbe.evaluations.policy import can_view_evaluation
from spbe.notifications.services import notify_in_their_language
from spbe.organizations.actors import Actor, actor_for
from spbe.organizations.models import Membership, Role, Unit
from spbe.scoring.items import ItemStatus

# The kinds of notification raised here (docs/notifications.md, "Events").
ASSIGNED = "indicator-assigned"
CLAIM_RETURNED = "claim-returned"
ITEM_REVISION = "item-revision"
ITEM_ACCEPTED = "item-accepted"


def unit_pics(
    evaluation: Evaluation, unit_ids: Iterable[int], *, actor: Actor
) -> dict[int, list[Any]]:
    """The active PICs of each unit of the evaluation's agency who may view it, the actor left out."""
    wanted = set(unit_ids)
    found: dict[int, list[Any]] = {unit_id: [] for unit_id in wanted}
    memberships = Membership.objects.filter(
        agency_id=evaluation.agency_id, unit_id__in=wanted, user__is_active=True
    ).select_related("user")
    for membership in memberships.order_by("user__username"):
        unit_id = membership.unit_id
        if (
            unit_id is not None
            and membership.has_role(Role.UNIT_PIC)
            and _may_be_told(membership.user, evaluation, actor)
        ):
            found[unit_id].append(membership.user)
    return found


def coordinators(evaluation: Evaluation, *, actor: Actor) -> list[Any]:
    """The agency's active Koordinators, the actor left out."""
    memberships = Membership.objects.filter(
        agency_id=evaluation.agency_id, user__is_active=True
    ).select_related("user")
    return [
        membership.user
        for membership in memberships.order_by("user__username")
        if membership.has_role(Role.COORDINATOR)
        and _may_be_told(membership.user, evaluation, actor)
    ]


def _may_be_told(user: Any, evaluation: Evaluation, actor: Actor) -> bool:
    return user.pk != actor.pk and bool(can_view_evaluation(actor_for(user), evaluation))


def tell(
    recipients: Iterable[Any],
    *,
    kind: str,
    words: Callable[[], tuple[str, str]],
    link: str,
    evaluation: Evaluation,
) -> None:
    """Notify the recipients, each in their own language (``words`` is run in each)."""
    notify_in_their_language(
        recipients=recipients, kind=kind, words=words, link=link, agency=evaluation.agency
    )


def indicator_link(evaluation: Evaluation, number: int, *, item: str = "") -> str:
    """The path of an indicator's page, at an item's card when given."""
    path = reverse("evaluations:indicator", args=[evaluation.pk, number])
    return f"{path}#item-{item}" if item else path


def assignments_made(
    evaluation: Evaluation, new: dict[int, list[tuple[Assessment, bool]]], *, actor: Actor
) -> None:
    """One message per PIC listing what is new for their unit (unit → assessments, leads?)."""
    pics = unit_pics(evaluation, new, actor=actor)
    names = {unit.pk: unit.short_name or unit.name for unit in Unit.objects.filter(pk__in=new)}
    for unit_id, rows in sorted(new.items()):
        if not pics[unit_id]:
            continue
        ordered = sorted(rows, key=lambda row: row[0].indicator.number)
        link = (
            indicator_link(evaluation, ordered[0][0].indicator.number)
            if len(ordered) == 1
            else reverse("evaluations:mine")
        )
        tell(
            pics[unit_id],
            kind=ASSIGNED,
            words=partial(event_wording.assigned, evaluation, names[unit_id], ordered),
            link=link,
            evaluation=evaluation,
        )


def claim_returned(assessment: Assessment, note: str, *, actor: Actor) -> None:
    """The lead unit's PICs learn that their indicator came back, with the reviewer's note."""
    evaluation = assessment.evaluation
    if assessment.lead_unit_id is None:
        return
    tell(
        unit_pics(evaluation, [assessment.lead_unit_id], actor=actor)[assessment.lead_unit_id],
        kind=CLAIM_RETURNED,
        words=lambda: event_wording.claim_returned(assessment, note),
        link=indicator_link(evaluation, assessment.indicator.number),
        evaluation=evaluation,
    )


def item_verdict_given(item: EvaluationItem, evaluation: Evaluation, *, actor: Actor) -> None:
    """Revisi: the lead unit's PICs, with the note. Diterima: they and the Koordinator."""
    assessment = item.assessment
    lead = assessment.lead_unit_id
    pics = unit_pics(evaluation, [lead], actor=actor)[lead] if lead else []
    link = indicator_link(evaluation, assessment.indicator.number, item=item.code)
    if item.status == ItemStatus.REVISION:
        tell(
            pics,
            kind=ITEM_REVISION,
            words=lambda: event_wording.item_revision(item, evaluation),
            link=link,
            evaluation=evaluation,
        )
    elif item.status == ItemStatus.ACCEPTED:
        tell(
            [*pics, *coordinators(evaluation, actor=actor)],
            kind=ITEM_ACCEPTED,
            words=lambda: event_wording.item_accepted(item, evaluation),
            link=link,
            evaluation=evaluation,
        )
