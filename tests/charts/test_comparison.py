"""Grouped bars, indicator rows and the radar: labels, values, gaps, targets and empty data."""

from __future__ import annotations

from decimal import Decimal

import pytest

from spbe.charts.comparison import comparison_bars, comparison_radar, indicator_bars
from spbe.charts.data import Role, Series, SeriesComparison
from spbe.charts.style import A4_WIDTH, MISSING_MARK
from tests.charts.svg import parse, texts, title, words

D = Decimal
DOMAINS = ["Kebijakan Internal", "Tata Kelola", "Manajemen", "Layanan"]


def comparison(
    *series: tuple[str, list[str | None], Role], labels=DOMAINS, target: str | None = None
) -> SeriesComparison:
    return SeriesComparison(
        labels=labels,
        series=[Series(name, [None if v is None else D(v) for v in values], role) for name, values, role in series],
        target=None if target is None else D(target),
        target_label="Target indeks" if target else "",
    )  # fmt: skip


SELF = ("Mandiri", ["3.50", "2.70", "1.36", "3.74"], Role.SELF)
VERIFIED = ("Verifikasi", ["3.30", None, "1.00", "3.56"], Role.VERIFIED)


def test_the_bars_are_valid_svg_named_by_the_title():
    svg = comparison_bars(comparison(SELF), title="Indeks per domain").svg()
    parse(svg)
    assert title(svg) == "Indeks per domain"


def test_the_bars_print_each_value_with_a_decimal_comma_by_default():
    shown = texts(comparison_bars(comparison(SELF), title="t").svg())
    assert {"3,50", "2,70", "1,36", "3,74"} <= set(shown)


def test_the_bars_print_values_with_the_decimal_mark_asked_for():
    shown = texts(comparison_bars(comparison(SELF), title="t", decimal_mark=".").svg())
    assert "3.50" in shown and "3,50" not in shown


def test_the_bars_round_values_half_up_to_two_decimals():
    data = comparison(("x", ["2.345", "1.005", "4", "5"], Role.SELF))
    shown = texts(comparison_bars(data, title="t").svg())
    assert {"2,35", "1,01", "4,00", "5,00"} <= set(shown)


def test_a_missing_value_is_a_dash_not_a_bar_of_zero():
    shown = texts(comparison_bars(comparison(VERIFIED), title="t").svg())
    assert shown.count(MISSING_MARK) == 1
    assert "0,00" not in shown


def test_the_legend_names_each_series_and_the_target():
    shown = words(comparison_bars(comparison(SELF, VERIFIED, target="3.50"), title="t").svg())
    assert "Mandiri" in shown and "Verifikasi" in shown and "Target indeks" in shown


def test_without_a_target_there_is_no_target_in_the_legend():
    assert "Target indeks" not in words(comparison_bars(comparison(SELF), title="t").svg())


def test_the_labels_are_written_out():
    shown = words(comparison_bars(comparison(SELF), title="t").svg())
    assert all(label in shown for label in DOMAINS)


def test_the_title_is_printed_on_the_chart_only_when_asked():
    data = comparison(SELF)
    assert "Indeks per domain" not in texts(comparison_bars(data, title="Indeks per domain").svg())
    assert "Indeks per domain" in texts(
        comparison_bars(data, title="Indeks per domain", show_title=True).svg()
    )


def test_a_comparison_of_one_label_and_one_series_renders():
    data = comparison(("Mandiri", ["2.00"], Role.SELF), labels=["Layanan"])
    assert "2,00" in texts(comparison_bars(data, title="t").svg())


def test_crowded_bars_leave_their_values_out():
    labels = [f"Indikator {n}" for n in range(1, 48)]
    data = comparison(*[(f"s{k}", ["3"] * 47, Role.SELF) for k in range(3)], labels=labels)
    assert "3,00" not in texts(comparison_bars(data, title="t").svg())


def test_a_negative_value_still_renders_and_is_printed():
    data = comparison(("x", ["-0.50", "1", "2", "3"], Role.SELF))
    assert "-0,50" in texts(comparison_bars(data, title="t").svg())


@pytest.mark.parametrize("chart", [comparison_bars, indicator_bars, comparison_radar])
@pytest.mark.parametrize(
    "data", [SeriesComparison([], []), SeriesComparison(DOMAINS, [])], ids=["nothing", "no series"]
)
def test_an_empty_comparison_shows_the_callers_message(chart, data):
    svg = chart(data, title="Kosong", empty_text="Belum ada data").svg()
    assert texts(svg) == ["Belum ada data"]


def test_the_bars_are_as_wide_as_the_a4_text():
    chart = comparison_bars(comparison(SELF), title="t")
    assert (chart.width, chart.height) == (A4_WIDTH, 3.4)


def test_indicator_rows_name_each_indicator_and_mark_a_missing_value():
    labels = [f"Indikator {n}" for n in range(1, 6)]
    data = comparison(("Mandiri", ["1", "2", None, "4", "5"], Role.SELF), labels=labels)
    svg = indicator_bars(data, title="Per indikator").svg()
    assert title(svg) == "Per indikator"
    shown = texts(svg)
    assert all(label in shown for label in labels)
    assert shown.count(MISSING_MARK) == 1


def test_indicator_rows_grow_with_the_number_of_indicators_and_series():
    def height(rows: int, bars: int) -> float:
        labels = [f"I{n}" for n in range(rows)]
        data = comparison(*[(f"s{k}", ["1"] * rows, Role.SELF) for k in range(bars)], labels=labels)
        return indicator_bars(data, title="t").height

    assert height(47, 3) > height(10, 3) > height(10, 1) >= 2.0
    assert height(1, 1) == 2.0


def test_indicator_rows_show_the_target_in_the_legend():
    data = comparison(SELF, target="4.00")
    assert "Target indeks" in words(indicator_bars(data, title="t").svg())


def test_the_radar_has_one_spoke_label_per_domain_and_its_legend():
    shown = words(comparison_radar(comparison(SELF, VERIFIED, target="3.50"), title="Radar").svg())
    assert all(label in shown for label in DOMAINS)
    assert "Mandiri" in shown and "Target indeks" in shown


def test_the_radar_is_taller_than_the_bars():
    assert comparison_radar(comparison(SELF), title="t").height == 4.4


@pytest.mark.parametrize("labels", [["Layanan"], ["Kebijakan", "Layanan"]])
def test_a_radar_of_fewer_than_three_labels_falls_back_to_bars(labels):
    data = comparison(("x", ["2"] * len(labels), Role.SELF), labels=labels)
    radar = comparison_radar(data, title="t")
    assert radar.height == comparison_bars(data, title="t").height
    assert radar.svg() == comparison_bars(data, title="t").svg()


def test_a_radar_with_a_missing_value_still_renders_its_spokes():
    shown = words(comparison_radar(comparison(VERIFIED), title="t").svg())
    assert all(label in shown for label in DOMAINS)
