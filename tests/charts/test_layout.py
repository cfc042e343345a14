"""Margins from the labels: every chart's text stays inside the figure and clear of the legend."""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal

import matplotlib
import pytest
from matplotlib.backends.backend_svg import RendererSVG
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from spbe.charts import (
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
from spbe.charts.layout import text_height, text_width
from spbe.charts.style import RC
from tests.charts.svg import SVG, parse

LONG_UNIT = "Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah Kabupaten Kepulauan Seribu"
ASPECTS = [
    "Kebijakan Internal Tata Kelola SPBE",
    "Perencanaan Strategis SPBE",
    "Teknologi Informasi dan Komunikasi",
    "Penyelenggara SPBE",
    "Penerapan Manajemen SPBE",
    "Pelaksanaan Audit TIK",
    "Layanan Administrasi Pemerintahan Berbasis Elektronik",
    "Layanan Publik Berbasis Elektronik",
]


def comparison(labels: list[str]) -> SeriesComparison:
    def values(step: int) -> list[Decimal | None]:
        return [Decimal(1 + (n * step) % 4) for n in range(len(labels))]

    return SeriesComparison(
        labels=labels,
        series=[
            Series("Mandiri", values(3), Role.SELF),
            Series("Terverifikasi oleh koordinator", values(5), Role.VERIFIED),
            Series("Evaluator eksternal", values(7), Role.EXTERNAL),
        ],
        target=Decimal("3.5"),
        target_label="Target indeks",
    )


CHARTS: dict[str, Callable[[], Chart]] = {
    "units with a long name": lambda: unit_progress(
        [UnitProgress(LONG_UNIT, 9, 5, 3, 2), UnitProgress("RSUD", 3, 1, 1, 0)],
        title="Progres per unit",
        labels=ProgressLabels("Terverifikasi", "Dikirim", "Terlambat", "Belum dikirim"),
        show_title=True,
    ),
    "aspects as bars": lambda: comparison_bars(comparison(ASPECTS), title="Indeks per aspek"),
    "aspects as a radar": lambda: comparison_radar(comparison(ASPECTS), title="Indeks"),
    "indicators": lambda: indicator_bars(comparison(ASPECTS[:5]), title="Indikator"),
    "history": lambda: index_history(
        [
            HistoryPoint(2022, Decimal("2.5"), Decimal("2.2"), series="SPBE 2020"),
            HistoryPoint(2023, Decimal("3.1"), Decimal("2.4"), series="SPBE 2020"),
            HistoryPoint(2026, Decimal("2.9"), series="PEMDI 2026", unfinished=True),
        ],
        title="Indeks dari tahun ke tahun",
        labels=HistoryLabels(
            index="Kota Contoh", national_average="Rata-rata nasional", change="Kerangka berubah"
        ),
        show_title=True,
    ),
}


def drawn(chart: Chart) -> tuple[Figure, list[tuple[Text, Bbox]]]:
    """The chart drawn by the SVG backend (in points, unhinted, as browsers and WeasyPrint
    draw its text) and each visible text with where it landed."""
    with matplotlib.rc_context({**RC, "figure.dpi": 72}):
        figure = Figure(figsize=(chart.width, chart.height))
        chart.draw(figure)
        renderer = RendererSVG(figure.bbox.width, figure.bbox.height, io.StringIO())
        figure.draw(renderer)
        texts = [
            (text, text.get_window_extent(renderer))
            for text in figure.findobj(Text)
            if text.get_visible() and text.get_text()
        ]
    return figure, texts


@pytest.mark.parametrize("name", CHARTS)
def test_every_text_stays_inside_the_figure(name):
    figure, texts = drawn(CHARTS[name]())
    page = figure.bbox
    for text, box in texts:
        inside = page.x0 <= box.x0 and box.x1 <= page.x1 and page.y0 <= box.y0 and box.y1 <= page.y1
        assert inside, f"{text.get_text()!r} at {box.extents} leaves the figure {page.extents}"


@pytest.mark.parametrize("name", CHARTS)
def test_the_legend_and_the_title_overlap_no_other_text(name):
    figure, texts = drawn(CHARTS[name]())
    legend = figure.legends[0].get_window_extent(
        RendererSVG(figure.bbox.width, figure.bbox.height, io.StringIO())
    )
    title = figure.get_suptitle()
    for text, box in texts:
        in_legend = text.axes is None and text.get_text() in {
            str(h.get_text()) for h in figure.legends[0].get_texts()
        }
        if in_legend or text.get_text() == title:
            continue
        assert not box.overlaps(legend), f"{text.get_text()!r} runs into the legend"


def test_a_long_unit_name_keeps_its_whole_label_left_of_the_plot():
    figure, texts = drawn(CHARTS["units with a long name"]())
    plot = figure.axes[0].get_window_extent()
    [box] = [box for text, box in texts if text.get_text().startswith("Badan")]
    assert box.x0 >= 0
    assert box.x1 <= plot.x0


def test_text_is_measured_in_the_chart_font_and_grows_with_length_and_lines():
    with matplotlib.rc_context(RC):
        assert text_width("Bappeda", 9.0) < text_width("Bappeda dan Inspektorat", 9.0)
        assert text_width("Bappeda", 9.0) < text_width("Bappeda", 12.0)
        assert text_width("Bappeda\nRSUD", 9.0) == text_width("Bappeda", 9.0)
    assert text_height("a\nb", 9.0) > text_height("a", 9.0)


@pytest.mark.parametrize("name", CHARTS)
def test_the_svg_has_no_group_that_carries_nothing(name):
    root = parse(CHARTS[name]().svg())
    for group in root.iter(f"{SVG}g"):
        assert group.attrib, "a group without attributes is left in the SVG"
        assert len(group), "an empty group is left in the SVG"
