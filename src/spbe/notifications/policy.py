"""Who may see a notification: its recipient, and nobody else, not even an administrator.

A notification's title and body may name an indicator only its recipient may see, so the
inbox is strictly personal.
"""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from spbe.core.access import ALLOWED, NOTHING, Decision, refuse
from spbe.notifications.models import Notification
from spbe.organizations.actors import Actor
from spbe.organizations.models import Role


def can_read_notification(actor: Actor, notification: Notification) -> Decision:
    if actor.pk is not None and notification.recipient_id == actor.pk:
        return ALLOWED
    return refuse(_("This notification is addressed to someone else."))


def readable_notifications(actor: Actor) -> Q:
    """The filter of ``can_read_notification``."""
    return Q(recipient_id=actor.pk) if actor.pk is not None else NOTHING


def can_view_delivery_log(actor: Actor, agency_id: int | None) -> Decision:
    """The agency's delivery log (who was sent what on which channel, and what failed): its
    Koordinator, and the administrator. It shows recipients and kinds, never the texts."""
    if actor.is_admin or (
        agency_id is not None and actor.has_in_agency(Role.COORDINATOR, agency_id)
    ):
        return ALLOWED
    return refuse(_("Only the agency's coordinator or the administrator reads its delivery log."))
