"""The planning page computes its cost curve once per state and draws its chart once."""

from decimal import Decimal

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from spbe.evaluations.scores import IndexKind
from spbe.evaluations.selectors import evaluation_assessments
from spbe.planning import charts, curve_cache
from spbe.planning.selectors import planning_view
from spbe.planning.services import plan_costs_update
from tests.cast import PASSWORD, make_cast
from tests.evaluations.helpers import submit

pytestmark = pytest.mark.dates


@pytest.fixture
def counted(monkeypatch):
    """How many times the curve was computed and its chart drawn."""
    calls = {"curve": 0, "chart": 0}
    compute, draw = curve_cache.pareto_front, charts.cost_curve

    def counting_compute(*args, **kwargs):
        calls["curve"] += 1
        return compute(*args, **kwargs)

    def counting_draw(*args, **kwargs):
        calls["chart"] += 1
        return draw(*args, **kwargs)

    monkeypatch.setattr(curve_cache, "pareto_front", counting_compute)
    monkeypatch.setattr(charts, "cost_curve", counting_draw)
    cache.clear()
    return calls


def plan_page(client, cast, query="?dasar=self&target=1.2"):
    response = client.get(reverse("planning:plan", args=[cast.evaluation.pk]) + query)
    assert response.status_code == 200
    return response


def test_the_page_computes_the_curve_and_draws_its_chart_once_for_one_state(client, db, counted):
    cast = make_cast()
    client.login(username=cast.coordinator.username, password=PASSWORD)
    first = plan_page(client, cast)
    second = plan_page(client, cast)
    assert counted == {"curve": 1, "chart": 1}
    assert second.context["front"] == first.context["front"]
    assert second.context["curve_svg"] == first.context["curve_svg"]
    cache.clear()
    with translation.override(second.wsgi_request.LANGUAGE_CODE):
        fresh = charts.curve_svg(second.context["front"], second.context["target"])
    assert counted["chart"] == 2
    assert fresh == second.context["curve_svg"]


def curve_of(cast):
    assessments = evaluation_assessments(cast.evaluation)
    view = planning_view(
        cast.evaluation, assessments, kind=IndexKind.SELF, target=Decimal("1.2"), with_plan=True
    )
    return view.front


def test_a_new_claim_or_new_costs_give_a_new_curve(db, counted):
    cast = make_cast()
    first = curve_of(cast)
    assert curve_of(cast) == first
    assert counted["curve"] == 1
    submit(cast, 1, level=3)
    assert curve_of(cast) != first
    assert counted["curve"] == 2
    plan_costs_update(
        actor=cast.actor(cast.coordinator),
        evaluation=cast.evaluation,
        text='{"2": {"locked": true}}',
    )
    curve_of(cast)
    assert counted["curve"] == 3
