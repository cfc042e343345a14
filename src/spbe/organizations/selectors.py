"""Reading agencies, their units and their audit log, scoped to what the actor may see
(``organizations.policy``): another agency is a 404, the audit log without the role a 403."""

from __future__ import annotations

from django.db.models import Count, QuerySet
from django.http import Http404

from spbe.audit.models import AuditEvent
from spbe.audit.selectors import events_within
from spbe.core.access import require
from spbe.organizations.actors import Actor
from spbe.organizations.models import Agency, Unit
from spbe.organizations.policy import can_read_audit_log, readable_audit_events, seeable_agencies


def visible_agencies(actor: Actor) -> QuerySet[Agency]:
    """The agencies ``actor`` may see (``policy.can_see_agency``), by name, with unit counts."""
    return (
        Agency.objects.filter(seeable_agencies(actor))
        .annotate(unit_count=Count("units"))
        .order_by("name", "pk")
    )


def agency_for(actor: Actor, slug: str) -> Agency:
    agency = visible_agencies(actor).filter(slug=slug).first()
    if agency is None:
        raise Http404
    return agency


def agency_units(agency: Agency) -> QuerySet[Unit]:
    """The units of an agency from ``agency_for``, by name."""
    return Unit.objects.filter(agency=agency).order_by("name", "pk")


def visible_events(actor: Actor) -> QuerySet[AuditEvent]:
    """The audit events ``actor`` may read, newest first; ``NotAllowed`` (403) for a caller who
    may not open the log at all (``policy.can_read_audit_log``)."""
    require(can_read_audit_log(actor))
    return events_within(readable_audit_events(actor))
