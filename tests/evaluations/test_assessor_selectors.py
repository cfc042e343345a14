"""Reading the external assessors' work (``evaluations.assessor_selectors``): each indicator's
items by level with the status the item rule gives them, the counts, and the result so far."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from spbe.evaluations.assessor_selectors import (
    assessor_indicator,
    assessor_overview,
    assessor_results,
)
from spbe.evaluations.models import Assessment, AssessorResult, EvaluationItem
from spbe.scoring.items import ItemStatus
from tests.cast import make_cast
from tests.evaluations.pemdi_helpers import codes_of, set_status

pytestmark = pytest.mark.dates


def assessment(cast, number: int) -> Assessment:
    return Assessment.objects.select_related("indicator").get(
        evaluation=cast.evaluation, indicator__number=number
    )


def rows_by_code(work) -> dict[str, object]:
    return {row.item.code: row for level in work.levels for row in level.items}


def test_the_overview_has_every_indicator_in_order(pemdi_cast):
    overview = assessor_overview(pemdi_cast.evaluation)
    numbers = [work.assessment.indicator.number for work in overview]
    assert numbers == sorted(numbers)
    assert len(numbers) == pemdi_cast.evaluation.assessments.count()


def test_an_indicators_items_are_grouped_by_level_with_the_levels_names(pemdi_cast):
    work = assessor_indicator(pemdi_cast.evaluation, assessment(pemdi_cast, 1))
    levels = [level.level for level in work.levels]
    assert levels == sorted(levels) and levels[0] == 1
    assert all(level.name for level in work.levels)
    shown = [row.item.code for level in work.levels for row in level.items]
    assert shown == codes_of(pemdi_cast, 1)


def test_a_retired_item_is_not_among_the_assessors_work(pemdi_cast):
    retired = codes_of(pemdi_cast, 1)[-1]
    EvaluationItem.objects.filter(evaluation=pemdi_cast.evaluation, code=retired).update(
        retired=True
    )
    work = assessor_indicator(pemdi_cast.evaluation, assessment(pemdi_cast, 1))
    assert retired not in rows_by_code(work)


def test_an_item_above_a_level_not_fully_accepted_is_rejected_automatically_naming_why(
    pemdi_cast,
):
    first, *_ = codes_of(pemdi_cast, 1)
    level_two = [code for code in codes_of(pemdi_cast, 1) if code.startswith("I1-L2-")]
    set_status(pemdi_cast, "diajukan", *level_two)
    rows = rows_by_code(assessor_indicator(pemdi_cast.evaluation, assessment(pemdi_cast, 1)))
    assert {rows[code].status for code in level_two} == {ItemStatus.AUTO_REJECTED}
    assert {rows[code].blocked_by for code in level_two} == {first}
    assert all(rows[code].auto_rejected for code in level_two)
    # The item's own status is kept beside the rule's.
    assert {rows[code].item.own_status for code in level_two} == {ItemStatus.SUBMITTED}


def test_once_the_lower_level_is_accepted_the_items_above_show_their_own_status(pemdi_cast):
    level_one = [code for code in codes_of(pemdi_cast, 1) if code.startswith("I1-L1-")]
    level_two = [code for code in codes_of(pemdi_cast, 1) if code.startswith("I1-L2-")]
    set_status(pemdi_cast, "diterima", *level_one)
    set_status(pemdi_cast, "diajukan", *level_two)
    rows = rows_by_code(assessor_indicator(pemdi_cast.evaluation, assessment(pemdi_cast, 1)))
    assert {rows[code].status for code in level_two} == {ItemStatus.SUBMITTED}
    assert {rows[code].blocked_by for code in level_two} == {None}


def test_the_counts_add_up_to_the_items_and_split_them_by_what_is_left_to_do(pemdi_cast):
    codes = codes_of(pemdi_cast, 1)
    level_one = [code for code in codes if code.startswith("I1-L1-")]
    level_two = [code for code in codes if code.startswith("I1-L2-")]
    set_status(pemdi_cast, "diterima", *level_one[:-1])
    set_status(pemdi_cast, "revisi", level_one[-1])
    set_status(pemdi_cast, "diajukan", *level_two)
    work = assessor_indicator(pemdi_cast.evaluation, assessment(pemdi_cast, 1))
    assert work.item_total == len(codes)
    assert work.accepted == len(level_one) - 1
    assert work.revisions == 1
    # Level 1 is not fully accepted, so every item above it is rejected automatically.
    assert work.auto_rejected == len(codes) - len(level_one)
    assert work.open_items == 0


def test_with_nothing_judged_yet_every_level_one_item_is_open(pemdi_cast):
    codes = codes_of(pemdi_cast, 1)
    level_one = [code for code in codes if code.startswith("I1-L1-")]
    work = assessor_indicator(pemdi_cast.evaluation, assessment(pemdi_cast, 1))
    assert (work.accepted, work.revisions) == (0, 0)
    assert work.open_items + work.auto_rejected == len(codes)
    assert work.open_items >= len(level_one)


def test_the_result_recorded_so_far_comes_with_its_indicator(pemdi_cast):
    one = assessment(pemdi_cast, 1)
    AssessorResult.objects.create(assessment=one, value=Decimal("2.50"), note="Cukup")
    assert assessor_indicator(pemdi_cast.evaluation, one).result.value == Decimal("2.50")
    assert assessor_indicator(pemdi_cast.evaluation, assessment(pemdi_cast, 2)).result is None
    results = assessor_results(pemdi_cast.evaluation)
    assert set(results) == {1}
    assert results[1].note == "Cukup"


def test_another_evaluations_results_and_items_never_appear(pemdi_cast):
    other = make_cast(framework="pemdi-2026", prefix="lain-")
    AssessorResult.objects.create(assessment=assessment(other, 1), value=Decimal("4.00"))
    set_status(other, "diterima", *codes_of(other, 1))
    assert assessor_results(pemdi_cast.evaluation) == {}
    work = assessor_indicator(pemdi_cast.evaluation, assessment(pemdi_cast, 1))
    assert work.accepted == 0
    assert {row.item.evaluation_id for row in rows_by_code(work).values()} == {
        pemdi_cast.evaluation.pk
    }


def test_the_overview_reads_as_many_queries_whatever_the_results_recorded(pemdi_cast):
    assessor_overview(pemdi_cast.evaluation)  # the framework's document, read once and cached
    with CaptureQueriesContext(connection) as before:
        assessor_overview(pemdi_cast.evaluation)
    for number in range(1, 6):
        AssessorResult.objects.create(assessment=assessment(pemdi_cast, number), value=1)
    set_status(pemdi_cast, "diterima", *codes_of(pemdi_cast, 1))
    with CaptureQueriesContext(connection) as after:
        overview = assessor_overview(pemdi_cast.evaluation)
    assert len(after) == len(before)
    assert sum(work.result is not None for work in overview) == 5
