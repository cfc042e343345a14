"""In the browser, the Pemdi cycle item by item: a PIC fills in two items in the Penilaian
Mandiri and copies a note for the portal; in the Penilaian Dokumen the koordinator imports the
portal's verdicts (preview, then apply); in the Penilaian Interviu the PIC answers the revisi
item with a sanggah; and the koordinator generates the interview pack."""

import datetime

import pytest

from spbe.evaluations.models import EvaluationItem
from tests.cast import PASSWORD, make_cast
from tests.clock import JAKARTA
from tests.evaluations.pemdi_helpers import (
    DOCUMENTS_DAY,
    INTERVIEW_DAY,
    SELF_ASSESSMENT_DAY,
    with_stages,
)
from tests.timeouts import slow_work_timeout_ms

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.dates]


def on(time_machine, day: datetime.date) -> None:
    time_machine.move_to(
        datetime.datetime.combine(day, datetime.time(10), tzinfo=JAKARTA), tick=True
    )


def sign_in(page, base_url, user) -> None:
    page.goto(f"{base_url}/accounts/login/")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("main button[type=submit]")


def status_of(cast, code) -> str:
    return EvaluationItem.objects.get(evaluation=cast.evaluation, code=code).status


def test_a_pic_fills_two_items_the_koordinator_imports_verdicts_and_the_pack_is_generated(
    live_server, new_page, transactional_db, time_machine, settings, tmp_path, task_queue
):
    # The server's clock is months before the browser's: a session cookie without an expiry
    # date keeps the browser from discarding it as already expired.
    settings.SESSION_EXPIRE_AT_BROWSER_CLOSE = True
    cast = with_stages(make_cast(framework="pemdi-2026"))
    on(time_machine, SELF_ASSESSMENT_DAY)
    page = new_page()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    sign_in(page, live_server.url, cast.pic)
    indicator = f"{live_server.url}/evaluasi/{cast.evaluation.pk}/indikator/1/"
    page.goto(indicator)
    assert page.locator("#item-stage").inner_text() == "Penilaian Mandiri"

    first = page.locator("#item-I1-L1-01")
    first.locator("textarea[name$='-note']").fill("Renstra Kominfo 2025–2029, hlm. 12–14.")
    assert first.locator(".note-count").inner_text().startswith("38/1000")
    with page.expect_navigation():
        first.locator("button[name=submit][value='1']").click()
    second = page.locator("#item-I1-L2-01")
    second.locator("textarea[name$='-note']").fill(
        "RPJMD 2025–2029 memuat Rencana Aksi Pemdi, hlm. 5."
    )
    with page.expect_navigation():
        second.locator("button[name=submit][value='0']").click()
    assert (status_of(cast, "I1-L1-01"), status_of(cast, "I1-L2-01")) == ("diajukan", "draf")

    page.locator("#item-I1-L1-01 .copy-note").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == "Renstra Kominfo 2025–2029, hlm. 12–14."

    on(time_machine, DOCUMENTS_DAY)
    sign_in(page, live_server.url, cast.coordinator)
    page.goto(f"{live_server.url}/evaluasi/{cast.evaluation.pk}/hasil-asesor/impor/")
    verdicts = tmp_path / "hasil-portal.csv"
    verdicts.write_text("code,status,note\nI1-L1-01,revisi,Renstra belum ditetapkan.\n")
    page.set_input_files("#upload-form input[type=file]", str(verdicts))
    with page.expect_navigation():
        page.click("#upload-form button[type=submit]")
    assert "Renstra belum ditetapkan." in page.locator("#changes").inner_text()
    assert status_of(cast, "I1-L1-01") == "diajukan"  # the preview writes nothing
    with page.expect_navigation():
        page.click("#apply-form button[type=submit]")
    assert status_of(cast, "I1-L1-01") == "revisi"

    on(time_machine, INTERVIEW_DAY)
    sign_in(page, live_server.url, cast.pic)
    page.goto(indicator)
    revisi = page.locator("#item-I1-L1-01")
    assert "Renstra belum ditetapkan." in revisi.inner_text()
    assert revisi.locator("textarea[name$='-note']").count() == 0  # read-only now
    revisi.locator("textarea[name$='-objection']").fill("Renstra ditetapkan Perwali 3/2025.")
    with page.expect_navigation():
        revisi.locator("text=Simpan sanggah").click()
    assert EvaluationItem.objects.get(evaluation=cast.evaluation, code="I1-L1-01").objection == (
        "Renstra ditetapkan Perwali 3/2025."
    )

    sign_in(page, live_server.url, cast.coordinator)
    page.goto(f"{live_server.url}/evaluasi/{cast.evaluation.pk}/laporan/")
    with page.expect_navigation():
        page.click("#pack-formats button[name=pack-pdf]")
    task_queue()
    done = page.wait_for_selector(
        "#report-jobs tr[data-status=done]", timeout=slow_work_timeout_ms()
    )
    assert "Paket interviu (PDF)" in done.inner_text()
    with page.expect_download() as download:
        done.query_selector("a[download]").click()
    assert download.value.suggested_filename.startswith("paket-interviu-")
