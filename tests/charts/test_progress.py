"""The unit progress chart: one bar per unit, in order, each ending with verified/assigned."""

from __future__ import annotations

from spbe.charts.data import ProgressLabels, UnitProgress
from spbe.charts.progress import unit_progress
from tests.charts.svg import parse, texts, title, words

LABELS = ProgressLabels("Terverifikasi", "Dikirim", "Terlambat", "Belum dikirim")


def units(*counts: tuple[str, int, int, int, int]) -> list[UnitProgress]:
    return [UnitProgress(name, a, s, v, o) for name, a, s, v, o in counts]


def chart(data, **options):
    return unit_progress(
        data, title=options.pop("title", "Progres per OPD"), labels=LABELS, **options
    )


def test_the_chart_is_valid_svg_named_by_its_title():
    svg = chart(units(("Bappeda", 8, 8, 8, 0))).svg()
    parse(svg)
    assert title(svg) == "Progres per OPD"


def test_each_bar_ends_with_verified_over_assigned():
    shown = texts(chart(units(("Diskominfo", 20, 15, 10, 2), ("Bappeda", 8, 8, 8, 0))).svg())
    assert "10/20" in shown and "8/8" in shown


def test_the_units_appear_in_the_order_given():
    shown = texts(
        chart(units(("Zeta", 1, 0, 0, 0), ("Alfa", 1, 0, 0, 0), ("Beta", 1, 0, 0, 0))).svg()
    )
    names = [text for text in shown if text in {"Zeta", "Alfa", "Beta"}]
    assert names == ["Zeta", "Alfa", "Beta"]


def test_the_legend_names_all_four_segments():
    shown = words(chart(units(("Bappeda", 8, 4, 2, 1))).svg())
    assert all(name in shown for name in ("Terverifikasi", "Dikirim", "Terlambat", "Belum dikirim"))


def test_a_unit_with_nothing_assigned_still_renders():
    shown = texts(chart(units(("Sekretariat DPRD", 0, 0, 0, 0))).svg())
    assert "0/0" in shown


def test_all_units_with_nothing_assigned_render():
    shown = texts(chart(units(("A", 0, 0, 0, 0), ("B", 0, 0, 0, 0))).svg())
    assert shown.count("0/0") == 2


def test_no_units_show_the_callers_message():
    assert texts(chart([], empty_text="Belum ada OPD").svg()) == ["Belum ada OPD"]


def test_a_long_unit_name_is_shortened_with_an_ellipsis():
    name = "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana"
    shown = words(chart(units((name, 3, 1, 0, 0))).svg())
    assert "…" in shown
    assert name not in shown


def test_the_chart_grows_with_the_number_of_units():
    one = chart(units(("U", 1, 0, 0, 0)))
    few = chart(units(*[(f"U{n}", 1, 0, 0, 0) for n in range(3)]))
    many = chart(units(*[(f"U{n}", 1, 0, 0, 0) for n in range(30)]))
    assert one.height == 2.0  # never shorter than the legend needs
    assert many.height > few.height


def test_the_same_units_give_the_same_svg():
    data = units(("Diskominfo", 20, 15, 10, 2))
    assert chart(data).svg() == chart(data).svg()
