"""The charts' plain data: comparisons aligned with their labels, unit counts that add up."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spbe.charts.data import (
    HistoryLabels,
    HistoryPoint,
    Role,
    Series,
    SeriesComparison,
    UnitProgress,
)

D = Decimal


def test_a_comparison_holds_series_with_one_value_per_label():
    data = SeriesComparison(["A", "B"], [Series("Mandiri", [D(1), None], Role.SELF)])
    assert data.target is None and data.target_label == ""


def test_a_comparison_without_series_or_labels_is_allowed():
    assert SeriesComparison([], []).series == []


def test_it_rejects_a_series_with_too_few_values_naming_it():
    with pytest.raises(ValueError, match=r"series 'Mandiri' has 1 values for 2 labels"):
        SeriesComparison(["A", "B"], [Series("Mandiri", [D(1)], Role.SELF)])


def test_it_rejects_a_series_with_too_many_values():
    with pytest.raises(ValueError, match="has 3 values for 2 labels"):
        SeriesComparison(["A", "B"], [Series("x", [D(1), D(2), D(3)], Role.SELF)])


def test_it_rejects_a_misaligned_series_even_after_good_ones():
    good = Series("Baik", [D(1)], Role.SELF)
    with pytest.raises(ValueError, match="'Buruk'"):
        SeriesComparison(["A"], [good, Series("Buruk", [], Role.VERIFIED)])


def test_the_data_is_frozen():
    point = HistoryPoint(2024, D("3.06"))
    with pytest.raises(FrozenInstanceError):
        point.year = 2025  # type: ignore[misc]


def test_a_history_point_has_no_averages_unless_given():
    point = HistoryPoint(2024, None)
    assert (point.national_average, point.category_average, point.province_average) == (
        None,
        None,
        None,
    )


def test_history_labels_name_only_the_index_unless_told():
    labels = HistoryLabels("Kota Medan")
    assert (labels.national_average, labels.target) == ("", "")


def test_every_role_has_a_distinct_value():
    assert len({role.value for role in Role}) == len(Role) == 7


def test_a_unit_pending_is_what_is_neither_submitted_nor_overdue():
    unit = UnitProgress("Diskominfo", assigned=20, submitted=12, verified=5, overdue=3)
    assert unit.pending == 5


@pytest.mark.parametrize(
    ("assigned", "submitted", "verified", "overdue"),
    [(0, 0, 0, 0), (5, 5, 5, 0), (5, 0, 0, 5), (5, 5, 0, 0)],
)
def test_the_boundaries_of_a_unit_are_allowed(assigned, submitted, verified, overdue):
    unit = UnitProgress("u", assigned, submitted, verified, overdue)
    assert unit.pending >= 0


@pytest.mark.parametrize(
    ("assigned", "submitted", "verified", "overdue", "message"),
    [
        (5, 6, 0, 0, r"submitted \(6\) <= assigned \(5\)"),
        (5, 2, 3, 0, r"verified \(3\) <= submitted \(2\)"),
        (5, 2, -1, 0, r"0 <= verified \(-1\)"),
        (5, 2, 0, 4, r"overdue \(4\) must be between 0 and the 3"),
        (5, 2, 0, -1, r"overdue \(-1\)"),
    ],
)
def test_it_rejects_counts_that_do_not_add_up(assigned, submitted, verified, overdue, message):
    with pytest.raises(ValueError, match=message):
        UnitProgress("Bappeda", assigned, submitted, verified, overdue)


def test_the_error_names_the_unit():
    with pytest.raises(ValueError, match=r"^Bappeda:"):
        UnitProgress("Bappeda", 1, 2, 0)


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 50).flatmap(lambda a: st.tuples(st.just(a), st.integers(0, a))).flatmap(
    lambda t: st.tuples(st.just(t[0]), st.just(t[1]), st.integers(0, t[1]), st.integers(0, t[0] - t[1]))
))  # fmt: skip
def test_the_four_segments_of_a_valid_unit_add_up_to_what_is_assigned(counts):
    assigned, submitted, verified, overdue = counts
    unit = UnitProgress("u", assigned, submitted, verified, overdue)
    segments = (unit.verified, unit.submitted - unit.verified, unit.overdue, unit.pending)
    assert all(part >= 0 for part in segments)
    assert sum(segments) == assigned
