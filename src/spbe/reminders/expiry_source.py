"""The reminder source of evidence that expires: documents valid until a day (``expires_on``).

A document linked to the indicators of an evaluation the agency still holds (not yet sent: its
links still follow a new version, so the unit can upload a valid one) reminds the PICs of each
indicator's lead unit (the Koordinator, for an indicator without a lead unit) 30 days and 7
days before it expires and on the day it expires (``due.Schedule.EXPIRY``). Each unit's line
names only its own indicators. A PIC may read every indicator and document of its agency
(``evaluations.policy``, ``evidence.policy``), and ``People`` holds only the agency's active
members, so nobody hears of an indicator they may not see.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterator

from django.db.models import F
from django.urls import reverse
from django.utils.translation import gettext as _

from spbe.evaluations.states import NOT_SENT
from spbe.evidence.models import EvidenceLink
from spbe.organizations.models import Role
from spbe.reminders.due import OVERDUE_DAYS, Deadline, Schedule
from spbe.reminders.people import People

# The earliest reminder of an expiry, in days before it.
FIRST_NOTICE_DAYS = 30


def evidence_expiry(today: datetime.date) -> Iterator[Deadline]:
    """The documents expiring within 30 days or lately expired, per lead unit of the indicators
    they are linked to; the subject is the document and its day, so each threshold comes once
    per person and document, and a new ``expires_on`` is reminded afresh."""
    links = (
        EvidenceLink.objects.filter(
            document__expires_on__gte=today - datetime.timedelta(days=OVERDUE_DAYS),
            document__expires_on__lte=today + datetime.timedelta(days=FIRST_NOTICE_DAYS),
            assessment__evaluation__state__in=NOT_SENT,
            document__agency_id=F("assessment__evaluation__agency_id"),
        )
        .values_list(
            "document_id",
            "document__title",
            "document__expires_on",
            "document__agency_id",
            "assessment__evaluation_id",
            "assessment__lead_unit_id",
            "assessment__indicator__number",
        )
        .order_by("document_id")
    )
    # (document, lead unit or None) → the indicators (evaluation, number) it is linked to.
    found: dict[tuple[int, int | None], set[tuple[int, int]]] = defaultdict(set)
    documents: dict[int, tuple[str, datetime.date, int]] = {}
    for pk, name, day, agency, evaluation_id, lead_unit_id, number in links:
        if day is None or agency is None:  # the filter leaves none, but the types allow it
            continue
        documents[pk] = (name, day, agency)
        found[(pk, lead_unit_id)].add((evaluation_id, number))
    people = People(agency_id for _title, _day, agency_id in documents.values())
    for (document_id, unit_id), indicators in sorted(found.items(), key=_order):
        title, expires_on, agency_id = documents[document_id]
        owners = (
            people.pics(unit_id)
            if unit_id is not None
            else people.holding(agency_id, Role.COORDINATOR)
        )
        numbers = sorted({number for _evaluation, number in indicators})
        yield Deadline(
            subject=f"document:{document_id}:{expires_on}",
            title=_("Evidence “%(title)s” (indicator %(numbers)s)")
            % {"title": title, "numbers": ", ".join(str(number) for number in numbers)},
            due=expires_on,
            link=_link(indicators, for_unit=unit_id is not None),
            people=owners,
            schedule=Schedule.EXPIRY,
        )


def _order(entry: tuple[tuple[int, int | None], object]) -> tuple[int, int]:
    (document_id, unit_id), _indicators = entry
    return document_id, unit_id or 0


def _link(indicators: set[tuple[int, int]], *, for_unit: bool) -> str:
    """The indicator's page for one indicator, else the unit's list ("Indikator saya"), or
    for the Koordinator the evaluation's page."""
    if len(indicators) == 1:
        ((evaluation_id, number),) = indicators
        return reverse("evaluations:indicator", args=[evaluation_id, number])
    if for_unit:
        return reverse("evaluations:mine")
    return reverse("evaluations:detail", args=[min(indicators)[0]])
