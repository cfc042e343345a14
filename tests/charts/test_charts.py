"""Server-side charts: valid, labelled, deterministic SVG and PNG from plain data."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest

from spbe.charts import (
    PALETTE,
    Chart,
    HistoryLabels,
    HistoryPoint,
    ProgressLabels,
    Role,
    Series,
    SeriesComparison,
    UnitProgress,
    comparison_bars,
    comparison_radar,
    index_history,
    indicator_bars,
    unit_progress,
)

SVG = "{http://www.w3.org/2000/svg}"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DOMAINS = ["Kebijakan Internal", "Tata Kelola", "Manajemen", "Layanan"]
EMPTY = "Belum ada data"


def domains(*, missing: bool = False) -> SeriesComparison:
    return SeriesComparison(
        labels=DOMAINS,
        series=[
            Series("Penilaian mandiri", [Decimal("3.50"), Decimal("2.70"), Decimal("1.36"), Decimal("3.74")], Role.SELF),
            Series("Hasil verifikasi", [Decimal("3.30"), None if missing else Decimal("2.50"), Decimal("1.00"), Decimal("3.56")], Role.VERIFIED),
            Series("Asesor eksternal", [Decimal("3.10"), Decimal("2.40"), None if missing else Decimal("1.00"), Decimal("5.00")], Role.EXTERNAL),
        ],
        target=Decimal("3.50"),
        target_label="Target indeks",
    )  # fmt: skip


def history(*, missing: bool = False) -> list[HistoryPoint]:
    return [
        HistoryPoint(2021, Decimal("1.53"), Decimal("2.24")),
        HistoryPoint(2022, None if missing else Decimal("2.35"), Decimal("2.34")),
        HistoryPoint(2024, Decimal("3.06"), Decimal("3.12"), Decimal("3.20"), None),
        HistoryPoint(2023, Decimal("2.84"), Decimal("2.79"), Decimal("2.90"), Decimal("2.60")),
    ]


HISTORY_LABELS = HistoryLabels(
    index="Kota Pematangsiantar",
    national_average="Rerata nasional",
    category_average="Rerata kota",
    province_average="Rerata Sumatera Utara",
    target="Target indeks",
)
PROGRESS_LABELS = ProgressLabels("Terverifikasi", "Dikirim", "Terlambat", "Belum dikirim")
UNITS = [
    UnitProgress("Dinas Komunikasi dan Informatika", assigned=20, submitted=15, verified=10, overdue=2),
    UnitProgress("Bappeda", assigned=8, submitted=8, verified=8),
    UnitProgress("BKPSDM", assigned=5, submitted=0, verified=0, overdue=5),
]  # fmt: skip


def every_chart(*, missing: bool = False) -> dict[str, Chart]:
    data = domains(missing=missing)
    indicators = SeriesComparison(
        labels=[f"Indikator {n}" for n in range(1, 11)],
        series=[
            Series("Mandiri", [Decimal(n % 5 + 1) for n in range(10)], Role.SELF),
            Series("Verifikasi", [None if missing and n == 3 else Decimal(2) for n in range(10)], Role.VERIFIED),
        ],
    )  # fmt: skip
    return {
        "bars": comparison_bars(data, title="Indeks per domain"),
        "radar": comparison_radar(data, title="Indeks per domain (radar)"),
        "indicators": indicator_bars(indicators, title="Tingkat kematangan per indikator"),
        "history": index_history(
            history(missing=missing),
            title="Riwayat indeks",
            labels=HISTORY_LABELS,
            target=Decimal("3.50"),
        ),
        "progress": unit_progress(UNITS, title="Progres per OPD", labels=PROGRESS_LABELS),
    }


def texts(svg: str) -> list[str]:
    root = ET.fromstring(svg)
    return [element.text or "" for element in root.iter(f"{SVG}text")]


def shown_text(svg: str) -> str:
    """All text of the chart in drawing order; a wrapped label reads as one phrase."""
    return " ".join(texts(svg))


@pytest.mark.parametrize("name", sorted(every_chart()))
def test_each_chart_renders_a_valid_svg_named_by_its_title(name):
    chart = every_chart()[name]
    root = ET.fromstring(chart.svg())
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}title").text == chart.title
    assert root.get("role") == "img"


@pytest.mark.parametrize("name", sorted(every_chart()))
def test_each_chart_renders_a_png(name):
    png = every_chart()[name].png(dpi=72)
    assert png.startswith(PNG_SIGNATURE)


@pytest.mark.parametrize("name", sorted(every_chart()))
def test_each_chart_renders_the_same_svg_every_time(name):
    first = every_chart()[name].svg()
    assert every_chart()[name].svg() == first


@pytest.mark.parametrize("name", sorted(every_chart(missing=True)))
def test_each_chart_accepts_missing_values(name):
    assert ET.fromstring(every_chart(missing=True)[name].svg()) is not None


def test_the_domain_bars_show_the_labels_legends_and_values_passed_in():
    shown = shown_text(comparison_bars(domains(), title="Indeks per domain").svg())
    for label in [*DOMAINS, "Penilaian mandiri", "Hasil verifikasi", "Asesor eksternal"]:
        assert label in shown
    assert "Target indeks" in shown
    assert "3,74" in shown


def test_the_domain_bars_write_values_with_the_decimal_mark_asked_for():
    shown = texts(comparison_bars(domains(), title="Domain", decimal_mark=".").svg())
    assert "3.74" in shown
    assert "3,74" not in shown


def test_a_missing_value_is_marked_with_a_dash_not_drawn_as_zero():
    assert "–" in texts(comparison_bars(domains(missing=True), title="Domain").svg())


def test_the_radar_names_every_spoke():
    shown = shown_text(comparison_radar(domains(), title="Radar").svg())
    assert all(label in shown for label in DOMAINS)


def test_a_radar_of_two_labels_falls_back_to_bars():
    data = SeriesComparison(["A", "B"], [Series("Mandiri", [Decimal(2), Decimal(3)], Role.SELF)])
    root = ET.fromstring(comparison_radar(data, title="Dua").svg())
    assert root.find(f"{SVG}title").text == "Dua"


def test_the_history_lists_the_years_in_order_and_names_each_average():
    svg = index_history(history(), title="Riwayat", labels=HISTORY_LABELS).svg()
    years = [text for text in texts(svg) if text in {"2021", "2022", "2023", "2024"}]
    assert years == ["2021", "2022", "2023", "2024"]
    for label in [
        "Kota Pematangsiantar",
        "Rerata nasional",
        "Rerata kota",
        "Rerata Sumatera Utara",
    ]:
        assert label in shown_text(svg)


def test_the_history_leaves_out_an_average_without_a_name():
    labels = HistoryLabels(index="Indeks", national_average="Rerata nasional")
    shown = texts(index_history(history(), title="Riwayat", labels=labels).svg())
    assert "Rerata nasional" in shown
    assert "Rerata kota" not in shown


def two_frameworks() -> list[HistoryPoint]:
    spbe, pemdi = "Indeks SPBE", "Indeks Pemdi"
    return [
        HistoryPoint(2023, Decimal("2.84"), series=spbe),
        HistoryPoint(2024, Decimal("3.06"), series=spbe),
        HistoryPoint(2026, Decimal("1.28"), series=pemdi, label="2026 (berjalan)", unfinished=True),
    ]


def test_the_history_draws_each_series_as_its_own_line_and_marks_the_change():
    labels = HistoryLabels(index="Kota Uji", change="Kerangka evaluasi berganti")
    svg = index_history(two_frameworks(), title="Riwayat", labels=labels).svg()
    shown = texts(svg)
    assert {"Indeks SPBE", "Indeks Pemdi", "Kerangka evaluasi berganti"} <= set(shown)
    assert "Kota Uji" not in shown  # the series name the lines
    assert PALETTE[Role.EXTERNAL].lower() in svg.lower()
    assert PALETTE[Role.VERIFIED].lower() in svg.lower()


def test_the_history_writes_the_label_of_an_unfinished_year_on_its_tick():
    shown = texts(index_history(two_frameworks(), title="Riwayat", labels=HISTORY_LABELS).svg())
    assert [text for text in shown if text.startswith("20")] == ["2023", "2024", "2026 (berjalan)"]


def test_a_history_of_one_series_has_no_change_mark():
    labels = HistoryLabels(index="Kota Uji", change="Kerangka evaluasi berganti")
    shown = texts(index_history(history(), title="Riwayat", labels=labels).svg())
    assert "Kerangka evaluasi berganti" not in shown
    assert "Kota Uji" in shown


def test_the_unit_progress_names_every_unit_and_its_count():
    shown = texts(unit_progress(UNITS, title="Progres", labels=PROGRESS_LABELS).svg())
    assert {"Bappeda", "BKPSDM", "10/20", "8/8", "0/5", "Terlambat", "Belum dikirim"} <= set(shown)


@pytest.mark.parametrize(
    "chart",
    [
        comparison_bars(SeriesComparison([], []), title="Kosong", empty_text=EMPTY),
        comparison_radar(SeriesComparison(DOMAINS, []), title="Kosong", empty_text=EMPTY),
        indicator_bars(SeriesComparison([], []), title="Kosong", empty_text=EMPTY),
        index_history([], title="Kosong", labels=HISTORY_LABELS, empty_text=EMPTY),
        unit_progress([], title="Kosong", labels=PROGRESS_LABELS, empty_text=EMPTY),
    ],
    ids=["bars", "radar", "indicators", "history", "progress"],
)
def test_an_empty_chart_shows_the_callers_message(chart):
    assert EMPTY in texts(chart.svg())
    assert chart.png(dpi=50).startswith(PNG_SIGNATURE)


def test_labels_are_written_literally_and_escaped():
    label = "Audit TIK & <Keamanan> $x$"
    data = SeriesComparison([label, "B", "C"], [Series("Mandiri", [Decimal(1)] * 3, Role.SELF)])
    svg = comparison_bars(data, title="A & B").svg()
    assert label in shown_text(svg)
    assert ET.fromstring(svg).find(f"{SVG}title").text == "A & B"


def test_the_svg_can_be_inlined_in_html_without_prologue_or_global_style():
    svg = comparison_bars(domains(), title="Domain").svg()
    assert svg.startswith("<svg ")
    assert "<!DOCTYPE" not in svg
    assert "*{" not in svg.replace(".spbe-chart *{", "")
    assert 'id="figure_1"' not in svg


def test_charts_rendered_in_parallel_threads_equal_those_rendered_one_by_one():
    charts = list(every_chart().values()) * 2
    expected = [chart.svg() for chart in charts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(Chart.svg, charts)) == expected


def test_a_series_must_have_one_value_per_label():
    with pytest.raises(ValueError, match="3 values for 4 labels"):
        SeriesComparison(DOMAINS, [Series("Mandiri", [Decimal(1)] * 3, Role.SELF)])


def test_a_unit_cannot_have_more_verified_than_submitted_indicators():
    with pytest.raises(ValueError, match="verified"):
        UnitProgress("Bappeda", assigned=5, submitted=2, verified=3)


def test_a_unit_cannot_have_more_overdue_than_unsubmitted_indicators():
    with pytest.raises(ValueError, match="overdue"):
        UnitProgress("Bappeda", assigned=5, submitted=4, verified=0, overdue=2)
