"""Who may read, post, edit and delete comments; built on the evaluations' rules.

* Whoever may see the indicator (``evaluations.policy.can_view_evaluation``) reads its threads
  and its items' threads; anyone else gets a 404.
* Whoever reads it as a member of the agency, or as an external assessor assigned to the sent
  evaluation, may post. The installation administrator and the system read only.
* Only the author edits a comment, and only within ``EDIT_WINDOW`` of posting it.
* The author or the agency's koordinator deletes a comment; the deletion leaves a trace.
"""

from __future__ import annotations

import datetime

from django.utils.translation import gettext_lazy as _

from spbe.core.access import ALLOWED, Decision, refuse
from spbe.discussions.models import Comment
from spbe.evaluations.models import Evaluation
from spbe.evaluations.policy import can_view_evaluation
from spbe.organizations.actors import Actor
from spbe.organizations.models import Role
from spbe.organizations.policy import sees_everything

EDIT_WINDOW = datetime.timedelta(minutes=15)

READ_ONLY = _("The administrator reads the threads but does not take part in them.")
ONLY_THE_AUTHOR_EDITS = _("Only the author may edit a comment.")
EDIT_WINDOW_OVER = _("A comment can be edited only within 15 minutes of posting it.")
ONLY_AUTHOR_OR_COORDINATOR = _("Only the author or the agency's coordinator may delete a comment.")
ALREADY_DELETED = _("This comment has been deleted.")


def can_see_thread(actor: Actor, evaluation: Evaluation) -> Decision:
    """The threads of an indicator and its items: whoever may see the indicator."""
    return can_view_evaluation(actor, evaluation)


def can_post(actor: Actor, evaluation: Evaluation) -> Decision:
    seen = can_view_evaluation(actor, evaluation)
    if not seen:
        return seen
    if sees_everything(actor) and not actor.in_agency(evaluation.agency_id):
        return refuse(READ_ONLY)
    return ALLOWED


def can_edit(actor: Actor, comment: Comment, *, now: datetime.datetime) -> Decision:
    if comment.deleted:
        return refuse(ALREADY_DELETED)
    if actor.pk is None or comment.author_id != actor.pk:
        return refuse(ONLY_THE_AUTHOR_EDITS)
    if now - comment.created_at > EDIT_WINDOW:
        return refuse(EDIT_WINDOW_OVER)
    return ALLOWED


def can_delete(actor: Actor, comment: Comment) -> Decision:
    if comment.deleted:
        return refuse(ALREADY_DELETED)
    if actor.pk is not None and comment.author_id == actor.pk:
        return ALLOWED
    if actor.has_in_agency(Role.COORDINATOR, comment.evaluation.agency_id):
        return ALLOWED
    return refuse(ONLY_AUTHOR_OR_COORDINATOR)
