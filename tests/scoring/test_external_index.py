"""External indices: from a value to a level at every boundary, and the pending and old values."""

from decimal import Decimal

import pytest

from spbe.scoring import ScoringInputError
from spbe.scoring.external_index import (
    ExternalValue,
    is_outdated,
    level_from_index,
    read_external,
)

# Every boundary of every external indicator as the module texts write it, with the level a
# value exactly on it gets: lower bounds belong to their range, the top of the scale to the top
# range. I11 ties only level 5 (IKASANDI Persandian 4,00-5,00) to a range.
BOUNDARIES = {
    5: [("12.5", 2), ("37.5", 3), ("62.5", 4), ("75", 5)],  # Indeks SDI
    6: [("1.50", 2), ("2.50", 3), ("3.50", 4), ("4.00", 5)],  # SJIG
    7: [("1.8", 2), ("2.60", 3), ("3.50", 4), ("4.20", 5)],  # IPS / EPSS
    10: [("1.50", 2), ("2.50", 3), ("3.50", 4), ("4.00", 5)],  # IKASANDI Keamanan Siber
    11: [("4.00", 5)],  # IKASANDI Persandian, level 5 only
    12: [("1.50", 2), ("2.50", 3), ("3.50", 4), ("4.00", 5)],  # IKASANDI Insiden Siber
    18: [("12.5", 2), ("37.5", 3), ("62.5", 4), ("75", 5)],  # SDI Interoperabilitas Data
}
SCALES = {
    5: ("0", "100"),
    6: ("1", "5"),
    7: ("1", "5"),
    10: ("0", "5"),
    11: ("0", "5"),
    12: ("0", "5"),
    18: ("0", "100"),
}
JUST_BELOW = Decimal("0.0001")
CASES = [
    (number, Decimal(value), level) for number, rows in BOUNDARIES.items() for value, level in rows
]


def test_the_table_above_is_every_boundary_of_the_library_data(pemdi_2026):
    for number, index in pemdi_2026.external_indices.items():
        inner = [
            (band.minimum, band.level)
            for band in index.ranges
            if band.minimum != index.scale_minimum
        ]
        assert inner == [(Decimal(value), level) for value, level in BOUNDARIES[number]]
        assert (index.scale_minimum, index.scale_maximum) == tuple(
            Decimal(bound) for bound in SCALES[number]
        )
    assert set(pemdi_2026.external_indices) == set(BOUNDARIES)


@pytest.mark.parametrize(("number", "boundary", "level"), CASES)
def test_a_value_on_a_boundary_takes_the_upper_level(pemdi_2026, number, boundary, level):
    assert level_from_index(pemdi_2026.external_indices[number], boundary) == level


@pytest.mark.parametrize(("number", "boundary", "level"), CASES)
def test_a_value_just_below_a_boundary_takes_the_lower_level(pemdi_2026, number, boundary, level):
    index = pemdi_2026.external_indices[number]
    assert level_from_index(index, boundary - JUST_BELOW) == level - 1


@pytest.mark.parametrize("number", sorted(SCALES))
def test_the_ends_of_the_scale_belong_to_the_lowest_and_top_levels(pemdi_2026, number):
    index = pemdi_2026.external_indices[number]
    low, high = (Decimal(bound) for bound in SCALES[number])
    assert level_from_index(index, low) == (4 if number == 11 else 1)
    assert level_from_index(index, high) == 5


@pytest.mark.parametrize("number", sorted(SCALES))
def test_a_value_outside_the_scale_is_refused_with_the_scale_named(pemdi_2026, number):
    index = pemdi_2026.external_indices[number]
    low, high = (Decimal(bound) for bound in SCALES[number])
    for value in (low - JUST_BELOW, high + JUST_BELOW):
        with pytest.raises(ScoringInputError, match="outside the scale") as error:
            level_from_index(index, value)
        assert error.value.code == "index_out_of_scale"
        assert error.value.indicator == number


def test_an_sdi_of_40_is_level_3(pemdi_2026):
    assert level_from_index(pemdi_2026.external_indices[5], Decimal("40")) == 3


def test_a_value_of_an_earlier_year_is_outdated_and_one_of_the_evaluation_year_is_not():
    assert is_outdated(2025, evaluation_year=2026)
    assert not is_outdated(2026, evaluation_year=2026)


def test_an_index_without_a_value_counts_as_level_1_and_says_it_is_pending(pemdi_2026):
    reading = read_external(pemdi_2026.external_indices[5], None, evaluation_year=2026)
    assert (reading.level, reading.pending, reading.value) == (1, True, None)


def test_without_an_ikasandi_persandian_value_i11_cannot_reach_level_5(pemdi_2026):
    reading = read_external(pemdi_2026.external_indices[11], None, evaluation_year=2026)
    assert (reading.level, reading.pending) == (4, True)


def test_an_entered_value_gives_its_level_and_flags_an_old_year(pemdi_2026):
    reading = read_external(
        pemdi_2026.external_indices[6],
        ExternalValue(Decimal("2.75"), 2025),
        evaluation_year=2026,
    )
    assert (reading.level, reading.pending, reading.outdated) == (3, False, True)
