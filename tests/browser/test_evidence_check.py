"""In the browser: a PIC uploads a Perwali as evidence and sees the automatic pre-check."""

import pytest

from tests.cast import PASSWORD, make_cast
from tests.evidence.test_upload_and_links import ARCHITECTURE_LEVEL_2
from tests.textanalysis.fabricate import text_pdf

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.dates]


def test_a_pic_uploads_a_document_and_sees_the_check(
    live_server, new_page, transactional_db, tmp_path
):
    cast = make_cast(framework="spbe-2020")
    perwali = tmp_path / "perwali-arsitektur-spbe.pdf"
    perwali.write_bytes(text_pdf(ARCHITECTURE_LEVEL_2))
    page = new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", cast.pic.username)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("main button[type=submit]")
    page.goto(f"{live_server.url}/evaluasi/{cast.evaluation.pk}/indikator/1/")
    page.click("text=Unggah berkas sebagai bukti dukung")
    form = page.locator("#evidence-upload-form")
    form.locator("input[name=title]").fill("Perwali Arsitektur SPBE")
    form.locator("select[name=kind]").select_option("perwali")
    form.locator("select[name=level]").select_option("2")
    form.locator("input[name=file]").set_input_files(str(perwali))
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    assert page.locator(".supported-level").first.inner_text() == "2"
    missing = page.locator(".missing").first.inner_text()
    assert "Keamanan SPBE" in missing and "Layanan SPBE" in missing
