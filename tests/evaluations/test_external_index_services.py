"""External index values: on the index's scale, with the year they measure."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused, StaleVersion
from spbe.evaluations.external_index_services import external_index_value_set
from spbe.evaluations.item_selectors import external_index_rows
from spbe.evaluations.models import ExternalIndexValue
from spbe.scoring.estimate import EstimateNote, ValueSource
from tests.evaluations.helpers import assessment
from tests.evaluations.pemdi_helpers import DOCUMENTS_DAY, SELF_ASSESSMENT_DAY

pytestmark = pytest.mark.usefixtures("in_english")


def enter(cast, number, value, *, year=2026, version=0, who=None, today=SELF_ASSESSMENT_DAY):
    return external_index_value_set(
        actor=cast.actor(who or cast.coordinator),
        assessment=assessment(cast, number),
        version=version,
        value=value,
        year=year,
        source="Portal SDI, diunduh 2 Juni 2026",
        today=today,
    )


def row(cast, number):
    return next(r for r in external_index_rows(cast.evaluation) if r.indicator == number)


def test_the_koordinator_enters_an_index_value_and_it_decides_the_level(pemdi):
    entered = enter(pemdi, 5, "70,5")
    assert (entered.value, entered.year, entered.version) == (Decimal("70.50"), 2026, 1)
    assert AuditEvent.objects.get(action="external_index.set").data["after"]["value"] == "70.50"
    estimate = row(pemdi, 5).estimate
    assert (estimate.value, estimate.source) == (Decimal("4"), ValueSource.EXTERNAL)
    assert not row(pemdi, 5).outdated


def test_until_a_value_is_entered_the_indicator_counts_as_level_1_and_says_so(pemdi):
    pending = row(pemdi, 6)
    assert pending.pending
    assert pending.estimate.value == Decimal("1")
    assert EstimateNote.EXTERNAL_VALUE_PENDING in pending.estimate.notes


def test_a_value_of_an_earlier_year_is_counted_and_flagged_outdated(pemdi):
    enter(pemdi, 5, "80", year=2025)
    outdated = row(pemdi, 5)
    assert outdated.outdated
    assert outdated.estimate.value == Decimal("5")
    assert EstimateNote.EXTERNAL_VALUE_OUTDATED in outdated.estimate.notes


def test_a_value_outside_the_indexs_scale_is_refused_naming_the_index_and_the_scale(pemdi):
    with pytest.raises(ActionRefused) as refused:
        enter(pemdi, 5, "120")
    assert refused.value.message == (
        'Indicator 5: 120 is outside the scale of "Indeks Satu Data Indonesia (SDI)" (0–100).'
    )
    assert refused.value.field == "value"
    assert not ExternalIndexValue.objects.exists()


@pytest.mark.parametrize(
    ("value", "year", "field"),
    [("abc", 2026, "value"), ("3.125", 2026, "value"), ("3", 2027, "year"), ("3", "", "year")],
    ids=["not-a-number", "three-decimals", "a-later-year", "no-year"],
)
def test_a_value_or_year_that_cannot_be_is_refused(pemdi, value, year, field):
    with pytest.raises(ActionRefused) as refused:
        enter(pemdi, 10, value, year=year)
    assert refused.value.field == field


def test_an_indicator_not_valued_by_an_index_refuses_a_value(pemdi):
    with pytest.raises(ActionRefused, match="not valued by an external index"):
        enter(pemdi, 1, "3")


def test_an_index_that_caps_the_level_keeps_the_items_below_its_range(pemdi):
    enter(pemdi, 10, "2")  # IKASANDI 2 supports level 2
    capped = row(pemdi, 10).estimate
    assert capped.value == Decimal("1")  # the items prove nothing yet
    assert capped.source is ValueSource.ITEMS


def test_a_correction_needs_the_version_that_was_read(pemdi):
    first = enter(pemdi, 5, "70")
    with pytest.raises(StaleVersion):
        enter(pemdi, 5, "71", version=0)
    corrected = enter(pemdi, 5, "71", version=first.version)
    assert corrected.value == Decimal("71.00")


def test_an_assigned_assessor_enters_values_in_the_document_stage_only(pemdi):
    assert enter(pemdi, 7, "3", who=pemdi.external_assessor, today=DOCUMENTS_DAY).value == 3
    with pytest.raises(PermissionDenied):
        enter(pemdi, 6, "3", who=pemdi.external_assessor, today=SELF_ASSESSMENT_DAY)


def test_the_lead_units_pic_records_the_value_in_the_self_assessment_only(pemdi):
    assert enter(pemdi, 6, "3", who=pemdi.pic, today=SELF_ASSESSMENT_DAY).value == 3
    with pytest.raises(PermissionDenied, match="Penilaian Mandiri only"):
        enter(pemdi, 6, "3.2", who=pemdi.pic, today=DOCUMENTS_DAY)


@pytest.mark.parametrize("who", ["other_pic", "internal_assessor", "leadership"])
def test_nobody_else_of_the_agency_records_an_index_value(pemdi, who):
    with pytest.raises(PermissionDenied):
        enter(pemdi, 6, "3", who=getattr(pemdi, who), today=SELF_ASSESSMENT_DAY)
