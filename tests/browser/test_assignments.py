"""In the browser: the koordinator's assignment table, beyond the first assignment.

The koordinator gives three indicators at once to Bappeda as lead unit, with Kominfo and
Disdukcapil supporting (ticked in each row's popover, the chips showing them at once), then
takes Disdukcapil off one of them with the keyboard alone. The PIC of Disdukcapil finds
the two it still supports among its indicators, may add evidence there but not claim, and
cannot edit the indicator it no longer has anything to do with.
"""

import pytest
from playwright.sync_api import Locator, Page, expect

from spbe.evaluations.models import Assessment
from spbe.organizations.models import Role, Unit
from tests.browser.visit import (
    follow,
    link,
    message,
    open_evaluation,
    post_behind_the_page,
    signed_in,
)
from tests.cast import make_cast, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.dates]

BULK = ("4", "5", "6")
NETWORK_POLICY = (  # indicator 6
    "Tingkat Kematangan Kebijakan Internal Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah"
)


def assign(page: Page, number: str, *, lead: str, supporting: list[str]) -> None:
    page.get_by_label(f"OPD pengampu indikator {number}", exact=True).select_option(label=lead)
    picker = page.locator(f"#support-{number}")
    picker.locator("summary").click()
    for unit in supporting:
        picker.get_by_label(unit, exact=True).check()
    expect(chips(page, number)).to_have_text(supporting)
    picker.locator("summary").click()


def chips(page: Page, number: str) -> Locator:
    """The units the summary of indicator ``number``'s popover shows as chosen."""
    return page.locator(f"#support-{number} summary .chip")


def untick_with_the_keyboard(page: Page, number: str, unit: str) -> None:
    """Tab to the popover's summary, open it with Enter, Tab to ``unit``'s box, untick it with
    Space and close the popover with Escape, the focus back on its summary."""
    summary = page.locator(f"#support-{number} summary")
    page.get_by_label(f"OPD pengampu indikator {number}", exact=True).focus()
    page.keyboard.press("Tab")
    expect(summary).to_be_focused()
    page.keyboard.press("Enter")
    box = page.locator(f"#support-{number}").get_by_label(unit, exact=True)
    # The boxes follow the units' order (by name), one Tab each.
    names = [label.strip() for label in page.locator(f"#support-{number} label").all_inner_texts()]
    for _box in range(names.index(unit) + 1):
        page.keyboard.press("Tab")
    expect(box).to_be_focused()
    page.keyboard.press("Space")
    expect(box).not_to_be_checked()
    page.keyboard.press("Escape")
    expect(page.locator(f"#support-{number}")).not_to_have_attribute("open", "")
    expect(summary).to_be_focused()


def units_of(evaluation, number: int) -> tuple[str, set[str]]:
    assessment = Assessment.objects.get(evaluation=evaluation, indicator__number=number)
    return assessment.lead_unit.short_name, {
        u.short_name for u in assessment.supporting_units.all()
    }


def test_the_koordinator_reassigns_several_indicators_and_only_the_right_units_may_act(
    live_server, new_page
):
    cast = make_cast(framework="spbe-2020")
    disdukcapil = Unit.objects.create(
        agency=cast.agency,
        name="Dinas Kependudukan dan Pencatatan Sipil",
        short_name="Disdukcapil",
        slug="disdukcapil",
    )
    pic_disdukcapil = make_user("pic-disdukcapil", cast.agency, disdukcapil, Role.UNIT_PIC)

    # 1. Three indicators at once: Bappeda leads, Kominfo and Disdukcapil support.
    coordinator = signed_in(new_page, live_server, cast.coordinator)
    open_evaluation(coordinator, cast.evaluation)
    follow(coordinator, link(coordinator, "Tugaskan indikator"))
    for number in BULK:
        # In the list's order (by the units' names), as the chips show them.
        assign(coordinator, number, lead="Bappeda", supporting=["Disdukcapil", "Kominfo"])
    follow(coordinator, coordinator.get_by_role("button", name="Simpan penugasan"))
    expect(message(coordinator)).to_have_text("Penugasan 3 indikator diperbarui.")
    for number in (4, 5, 6):
        assert units_of(cast.evaluation, number) == ("Bappeda", {"Kominfo", "Disdukcapil"})

    # 2. It changes one of them with the keyboard: indicator 6 keeps Kominfo alone.
    follow(coordinator, link(coordinator, "Tugaskan indikator"))
    expect(chips(coordinator, "6")).to_have_text(["Disdukcapil", "Kominfo"])
    untick_with_the_keyboard(coordinator, "6", "Disdukcapil")
    expect(chips(coordinator, "6")).to_have_text(["Kominfo"])
    follow(coordinator, coordinator.get_by_role("button", name="Simpan penugasan"))
    expect(message(coordinator)).to_have_text("Penugasan 1 indikator diperbarui.")
    assert units_of(cast.evaluation, 6) == ("Bappeda", {"Kominfo"})
    assert units_of(cast.evaluation, 5) == ("Bappeda", {"Kominfo", "Disdukcapil"})

    # 3. The PIC of Disdukcapil lands on its indicators: the two it supports, not the third.
    pic = signed_in(new_page, live_server, pic_disdukcapil)
    mine = pic.locator("#my-indicators tbody tr")
    expect(mine.locator("td:nth-child(2)")).to_have_text(["4", "5"])
    expect(mine.locator("td:nth-child(4)")).to_have_text(["pendukung", "pendukung"])

    # 4. On a supported indicator it may add evidence, while the claim stays Bappeda's.
    follow(pic, mine.nth(0).get_by_role("link"))
    expect(pic.locator("hgroup")).to_contain_text("OPD pengampu: Bappeda")
    expect(pic.locator("hgroup")).to_contain_text("Pendukung: Disdukcapil, Kominfo")
    expect(pic.locator("#claim-form")).to_have_count(0)
    expect(pic.get_by_text("Unggah berkas sebagai bukti dukung")).to_be_visible()

    # 5. Indicator 6 is no longer its business: nothing to edit, and a forged claim is refused.
    open_evaluation(pic, cast.evaluation)
    follow(pic, link(pic, NETWORK_POLICY))
    expect(pic.locator("hgroup")).not_to_contain_text("Disdukcapil")
    expect(pic.locator("#claim-form")).to_have_count(0)
    expect(pic.get_by_text("Unggah berkas sebagai bukti dukung")).to_have_count(0)
    indicator_6 = Assessment.objects.get(evaluation=cast.evaluation, indicator__number=6)
    claim = {
        "action": "claim",
        "version": str(indicator_6.version),
        "claimed_level": "2",
        "criteria_met": "1",
        "justification": "Diklaim oleh OPD yang tidak ditugaskan.",
        "submit": "0",
    }
    refusal = post_behind_the_page(pic, pic.url, claim)
    assert refusal.status == 403
    assert "Hanya PIC OPD pengampu yang dapat mengubah indikator 6." in refusal.text()
    indicator_6.refresh_from_db()
    assert (indicator_6.claimed_level, indicator_6.justification) == (None, "")
