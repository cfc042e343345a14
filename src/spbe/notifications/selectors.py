"""Reading the inbox, scoped to the reader."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from spbe.notifications.models import Notification
from spbe.notifications.policy import readable_notifications
from spbe.organizations.actors import Actor


def inbox(actor: Actor) -> QuerySet[Notification]:
    """The reader's own notifications, newest first."""
    return Notification.objects.filter(readable_notifications(actor))


def unread_count(actor: Actor) -> int:
    return inbox(actor).filter(read_at__isnull=True).count()


def notification_for(actor: Actor, pk: int) -> Notification:
    """One of the reader's notifications; 404 for any other, so none is revealed to exist."""
    found = inbox(actor).filter(pk=pk).first()
    if found is None:
        raise Http404
    return found
