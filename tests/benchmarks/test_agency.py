"""One agency's benchmark page: its history, its ranks and the averages it is compared with."""

from __future__ import annotations

from decimal import Decimal

from spbe.benchmarks.agency import (
    SPBE_LINEAGE,
    Reference,
    References,
    Source,
    agency_benchmark,
    agency_history,
)
from spbe.benchmarks.averages import Statistic
from spbe.benchmarks.dataset import ResultSet
from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.national import PublishedAverage
from tests.benchmarks.published_rows import result

D = Decimal
CONSISTENT = (D("2"), D("3"), D("2"), D("4"))  # gives 3.16 under the SPBE 2020 weights


def printed(year: int, scope: str, index: str | None, *, domains=(None, None, None, None),
            statistic: Statistic = Statistic.MEAN, row: int = 2) -> PublishedAverage:  # fmt: skip
    return PublishedAverage(
        row=row, year=year, scope=scope, statistic=statistic,
        index=None if index is None else D(index), domains=domains, source="report",
    )  # fmt: skip


def sumut_2024() -> ResultSet:
    return ResultSet(
        [
            result("Kota Medan", "3.00", province="Sumatera Utara", domains=("3", "3", "3", "3")),
            result("Kota Binjai", "2.00", province="Sumatera Utara", domains=("2", "2", "2", "2")),
            result("Kabupaten Karo", "2.50", kind=Kind.KABUPATEN, province="Sumatera Utara"),
            result("Kota Denpasar", "4.00", province="Bali"),
            result(
                "Provinsi Sumatera Utara", "3.50", kind=Kind.PROVINSI, province="Sumatera Utara"
            ),
            result("Kementerian Sosial", "1.50", kind=Kind.PUSAT),
            result("Kota Medan", "2.40", province="Sumatera Utara", year=2023),
            result(
                "Kota Medan", "2.10", province="Sumatera Utara", year=2022, framework="spbe-2018"
            ),
        ]
    )


# References


def test_without_printed_figures_the_national_average_is_computed_from_every_result():
    reference = References(sumut_2024(), []).national(2024, "spbe-2020")
    assert reference == Reference(
        index=D("16.50") / 6, domains=(D("2.5"), D("2.5"), D("2.5"), D("2.5")),
        source=Source.COMPUTED, count=6,
    )  # fmt: skip


def test_the_category_average_is_computed_from_the_agencies_of_that_kind():
    reference = References(sumut_2024(), []).category(2024, "spbe-2020", Kind.KOTA)
    assert (reference.index, reference.count) == (D("3.00"), 3)


def test_a_category_without_agencies_has_no_average():
    results = ResultSet([result("Kota Medan", "3.00")])
    assert References(results, []).category(2024, "spbe-2020", Kind.PUSAT) is None


def test_a_printed_average_wins_over_the_computed_one_and_has_no_count():
    references = References(sumut_2024(), [printed(2024, "Nasional", "2.90")])
    reference = references.national(2024, "spbe-2020")
    assert (reference.index, reference.source, reference.count) == (
        D("2.90"),
        Source.PUBLISHED,
        None,
    )


def test_a_printed_category_average_is_found_by_the_kinds_scope():
    references = References(sumut_2024(), [printed(2024, "Kota", "3.33")])
    assert references.category(2024, "spbe-2020", Kind.KOTA).index == D("3.33")
    assert references.category(2024, "spbe-2020", Kind.KABUPATEN).source is Source.COMPUTED


def test_printed_maxima_minima_and_blank_indices_are_not_averages():
    published = [
        printed(2024, "Nasional", "4.80", statistic=Statistic.MAX),
        printed(2024, "Nasional", "1.10", statistic=Statistic.MIN),
        printed(2024, "Nasional", None),
    ]
    assert References(sumut_2024(), published).national(2024, "spbe-2020").source is Source.COMPUTED


def test_of_two_printed_figures_the_one_whose_domains_give_its_index_wins():
    published = [
        printed(2024, "Nasional", "3.00", domains=CONSISTENT, row=2),
        printed(2024, "Nasional", "3.16", domains=CONSISTENT, row=3),
    ]
    assert References(sumut_2024(), published).national(2024, "spbe-2020").index == D("3.16")


def test_of_two_printed_figures_equally_consistent_the_first_wins():
    published = [printed(2024, "Nasional", "3.01", row=2), printed(2024, "Nasional", "3.02", row=3)]
    assert References(sumut_2024(), published).national(2024, "spbe-2020").index == D("3.01")


def test_a_consistent_figure_is_not_replaced_by_a_later_inconsistent_one():
    published = [
        printed(2024, "Nasional", "3.16", domains=CONSISTENT, row=2),
        printed(2024, "Nasional", "2.00", domains=CONSISTENT, row=3),
    ]
    assert References(sumut_2024(), published).national(2024, "spbe-2020").index == D("3.16")


def test_a_year_with_a_printed_average_but_incomplete_results_still_has_the_printed_one():
    references = References(sumut_2024(), [printed(2019, "Nasional", "2.18")])
    assert references.national(2019, "spbe-2020").index == D("2.18")


def test_a_year_with_incomplete_results_and_nothing_printed_has_no_average():
    # 2023 has one result against six in 2024: scattered, not a national report.
    references = References(sumut_2024(), [])
    assert references.national(2023, "spbe-2020") is None
    assert references.province(2023, "spbe-2020", "Sumatera Utara") is None


def test_the_province_average_covers_its_kabupaten_and_kota_only():
    reference = References(sumut_2024(), []).province(2024, "spbe-2020", "Sumatera Utara")
    assert (reference.index, reference.count, reference.source) == (D("2.50"), 3, Source.COMPUTED)


def test_a_province_with_one_agency_averages_that_agency():
    reference = References(sumut_2024(), []).province(2024, "spbe-2020", "Bali")
    assert (reference.index, reference.count) == (D("4.00"), 1)


def test_an_agency_without_a_province_has_no_province_average():
    assert References(sumut_2024(), []).province(2024, "spbe-2020", None) is None


def test_an_unknown_province_has_no_average():
    assert References(sumut_2024(), []).province(2024, "spbe-2020", "Atlantis") is None


# History


def test_the_history_lists_each_year_of_the_spbe_lineage_with_its_averages():
    results = sumut_2024()
    history = agency_history(results, References(results, []), "kota:medan")
    assert [(e.year, e.framework, e.index) for e in history] == [
        (2022, "spbe-2018", D("2.10")),
        (2023, "spbe-2020", D("2.40")),
        (2024, "spbe-2020", D("3.00")),
    ]
    assert history[-1].category.index == D("3.00")
    assert history[1].national is None


def test_the_history_can_be_limited_to_some_frameworks():
    results = sumut_2024()
    history = agency_history(
        results, References(results, []), "kota:medan", frameworks=["spbe-2018"]
    )
    assert [e.year for e in history] == [2022]


def test_the_history_of_an_unknown_agency_is_empty():
    results = sumut_2024()
    assert agency_history(results, References(results, []), "kota:atlantis") == ()


def test_the_lineage_joins_the_two_spbe_frameworks_only():
    assert SPBE_LINEAGE == ("spbe-2018", "spbe-2020")


# The whole page


def test_the_page_ranks_a_kota_among_all_kota_and_in_its_province():
    results = sumut_2024()
    page = agency_benchmark(results, References(results, []), "kota:medan", 2024)
    assert page.result.agency == "Kota Medan"
    assert (page.rank_in_kind.position, page.rank_in_kind.total) == (2, 3)
    assert (page.rank_in_province.position, page.rank_in_province.total) == (1, 3)
    assert page.domains.agency == (D("3"), D("3"), D("3"), D("3"))
    assert page.domains.province.count == 3
    assert len(page.history) == 3


def test_a_province_is_ranked_among_provinces_and_compared_with_its_kabupaten_and_kota():
    results = sumut_2024()
    key = results.of_kind(2024, "spbe-2020", Kind.PROVINSI)[0].agency_key
    page = agency_benchmark(results, References(results, []), key, 2024)
    assert page.rank_in_province is None
    assert (page.rank_in_kind.position, page.rank_in_kind.total) == (1, 1)
    assert (page.domains.province.index, page.domains.province.count) == (D("2.50"), 3)


def test_a_central_agency_has_no_province_average_or_rank():
    results = sumut_2024()
    key = results.of_kind(2024, "spbe-2020", Kind.PUSAT)[0].agency_key
    page = agency_benchmark(results, References(results, []), key, 2024)
    assert page.rank_in_province is None
    assert page.domains.province is None
    assert page.domains.category.count == 1


def test_a_year_with_incomplete_results_has_no_ranks():
    results = sumut_2024()
    page = agency_benchmark(results, References(results, []), "kota:medan", 2023)
    assert page is not None
    assert (page.rank_in_kind, page.rank_in_province) == (None, None)


def test_an_agency_without_a_result_that_year_has_no_page():
    results = sumut_2024()
    references = References(results, [])
    assert agency_benchmark(results, references, "kota:medan", 2021) is None
    assert agency_benchmark(results, references, "kota:medan", 2022) is None  # an SPBE 2018 year
    assert (
        agency_benchmark(results, references, "kota:medan", 2022, framework="spbe-2018") is not None
    )


def test_tied_agencies_share_their_rank_on_the_page():
    results = ResultSet(
        [result("Kota A", "3.00"), result("Kota B", "3.00"), result("Kota C", "2.00")]
    )
    page = agency_benchmark(results, References(results, []), "kota:b", 2024)
    assert (page.rank_in_kind.position, page.rank_in_kind.tied) == (1, 2)
    assert page.rank_in_kind.is_tied
