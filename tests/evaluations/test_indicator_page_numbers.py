"""The indicator page writes its numbers the Indonesian way."""

import pytest
from django.urls import reverse

from tests.cast import PASSWORD

pytestmark = pytest.mark.dates


def test_the_indicators_weight_has_a_decimal_comma(client, cast):
    client.login(username=cast.pic.username, password=PASSWORD)
    page = client.get(reverse("evaluations:indicator", args=[cast.evaluation.pk, 1]))
    header = page.content.decode().split("<h1")[1].split("</p>")[0]
    assert "bobot 1,3%" in header and "1.3" not in header
