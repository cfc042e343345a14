"""The ranking page: opened around our agency, highlighted, paginated, filtered, and headed with
the number of agencies the year has."""

import re

import pytest
from django.urls import reverse
from django.utils.translation import gettext, ngettext

from spbe.benchmarks.models import AgencyLink, MatchStatus
from spbe.benchmarks.services import PACKAGED_RESULTS, published_results_import
from spbe.organizations.models import Agency, Role
from tests.cast import PASSWORD, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(client):
    """The Koordinator of Pematangsiantar, whose published name is confirmed."""
    published_results_import(path=PACKAGED_RESULTS)
    agency = Agency.objects.create(
        name="Kota Pematangsiantar", slug="pematangsiantar", kind="kota", province="Sumatera Utara"
    )
    AgencyLink.objects.create(
        agency=agency, agency_key="kota:pematangsiantar", status=MatchStatus.CONFIRMED
    )
    user = make_user("koord-ranking", agency, None, Role.COORDINATOR)
    client.login(username=user.username, password=PASSWORD)
    return client


def rows(html: str) -> list[str]:
    body = html.split('<table id="ranking">')[1].split("</tbody>")[0]
    return re.findall(r"<tr[ >].*?</tr>", body.split("<tbody>")[1], re.S)


def test_it_opens_around_our_agency_and_highlights_its_row(reader):
    response = reader.get(reverse("benchmarks:ranking") + "?tahun=2024")
    html = response.content.decode()
    shown = rows(html)
    total = len(response.context["ranked"])
    assert total > 500
    assert len(shown) <= 51
    own = [row for row in shown if 'id="own-agency"' in row]
    assert len(own) == 1 and 'class="own-agency"' in own[0]
    assert "Pematang Siantar" in own[0]
    heading = ngettext(
        "%(year)s: %(total)s agency with published results",
        "%(year)s: %(total)s agencies with published results",
        total,
    ) % {"year": 2024, "total": total}
    assert heading in html
    assert gettext("National ranking") not in html
    assert 'href="?tahun=2024&amp;halaman=2"' in html


def test_the_whole_list_is_paginated_and_keeps_the_filters(reader):
    url = reverse("benchmarks:ranking") + "?tahun=2024&jenis=kota&provinsi=Sumatera+Utara"
    around = reader.get(url)
    assert len(around.context["shown"]) == len(around.context["ranked"]) == 8
    first = reader.get(reverse("benchmarks:ranking") + "?tahun=2024&halaman=2")
    positions = [position for position, _row in first.context["shown"]]
    assert len(positions) == 50 and positions[0] >= 50
    html = first.content.decode()
    assert 'aria-current="page">2</a>' in html
    assert 'href="?tahun=2024#own-agency"' in html
    filtered = around.content.decode()
    assert 'href="?tahun=2024&amp;jenis=kota&amp;provinsi=Sumatera+Utara&amp;halaman=1"' in filtered


def test_a_year_with_a_few_results_says_how_many_and_is_not_called_national(reader):
    response = reader.get(reverse("benchmarks:ranking") + "?tahun=2021")
    html = response.content.decode()
    assert len(response.context["ranked"]) == 5
    assert 'id="incomplete-year"' in html
    heading = html.split('id="ranking-heading">')[1].split("</h1>")[0]
    assert "5" in heading
    assert gettext("National ranking") not in html
