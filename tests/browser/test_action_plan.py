"""In the browser: the optimal plan becomes the action plan, and its lead unit reports progress.

The koordinator asks the planning page for a modest target, turns the plan into actions and
finds them on the dashboard; the PIC of the lead unit marks one of them done; the dashboard
then lists the action that is still overdue first.
"""

import datetime

import pytest
from playwright.sync_api import expect

from spbe.planning.models import Action, ActionStatus
from tests.browser.visit import follow, link, message, open_evaluation, signed_in, with_deadlines
from tests.cast import make_cast

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.dates]

# Actions are due when the self-assessment closes; one long past makes them overdue on any day.
SELF_ASSESSMENT_CLOSED = datetime.date(2020, 6, 30)
REVIEW_CLOSED = datetime.date(2020, 7, 31)


def test_the_plan_becomes_actions_the_pic_reports_progress_and_overdue_comes_first(
    live_server, new_page
):
    cast = make_cast(framework="spbe-2020")
    with_deadlines(cast.evaluation, self_assessment=SELF_ASSESSMENT_CLOSED, review=REVIEW_CLOSED)

    # 1. The koordinator asks for 1,05: two steps, architecture and roadmap, both led by Kominfo.
    coordinator = signed_in(new_page, live_server, cast.coordinator)
    open_evaluation(coordinator, cast.evaluation)
    follow(coordinator, link(coordinator, "Mencapai target"))
    coordinator.get_by_label("Target indeks").fill("1,05")
    follow(coordinator, coordinator.get_by_role("button", name="Hitung"))
    expect(coordinator.locator("#plan-summary")).to_contain_text(
        "Dari 1,00 menjadi 1,05 melalui 2 langkah dengan biaya 4 poin upaya."
    )
    steps = coordinator.locator("#plan-steps tbody tr")
    expect(steps.locator("td:first-child")).to_have_text(["11", "12"])
    expect(steps.nth(0)).to_contain_text("(Kominfo)")

    # 2. It turns the plan into actions; the action plan lists them with their effect.
    follow(coordinator, coordinator.get_by_role("button", name="Tuangkan rencana ini ke dalam"))
    expect(message(coordinator)).to_have_text("2 aksi ditambahkan ke rencana aksi.")
    expect(coordinator.locator("#total-effect")).to_have_text("+0,0500")
    actions = coordinator.locator("#actions tbody tr")
    expect(actions.locator("td:first-child")).to_have_text(["11", "12"])
    expect(actions.nth(0)).to_contain_text("1 → 2")
    expect(actions.nth(0)).to_contain_text("+0,0250")
    saved = Action.objects.filter(evaluation=cast.evaluation).order_by("indicator__number")
    assert [(a.indicator.number, a.to_level, a.lead_unit_id, a.status) for a in saved] == [
        (11, 2, cast.unit.pk, ActionStatus.PLANNED),
        (12, 2, cast.unit.pk, ActionStatus.PLANNED),
    ]
    assert {a.deadline for a in saved} == {SELF_ASSESSMENT_CLOSED}

    # 3. The dashboard's action plan shows both, overdue.
    open_evaluation(coordinator, cast.evaluation)
    follow(coordinator, link(coordinator, "Dasbor"))
    on_dashboard = coordinator.locator("#dashboard-actions tbody tr")
    expect(on_dashboard.locator("td:first-child")).to_have_text(["11", "12"])
    expect(on_dashboard.locator(".badge.overdue")).to_have_count(2)
    expect(on_dashboard.nth(0)).to_contain_text("terlambat")

    # 4. The PIC of Kominfo, the lead unit, marks the architecture action done.
    pic = signed_in(new_page, live_server, cast.pic)
    open_evaluation(pic, cast.evaluation)
    follow(pic, link(pic, "Rencana aksi"))
    architecture = pic.locator("#actions tbody tr", has_text="Arsitektur SPBE Instansi")
    with pic.expect_navigation():
        architecture.get_by_label("Status").select_option(label="Selesai")
    expect(message(pic)).to_have_text("Aksi telah diperbarui.")
    expect(architecture.get_by_label("Status")).to_have_value(ActionStatus.DONE.value)
    assert (
        Action.objects.get(evaluation=cast.evaluation, indicator__number=11).status
        == ActionStatus.DONE
    )

    # 5. On the dashboard the roadmap action, still overdue, now comes before the done one.
    coordinator.reload()
    expect(on_dashboard.locator("td:first-child")).to_have_text(["12", "11"])
    expect(on_dashboard.nth(0)).to_contain_text("terlambat")
    expect(on_dashboard.nth(0)).to_contain_text("Direncanakan")
    expect(on_dashboard.nth(1)).to_contain_text("Selesai")
    expect(on_dashboard.nth(1).locator(".badge.overdue")).to_have_count(0)
