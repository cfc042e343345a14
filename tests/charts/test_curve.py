"""The cost curve of the optimal plans: a staircase from today's index, with the target line."""

from __future__ import annotations

import re
from decimal import Decimal

from spbe.charts.curve import CurveLabels, CurvePoint, cost_curve, distinct_marks
from tests.charts.svg import parse, texts, title, words

D = Decimal
LABELS = CurveLabels(curve="Rencana termurah", cost_axis="Biaya (poin usaha)", target="Target")


def points(*pairs: tuple[str, str]) -> list[CurvePoint]:
    return [CurvePoint(D(cost), D(index)) for cost, index in pairs]


def test_the_curve_is_valid_svg_named_by_its_title():
    svg = cost_curve(
        points(("0", "2.10"), ("5", "2.40")), title="Biaya dan indeks", labels=LABELS
    ).svg()
    parse(svg)
    assert title(svg) == "Biaya dan indeks"


def test_the_curve_names_its_line_and_cost_axis():
    shown = words(cost_curve(points(("0", "2.10"), ("5", "2.40")), title="t", labels=LABELS).svg())
    assert "Rencana termurah" in shown
    assert "Biaya (poin usaha)" in shown


def test_the_target_is_named_only_when_there_is_one():
    data = points(("0", "2.10"), ("5", "2.40"))
    assert "Target" not in texts(cost_curve(data, title="t", labels=LABELS).svg())
    assert "Target" in texts(cost_curve(data, title="t", labels=LABELS, target=D("2.30")).svg())


def test_the_points_may_come_in_any_order():
    forward = points(("0", "2.10"), ("5", "2.40"), ("9", "2.80"))
    backward = list(reversed(forward))
    assert (
        cost_curve(forward, title="t", labels=LABELS).svg()
        == cost_curve(backward, title="t", labels=LABELS).svg()
    )


def test_a_single_point_renders():
    svg = cost_curve(points(("0", "3.00")), title="t", labels=LABELS).svg()
    assert "Rencana termurah" in words(svg)


def test_no_points_show_the_callers_message():
    svg = cost_curve([], title="t", labels=LABELS, empty_text="Tidak ada rencana").svg()
    assert texts(svg) == ["Tidak ada rencana"]


def test_fractional_costs_render():
    svg = cost_curve(
        points(("0", "1.26"), ("0.5", "1.30"), ("2.75", "1.52")), title="t", labels=LABELS
    ).svg()
    parse(svg)


def test_the_curve_title_is_printed_only_when_asked():
    data = points(("0", "2"))
    assert "Judul" in texts(cost_curve(data, title="Judul", labels=LABELS, show_title=True).svg())
    assert "Judul" not in texts(cost_curve(data, title="Judul", labels=LABELS).svg())


def marks(svg: str) -> int:
    """How many point marks the SVG draws: each a ``<use>`` of the curve's marker, in the
    curve's colour (the axes' ticks are ``<use>`` elements too, in the text's)."""
    return len(re.findall(r'<use [^>]*style="fill: #0072b2', svg))


def test_every_point_of_a_sparse_curve_is_marked():
    sparse = [(0.0, 2.1), (5.0, 2.4), (9.0, 2.8)]
    assert distinct_marks([c for c, _ in sparse], [i for _, i in sparse]) == [0, 1, 2]


def test_marks_that_would_overlap_are_drawn_once_and_the_ends_always():
    costs = [0.0, 0.01, 0.02, 50.0, 50.01, 100.0]
    indices = [2.0, 2.0001, 2.0002, 3.0, 3.0001, 4.0]
    assert distinct_marks(costs, indices) == [0, 3, 5]


def test_a_dense_curve_draws_far_fewer_marks_than_points():
    dense = [CurvePoint(D(n), D(2) + D(n) / 500) for n in range(700)]
    few = cost_curve(dense[::50], title="t", labels=LABELS).svg()
    many = cost_curve(dense, title="t", labels=LABELS).svg()
    assert marks(few) == 14 + 1  # every one of a sparse curve's points, and the legend's
    assert 14 < marks(many) < 300  # the staircase itself still passes through all 700
