"""Properties of the item rule, checked with hypothesis over the Pemdi library's real items."""

from hypothesis import given, settings
from hypothesis import strategies as st

from spbe.scoring.estimate import estimate
from spbe.scoring.items import ItemStatus, estimate_from_items
from tests.conftest import library_framework

PEMDI = library_framework("pemdi-2026")
OWN_STATUSES = [status for status in ItemStatus if status is not ItemStatus.AUTO_REJECTED]
ALL_CODES = sorted(
    item.code
    for items in PEMDI.indicator_items.values()
    for level in items.levels
    for item in level.items
)


@st.composite
def indicator_and_statuses(draw):
    indicator = draw(st.sampled_from(sorted(PEMDI.indicator_items)))
    codes = [item.code for level in PEMDI.indicator_items[indicator].levels for item in level.items]
    # Mostly accepted, so that the higher levels are reached too.
    status = st.sampled_from([ItemStatus.ACCEPTED] * 4 + OWN_STATUSES)
    return indicator, draw(st.fixed_dictionaries(dict.fromkeys(codes, status)))


@settings(max_examples=300, deadline=None)
@given(indicator_and_statuses(), st.data())
def test_accepting_one_more_item_never_lowers_the_estimate(case, data):
    indicator, statuses = case
    open_codes = sorted(code for code, s in statuses.items() if s is not ItemStatus.ACCEPTED)
    if not open_codes:
        return
    code = data.draw(st.sampled_from(open_codes))
    before = estimate_from_items(PEMDI, indicator, statuses)
    after = estimate_from_items(PEMDI, indicator, {**statuses, code: ItemStatus.ACCEPTED})
    assert after.level >= before.level
    assert after.proven_level >= before.proven_level


@settings(max_examples=300, deadline=None)
@given(indicator_and_statuses())
def test_items_are_rejected_automatically_exactly_above_the_lowest_open_level(case):
    indicator, statuses = case
    result = estimate_from_items(PEMDI, indicator, statuses)
    open_levels = [
        outcome.item.level
        for outcome in result.items
        if outcome.own_status is not ItemStatus.ACCEPTED
    ]
    lowest_open = min(open_levels, default=99)
    for outcome in result.items:
        rejected = outcome.status is ItemStatus.AUTO_REJECTED
        assert rejected == (outcome.item.level > lowest_open)
        assert (outcome.blocked_by is not None) == rejected


@settings(max_examples=100, deadline=None)
@given(
    st.fixed_dictionaries({}, optional=dict.fromkeys(ALL_CODES, st.sampled_from(OWN_STATUSES))),
    st.sampled_from(ALL_CODES),
)
def test_accepting_one_more_item_never_lowers_the_index(statuses, code):
    before = estimate(PEMDI, evaluation_year=2026, item_statuses=statuses)
    after = estimate(
        PEMDI, evaluation_year=2026, item_statuses={**statuses, code: ItemStatus.ACCEPTED}
    )
    assert after.score.index_exact >= before.score.index_exact
