"""The averages the national reports print, read from their file and checked against results."""

from __future__ import annotations

from decimal import Decimal

import pytest

from spbe.benchmarks.averages import Figures, Statistic
from spbe.benchmarks.dataset import ResultSet
from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.national import (
    KIND_SCOPE,
    NATIONAL_SCOPE,
    SCOPE_KINDS,
    AverageCheck,
    PublishedAverage,
    check_against_published,
    parse_national_averages,
    read_national_averages,
)
from tests.benchmarks.published_rows import result

D = Decimal
HEADER = "year,scope,statistic,index,D1,D2,D3,D4,source\n"


def parse(*rows: str) -> list[PublishedAverage]:
    return parse_national_averages([HEADER, *(f"{row}\n" for row in rows)])


def average(
    year: int, scope: str, index: str | None, statistic: Statistic = Statistic.MEAN
) -> PublishedAverage:
    return PublishedAverage(
        row=2, year=year, scope=scope, statistic=statistic,
        index=None if index is None else D(index), domains=(None, None, None, None), source="test",
    )  # fmt: skip


def test_a_row_is_read_with_its_figures_and_source():
    (found,) = parse("2024,Kota,rerata,3.12,2.5,3.0,,3.4,Laporan 2024")
    assert found == PublishedAverage(
        row=2,
        year=2024,
        scope="Kota",
        statistic=Statistic.MEAN,
        index=D("3.12"),
        domains=(D("2.5"), D("3.0"), None, D("3.4")),
        source="Laporan 2024",
    )


def test_rows_are_numbered_as_a_spreadsheet_numbers_them():
    rows = parse("2023,Nasional,rerata,2.79,,,,,a", "2024,Nasional,max,4.5,,,,,b")
    assert [row.row for row in rows] == [2, 3]
    assert rows[1].statistic is Statistic.MAX


def test_scope_and_statistic_are_read_without_surrounding_spaces():
    (found,) = parse("2024, Kota , min ,1.00,,,,,x")
    assert (found.scope, found.statistic) == ("Kota", Statistic.MIN)


def test_a_decimal_comma_is_read():
    (found,) = parse('2024,Kota,rerata,"3,12",,,,,x')
    assert found.index == D("3.12")


def test_a_blank_index_is_none():
    (found,) = parse("2024,Kota,rerata,,,,,,x")
    assert found.index is None


def test_a_file_without_a_source_column_gives_an_empty_source():
    found = parse_national_averages(
        ["year,scope,statistic,index,D1,D2,D3,D4\n", "2024,Kota,rerata,3,,,,\n"]
    )
    assert found[0].source == ""


def test_an_empty_file_has_no_averages():
    assert parse_national_averages([]) == []
    assert parse() == []


def test_it_rejects_an_unknown_statistic_naming_the_row():
    with pytest.raises(ValueError, match="row 3"):
        parse("2024,Kota,rerata,3,,,,,x", "2024,Kota,median,3,,,,,x")


def test_it_rejects_a_year_that_is_not_a_number_naming_the_row():
    with pytest.raises(ValueError, match="row 2"):
        parse("dua ribu,Kota,rerata,3,,,,,x")


def test_it_rejects_a_value_that_is_not_a_number_naming_the_row_and_column():
    with pytest.raises(ValueError, match=r"row 2, D3: 'tiga' is not a number"):
        parse("2024,Kota,rerata,3,1,2,tiga,4,x")


def test_it_rejects_a_file_without_a_statistic_column():
    with pytest.raises(ValueError, match="row 2"):
        parse_national_averages(["year,scope,index\n", "2024,Kota,3\n"])


def test_the_shipped_file_reads_and_holds_a_national_mean_for_each_year_from_2018():
    averages = read_national_averages()
    national_years = {
        a.year for a in averages if a.scope == NATIONAL_SCOPE and a.statistic is Statistic.MEAN
    }
    assert set(range(2018, 2025)) <= national_years
    assert all(a.index is None or 0 <= a.index <= 5 for a in averages)


def test_a_file_elsewhere_in_the_same_format_is_read(tmp_path):
    path = tmp_path / "averages.csv"
    path.write_text("\ufeff" + HEADER + "2024,Kota,rerata,3.12,,,,,x\n", encoding="utf-8")
    assert [a.index for a in read_national_averages(path)] == [D("3.12")]


def test_the_national_scope_covers_every_kind_and_each_kind_has_its_own_scope():
    assert SCOPE_KINDS[NATIONAL_SCOPE] == frozenset(Kind)
    assert set(KIND_SCOPE) == set(Kind)
    for kind, scope in KIND_SCOPE.items():
        assert SCOPE_KINDS[scope] == frozenset({kind})


def test_the_regional_scope_is_every_kind_but_central_agencies():
    assert SCOPE_KINDS["Pemerintah Daerah"] == frozenset(kind for kind in Kind if kind.is_regional)


# Checking printed averages against the results


def complete_year() -> ResultSet:
    return ResultSet(
        [
            result("Kota Medan", "3.00", domains=("2.00", "3.00", "1.00", "4.00")),
            result("Kota Binjai", "2.00", domains=("1.00", None, "1.00", "2.00")),
            result("Kabupaten Karo", "4.00", kind=Kind.KABUPATEN),
            result("Kementerian Sosial", "1.00", kind=Kind.PUSAT),
        ]
    )


def test_a_printed_kind_average_is_recomputed_from_that_kind():
    (check,) = check_against_published(complete_year(), [average(2024, "Kota", "2.50")])
    assert check.computed.count == 2
    assert check.computed.index == D("2.50")
    assert check.index_difference == 0


def test_a_printed_national_average_is_recomputed_from_every_kind():
    (check,) = check_against_published(complete_year(), [average(2024, NATIONAL_SCOPE, "2.40")])
    assert check.computed.count == 4
    assert check.index_difference == D("0.10")


def test_the_statistic_printed_is_the_statistic_computed():
    (check,) = check_against_published(
        complete_year(), [average(2024, "Kota", "3.00", Statistic.MAX)]
    )
    assert check.computed.index == D("3.00")


def test_a_scope_the_results_cannot_reproduce_is_skipped():
    assert check_against_published(complete_year(), [average(2024, "Kementerian", "3.00")]) == []


def test_a_year_without_complete_results_is_skipped():
    assert check_against_published(complete_year(), [average(2019, NATIONAL_SCOPE, "2.18")]) == []


def test_nothing_to_check_gives_no_checks():
    assert check_against_published(ResultSet([]), []) == []


def test_the_difference_is_computed_minus_published_after_rounding_half_up_as_printed():
    computed = Figures(count=3, index=D("2.3333333"), domains=(D("1.005"), None, D("2"), D("3")))
    published = PublishedAverage(
        2, 2024, "Kota", Statistic.MEAN, D("2.30"), (D("1.00"), D("1"), None, D("3.10")), "x"
    )
    check = AverageCheck(published, computed)
    assert check.index_difference == D("0.03")
    assert check.domain_differences == (D("0.01"), None, None, D("-0.10"))


def test_there_is_no_difference_without_a_printed_index():
    check = AverageCheck(
        average(2024, "Kota", None), Figures(count=1, index=D(3), domains=(None,) * 4)
    )
    assert check.index_difference is None
