"""Properties that hold for every input, checked with hypothesis."""

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from spbe.scoring import score
from tests.conftest import library_framework

TOLERANCE = Fraction(1, 10**20)
FRAMEWORKS = {name: library_framework(name) for name in ("spbe-2020", "pemdi-2026", "spbe-2018")}


def values_for(framework):
    low, high = int(framework.value_range.minimum), int(framework.value_range.maximum)
    if framework.value_range.integer_only:
        value = st.integers(low, high)
    else:
        value = st.fractions(low, high, max_denominator=100)
    return st.fixed_dictionaries({number: value for number in framework.indicator_numbers})


@st.composite
def framework_and_values(draw):
    framework = FRAMEWORKS[draw(st.sampled_from(sorted(FRAMEWORKS)))]
    return framework, draw(values_for(framework))


@settings(max_examples=150, deadline=None)
@given(framework_and_values())
def test_the_index_lies_between_the_smallest_and_largest_value(case):
    framework, values = case
    result = score(framework, values)
    # Exact values are shown with 28 significant digits: allow for that last digit.
    low, high = min(values.values()) - TOLERANCE, max(values.values()) + TOLERANCE
    assert low <= Fraction(result.index_exact) <= high
    for part in result.aspects + result.domains:
        assert low <= Fraction(part.exact) <= high


@settings(max_examples=150, deadline=None)
@given(framework_and_values(), st.data())
def test_the_index_is_monotonic_in_each_value(case, data):
    framework, values = case
    number = data.draw(st.sampled_from(framework.indicator_numbers))
    high = int(framework.value_range.maximum)
    if values[number] >= high:
        return
    step = (
        data.draw(st.sampled_from([Fraction(1), Fraction(1, 100)]))
        if not framework.value_range.integer_only
        else Fraction(1)
    )
    raised = dict(values)
    raised[number] = min(Fraction(high), values[number] + step)
    before, after = score(framework, values), score(framework, raised)
    assert after.index_exact > before.index_exact
    assert after.index >= before.index


def test_each_frameworks_weights_sum_to_100():
    for framework in FRAMEWORKS.values():
        assert sum(indicator.weight for indicator in framework.indicators) == 100
        assert sum(aspect.weight for aspect in framework.aspects) == 100
        if framework.domains:
            assert sum(domain.weight for domain in framework.domains) == 100


@settings(max_examples=100, deadline=None)
@given(framework_and_values())
def test_domains_and_the_index_are_the_weighted_means_of_the_level_below(case):
    framework, values = case
    result = score(framework, values)
    aspects = {part.number: Fraction(part.exact) for part in result.aspects}
    tolerance = Fraction(1, 10**20)  # the exact values are shown with 28 digits
    for domain in framework.domains:
        members = [a for a in framework.aspects if a.domain == domain.number]
        mean = sum(a.weight * aspects[a.number] for a in members) / domain.weight
        assert abs(Fraction(result.domain(domain.number).exact) - mean) < tolerance
    top = framework.domains or framework.aspects
    parts = {part.number: Fraction(part.exact) for part in (result.domains or result.aspects)}
    index = sum(part.weight * parts[part.number] for part in top) / 100
    assert abs(Fraction(result.index_exact) - index) < tolerance
