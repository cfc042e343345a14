"""Averages from the results, checked against the printed national figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from spbe.benchmarks.agency import References, Source, agency_benchmark, agency_history
from spbe.benchmarks.averages import Statistic, summarise
from spbe.benchmarks.dataset import ResultSet
from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.national import (
    check_against_published,
    parse_national_averages,
    read_national_averages,
)
from tests.benchmarks.test_ranking import result

D = Decimal


def test_a_mean_leaves_a_blank_domain_out_of_that_domain_only():
    figures = summarise([
        result("Kota A", "3.00", domains=("4.00", "2.00", "1.00", "3.00")),
        result("Kota B", "2.00", domains=(None, "3.00", "1.00", "2.00")),
    ])  # fmt: skip
    assert figures.count == 2
    assert figures.index == D("2.5")
    assert figures.domains == (D("4.00"), D("2.5"), D("1.00"), D("2.5"))
    assert figures.domain_counts == (1, 2, 2, 2)


def test_the_maximum_and_minimum_are_taken_per_column():
    rows = [result("Kota A", "3.00", domains=("4.00", "2.00", None, "3.00")),
            result("Kota B", "2.00", domains=("1.00", "3.00", None, "2.00"))]  # fmt: skip
    assert summarise(rows, Statistic.MAX).domains == (D("4.00"), D("3.00"), None, D("3.00"))
    assert summarise(rows, Statistic.MIN).index == D("2.00")


def test_an_empty_group_has_no_figures():
    assert summarise([]).index is None


@pytest.fixture(scope="module")
def printed():
    return read_national_averages()


@pytest.mark.parametrize(
    ("year", "scope"),
    [
        (2024, "Kota"),
        (2024, "Kabupaten"),
        (2024, "Instansi Pusat"),
        (2023, "Kota"),
        (2023, "Provinsi"),
    ],
)
def test_the_computed_category_mean_equals_the_printed_one(published, printed, year, scope):
    (check,) = [
        c for c in check_against_published(published, printed)
        if (c.published.year, c.published.scope, c.published.statistic) == (year, scope, Statistic.MEAN)
    ]  # fmt: skip
    assert check.index_difference == 0


def test_the_computed_2024_national_mean_is_above_the_printed_one(published, printed):
    # The report's 3.12 is not the mean of its own 615 rows (3.17); see docs/benchmarks.md.
    checks = [c for c in check_against_published(published, printed)
              if (c.published.year, c.published.scope, c.published.statistic) == (2024, "Nasional", Statistic.MEAN)]  # fmt: skip
    assert {c.index_difference for c in checks} == {D("0.05")}


def test_years_without_complete_results_are_not_checked(published, printed):
    assert {c.published.year for c in check_against_published(published, printed)} == {2023, 2024}


def test_a_malformed_national_average_names_its_row():
    lines = ["year,scope,statistic,index,D1,D2,D3,D4\n", "2024,Kota,rerata,tiga,,,,\n"]
    with pytest.raises(ValueError, match="row 2, index"):
        parse_national_averages(lines)


def test_the_printed_figure_whose_domains_give_its_index_is_preferred(published, printed):
    # 2023 has two printed national means: 2.94/2.29/1.66/3.47 (which give 2.81, not 2.79)
    # and the 2023 report's own 2.91/2.27/1.65/3.45.
    national = References(published, printed).national(2023, "spbe-2020")
    assert national.source is Source.PUBLISHED
    assert (national.index, national.domains[0]) == (D("2.79"), D("2.91"))


def test_without_a_printed_figure_the_mean_is_computed_for_complete_years_only():
    results = ResultSet([
        result("Kota A", "3.00"), result("Kota B", "2.00"), result("Kota C", "2.50"),
        result("Kota A", "1.00", year=2021),
    ])  # fmt: skip
    references = References(results, [])
    computed = references.category(2024, "spbe-2020", Kind.KOTA)
    assert (computed.index, computed.source, computed.count) == (D("2.5"), Source.COMPUTED, 3)
    assert references.category(2021, "spbe-2020", Kind.KOTA) is None
    assert references.province(2024, "spbe-2020", "Bali").count == 3


def test_pematangsiantars_page_has_its_history_ranks_and_domain_comparison(published, printed):
    references = References(published, printed)
    page = agency_benchmark(published, references, "kota:pematangsiantar", 2024)
    assert [(h.year, h.index) for h in page.history] == [
        (2021, D("1.53")), (2022, D("2.35")), (2023, D("2.84")), (2024, D("3.06")),
    ]  # fmt: skip
    assert [h.national.index for h in page.history] == [D("2.24"), D("2.34"), D("2.79"), D("3.12")]
    assert [h.province is None for h in page.history] == [True, True, False, False]
    assert (page.rank_in_kind.position, page.rank_in_province.position) == (66, 9)
    assert page.domains.category.index == D("3.39")
    assert round(page.domains.province.index, 2) == D("2.81")


def test_a_year_with_a_few_news_results_gets_no_ranks(published, printed):
    page = agency_benchmark(published, References(published, printed), "kota:pematangsiantar", 2022)
    assert page.rank_in_kind is None
    assert page.rank_in_province is None


def test_an_agency_without_a_result_that_year_has_no_page(published, printed):
    assert (
        agency_benchmark(published, References(published, printed), "kota:atlantis", 2024) is None
    )


def test_the_history_keeps_to_the_indeks_spbe_frameworks(published, printed):
    history = agency_history(published, References(published, printed), "kabupaten:acehtengah")
    assert "pemdi-2026" not in {h.framework for h in history}
