"""The header shows each role the pages it can use, and none of them is a dead end."""

import re

import pytest
from django.urls import reverse

from tests.cast import PASSWORD, ROLES

pytestmark = pytest.mark.dates

EVERYONE = ["evaluations", "benchmarks"]
LINKS = {
    "coordinator": ["evaluations", "evidence", "desk", "benchmarks", "delivery_log"],
    "pic": ["evaluations", "mine", "evidence", "desk", "benchmarks"],
    "other_pic": ["evaluations", "mine", "evidence", "desk", "benchmarks"],
    "internal_assessor": ["evaluations", "evidence", "benchmarks"],
    "leadership": ["evaluations", "evidence", "benchmarks"],
    "outsider": ["evaluations", "evidence", "desk", "benchmarks", "delivery_log"],
    "external_assessor": EVERYONE,
    "unassigned_assessor": EVERYONE,
    "admin": ["evaluations", "benchmarks", "national_windows", "admin"],
}
NAV_LINK = re.compile(r'<a href="([^"]+)" data-nav="([a-z_]+)"')


def header_links(client, cast, role):
    client.login(username=getattr(cast, role).username, password=PASSWORD)
    page = client.get(reverse("home"), follow=True)
    header = page.content.decode().split("</header>")[0]
    return NAV_LINK.findall(header)


@pytest.mark.parametrize("role", ROLES)
def test_each_role_sees_the_links_it_can_use(client, cast, role):
    assert [name for _url, name in header_links(client, cast, role)] == LINKS[role]


@pytest.mark.parametrize("role", ROLES)
def test_no_link_in_the_header_answers_an_error(client, cast, role):
    for url, name in header_links(client, cast, role):
        assert client.get(url).status_code == 200, name


def test_the_national_results_open_on_the_national_ranking_for_every_role(client, cast):
    links = dict((name, url) for url, name in header_links(client, cast, "leadership"))
    assert links["benchmarks"] == reverse("benchmarks:ranking")
    links = dict((name, url) for url, name in header_links(client, cast, "external_assessor"))
    assert links["benchmarks"] == reverse("benchmarks:ranking")


def test_the_benchmark_pages_offer_my_agency_only_to_a_member_of_one(client, cast):
    ranking = reverse("benchmarks:ranking")
    my_agency = f'href="{reverse("benchmarks:agency")}"'.encode()
    client.login(username=cast.coordinator.username, password=PASSWORD)
    assert my_agency in client.get(ranking).content
    client.login(username=cast.external_assessor.username, password=PASSWORD)
    assert my_agency not in client.get(ranking).content


def test_a_visitor_who_is_not_signed_in_sees_no_links(client, db):
    page = client.get(reverse("login"))
    assert NAV_LINK.findall(page.content.decode().split("</header>")[0]) == []
