"""The evaluation summary from the cache: a warm summary is the summary computed afresh, any
write to what it shows gives a new stamp, and one actor's summary never reaches an actor who
may see less of the agency's history."""

from __future__ import annotations

import datetime

import pytest
from django.core.cache import cache

from spbe.evaluations import summary_cache
from spbe.evaluations.models import Evaluation
from spbe.evaluations.summary import evaluation_summary
from spbe.evaluations.summary_cache import cached_summary
from spbe.organizations.models import Agency, Unit
from tests.evaluations.helpers import send_verified, submit
from tests.evaluations.test_summary import record_spbe_year

TODAY = datetime.date(2026, 6, 1)


def read(cast) -> Evaluation:
    return Evaluation.objects.select_related("agency", "revision__framework").get(
        pk=cast.evaluation.pk
    )


def cached(cast, user=None, today=TODAY):
    actor = cast.actor(user or cast.coordinator)
    return cached_summary(read(cast), actor=actor, today=today)


def fresh(cast, user=None, today=TODAY):
    actor = cast.actor(user or cast.coordinator)
    return evaluation_summary(read(cast), actor=actor, today=today)


@pytest.fixture
def computed(monkeypatch):
    """The summaries the cache had to compute, counted."""
    calls: list[int] = []
    compute = summary_cache.evaluation_summary

    def counting(*args, **kwargs):
        calls.append(1)
        return compute(*args, **kwargs)

    monkeypatch.setattr(summary_cache, "evaluation_summary", counting)
    cache.clear()
    return calls


def test_a_warm_summary_is_the_summary_computed_afresh_and_is_not_computed_again(cast, computed):
    submit(cast, 1, level=4)
    first, stamp = cached(cast)
    again, same_stamp = cached(cast)
    assert computed == [1]
    assert same_stamp == stamp
    assert again == first == fresh(cast)


def test_a_saved_claim_gives_a_new_stamp_and_the_new_summary(cast, computed):
    _before, stamp = cached(cast)
    submit(cast, 1, level=4)
    after, new_stamp = cached(cast)
    assert new_stamp != stamp
    assert after == fresh(cast)
    assert computed == [1, 1]


def test_a_renamed_unit_or_agency_gives_the_new_names(cast, computed):
    submit(cast, 1)
    _before, stamp = cached(cast)
    Unit.objects.filter(pk=cast.unit.pk).update(name="Dinas Kominfo Baru")
    renamed_unit, unit_stamp = cached(cast)
    Agency.objects.filter(pk=cast.agency.pk).update(name="Kota Baru")
    renamed_agency, agency_stamp = cached(cast)
    assert len({stamp, unit_stamp, agency_stamp}) == 3
    assert "Dinas Kominfo Baru" in [row.name for row in renamed_unit.units]
    assert renamed_agency.agency_name == "Kota Baru"
    assert renamed_agency == fresh(cast)


def test_another_day_gives_another_stamp(cast, computed):
    _summary, stamp = cached(cast)
    later, later_stamp = cached(cast, today=TODAY + datetime.timedelta(days=1))
    assert later_stamp != stamp
    assert later.today == TODAY + datetime.timedelta(days=1)


def test_an_actor_who_sees_fewer_years_never_gets_the_coordinators_summary(cast, computed):
    record_spbe_year(cast, 2023)
    send_verified(cast)
    coordinators, coordinator_stamp = cached(cast)
    assessors, assessor_stamp = cached(cast, cast.external_assessor)
    # The external assessor sees only the sent evaluation it assesses, not the past year.
    assert assessor_stamp != coordinator_stamp
    assert [year.year for year in coordinators.history.years] == [2023, cast.evaluation.year]
    assert [year.year for year in assessors.history.years] == [cast.evaluation.year]
    assert assessors == fresh(cast, cast.external_assessor)
