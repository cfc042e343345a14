"""Each chart of the dashboard names, for a screen reader, the table that holds its numbers."""

import re

import pytest
from django.urls import reverse

from spbe.core.templatetags.spbe import described_by
from tests.cast import PASSWORD

pytestmark = pytest.mark.dates

DESCRIBED_CHART = re.compile(r'<svg aria-describedby="([\w-]+)" class="spbe-chart" role="img"')


def test_every_chart_of_the_dashboard_points_at_a_table_of_the_page(client, cast):
    client.login(username=cast.coordinator.username, password=PASSWORD)
    html = client.get(reverse("dashboard", args=[cast.evaluation.pk])).content.decode()
    described = DESCRIBED_CHART.findall(html)
    assert len(described) == html.count('class="spbe-chart"')
    assert {"table-domains", "table-aspects", "history"} <= set(described)
    for table_id in described:
        assert re.search(rf'<table[^>]* id="{table_id}"', html), table_id


def test_the_description_leaves_anything_but_a_chart_as_it_is():
    assert described_by("", "history") == ""
    assert described_by("—", "history") == "—"
    assert described_by('<svg x="1">', 'a"b') == '<svg aria-describedby="a&quot;b" x="1">'
