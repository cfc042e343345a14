"""The index of published results: look-ups, peer groups and which years are complete."""

from __future__ import annotations

import pytest

from spbe.benchmarks.dataset import COMPLETE_SHARE, ResultSet
from spbe.benchmarks.kinds import Kind
from tests.benchmarks.published_rows import result


def test_an_empty_set_has_nothing_and_no_complete_year():
    results = ResultSet([])
    assert len(results) == 0
    assert results.get("kota:medan", 2024, "spbe-2020") is None
    assert results.history("kota:medan") == ()
    assert results.of_year(2024, "spbe-2020") == ()
    assert results.years("spbe-2020") == []
    assert not results.is_complete(2024, "spbe-2020")


def test_a_result_is_found_by_agency_year_and_framework():
    row = result("Kota Medan", "3.10")
    results = ResultSet([row])
    assert results.get("kota:medan", 2024, "spbe-2020") is row
    assert results.get("kota:medan", 2023, "spbe-2020") is None
    assert results.get("kota:medan", 2024, "spbe-2018") is None


def test_it_refuses_two_results_for_the_same_agency_year_and_framework():
    with pytest.raises(ValueError, match="two results"):
        ResultSet([result("Kota Medan", "3.10"), result("Kota Medan", "3.20")])


def test_the_same_agency_may_have_one_result_per_framework_in_a_year():
    rows = [result("Kota Medan", "3.10"), result("Kota Medan", "2.90", framework="spbe-2018")]
    assert len(ResultSet(rows)) == 2


def test_the_history_is_oldest_first_whatever_the_input_order():
    rows = [
        result("Kota Medan", index, year=year)
        for year, index in ((2024, "3.1"), (2021, "2.0"), (2023, "2.8"))
    ]
    assert [r.year for r in ResultSet(rows).history("kota:medan")] == [2021, 2023, 2024]


def test_the_history_orders_frameworks_within_a_year():
    rows = [
        result("Kota Medan", "3.1", framework="spbe-2020"),
        result("Kota Medan", "2.9", framework="spbe-2018"),
    ]
    assert [r.framework for r in ResultSet(rows).history("kota:medan")] == [
        "spbe-2018",
        "spbe-2020",
    ]


def test_results_are_grouped_by_kind():
    rows = [
        result("Kota Medan", "3.1"),
        result("Kabupaten Karo", "2.5", kind=Kind.KABUPATEN),
        result("Kota Binjai", "2.7"),
    ]
    results = ResultSet(rows)
    assert {r.agency for r in results.of_kind(2024, "spbe-2020", Kind.KOTA)} == {
        "Kota Medan",
        "Kota Binjai",
    }
    assert [r.agency for r in results.of_kind(2024, "spbe-2020", Kind.KABUPATEN)] == [
        "Kabupaten Karo"
    ]
    assert results.of_kind(2024, "spbe-2020", Kind.PUSAT) == ()


def test_a_province_groups_its_kabupaten_and_kota_but_not_its_own_government():
    rows = [
        result("Kota Medan", "3.1", province="Sumatera Utara"),
        result("Kabupaten Karo", "2.5", kind=Kind.KABUPATEN, province="Sumatera Utara"),
        result("Provinsi Sumatera Utara", "3.3", kind=Kind.PROVINSI, province="Sumatera Utara"),
        result("Kota Denpasar", "3.9", province="Bali"),
    ]
    group = ResultSet(rows).of_province(2024, "spbe-2020", "Sumatera Utara")
    assert sorted(r.agency for r in group) == ["Kabupaten Karo", "Kota Medan"]


def test_a_kota_without_a_province_is_in_no_province_group():
    results = ResultSet([result("Kota Medan", "3.1", province=None)])
    assert len(results.of_kind(2024, "spbe-2020", Kind.KOTA)) == 1
    assert results.of_province(2024, "spbe-2020", "") == ()


def test_a_province_with_one_agency_is_a_group_of_one():
    results = ResultSet([result("Kota Denpasar", "3.9", province="Bali")])
    assert [r.agency for r in results.of_province(2024, "spbe-2020", "Bali")] == ["Kota Denpasar"]


def test_years_are_listed_in_order_for_one_framework():
    rows = [
        result("Kota Medan", "3.1", year=2024),
        result("Kota Medan", "2.1", year=2019),
        result("Kota Medan", "2.5", year=2022, framework="spbe-2018"),
    ]
    results = ResultSet(rows)
    assert results.years("spbe-2020") == [2019, 2024]
    assert results.years("spbe-2018") == [2022]
    assert results.years("pemdi-2026") == []


def many(year: int, count: int) -> list:
    return [result(f"Kota {year} {n}", "3.00", year=year) for n in range(count)]


def test_a_year_with_half_the_results_of_the_fullest_is_complete():
    assert COMPLETE_SHARE == 0.5
    results = ResultSet(many(2023, 10) + many(2024, 5))
    assert results.is_complete(2023, "spbe-2020")
    assert results.is_complete(2024, "spbe-2020")


def test_a_year_with_a_few_scattered_results_is_not_complete():
    results = ResultSet(many(2023, 10) + many(2024, 4))
    assert results.is_complete(2023, "spbe-2020")
    assert not results.is_complete(2024, "spbe-2020")


def test_a_single_year_is_complete_even_with_one_result():
    assert ResultSet(many(2024, 1)).is_complete(2024, "spbe-2020")


def test_a_year_without_results_is_not_complete():
    assert not ResultSet(many(2024, 3)).is_complete(2025, "spbe-2020")


def test_the_length_counts_every_result():
    assert len(ResultSet(many(2023, 3) + many(2024, 2))) == 5
