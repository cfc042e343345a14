"""The drawing steps the charts share: the index axis, the legend and the empty message."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.figure import Figure

from spbe.charts.data import Role, Series
from spbe.charts.parts import (
    draw_bars,
    draw_empty,
    index_axis,
    legend_below,
    legend_columns,
    line_handle,
    series_handles,
    small_text_size,
    start,
)
from spbe.charts.style import PALETTE, SMALL_FONT_SIZE


def test_the_title_is_printed_only_when_asked_and_takes_room_only_then():
    shown, hidden = Figure(), Figure()
    assert start(shown, "Indeks per domain", show_title=True) > 0
    assert start(hidden, "Indeks per domain", show_title=False) == 0
    assert shown.get_suptitle() == "Indeks per domain"
    assert hidden.get_suptitle() == ""


def test_no_layout_engine_is_set_as_the_charts_place_their_plot_themselves():
    figure = Figure()
    start(figure, "Indeks per domain", show_title=True)
    assert figure.get_layout_engine() is None


def test_an_empty_chart_shows_the_message_and_no_axes():
    figure = Figure()
    draw_empty(figure, "Belum ada data")
    assert [text.get_text() for text in figure.texts] == ["Belum ada data"]
    assert figure.axes == []


def test_the_index_axis_runs_from_zero_to_five_with_ticks_one_to_five():
    axes = Figure().add_subplot()
    index_axis(axes)
    assert axes.get_ylim() == (0.0, 5.0)
    assert list(axes.get_yticks()) == [1, 2, 3, 4, 5]


def test_the_index_axis_may_leave_headroom_for_printed_values():
    axes = Figure().add_subplot()
    index_axis(axes, headroom=0.6)
    assert axes.get_ylim() == (0.0, 5.6)


def test_the_index_axis_may_be_horizontal():
    axes = Figure().add_subplot()
    index_axis(axes, axis="x")
    assert axes.get_xlim() == (0.0, 5.0)
    assert list(axes.get_xticks()) == [1, 2, 3, 4, 5]


def test_series_handles_are_boxes_in_the_roles_colours():
    handles = series_handles(
        [Series("Mandiri", [], Role.SELF), Series("Verifikasi", [], Role.VERIFIED)]
    )
    assert [h.get_label() for h in handles] == ["Mandiri", "Verifikasi"]
    assert handles[0].get_facecolor()[:3] == pytest.approx(_rgb(PALETTE[Role.SELF]))


def test_a_line_handle_has_the_roles_colour_and_the_style_asked_for():
    handle = line_handle("Target", Role.TARGET, linestyle="--", marker="o")
    assert handle.get_label() == "Target"
    assert handle.get_color() == PALETTE[Role.TARGET]
    assert handle.get_linestyle() == "--"
    assert handle.get_marker() == "o"


def test_a_line_handle_without_a_marker_has_none():
    assert line_handle("x", Role.NATIONAL).get_marker() == "None"


def test_the_legend_leaves_out_unnamed_entries():
    figure = Figure(figsize=(6.7, 3))
    legend_below(figure, [line_handle("Rerata", Role.NATIONAL), line_handle("", Role.TARGET)])
    (legend,) = figure.legends
    assert [text.get_text() for text in legend.get_texts()] == ["Rerata"]


def test_no_named_entry_means_no_legend():
    figure = Figure()
    legend_below(figure, [line_handle("", Role.TARGET)])
    assert figure.legends == []


def test_short_labels_all_fit_in_one_row():
    assert legend_columns(["A", "B", "C"], 400) == 3


def test_a_label_too_wide_for_the_space_takes_one_column():
    assert legend_columns(["x" * 200], 100) == 1


def test_no_labels_take_one_column():
    assert legend_columns([], 400) == 1


def test_labels_that_fit_two_by_two_take_two_columns():
    # Each entry is about 37 + 5.3·n points wide: four 20-letter labels need ~580 in a row.
    labels = ["a" * 20] * 4
    assert legend_columns(labels, 300) == 2


@settings(max_examples=80, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=40), min_size=1, max_size=8), st.floats(10, 2000))
def test_the_columns_are_between_one_and_the_number_of_labels(labels, available):
    assert 1 <= legend_columns(labels, available) <= len(labels)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(max_size=30), min_size=1, max_size=8), st.floats(10, 1000), st.floats(0, 1000)
)
def test_more_room_never_means_fewer_columns(labels, available, more):
    assert legend_columns(labels, available + more) >= legend_columns(labels, available)


@pytest.mark.parametrize(
    ("count", "size"), [(1, 9.0), (12, 9.0), (13, SMALL_FONT_SIZE), (94, SMALL_FONT_SIZE)]
)
def test_tick_labels_shrink_only_past_twelve(count, size):
    assert small_text_size(count) == size


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    return tuple(int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def test_bars_are_one_collection_cut_to_the_limits_so_they_need_no_clip_path():
    axes = Figure().add_subplot()
    axes.set_xlim(0, 4)
    axes.set_ylim(0, 5)
    draw_bars(
        axes, [(0.5, 0.0, 1.0, 3.0), (1.5, 0.0, 1.0, -2.0), (2.5, 0.0, 1.0, 7.0)], ["#000"] * 3
    )
    (collection,) = axes.collections
    assert not collection.get_clip_on()
    tops = [path.vertices[:, 1].max() for path in collection.get_paths()]
    bottoms = [path.vertices[:, 1].min() for path in collection.get_paths()]
    assert tops == [3.0, 0.0, 5.0]
    assert bottoms == [0.0, 0.0, 0.0]
