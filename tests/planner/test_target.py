"""What reaching a target means under each predicate basis."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spbe.planner.errors import PlanningInputError
from spbe.planner.target import parse_target, reaches, threshold
from spbe.scoring.model import PredicateBasis


def test_under_the_rounded_basis_2_595_reaches_2_6_but_2_5949_does_not():
    assert reaches(Fraction("2.595"), Decimal("2.6"), PredicateBasis.ROUNDED)
    assert not reaches(Fraction("2.5949"), Decimal("2.6"), PredicateBasis.ROUNDED)


def test_under_the_exact_basis_2_5999_does_not_reach_2_6():
    assert not reaches(Fraction("2.5999"), Decimal("2.6"), PredicateBasis.EXACT)
    assert reaches(Fraction("2.6"), Decimal("2.6"), PredicateBasis.EXACT)


@given(
    st.fractions(min_value=1, max_value=5, max_denominator=10_000),
    st.decimals(min_value=1, max_value=5, places=3),
    st.sampled_from(PredicateBasis),
)
def test_the_threshold_is_exactly_the_boundary_of_reaching(index, target, basis):
    assert reaches(index, target, basis) is (index >= threshold(target, basis))


def test_a_target_must_be_a_number_on_the_framework_scale(spbe_2020):
    assert parse_target(spbe_2020, "2,6") == Decimal("2.6")
    for raw, code in (("abc", "target_not_a_number"), ("5.01", "target_out_of_range")):
        with pytest.raises(PlanningInputError) as raised:
            parse_target(spbe_2020, raw)
        assert raised.value.code == code
