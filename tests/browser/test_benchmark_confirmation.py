"""In the browser: the koordinator confirms which published name its agency goes by.

The platform knows the city as "Kota Siantar"; the national results print "Pemerintah Kota
Pematang Siantar", a match too uncertain to make alone. The koordinator sees the suggestion on
the benchmark page, confirms it among the candidates, and the page then shows the city's
published history and its rank among the kota and in its province.
"""

import pytest
from playwright.sync_api import expect

from spbe.benchmarks.models import AgencyLink, MatchStatus
from spbe.benchmarks.services import (
    PACKAGED_RESULTS,
    agency_links_refresh,
    published_results_import,
)
from spbe.organizations.models import Agency, Role
from tests.browser.visit import follow, link, message, signed_in
from tests.cast import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.dates]

PUBLISHED_NAME = "Pemerintah Kota Pematang Siantar"


def test_the_koordinator_confirms_an_uncertain_name_and_sees_history_and_rank(
    live_server, new_page
):
    published_results_import(path=PACKAGED_RESULTS)
    city = Agency.objects.create(
        name="Kota Siantar", slug="kota-siantar", kind="kota", province="Sumatera Utara"
    )
    koordinator = make_user("koordinator-siantar", city, None, Role.COORDINATOR)
    agency_links_refresh()
    assert AgencyLink.objects.get(agency=city).status == MatchStatus.SUGGESTED

    # 1. The benchmark page has no result yet, only the suggestion waiting for a person.
    page = signed_in(new_page, live_server, koordinator)
    follow(page, page.locator("header").get_by_role("link", name="Hasil nasional"))
    follow(page, link(page, "Instansi saya"))
    expect(page.locator(".notice")).to_contain_text(
        f"kemungkinan mencantumkan instansi ini sebagai “{PUBLISHED_NAME}”"
    )
    expect(page.locator("#history")).to_have_count(0)

    # 2. Among the candidates, the koordinator picks the published name.
    follow(page, link(page, "Konfirmasi kecocokan"))
    expect(page.locator("main")).to_contain_text("Tautan saat ini: " + PUBLISHED_NAME)
    candidate = page.locator("#candidates tbody tr", has_text=PUBLISHED_NAME)
    follow(page, candidate.get_by_role("button", name="Pilih nama ini"))
    expect(message(page)).to_have_text("Nama dalam publikasi telah dikonfirmasi.")
    link_row = AgencyLink.objects.get(agency=city)
    assert (link_row.status, link_row.published_name, link_row.confirmed_by_id) == (
        MatchStatus.CONFIRMED,
        PUBLISHED_NAME,
        koordinator.pk,
    )

    # 3. The page now shows the latest published index, the ranks and the history.
    expect(page.locator(".notice")).to_have_count(0)
    expect(page.locator(".cards article").first).to_contain_text("3,06")
    expect(page.locator("#rank-kind")).to_contain_text("Peringkat di antara seluruh kota")
    expect(page.locator("#rank-kind .big")).to_have_text("66")
    expect(page.locator("#rank-kind")).to_contain_text("dari 93")
    expect(page.locator("#rank-province")).to_contain_text("Sumatera Utara")
    expect(page.locator("#rank-province .big")).to_have_text("9")
    expect(page.locator("#rank-province")).to_contain_text("dari 32")
    history = page.locator("#history tbody tr")
    expect(history.locator("td:nth-child(1)")).to_have_text(["2021", "2022", "2023", "2024"])
    expect(history.locator("td:nth-child(2)")).to_have_text(["1,53", "2,35", "2,84", "3,06"])
    # 2021 was published for a few agencies only: no average of the kota, none of the province.
    expect(history.nth(0).locator("td")).to_have_text(["2021", "1,53", "2,24", "—", "—"])
