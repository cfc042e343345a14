"""The agency's delivery log: its deliveries, for its Koordinator and the administrator."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from spbe.core.access import require
from spbe.notifications.models import Delivery
from spbe.notifications.policy import can_view_delivery_log
from spbe.organizations.actors import Actor
from spbe.organizations.models import Agency
from spbe.organizations.selectors import visible_agencies


def delivery_log_agency(actor: Actor, agency_id: int) -> Agency:
    """The agency ``agency_id``: 404 when the actor may not see it, 403 when it may see it but
    not read its deliveries (``policy.can_view_delivery_log``)."""
    agency = visible_agencies(actor).filter(pk=agency_id).first()
    if agency is None:
        raise Http404
    require(can_view_delivery_log(actor, agency.pk))
    return agency


def agency_deliveries(agency: Agency, *, status: str = "", channel: str = "") -> QuerySet[Delivery]:
    """The agency's deliveries, newest first, optionally of one status and one channel."""
    deliveries = Delivery.objects.filter(notification__agency=agency)
    if status:
        deliveries = deliveries.filter(status=status)
    if channel:
        deliveries = deliveries.filter(channel=channel)
    return deliveries.select_related("notification__recipient").order_by(
        "-notification__created_at", "-pk"
    )
