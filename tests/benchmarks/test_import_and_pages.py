"""Importing published results and the benchmark pages."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from spbe.benchmarks.models import AgencyLink, MatchStatus, PublishedResultRow
from spbe.benchmarks.services import (
    PACKAGED_RESULTS,
    agency_links_refresh,
    published_results_import,
)
from spbe.organizations.models import Agency, Role
from tests.cast import PASSWORD, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported():
    published_results_import(path=PACKAGED_RESULTS)


@pytest.fixture
def siantar(imported):
    agency = Agency.objects.create(
        name="Kota Pematangsiantar", slug="pematangsiantar", kind="kota", province="Sumatera Utara"
    )
    agency_links_refresh()
    return agency


def test_importing_the_published_file_twice_changes_nothing_the_second_time(imported):
    count = PublishedResultRow.objects.count()
    assert count > 1200
    summary = published_results_import(path=PACKAGED_RESULTS)
    assert (summary.created, summary.updated) == (0, 0)
    assert PublishedResultRow.objects.count() == count


def test_a_file_with_an_error_imports_nothing_and_names_the_row(tmp_path):
    text = PACKAGED_RESULTS.read_text(encoding="utf-8").splitlines()
    text.append("Pemerintah Kota Contoh,kota,Sumatera Utara,20x4,spbe-2020,,,,,2.50,Cukup,uji")
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(text) + "\n", encoding="utf-8")
    err = StringIO()
    with pytest.raises(CommandError) as error:
        call_command("benchmarks", "import", str(bad), stderr=err, stdout=StringIO())
    assert error.value.returncode == 2
    assert str(len(text)) in err.getvalue()
    assert "20x4" in err.getvalue()
    assert PublishedResultRow.objects.count() == 0


def test_a_changed_value_is_updated_in_place(tmp_path, imported):
    lines = PACKAGED_RESULTS.read_text(encoding="utf-8").splitlines()
    changed = [
        line.replace(
            "Pemerintah Kota Pematang Siantar,kota,Sumatera Utara,2024,spbe-2020,3.50",
            "Pemerintah Kota Pematang Siantar,kota,Sumatera Utara,2024,spbe-2020,3.60",
        )
        for line in lines
    ]
    path = tmp_path / "changed.csv"
    path.write_text("\n".join(changed) + "\n", encoding="utf-8")
    summary = published_results_import(path=path)
    assert (summary.created, summary.updated) == (0, 1)


def test_a_published_name_written_differently_is_matched_exactly(siantar):
    link = AgencyLink.objects.get(agency=siantar)
    assert link.status == MatchStatus.CONFIRMED
    assert link.published_name == "Pemerintah Kota Pematang Siantar"


def test_an_uncertain_name_waits_for_a_person(imported):
    agency = Agency.objects.create(
        name="Kota Pematang", slug="pematang", kind="kota", province="Sumatera Utara"
    )
    agency_links_refresh()
    assert AgencyLink.objects.get(agency=agency).status != MatchStatus.CONFIRMED


def test_the_agency_page_ranks_pematangsiantar_among_kota_and_its_province(client, siantar):
    user = make_user("pimpinan-siantar", siantar, None, Role.LEADERSHIP)
    client.login(username=user.username, password=PASSWORD)
    response = client.get(reverse("benchmarks:agency") + "?tahun=2024")
    assert response.status_code == 200
    page = response.context["page"]
    assert (page.rank_in_kind.position, page.rank_in_kind.total) == (66, 93)
    assert (page.rank_in_province.position, page.rank_in_province.total) == (9, 32)
    # Two charts (the header's bell is an icon, not a chart).
    assert (
        response.content.decode().count("<svg")
        - response.content.decode().count('<svg class="icon"')
        == 2
    )


def test_only_the_agencys_coordinator_confirms_a_match(client, siantar):
    pic = make_user("pic-siantar", siantar, None, Role.LEADERSHIP)
    client.login(username=pic.username, password=PASSWORD)
    assert client.get(reverse("benchmarks:matching")).status_code == 403
    assert (
        client.post(reverse("benchmarks:confirm"), {"agency_key": "kota:medan"}).status_code == 403
    )
    coordinator = make_user("koord-siantar", siantar, None, Role.COORDINATOR)
    client.login(username=coordinator.username, password=PASSWORD)
    assert client.get(reverse("benchmarks:matching")).status_code == 200
    client.post(reverse("benchmarks:confirm"), {"agency_key": "kota:pematangsiantar"})
    assert AgencyLink.objects.get(agency=siantar).status == MatchStatus.CONFIRMED


def test_a_match_to_a_kabupaten_is_refused_for_a_kota(client, siantar):
    coordinator = make_user("koord-2", siantar, None, Role.COORDINATOR)
    client.login(username=coordinator.username, password=PASSWORD)
    key = (
        PublishedResultRow.objects.filter(kind="kabupaten")
        .values_list("agency_key", flat=True)
        .first()
    )
    response = client.post(reverse("benchmarks:confirm"), {"agency_key": key})
    assert response.status_code == 422
    assert response.context["refusal"]
    assert 'id="candidates"' in response.content.decode()
    assert AgencyLink.objects.get(agency=siantar).agency_key == "kota:pematangsiantar"


def test_the_ranking_and_movers_pages_list_published_agencies(client, imported, db):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user(username="reader", password=PASSWORD)
    client.login(username="reader", password=PASSWORD)
    ranking = client.get(
        reverse("benchmarks:ranking") + "?tahun=2024&jenis=kota&provinsi=Sumatera Utara"
    )
    assert ranking.status_code == 200
    assert len(ranking.context["ranked"]) == 8
    movers = client.get(reverse("benchmarks:movers"))
    assert movers.status_code == 200
    assert len(movers.context["risers"]) == 15


def test_benchmark_pages_need_a_signed_in_user(client):
    assert client.get(reverse("benchmarks:ranking")).status_code == 302
