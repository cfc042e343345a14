"""Handing work over: a unit's open work to another unit, or a PIC's place to another user.

It lives in planning because it moves both the evaluations' assignments and the plan's actions,
and planning is the lowest layer that may import both. What moves (docs/workflow.md,
"Handing work over"):

* **Assignments**: the lead and supporting unit of every indicator of the agency's evaluations
  that are not finished. The indicator's evidence items (butir) have no unit of their own: they
  follow their indicator's lead unit, and the preview counts those still pending (not accepted,
  not retired). A finished evaluation keeps its units: it is history.
* **Actions** of the plan that are open (planned or under way), as lead or contributing unit.
  Done and cancelled actions keep theirs.

From one user to another, the work stays with its unit: the new user takes the old user's place
in the unit (its PIC role), the old user loses it, and the preview counts the unit's open work
that the new user now answers for. Both membership changes are audited as permission changes.

Both are one transaction with one audit event for the hand-over; the people concerned get one
notification each (``notify``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.urls import reverse

from spbe.audit.services import audit_record
from spbe.core.access import require
from spbe.core.errors import ActionRefused, StaleVersion
from spbe.evaluations.models import Assessment, EvaluationItem, EvaluationState
from spbe.notifications.services import notify_in_their_language
from spbe.organizations.actors import Actor
from spbe.organizations.models import Membership, Role, Unit
from spbe.planning import handover_wording as wording
from spbe.planning.models import Action
from spbe.planning.policy import can_hand_over
from spbe.planning.states import OPEN_ACTIONS
from spbe.scoring.items import ItemStatus


@dataclass(frozen=True)
class Handover:
    """What a hand-over moves (the preview), or moved: the counts are the same either way."""

    source_unit: Unit
    target_unit: Unit
    assignments: int
    actions: int
    items: int
    source_user: Any = None
    target_user: Any = None

    @property
    def counts(self) -> tuple[int, int, int]:
        return (self.assignments, self.actions, self.items)

    @property
    def summary(self) -> str:
        """ "12 assignments, 3 actions, 5 items"."""
        return wording.counts(assignments=self.assignments, actions=self.actions, items=self.items)


def _open_assignments(unit: Unit) -> QuerySet[Assessment]:
    return Assessment.objects.filter(
        Q(lead_unit=unit) | Q(supporting_units=unit), evaluation__agency_id=unit.agency_id
    ).exclude(evaluation__state=EvaluationState.FINISHED)


def _open_actions(unit: Unit) -> QuerySet[Action]:
    return Action.objects.filter(
        Q(lead_unit=unit) | Q(contributing_units=unit),
        evaluation__agency_id=unit.agency_id,
        status__in=OPEN_ACTIONS,
    )


def _pending_items(unit: Unit) -> QuerySet[EvaluationItem]:
    return (
        EvaluationItem.objects.filter(assessment__lead_unit=unit, retired=False)
        .exclude(status=ItemStatus.ACCEPTED.value)
        .exclude(evaluation__state=EvaluationState.FINISHED)
    )


def _measure(source: Unit, target: Unit, **users: Any) -> Handover:
    return Handover(
        source_unit=source,
        target_unit=target,
        assignments=_open_assignments(source).distinct().count(),
        actions=_open_actions(source).distinct().count(),
        items=_pending_items(source).count(),
        **users,
    )


# ------------------------------------------------------------------------------ unit → unit


def _check_units(actor: Actor, source: Unit, target: Unit) -> None:
    require(can_hand_over(actor, source.agency_id))
    if target.agency_id != source.agency_id:
        raise ActionRefused(wording.other_agency(), field="target")
    if target.pk == source.pk:
        raise ActionRefused(wording.same_unit(), field="target")


def unit_handover_preview(*, actor: Actor, source: Unit, target: Unit) -> Handover:
    """What ``unit_handover`` would move; refuses as it would."""
    _check_units(actor, source, target)
    return _measure(source, target)


@transaction.atomic
def unit_handover(
    *, actor: Actor, source: Unit, target: Unit, expected: tuple[int, int, int] | None = None
) -> Handover:
    """Move the open work of ``source`` to ``target``, a unit of the same agency.

    ``expected`` is the preview's counts: if the work changed since, nothing moves.
    """
    _check_units(actor, source, target)
    handover = _measure(source, target)
    if expected is not None and handover.counts != tuple(expected):
        raise StaleVersion(wording.preview_changed())
    moved = _move_work(source, target, actor)
    audit_record(
        actor=actor.user,
        action="handover.unit",
        target=source,
        agency=source.agency,
        summary=f"{source} → {target}: {handover.summary}"[:300],
        data={"from_unit": source.pk, "to_unit": target.pk, **moved},
    )
    # Roles are a JSON list, which SQLite cannot search: the PIC role is checked here.
    pics = Membership.objects.filter(unit__in=[source, target]).select_related("user")
    _tell(
        [m.user for m in pics if m.has_role(Role.UNIT_PIC)],
        handover,
        source=str(source),
        target=str(target),
    )
    return handover


def _move_work(source: Unit, target: Unit, actor: Actor) -> dict[str, list[int]]:
    """Put ``target`` where ``source`` is on the open assignments and actions."""
    assessments = sorted(set(_open_assignments(source).values_list("pk", flat=True)))
    led = Assessment.objects.filter(pk__in=assessments, lead_unit=source)
    led_ids = list(led.values_list("pk", flat=True))
    led.update(lead_unit=target, version=F("version") + 1, updated_by=actor.user)
    _swap_in_many(Assessment.supporting_units.through, "assessment_id", assessments, source, target)
    # A unit that now leads an indicator does not support it as well.
    Assessment.supporting_units.through.objects.filter(
        assessment_id__in=assessments, assessment__lead_unit=target, unit_id=target.pk
    ).delete()
    Assessment.objects.filter(pk__in=set(assessments) - set(led_ids)).update(
        version=F("version") + 1, updated_by=actor.user
    )

    actions = sorted(set(_open_actions(source).values_list("pk", flat=True)))
    led_actions = Action.objects.filter(pk__in=actions, lead_unit=source)
    led_actions.update(lead_unit=target)
    _swap_in_many(Action.contributing_units.through, "action_id", actions, source, target)
    Action.contributing_units.through.objects.filter(
        action_id__in=actions, action__lead_unit=target, unit_id=target.pk
    ).delete()
    Action.objects.filter(pk__in=actions).update(version=F("version") + 1, updated_by=actor.user)
    return {"assessments": assessments, "actions": actions}


def _swap_in_many(through: Any, owner: str, owners: list[int], source: Unit, target: Unit) -> None:
    """Replace ``source`` by ``target`` in a many-to-many of units, for the given owners."""
    rows = through.objects.filter(**{f"{owner}__in": owners, "unit_id": source.pk})
    holders = list(rows.values_list(owner, flat=True))
    rows.delete()
    present = set(
        through.objects.filter(**{f"{owner}__in": holders, "unit_id": target.pk}).values_list(
            owner, flat=True
        )
    )
    through.objects.bulk_create(
        [through(**{owner: pk, "unit_id": target.pk}) for pk in holders if pk not in present]
    )


# ------------------------------------------------------------------------------ user → user


def _membership(user: Any) -> Membership | None:
    return Membership.objects.select_related("unit", "agency").filter(user=user).first()


def _check_users(actor: Actor, source: Any, target: Any) -> tuple[Membership, Membership]:
    old = _membership(source)
    if old is None or old.agency_id is None:
        raise ActionRefused(wording.not_a_pic(), field="source")
    require(can_hand_over(actor, old.agency_id))
    if not old.has_role(Role.UNIT_PIC) or old.unit is None:
        raise ActionRefused(wording.not_a_pic(), field="source")
    new = _membership(target)
    if new is None or new.agency_id != old.agency_id:
        raise ActionRefused(wording.other_agency(), field="target")
    if target.pk == source.pk:
        raise ActionRefused(wording.same_user(), field="target")
    if not target.is_active:
        raise ActionRefused(wording.inactive_user(), field="target")
    if new.unit is not None and new.unit_id != old.unit_id:
        raise ActionRefused(wording.already_in_a_unit(str(new.unit)), field="target")
    return old, new


def user_handover_preview(*, actor: Actor, source: Any, target: Any) -> Handover:
    """What ``user_handover`` would hand over; refuses as it would."""
    old, _new = _check_users(actor, source, target)
    assert old.unit is not None
    return _measure(old.unit, old.unit, source_user=source, target_user=target)


@transaction.atomic
def user_handover(
    *, actor: Actor, source: Any, target: Any, expected: tuple[int, int, int] | None = None
) -> Handover:
    """Give ``target`` the unit role (PIC) of ``source``, who loses it; the work stays with
    the unit, and ``target`` now answers for it."""
    old, new = _check_users(actor, source, target)
    unit = old.unit
    assert unit is not None
    handover = _measure(unit, unit, source_user=source, target_user=target)
    if expected is not None and handover.counts != tuple(expected):
        raise StaleVersion(wording.preview_changed())
    old_roles, new_roles, new_unit_before = list(old.roles), list(new.roles), new.unit_id
    old.roles = [role for role in old.roles if role != Role.UNIT_PIC.value]
    old.unit = None
    old.save(update_fields=["roles", "unit"])
    new.roles = sorted({*new.roles, Role.UNIT_PIC.value})
    new.unit = unit
    new.save(update_fields=["roles", "unit"])
    changes = ((old, old_roles, unit.pk), (new, new_roles, new_unit_before))
    for membership, before, before_unit in changes:
        audit_record(
            actor=actor.user,
            action="membership.change",
            target=membership,
            agency=membership.agency,
            summary=str(membership),
            data={
                "roles": membership.roles,
                "roles_before": before,
                "unit": membership.unit_id,
                "unit_before": before_unit,
                "reason": "handover",
            },
        )
    audit_record(
        actor=actor.user,
        action="handover.user",
        target=new,
        agency=new.agency,
        summary=f"{source.username} → {target.username} ({unit}): {handover.summary}"[:300],
        data={"from_user": source.pk, "to_user": target.pk, "unit": unit.pk},
    )
    _tell([source, target], handover, source=source.username, target=target.username)
    return handover


def _tell(people: list[Any], handover: Handover, *, source: str, target: str) -> None:
    """One message to each person concerned; each of them reads the agency's evaluations."""
    agency = handover.source_unit.agency
    notify_in_their_language(
        recipients=people,
        kind=wording.WORK_HANDED_OVER,
        words=lambda: (
            wording.notification_title(source=source, target=target),
            wording.notification_body(moved=handover.summary),
        ),
        link=reverse("planning:desk", args=[agency.slug]),
        agency=agency,
    )
