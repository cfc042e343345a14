"""Self-assessment beside the assessors' result: every number is the scoring engine's."""

from decimal import Decimal

import pytest
from django.urls import reverse

from spbe.catalog.selectors import revision_scoring_framework
from spbe.evaluations.assessor_services import assessor_result_save
from spbe.scoring import score
from spbe.scoring.engine import index_effect
from tests.evaluations.helpers import assessment
from tests.evaluations.pemdi_helpers import DOCUMENTS_DAY
from tests.evaluations.pemdi_pages import login_as, sent_on

pytestmark = pytest.mark.dates

# The assessors' values; every other indicator has none yet (it counts at level 1).
ASSESSED = {1: "1.26", 4: "2", 9: "3.5", 13: "1.17"}


def record(cast, number, value):
    assessor_result_save(
        actor=cast.actor(cast.external_assessor),
        assessment=assessment(cast, number),
        version=0,
        value=value,
        note="",
        recommendation=f"Rekomendasi {number}",
        evidence_uploaded=True,
        confirmed_at_interview=False,
        approved=False,
        today=DOCUMENTS_DAY,
    )


@pytest.fixture
def compared(pemdi, time_machine):
    sent_on(pemdi, time_machine, DOCUMENTS_DAY, level=2)
    for number, value in ASSESSED.items():
        record(pemdi, number, value)
    return pemdi


def url(cast):
    return reverse("evaluations:assessor_comparison", args=[cast.evaluation.pk])


def test_the_indices_and_aspects_are_the_engines_over_the_claims_and_the_assessors_values(
    client, compared
):
    page = login_as(client, compared, "coordinator").get(url(compared))
    assert page.status_code == 200
    comparison = page.context["comparison"]
    framework = revision_scoring_framework(compared.evaluation.revision)
    claims = {n: Decimal(2) for n in framework.indicator_numbers}
    values = {n: Decimal(ASSESSED.get(n, "1")) for n in framework.indicator_numbers}
    assert comparison.self_index == score(framework, claims, year=2026)
    assert comparison.assessor_index == score(framework, values, year=2026)
    engine = score(framework, values, year=2026)
    assert [a.assessor_score for a in comparison.aspects] == list(engine.aspects)


def test_each_difference_carries_its_effect_on_the_index_and_they_add_up(client, compared):
    comparison = login_as(client, compared, "pic").get(url(compared)).context["comparison"]
    framework = revision_scoring_framework(compared.evaluation.revision)
    rows = {row.assessment.indicator.number: row for row in comparison.indicators}
    assert rows[1].difference == Decimal("1.26") - 2
    assert rows[1].index_effect == index_effect(framework, 1, Decimal("-0.74"))
    assert rows[9].difference == Decimal("1.5")
    assert rows[7].assessor_value is None and rows[7].difference == Decimal(-1)
    total = sum((row.index_effect for row in comparison.indicators), Decimal(0))
    by_aspect = sum((aspect.index_effect for aspect in comparison.aspects), Decimal(0))
    assert total == by_aspect
    assert abs(total - comparison.index_difference) < Decimal("1e-20")


def test_the_page_shows_the_values_in_indonesian_and_links_each_recommendation(client, compared):
    client.force_login(compared.coordinator)
    content = client.get(url(compared)).content.decode()
    assert "1,26" in content
    recommendations = reverse("planning:recommendations", args=[compared.evaluation.pk])
    assert f"{recommendations}#recommendation-1" in content


@pytest.mark.parametrize(("role", "status"), [("outsider", 404), ("unassigned_assessor", 404)])
def test_outsiders_do_not_see_the_comparison(client, compared, role, status):
    assert login_as(client, compared, role).get(url(compared)).status_code == status
