"""Saves of one claim at the same moment, from real threads on PostgreSQL: the version check
loses no write.

Issue 15 found every lost write prevented (354 concurrent saves, 0 lost); this keeps it so.
Eight PICs' sessions save the same claim from the same version at once: one lands, the others
are told someone saved first, and nothing of theirs is stored. Then each retries from what is
stored until its save lands: all eight land, one after another, each in the audit log.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from django.db import connection, connections  # noqa: F401 - connection: the skipif reads it

from spbe.audit.models import AuditEvent
from spbe.catalog.services import catalog_load
from spbe.core.errors import StaleVersion
from spbe.evaluations.assessment_services import assessment_save_claim
from spbe.evaluations.models import Assessment
from tests.cast import Cast, make_cast
from tests.clock import on_cast_day

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.dates,
    pytest.mark.skipif(
        "connection.vendor != 'postgresql'",
        reason="the test database of SQLite is in memory and takes one writer at a time",
    ),
]
THREADS = 8


@pytest.fixture
def cast() -> Cast:
    catalog_load()  # a transactional test empties every table afterwards, the catalogue too
    with on_cast_day():
        return make_cast()


def the_claim(cast: Cast) -> Assessment:
    return Assessment.objects.get(evaluation=cast.evaluation, indicator__number=1)


def side_by_side(work: Callable[[int], None]) -> tuple[list[int], list[BaseException]]:
    """Run ``work(0…THREADS-1)`` in threads released together: who finished, who raised."""
    start = threading.Barrier(THREADS)
    landed: list[int] = []
    errors: list[BaseException] = []

    def run(number: int) -> None:
        try:
            start.wait()
            with on_cast_day():
                work(number)
            landed.append(number)
        except BaseException as error:  # noqa: BLE001 - the test reports every one
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return landed, errors


def save(cast: Cast, number: int, version: int) -> None:
    assessment_save_claim(
        actor=cast.actor(cast.pic),
        assessment=the_claim(cast),
        version=version,
        claimed_level=2,
        justification=f"Simpanan ke-{number}",
        criteria_met=[1, 2],
    )


def drafts() -> int:
    return AuditEvent.objects.filter(action="assessment.draft").count()


def test_of_eight_saves_from_one_version_one_lands_and_seven_are_refused(cast):
    seen = the_claim(cast).version
    before = drafts()
    landed, errors = side_by_side(lambda number: save(cast, number, seen))
    assert len(landed) == 1
    assert len(errors) == THREADS - 1
    assert all(isinstance(error, StaleVersion) for error in errors), errors
    stored = the_claim(cast)
    assert stored.justification == f"Simpanan ke-{landed[0]}"
    assert stored.version == seen + 1
    assert drafts() == before + 1


def test_eight_saves_that_retry_from_what_is_stored_all_land_and_none_is_lost(cast):
    first = the_claim(cast).version
    before = drafts()

    def until_it_lands(number: int) -> None:
        while True:
            try:
                save(cast, number, the_claim(cast).version)
                return
            except StaleVersion:
                continue

    landed, errors = side_by_side(until_it_lands)
    assert errors == []
    assert sorted(landed) == list(range(THREADS))
    assert the_claim(cast).version == first + THREADS
    events = AuditEvent.objects.filter(action="assessment.draft").order_by("pk")
    assert events.count() == before + THREADS
    saved = {event.data["after"]["justification"] for event in events[before:]}
    assert saved == {f"Simpanan ke-{number}" for number in range(THREADS)}
