"""The dashboard's cached parts (its indices, figures, charts and claims above the verified
level): a warm page is the cold page, every write that changes what it shows gives the page a
cold one would show, and a warm page draws no chart."""

import re

import pytest
from django.core.cache import cache
from django.urls import reverse

from spbe.evaluations.assessment_services import assessment_verify
from spbe.evaluations.services import evaluation_advance
from spbe.home import views
from spbe.organizations.models import Unit
from tests.cast import PASSWORD
from tests.evaluations.helpers import submit, verify_all

pytestmark = pytest.mark.dates

TOKEN = re.compile(r'(X-CSRFToken": "|csrfmiddlewaretoken" value=")[A-Za-z0-9]+')


@pytest.fixture
def coordinator(client, cast):
    client.login(username=cast.coordinator.username, password=PASSWORD)
    return client


def dashboard(client, cast) -> str:
    response = client.get(reverse("dashboard", args=[cast.evaluation.pk]))
    assert response.status_code == 200
    # Each page has its own CSRF token; everything else must be the same.
    return TOKEN.sub(r"\1-", response.content.decode())


def cold_dashboard(client, cast) -> str:
    cache.clear()
    return dashboard(client, cast)


def assert_shows_the_write(client, cast, before: str) -> None:
    """After a write the warm page is no longer the page before it, but the page that a cold
    cache gives."""
    warm = dashboard(client, cast)
    assert warm != before
    assert warm == cold_dashboard(client, cast)


def test_the_dashboard_from_a_warm_cache_is_the_dashboard_from_a_cold_one(coordinator, cast):
    cold = cold_dashboard(coordinator, cast)
    assert dashboard(coordinator, cast) == cold
    assert 'id="chart-aspects"' in cold and 'id="history"' in cold


def test_a_saved_claim_shows_on_the_warm_dashboard(coordinator, cast):
    before = dashboard(coordinator, cast)
    submit(cast, 1, level=4)
    assert_shows_the_write(coordinator, cast, before)


def test_a_verdict_shows_on_the_warm_dashboard(coordinator, cast):
    claimed = submit(cast, 1, level=4)
    before = dashboard(coordinator, cast)
    assessment_verify(
        actor=cast.actor(cast.coordinator),
        assessment=claimed,
        version=claimed.version,
        verified_level=2,
        reason="Bukti dukung level 3 belum ada.",
    )
    html = dashboard(coordinator, cast)
    assert html != before and html == cold_dashboard(coordinator, cast)
    # The claim above the verified level is listed.
    overclaims = html.split('id="unit-progress"')[1]
    assert reverse("evaluations:indicator", args=[cast.evaluation.pk, 1]) in overclaims


def test_a_state_change_shows_on_the_warm_dashboard(coordinator, cast):
    verify_all(cast)
    before = dashboard(coordinator, cast)
    evaluation_advance(actor=cast.actor(cast.coordinator), evaluation=cast.evaluation)
    assert_shows_the_write(coordinator, cast, before)


def test_a_renamed_unit_shows_on_the_warm_dashboard(coordinator, cast):
    submit(cast, 1)
    before = dashboard(coordinator, cast)
    Unit.objects.filter(pk=cast.unit.pk).update(short_name="Diskominfo Baru")
    assert_shows_the_write(coordinator, cast, before)


def test_a_warm_dashboard_draws_no_chart(coordinator, cast, monkeypatch):
    dashboard(coordinator, cast)
    drawn = []
    monkeypatch.setattr(views, "dashboard_charts", lambda *a, **k: drawn.append(1) or {})
    dashboard(coordinator, cast)
    assert drawn == []
