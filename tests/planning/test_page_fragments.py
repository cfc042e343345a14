"""The planning page's cached parts: the same page from a warm cache as from a cold one, a new
state shows new parts, the costs table the user filled is never replaced by the stored one,
and the curve shares its steps between its points."""

import pickle
import re

import pytest
from django.core.cache import cache
from django.urls import reverse

from spbe.evaluations.assessment_services import assessment_verify
from spbe.organizations.models import Unit
from spbe.planning import curve_cache, selectors
from spbe.planning.views import plan_views
from tests.cast import PASSWORD
from tests.evaluations.helpers import submit

pytestmark = pytest.mark.dates

QUERY = "?dasar=self&target=1.2"
TOKEN = re.compile(r'(X-CSRFToken": "|csrfmiddlewaretoken" value=")[A-Za-z0-9]+')


def plan_page(client, cast, query=QUERY) -> str:
    response = client.get(reverse("planning:plan", args=[cast.evaluation.pk]) + query)
    assert response.status_code == 200
    # Each page has its own CSRF token; everything else must be the same.
    return TOKEN.sub(r"\1-", response.content.decode())


@pytest.fixture
def coordinator(client, cast):
    client.login(username=cast.coordinator.username, password=PASSWORD)
    return client


def test_the_page_from_a_warm_cache_is_the_page_from_a_cold_one(coordinator, cast):
    cache.clear()
    cold = plan_page(coordinator, cast)
    warm = plan_page(coordinator, cast)
    assert warm == cold
    assert 'id="costs-table"' in warm and 'id="whatif-values"' in warm and 'id="cost-curve"' in warm


def test_a_new_claim_shows_new_what_if_values_and_a_new_curve(coordinator, cast):
    before = plan_page(coordinator, cast)
    submit(cast, 1, level=4)
    after = plan_page(coordinator, cast)
    cache.clear()
    assert after != before
    assert plan_page(coordinator, cast) == after


def test_new_costs_show_a_new_costs_table(coordinator, cast):
    plan_page(coordinator, cast)
    url = reverse("planning:costs_table", args=[cast.evaluation.pk])
    assert coordinator.post(url, {"version": "0", "cost_7_3": "9"}).status_code == 302
    plan_page(coordinator, cast)  # shows the message "saved" once
    page = plan_page(coordinator, cast)
    assert 'name="cost_7_3" value="9"' in page
    assert 'name="version" value="1"' in page
    cache.clear()
    assert plan_page(coordinator, cast) == page


def test_a_refused_costs_table_shows_what_was_typed_not_the_cached_table(coordinator, cast):
    plan_page(coordinator, cast)  # the stored table is now in the cache
    url = reverse("planning:costs_table", args=[cast.evaluation.pk])
    response = coordinator.post(url, {"version": "0", "cost_7_3": "-1"})
    assert response.status_code == 422
    assert 'name="cost_7_3" value="-1"' in response.content.decode()


def test_the_plan_is_computed_once_per_state_and_target(coordinator, cast, monkeypatch):
    calls = []
    compute = curve_cache.optimal_plan

    def counting(*args, **kwargs):
        calls.append(kwargs["target"])
        return compute(*args, **kwargs)

    monkeypatch.setattr(curve_cache, "optimal_plan", counting)
    cache.clear()
    first = plan_page(coordinator, cast)
    assert plan_page(coordinator, cast) == first
    assert len(calls) == 1
    plan_page(coordinator, cast, "?dasar=self&target=1.5")
    assert len(calls) == 2


def test_the_curves_points_share_their_steps_so_its_pickle_stays_small(coordinator, cast):
    response = coordinator.get(reverse("planning:plan", args=[cast.evaluation.pk]) + QUERY)
    front = response.context["front"]
    steps = [step for point in front.points for step in point.steps]
    assert len(steps) > len(set(steps)) > 0
    assert len({id(step) for step in steps}) == len(set(steps))
    assert pickle.loads(pickle.dumps(front)) == front


def test_a_warm_page_does_not_read_the_curve(coordinator, cast, monkeypatch):
    plan_page(coordinator, cast)
    read = []

    def reading(*args, **kwargs):
        read.append(1)
        return curve_cache.cached_front(*args, **kwargs)

    for module in (plan_views, selectors):
        monkeypatch.setattr(module, "cached_front", reading)
    warm = plan_page(coordinator, cast)
    # Its chart and its table come from their fragments, keyed by the curve's name.
    assert read == [] and 'id="cost-curve"' in warm


def test_a_new_target_shows_a_new_gap(coordinator, cast):
    plan_page(coordinator, cast, "?dasar=self&target=1.2")
    far = plan_page(coordinator, cast, "?dasar=self&target=4.5")
    cache.clear()
    assert far == plan_page(coordinator, cast, "?dasar=self&target=4.5")


def test_a_verdict_shows_on_the_warm_page_that_starts_from_the_verified_values(coordinator, cast):
    query = "?dasar=verified&target=1.2"
    claimed = submit(cast, 1, level=4)
    before = plan_page(coordinator, cast, query)
    assessment_verify(
        actor=cast.actor(cast.coordinator),
        assessment=claimed,
        version=claimed.version,
        verified_level=3,
        reason="Bukti dukung level 4 belum ada.",
    )
    after = plan_page(coordinator, cast, query)
    cache.clear()
    assert after != before
    assert plan_page(coordinator, cast, query) == after


def test_a_renamed_lead_unit_shows_in_the_warm_plans_steps(coordinator, cast):
    before = plan_page(coordinator, cast)
    Unit.objects.filter(pk=cast.unit.pk).update(short_name="Diskominfo Baru")
    after = plan_page(coordinator, cast)
    steps = after.split('id="plan-steps"')[1].split("</table>")[0]
    assert after != before and "(Diskominfo Baru)" in steps
