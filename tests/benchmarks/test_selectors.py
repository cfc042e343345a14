"""Reading published results: the analytics' result set, national averages, an agency's link."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from spbe.benchmarks import selectors
from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.models import AgencyLink, MatchStatus
from spbe.benchmarks.selectors import agency_link, confirmed_key, national_averages, result_set
from spbe.benchmarks.services import agency_link_confirm, published_results_import
from tests.benchmarks.conftest import (
    SIANTAR_2024,
    write_published,
)

pytestmark = pytest.mark.django_db

SIANTAR = "kota:pematangsiantar"


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    # Each test's rows are rolled back afterwards; a later test whose rows happen to have the
    # same count and timestamp must not read this test's result set.
    selectors._cached.cache_clear()
    yield
    selectors._cached.cache_clear()


# ------------------------------------------------------------------------------------ result_set


def test_without_an_import_the_result_set_is_empty():
    results, _references = result_set()
    assert len(results) == 0
    assert results.get(SIANTAR, 2024, "spbe-2020") is None


def test_the_result_set_holds_every_imported_row_as_a_typed_result(small_import):
    results, _references = result_set()
    assert len(results) == 4
    result = results.get(SIANTAR, 2024, "spbe-2020")
    assert result is not None
    assert (result.agency, result.kind, result.province) == (
        "Pemerintah Kota Pematang Siantar",
        Kind.KOTA,
        "Sumatera Utara",
    )
    assert result.domains == tuple(Decimal(v) for v in ("3.50", "2.70", "1.36", "3.74"))
    assert (result.index, result.predicate) == (Decimal("3.06"), "Baik")
    assert [r.year for r in results.history(SIANTAR)] == [2023, 2024]


def test_a_blank_province_predicate_and_domain_are_read_as_missing(tmp_path):
    row = "Pemerintah Kota Pematang Siantar,kota,Sumatera Utara,2022,spbe-2020,,,,,2.35,,news"
    central = 'Kementerian Uji,pusat,,2024,spbe-2020,3.00,3.00,3.00,3.00,3.00,Baik,"laporan"'
    published_results_import(path=write_published(tmp_path, row, central))
    results, _references = result_set()
    siantar = results.get(SIANTAR, 2022, "spbe-2020")
    assert siantar is not None
    assert (siantar.domains, siantar.predicate) == ((None, None, None, None), None)
    [ministry] = results.of_kind(2024, "spbe-2020", Kind.PUSAT)
    assert ministry.province is None


def test_the_result_set_is_built_once_while_the_data_stays_the_same(
    small_import, django_assert_num_queries
):
    first = result_set()
    with django_assert_num_queries(1):  # only the check whether the data changed
        assert result_set() is first


def test_the_result_set_is_rebuilt_once_the_data_changed(small_import, tmp_path):
    first, _references = result_set()
    published_results_import(path=write_published(tmp_path, SIANTAR_2024.replace("3.06", "3.07")))
    second, _references = result_set()
    assert second is not first
    assert second.get(SIANTAR, 2024, "spbe-2020").index == Decimal("3.07")


# ---------------------------------------------------------------------------- national_averages


def test_a_printed_national_average_is_returned_for_each_year_asked():
    averages = national_averages([(2023, "spbe-2020"), (2024, "spbe-2020")])
    assert averages == {(2023, "spbe-2020"): Decimal("2.79"), (2024, "spbe-2020"): Decimal("3.12")}


def test_a_year_without_a_printed_or_a_complete_national_average_is_left_out(small_import):
    assert national_averages([(2030, "spbe-2020"), (2024, "spbe-2020")]) == {
        (2024, "spbe-2020"): Decimal("3.12")
    }


def test_the_years_may_be_given_as_any_iterable():
    keys = (pair for pair in ((2018, "spbe-2018"), (2021, "spbe-2020")))
    assert national_averages(keys) == {
        (2018, "spbe-2018"): Decimal("1.98"),
        (2021, "spbe-2020"): Decimal("2.24"),
    }


def test_no_years_asked_no_averages():
    assert national_averages([]) == {}


# ---------------------------------------------------------------------- confirmed_key, agency_link


@pytest.mark.dates
def test_the_confirmed_key_is_the_one_a_person_confirmed(small_import, cast):
    agency_link_confirm(actor=cast.actor(cast.coordinator), agency=cast.agency, agency_key=SIANTAR)
    assert confirmed_key(cast.agency) == SIANTAR


@pytest.mark.dates
def test_a_suggested_or_empty_link_has_no_confirmed_key(small_import, cast):
    assert confirmed_key(cast.agency) is None
    AgencyLink.objects.create(
        agency=cast.agency,
        agency_key="kota:medan",
        published_name="x",
        status=MatchStatus.SUGGESTED,
    )
    AgencyLink.objects.create(agency=cast.other_agency, status=MatchStatus.NONE)
    assert confirmed_key(cast.agency) is None
    assert confirmed_key(cast.other_agency) is None


@pytest.mark.dates
def test_another_agencys_confirmation_is_never_returned(small_import, cast):
    agency_link_confirm(
        actor=cast.actor(cast.outsider), agency=cast.other_agency, agency_key="kabupaten:simalungun"
    )
    assert confirmed_key(cast.agency) is None
    assert agency_link(cast.agency) is None
    assert confirmed_key(cast.other_agency) == "kabupaten:simalungun"


@pytest.mark.dates
def test_an_agencys_link_is_returned_whatever_its_status(small_import, cast):
    suggested = AgencyLink.objects.create(
        agency=cast.agency,
        agency_key="kota:medan",
        published_name="x",
        status=MatchStatus.SUGGESTED,
    )
    assert agency_link(cast.agency) == suggested
    assert agency_link(cast.other_agency) is None
