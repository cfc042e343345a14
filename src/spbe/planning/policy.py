"""Who may see and change the plan of an evaluation: its step costs and its action plan.

Whoever may view the evaluation sees its plan and actions; the koordinator edits the costs,
turns a plan into actions and moves deadlines; an action's lead unit reports its progress.
The koordinator and the admin hand work over; the desk session list is theirs, and a PIC's
for its own unit.
"""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from spbe.core.access import ALLOWED, NOTHING, Decision, refuse
from spbe.evaluations.models import Evaluation
from spbe.evaluations.policy import (
    can_manage_evaluation,
    can_view_evaluation,
    viewable_evaluations,
)
from spbe.organizations.actors import Actor
from spbe.organizations.models import Role
from spbe.organizations.policy import sees_everything
from spbe.planning.models import Action

ONLY_THE_LEAD_UNIT = _("Only the lead unit's PIC or the coordinator updates this action.")
ONLY_THE_COORDINATOR_MOVES_DEADLINES = _("Only the coordinator changes an action's deadline.")
ONLY_THE_COORDINATOR_CHANGES_THE_LEAD = _("Only the coordinator changes an action's lead unit.")


def can_view_action(actor: Actor, action: Action) -> Decision:
    return can_view_evaluation(actor, action.evaluation)


def viewable_actions(actor: Actor) -> Q:
    """The filter of ``can_view_action``."""
    return Q(evaluation__in=Evaluation.objects.filter(viewable_evaluations(actor)).values("pk"))


def can_edit_plan(actor: Actor, evaluation: Evaluation) -> Decision:
    """Step costs, and turning the optimal plan into actions: the koordinator."""
    return can_manage_evaluation(actor, evaluation)


def can_update_action(actor: Actor, action: Action) -> Decision:
    """An action's status, note and evidence: its lead unit's PIC or the koordinator."""
    evaluation = action.evaluation
    if can_manage_evaluation(actor, evaluation):
        return ALLOWED
    if (
        actor.has_in_agency(Role.UNIT_PIC, evaluation.agency_id)
        and action.lead_unit_id is not None
        and actor.unit_id == action.lead_unit_id
    ):
        return ALLOWED
    return refuse(ONLY_THE_LEAD_UNIT)


def can_change_deadline(actor: Actor, action: Action) -> Decision:
    if can_manage_evaluation(actor, action.evaluation):
        return ALLOWED
    return refuse(ONLY_THE_COORDINATOR_MOVES_DEADLINES)


def can_change_lead_unit(actor: Actor, action: Action) -> Decision:
    """Who leads an action, like its deadline, is the koordinator's choice."""
    if can_manage_evaluation(actor, action.evaluation):
        return ALLOWED
    return refuse(ONLY_THE_COORDINATOR_CHANGES_THE_LEAD)


# ------------------------------------------------------------------------------ hand-over, desk

ONLY_COORDINATOR_OR_ADMIN_HANDS_OVER = _(
    "Only the agency's coordinator or the installation administrator hands work over."
)
ONLY_COORDINATOR_PIC_OR_ADMIN_DESK = _(
    "The desk session list is for the agency's coordinator, its unit PICs and the installation "
    "administrator."
)


def can_hand_over(actor: Actor, agency_id: int) -> Decision:
    """Move a user's or a unit's open work to another: the agency's koordinator, the admin."""
    if actor.is_admin or actor.has_in_agency(Role.COORDINATOR, agency_id):
        return ALLOWED
    return refuse(ONLY_COORDINATOR_OR_ADMIN_HANDS_OVER)


def can_see_desk(actor: Actor, agency_id: int) -> Decision:
    """The desk session list of an agency: its koordinator and the admin see every unit's; a
    PIC sees its own unit's (``desk_units``), to come prepared; nobody else of the agency."""
    if sees_everything(actor) or actor.has_in_agency(Role.COORDINATOR, agency_id):
        return ALLOWED
    if actor.has_in_agency(Role.UNIT_PIC, agency_id) and actor.unit_id is not None:
        return ALLOWED
    return refuse(ONLY_COORDINATOR_PIC_OR_ADMIN_DESK)


def desk_units(actor: Actor, agency_id: int) -> Q:
    """The units (``organizations.Unit``) whose open work ``actor`` sees on the desk list."""
    if sees_everything(actor) or actor.has_in_agency(Role.COORDINATOR, agency_id):
        return Q(agency_id=agency_id)
    if actor.has_in_agency(Role.UNIT_PIC, agency_id) and actor.unit_id is not None:
        return Q(agency_id=agency_id, pk=actor.unit_id)
    return NOTHING
