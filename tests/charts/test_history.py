"""The index over the years against its averages: years in order, gaps, names and the target."""

from __future__ import annotations

from decimal import Decimal

from matplotlib.figure import Figure

from spbe.charts.data import HistoryLabels, HistoryPoint
from spbe.charts.history import index_history
from tests.charts.svg import parse, texts, title, words

D = Decimal
LABELS = HistoryLabels(
    index="Kota Medan",
    national_average="Rerata nasional",
    category_average="Rerata kota",
    province_average="Rerata provinsi",
    target="Target indeks",
)


def point(
    year: int, index: str | None, national: str | None = None, category: str | None = None
) -> HistoryPoint:
    return HistoryPoint(
        year,
        None if index is None else D(index),
        None if national is None else D(national),
        None if category is None else D(category),
    )  # fmt: skip


def chart(points, **options):
    return index_history(
        points,
        title=options.pop("title", "Riwayat indeks"),
        labels=options.pop("labels", LABELS),
        **options,
    )


def test_the_history_is_valid_svg_named_by_its_title():
    svg = chart([point(2023, "2.84"), point(2024, "3.06")]).svg()
    parse(svg)
    assert title(svg) == "Riwayat indeks"


def test_each_year_is_a_tick_in_order_whatever_the_input_order():
    shown = texts(chart([point(2024, "3.06"), point(2021, "1.53"), point(2023, "2.84")]).svg())
    years = [text for text in shown if len(text) == 4 and text.isdigit()]
    assert years == ["2021", "2023", "2024"]


def test_a_year_not_given_is_not_a_tick():
    shown = texts(chart([point(2021, "1.53"), point(2024, "3.06")]).svg())
    assert "2022" not in shown and "2023" not in shown


def test_the_index_is_printed_with_a_decimal_comma_by_default():
    shown = texts(chart([point(2023, "2.84"), point(2024, "3.06")]).svg())
    assert "2,84" in shown and "3,06" in shown


def test_the_index_is_printed_with_the_decimal_mark_asked_for():
    shown = texts(chart([point(2024, "3.06")], decimal_mark=".").svg())
    assert "3.06" in shown and "3,06" not in shown


def test_a_missing_index_is_not_printed():
    shown = texts(chart([point(2022, None), point(2023, "2.84")]).svg())
    assert "2,84" in shown
    assert sum("," in text for text in shown) == 1


def test_an_average_is_named_only_if_some_year_has_it():
    shown = words(chart([point(2023, "2.84", national="2.79"), point(2024, "3.06")]).svg())
    assert "Rerata nasional" in shown
    assert "Rerata kota" not in shown and "Rerata provinsi" not in shown


def test_an_average_without_a_name_is_not_drawn():
    labels = HistoryLabels(index="Kota Medan", national_average="")
    shown = words(chart([point(2024, "3.06", national="3.12")], labels=labels).svg())
    assert "Kota Medan" in shown and "3,12" not in shown


def test_the_target_is_named_only_when_there_is_one():
    data = [point(2024, "3.06")]
    assert "Target indeks" not in words(chart(data).svg())
    assert "Target indeks" in words(chart(data, target=D("3.50")).svg())


def test_one_year_renders_with_its_value():
    shown = texts(chart([point(2024, "3.06", national="3.12", category="3.20")]).svg())
    assert "2024" in shown and "3,06" in shown


def test_no_years_show_the_callers_message():
    assert texts(chart([], empty_text="Belum ada riwayat").svg()) == ["Belum ada riwayat"]


def test_the_legend_names_the_agency_first():
    shown = texts(chart([point(2024, "3.06", national="3.12", category="3.20")]).svg())
    legend = [text for text in shown if text in {"Kota Medan", "Rerata nasional", "Rerata kota"}]
    assert legend == ["Kota Medan", "Rerata nasional", "Rerata kota"]


def test_the_same_history_gives_the_same_svg():
    data = [point(2023, "2.84", national="2.79"), point(2024, "3.06")]
    assert chart(data).svg() == chart(list(reversed(data))).svg()


def target_extent(drawn) -> tuple[float, float]:
    """Where the target line starts and ends on the x axis (years)."""
    figure = Figure()
    drawn.draw(figure)
    (collection,) = figure.axes[0].collections
    ((start, _y0), (end, _y1)) = collection.get_segments()[0]
    return float(start), float(end)


def two_frameworks() -> list[HistoryPoint]:
    return [
        HistoryPoint(2023, D("2.84"), series="SPBE"),
        HistoryPoint(2024, D("3.06"), series="SPBE"),
        HistoryPoint(2026, D("1.28"), series="Pemdi", unfinished=True),
    ]


def test_the_target_runs_over_the_years_of_its_own_framework_only():
    drawn = chart(two_frameworks(), target=D("2.50"), target_series="Pemdi")
    assert target_extent(drawn) == (2025.0, 2026.5)
    drawn = chart(two_frameworks(), target=D("3.00"), target_series="SPBE")
    assert target_extent(drawn) == (2022.5, 2025.0)


def test_a_target_of_no_named_series_runs_across_the_chart():
    assert target_extent(chart(two_frameworks(), target=D("2.50"))) == (2022.5, 2026.5)
