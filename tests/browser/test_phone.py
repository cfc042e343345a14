"""On a phone (390 px), a PIC works with a thumb: the header folds into a menu that keeps the
language and "Keluar" in reach, and the indicator page with its items and its upload fits the
width, with every control at least 44 px tall and no serious axe violation; without JavaScript the links simply show."""

import datetime

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import Page, expect

from tests.browser.visit import signed_in
from tests.browser.walk import PHONE, serious_violations
from tests.cast import PASSWORD, make_cast
from tests.clock import JAKARTA
from tests.evaluations.pemdi_helpers import SELF_ASSESSMENT_DAY, with_stages

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.dates]

THUMB_PX = 44
# What a thumb presses on the content: controls, and the links that stand alone (in a list or
# a table cell); a link inside a sentence is sized by its text, as WCAG allows.
CONTROLS = (
    "main button:visible, main select:visible, main summary:visible, "
    "main input:not([type=hidden]):visible, main td > a:visible, main li > a:visible"
)


def said(message: str) -> str:
    """``message`` as the Indonesian page shows it."""
    with translation.override("id"):
        return gettext(message)


def too_small(page: Page) -> list[str]:
    small = []
    for control in page.locator(CONTROLS).all():
        # A checkbox is pressed through its label, which is its target.
        height = control.evaluate(
            "e => ((e.type === 'checkbox' || e.type === 'radio') && e.labels && e.labels[0]"
            " || e).getBoundingClientRect().height"
        )
        if height < THUMB_PX:
            small.append(f"{control.evaluate('e => e.outerHTML')[:80]} ({height:.0f} px)")
    return small


def fits(page: Page) -> bool:
    return page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth")


def test_a_pic_on_a_phone_reaches_every_control_with_a_thumb(
    live_server, new_page, browser, transactional_db, time_machine, settings
):
    # The server's clock moves to the self-assessment: a session cookie without an expiry
    # date keeps the browser from discarding it as already expired.
    settings.SESSION_EXPIRE_AT_BROWSER_CLOSE = True
    cast = with_stages(make_cast(framework="pemdi-2026"))
    time_machine.move_to(
        datetime.datetime.combine(SELF_ASSESSMENT_DAY, datetime.time(10), tzinfo=JAKARTA),
        tick=True,
    )
    page = signed_in(new_page, live_server, cast.pic)
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/evaluasi/{cast.evaluation.pk}/indikator/1/")

    header = page.locator("body > header")
    menu = header.get_by_role("button", name=said("Menu"))
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(header.get_by_role("link", name=said("Evaluations"), exact=True)).to_be_hidden()
    expect(header.get_by_role("button", name=said("Sign out"))).to_be_visible()
    expect(header.get_by_label(said("Language"))).to_be_visible()
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(header.get_by_role("link", name=said("Evaluations"), exact=True)).to_be_visible()

    item = page.locator("#item-I1-L1-01")
    item.get_by_text(said("Upload a new document for this item")).click()
    expect(item.locator("input[type=file]")).to_be_visible()
    assert fits(page)
    assert too_small(page) == []
    assert serious_violations(page) == []
    page.goto(f"{live_server.url}/evaluasi/{cast.evaluation.pk}/butir/")
    assert fits(page)
    assert too_small(page) == []
    assert serious_violations(page) == []

    # Without JavaScript the menu button stays hidden, the links show, and the page still fits.
    plain = browser.new_context(java_script_enabled=False, viewport=PHONE, locale="id-ID")
    try:
        bare = plain.new_page()
        bare.goto(f"{live_server.url}/accounts/login/")
        bare.fill("input[name=username]", cast.pic.username)
        bare.fill("input[name=password]", PASSWORD)
        with bare.expect_navigation():
            bare.click("main button[type=submit]")
        bare.goto(f"{live_server.url}/evaluasi/{cast.evaluation.pk}/")
        header = bare.locator("body > header")
        expect(header.get_by_role("button", name=said("Menu"))).to_be_hidden()
        expect(header.get_by_role("link", name=said("Evaluations"), exact=True)).to_be_visible()
        assert fits(bare)
    finally:
        plain.close()
