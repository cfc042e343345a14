"""The estimate of an evaluation: its items, external values and claims through the one
``estimate()``, labelled as an estimate next to the claimed index."""

from decimal import Decimal

import pytest
from django.http import Http404

from spbe.evaluations.external_index_services import external_index_value_set
from spbe.evaluations.item_selectors import evaluation_estimate, evaluation_items, item_for
from spbe.evaluations.models import EvaluationItem
from spbe.scoring.estimate import EstimateNote, ValueSource
from tests.evaluations.helpers import assessment, submit
from tests.evaluations.pemdi_helpers import SELF_ASSESSMENT_DAY, set_status

I1_LEVELS_1_2 = ["I1-L1-01", "I1-L2-01", "I1-L2-02", "I1-L2-03", "I1-L2-04"]


def test_the_estimate_is_labelled_as_not_the_official_value(pemdi):
    result = evaluation_estimate(pemdi.evaluation)
    assert result.label == "estimasi, bukan nilai resmi"
    assert result.estimate.score.index == Decimal("1.00")
    assert result.claimed.index == Decimal("1.00")


def test_accepted_items_raise_the_estimate_and_the_next_open_item_blocks_it(pemdi):
    set_status(pemdi, "diterima", *I1_LEVELS_1_2)
    indicator = evaluation_estimate(pemdi.evaluation).estimate.indicator(1)
    assert (indicator.value, indicator.source, indicator.blocked_by) == (
        Decimal("2"),
        ValueSource.ITEMS,
        "I1-L3-01",
    )
    blocked = indicator.items.outcome("I1-L4-01") if indicator.items else None
    assert blocked is not None and blocked.status == "ditolak_otomatis"


def test_a_retired_item_no_longer_blocks_its_level(pemdi):
    set_status(pemdi, "diterima", *I1_LEVELS_1_2[:-1])
    assert evaluation_estimate(pemdi.evaluation).estimate.indicator(1).value == Decimal("1")
    EvaluationItem.objects.filter(code="I1-L2-04").update(retired=True)
    assert evaluation_estimate(pemdi.evaluation).estimate.indicator(1).value == Decimal("2")


def test_a_level_without_items_stops_the_estimate_as_in_the_library(pemdi):
    set_status(pemdi, "diterima", "I9-L1-01", "I9-L1-02", "I9-L2-01", "I9-L4-01", "I9-L5-01")
    indicator = evaluation_estimate(pemdi.evaluation).estimate.indicator(9)
    assert indicator.value == Decimal("2")
    assert EstimateNote.LEVEL_WITHOUT_ITEMS in indicator.notes


def test_an_external_value_caps_what_the_items_prove(pemdi):
    codes = EvaluationItem.objects.filter(
        evaluation=pemdi.evaluation, assessment__indicator__number=10
    ).values_list("code", flat=True)
    set_status(pemdi, "diterima", *codes)
    external_index_value_set(
        actor=pemdi.actor(pemdi.coordinator),
        assessment=assessment(pemdi, 10),
        version=0,
        value="3",
        year=2026,
        source="BSSN",
        today=SELF_ASSESSMENT_DAY,
    )
    indicator = evaluation_estimate(pemdi.evaluation).estimate.indicator(10)
    assert indicator.value == Decimal("3")
    assert EstimateNote.CAPPED_BY_EXTERNAL_INDEX in indicator.notes


def test_an_spbe_2020_estimate_is_its_claimed_index(cast):
    submit(cast, 1, level=4)
    submit(cast, 5, level=2)
    result = evaluation_estimate(cast.evaluation)
    assert result.estimate.indicator(1).source is ValueSource.CLAIMED
    assert result.estimate.score.index == result.claimed.index
    assert result.estimate.score.index > Decimal("1.00")


def test_the_items_of_an_evaluation_are_read_in_one_query(pemdi, django_assert_num_queries):
    with django_assert_num_queries(1):
        items = list(evaluation_items(pemdi.evaluation))
        assert items[0].assessment.indicator.number == 1
    assert len(items) == 232


def test_the_estimate_takes_the_same_few_queries_whatever_the_number_of_items(
    pemdi, django_assert_max_num_queries
):
    with django_assert_max_num_queries(5):
        evaluation_estimate(pemdi.evaluation)


def test_an_item_of_another_code_is_not_found(pemdi):
    assert item_for(pemdi.evaluation, "I1-L1-01").code == "I1-L1-01"
    with pytest.raises(Http404):
        item_for(pemdi.evaluation, "I99-L1-01")
