"""Reading the audit log: newest first, filtered by action, object type, agency and dates.

The audit app sits below the organizations (every app records into it), so it knows no roles:
who may read which events is ``organizations.policy.readable_audit_events``, and callers read
through ``organizations.selectors.visible_events``, which passes that filter in as ``within``.
"""

from __future__ import annotations

import datetime

from django.db.models import Q, QuerySet

from spbe.audit.models import AuditEvent


def events_within(within: Q) -> QuerySet[AuditEvent]:
    """The events of the filter ``within``, newest first (ties by id, newest first)."""
    return (
        AuditEvent.objects.select_related("actor", "agency").filter(within).order_by("-at", "-pk")
    )


def events_matching(
    events: QuerySet[AuditEvent],
    *,
    action: str | None = None,
    object_type: str | None = None,
    agency_slug: str | None = None,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> QuerySet[AuditEvent]:
    """``events`` narrowed by each filter given; ``since`` and ``until`` are days, both included,
    in the installation's time zone."""
    if action:
        events = events.filter(action=action)
    if object_type:
        events = events.filter(object_type=object_type)
    if agency_slug:
        events = events.filter(agency__slug=agency_slug)
    if since is not None:
        events = events.filter(at__date__gte=since)
    if until is not None:
        events = events.filter(at__date__lte=until)
    return events
