"""Reading the audit log (``audit.selectors``): newest first, narrowed by each filter, with days
counted in the installation's time zone (Asia/Jakarta), not in UTC."""

from __future__ import annotations

import datetime

import pytest

from spbe.audit.models import AuditEvent
from spbe.audit.selectors import events_matching, events_within
from spbe.audit.services import audit_record
from spbe.core.access import EVERYTHING
from spbe.organizations.models import Agency

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def event(action: str, at: datetime.datetime, agency: Agency | None = None) -> AuditEvent:
    recorded = audit_record(
        actor=None, action=action, target=None, agency=agency, summary=action,
        object_ref=("uji", action),
    )  # fmt: skip
    AuditEvent.objects.filter(pk=recorded.pk).update(at=at)
    return recorded


def pks(events) -> list[int]:
    return [event.pk for event in events]


def test_a_day_is_the_installations_day_not_utcs():
    # 16:30 UTC is 23:30 in Jakarta, the 3rd; 17:30 UTC is already 00:30 on the 4th.
    late = event("malam", datetime.datetime(2026, 11, 3, 16, 30, tzinfo=UTC))
    early = event("pagi", datetime.datetime(2026, 11, 3, 17, 30, tzinfo=UTC))
    everything = events_within(EVERYTHING)
    third = events_matching(
        everything, since=datetime.date(2026, 11, 3), until=datetime.date(2026, 11, 3)
    )
    fourth = events_matching(everything, since=datetime.date(2026, 11, 4))
    assert (pks(third), pks(fourth)) == ([late.pk], [early.pk])


def test_the_newest_come_first_and_the_filters_combine():
    agency = Agency.objects.create(name="Kota Log", slug="kota-log", kind="kota")
    first = event("a.create", datetime.datetime(2026, 11, 1, 5, tzinfo=UTC), agency)
    second = event("a.create", datetime.datetime(2026, 11, 2, 5, tzinfo=UTC))
    third = event("b.update", datetime.datetime(2026, 11, 2, 5, tzinfo=UTC), agency)
    everything = events_within(EVERYTHING)
    assert pks(everything) == [third.pk, second.pk, first.pk]
    assert pks(events_matching(everything, action="a.create")) == [second.pk, first.pk]
    assert pks(events_matching(everything, agency_slug="kota-log", action="a.create")) == [first.pk]
    assert pks(
        events_matching(everything, object_type="uji", until=datetime.date(2026, 11, 1))
    ) == [first.pk]
