"""In the browser: the koordinator types one step cost in the Indonesian form into the plan
page's table and saves it; the cell shows it back, and the plan reads it."""

import pytest
from django.conf import settings as django_settings
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from spbe.planning.models import PlanCosts
from tests.browser.visit import follow, message, signed_in
from tests.cast import make_cast

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.dates]


def test_the_koordinator_edits_one_cell_of_the_step_costs(live_server, new_page):
    cast = make_cast()
    page = signed_in(new_page, live_server, cast.coordinator)
    page.goto(f"{live_server.url}/evaluasi/{cast.evaluation.pk}/rencana/")
    cell = page.locator("#costs-table input[name=cost_7_3]")
    expect(cell).to_have_value("")
    cell.fill("1.250,5")
    follow(page, page.locator("#costs-table-form").get_by_role("button"))
    with translation.override(django_settings.LANGUAGE_CODE):
        saved = gettext("Step costs saved.")
    expect(message(page)).to_have_text(saved)
    expect(page.locator("#costs-table input[name=cost_7_3]")).to_have_value("1250,5")
    assert PlanCosts.objects.get(evaluation=cast.evaluation).costs == {"7": {"3": "1250.5"}}
