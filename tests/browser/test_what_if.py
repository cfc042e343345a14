"""What-if in the browser: changing a level updates the indices at once (htmx, server-side)."""

import pytest
from playwright.sync_api import expect

from tests.cast import PASSWORD, make_cast

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.dates]


def test_changing_a_level_updates_the_index_without_reloading(
    live_server, new_page, transactional_db
):
    cast = make_cast()
    page = new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", cast.leadership.username)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("main button[type=submit]")
    page.goto(f"{live_server.url}/evaluasi/{cast.evaluation.pk}/rencana/?dasar=self")
    assert page.locator("#whatif-index").inner_text() == "1,00"
    page.select_option("select[name=v_47]", "5")
    # expect() waits without evaluating a string in the page, which the CSP's script-src
    # refuses (no 'unsafe-eval'), as page.wait_for_function("...") would.
    expect(page.locator("#whatif-index")).to_have_text("1,12")
    page.select_option("select[name=v_1]", "5")
    expect(page.locator("#whatif-index")).to_have_text("1,17")
    assert page.url.endswith("/rencana/?dasar=self")
