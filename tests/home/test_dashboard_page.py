"""The reviewer's view: the dashboard draws each dataset once, its legend inside its chart in the
chart's own colours, the numbers in a table; the indicator page has one "Review" heading."""

import re

import pytest
from django.urls import reverse
from django.utils.translation import gettext

from spbe.charts.data import Role
from spbe.charts.style import PALETTE
from spbe.evaluations.assessment_services import assessment_verify
from tests.cast import PASSWORD
from tests.evaluations.helpers import submit

pytestmark = pytest.mark.dates


def page(client, user, path: str) -> str:
    client.login(username=user.username, password=PASSWORD)
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_the_dashboard_draws_each_part_once_and_keeps_its_numbers_in_a_table(client, cast):
    html = page(client, cast.coordinator, reverse("dashboard", args=[cast.evaluation.pk]))
    assert 'class="bar"' not in html
    assert 'class="bars"' not in html
    for part in ("domains", "aspects"):
        assert html.count(f'id="chart-{part}"') == 1
        table = html.split(f'id="table-{part}"')[1].split("</table>")[0]
        assert len(re.findall(r'<th scope="row">', table)) >= 1
    domains = html.split('id="table-domains"')[1].split("</table>")[0]
    assert gettext("Target") in domains


def test_the_charts_legend_sits_in_the_chart_in_the_charts_colours(client, cast):
    html = page(client, cast.coordinator, reverse("dashboard", args=[cast.evaluation.pk]))
    # No separate legend far from its chart, in colours of its own.
    assert 'class="legend"' not in html
    chart = html.split('id="chart-domains"')[1].split("</svg>")[0]
    assert PALETTE[Role.SELF].lower() in chart.lower()
    assert PALETTE[Role.VERIFIED].lower() in chart.lower()


def test_the_reviewer_sees_one_review_heading_on_a_verified_claim(client, cast):
    current = submit(cast, 1)
    current = assessment_verify(
        actor=cast.actor(cast.coordinator),
        assessment=current,
        version=current.version,
        verified_level=3,
        reason="",
    )
    html = page(
        client, cast.coordinator, reverse("evaluations:indicator", args=[cast.evaluation.pk, 1])
    )
    heading = f'<h3 id="review">{gettext("Review")}</h3>'
    assert html.count(heading) == 1
    assert html.count(f">{gettext('Review')}</h3>") == 1
    assert 'id="verified-level"' in html
    assert 'id="return-form"' in html
