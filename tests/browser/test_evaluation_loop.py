"""The whole loop as people do it, in a real browser.

The koordinator opens an evaluation and assigns indicators; the PIC claims a level with a
justification and submits; the koordinator returns it with a note; the PIC fixes it and
resubmits; the koordinator verifies it; the dashboard's verified index goes up.
"""

import re

import pytest
from django.contrib.auth import get_user_model

from spbe.organizations.models import Agency, Membership, Role, Unit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.dates]
PASSWORD = "kata-sandi-uji"


@pytest.fixture
def city(transactional_db):
    agency = Agency.objects.create(
        name="Kota Contoh", slug="kota-contoh", kind="kota", province="Sumatera Utara"
    )
    kominfo = Unit.objects.create(
        agency=agency, name="Dinas Kominfo", short_name="Kominfo", slug="kominfo"
    )
    Unit.objects.create(agency=agency, name="Bappeda", short_name="Bappeda", slug="bappeda")
    users = get_user_model()
    for username, unit, role in (
        ("koordinator", kominfo, Role.COORDINATOR),
        ("pic-kominfo", kominfo, Role.UNIT_PIC),
    ):
        user = users.objects.create_user(username=username, password=PASSWORD)
        Membership.objects.create(user=user, agency=agency, unit=unit, roles=[role.value])
    return agency


def sign_in(page, base_url, username):
    page.goto(f"{base_url}/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert "/accounts/login/" not in page.url, f"{username} could not sign in"


def verified_index(page, base_url, evaluation_url):
    page.goto(f"{base_url}{evaluation_url}dasbor/")
    return page.locator("[data-index=verified]").inner_text()


def test_the_whole_self_assessment_loop(live_server, new_page, city):
    base = live_server.url
    coordinator = new_page()
    sign_in(coordinator, base, "koordinator")

    # 1. The koordinator opens an evaluation and assigns the indicators.
    coordinator.goto(f"{base}/evaluasi/baru/")
    coordinator.select_option("select[name=framework]", "pemdi-2026")
    coordinator.fill("input[name=year]", "2027")
    coordinator.fill("input[name=target]", "2.5")
    coordinator.fill("input[name=self_assessment_deadline]", "2027-06-30")
    coordinator.fill("input[name=review_deadline]", "2027-07-31")
    with coordinator.expect_navigation():
        coordinator.click("main form button[type=submit]")
    assert re.search(r"/evaluasi/\d+/penugasan/$", coordinator.url), coordinator.url
    evaluation_url = re.search(r"/evaluasi/\d+/", coordinator.url).group(0)
    kominfo = str(Unit.objects.get(slug="kominfo").pk)
    for select in coordinator.locator("select[name^=lead_]").all():
        select.select_option(kominfo)
    with coordinator.expect_navigation():
        coordinator.click("main form button[type=submit]")
    with coordinator.expect_navigation():
        coordinator.click("form[action$='/lanjut/'] button[type=submit]")
    before = verified_index(coordinator, base, evaluation_url)

    # 2. The PIC claims level 2 with a justification and submits.
    pic = new_page()
    sign_in(pic, base, "pic-kominfo")
    pic.goto(f"{base}/evaluasi/saya/")
    pic.locator("#my-indicators a").first.click()
    indicator_url = pic.url
    pic.select_option("select[name=claimed_level]", "2")
    pic.check("input[name=criteria_met][value='1']")
    pic.check("input[name=criteria_met][value='2']")
    pic.fill("textarea[name=justification]", "Rencana aksi Pemdi telah disusun.")
    with pic.expect_navigation():
        pic.click("button[name=submit][value='1']")
    assert pic.locator("#assessment-state.diajukan").count() == 1

    # 3. The koordinator returns it with a note.
    coordinator.goto(indicator_url)
    coordinator.fill("textarea[name=return_note]", "Lampirkan dokumen yang sudah ditetapkan.")
    with coordinator.expect_navigation():
        coordinator.click("#return-form button[type=submit]")
    assert coordinator.locator("#assessment-state.dikembalikan").count() == 1

    # 4. The PIC sees the note, fixes the entry and resubmits.
    pic.goto(indicator_url)
    assert "Lampirkan dokumen yang sudah ditetapkan." in pic.locator("#return-note").inner_text()
    pic.fill(
        "textarea[name=justification]",
        "Rencana aksi Pemdi ditetapkan dengan Keputusan Wali Kota Nomor 12 Tahun 2027.",
    )
    with pic.expect_navigation():
        pic.click("button[name=submit][value='1']")

    # 5. The koordinator verifies it.
    coordinator.goto(indicator_url)
    coordinator.fill("input[name=verified_level]", "2")
    with coordinator.expect_navigation():
        coordinator.click("#verify-form button[type=submit]")
    assert coordinator.locator("#assessment-state.diverifikasi").count() == 1

    # 6. The dashboard's verified index changes: indicator 1 weighs 5, one level is +0.05.
    after = verified_index(coordinator, base, evaluation_url)
    assert (before, after) == ("1,00", "1,05")
