"""The audit log (``organizations.selectors.visible_events``): a coordinator reads its own
agency's events, the installation administrator every agency's; anyone else is refused (403)."""

from __future__ import annotations

import datetime
import re

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router
from pydantic import Field, ValidationInfo, field_validator

from spbe.api.audit_schemas import AuditEventOut, AuditPage
from spbe.api.pages import page_of
from spbe.api.parameters import SLUG, TEXT, PageParameters
from spbe.api.schemas import ErrorOut
from spbe.audit.models import AuditEvent
from spbe.audit.selectors import events_matching
from spbe.organizations.actors import actor_for
from spbe.organizations.selectors import visible_events

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

router = Router(tags=["audit log"])


class AuditFilters(PageParameters):
    action: str | None = Field(None, max_length=60, pattern=TEXT, description="evaluation.create")
    object_type: str | None = Field(
        None, max_length=60, pattern=TEXT, description="evaluations.evaluation"
    )
    agency: str | None = Field(None, max_length=50, pattern=SLUG, description="an agency's slug")
    since: datetime.date | None = Field(None, description="from this day on, included")
    until: datetime.date | None = Field(None, description="up to this day, included")

    @field_validator("since", "until", mode="before")
    @classmethod
    def _a_calendar_day(cls, value: object) -> object:
        """A day as YYYY-MM-DD; pydantic alone would also read a number as seconds since 1970."""
        if value is not None and not (isinstance(value, str | datetime.date)):
            raise ValueError(_("Give a day as YYYY-MM-DD."))
        if isinstance(value, str) and not ISO_DAY.fullmatch(value):
            raise ValueError(_("Give a day as YYYY-MM-DD."))
        return value

    @field_validator("until")
    @classmethod
    def _not_before_since(
        cls, until: datetime.date | None, info: ValidationInfo
    ) -> datetime.date | None:
        since = info.data.get("since")
        if until is not None and since is not None and until < since:
            raise ValueError(_("The last day comes before the first day."))
        return until


def audit_event_out(event: AuditEvent) -> AuditEventOut:
    return AuditEventOut(
        id=event.pk,
        at=event.at,
        actor=event.actor.get_username() if event.actor else None,
        agency=event.agency.slug if event.agency else None,
        action=event.action,
        object_type=event.object_type,
        object_id=event.object_id,
        summary=event.summary,
        data=event.data,
    )


@router.get(
    "/audit",
    response={200: AuditPage, 403: ErrorOut, 422: ErrorOut},
    summary="The audit log: newest first (coordinator: own agency; administrator: all)",
)
def audit_list(request: HttpRequest, filters: Query[AuditFilters]) -> AuditPage:
    events = events_matching(
        visible_events(actor_for(request.user)),
        action=filters.action,
        object_type=filters.object_type,
        agency_slug=filters.agency,
        since=filters.since,
        until=filters.until,
    )
    return AuditPage(**page_of(events, filters, audit_event_out))
