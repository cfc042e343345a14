"""In the browser: the leadership asks for the PDF report and downloads it."""

import pytest
from pypdf import PdfReader

from tests.cast import PASSWORD, make_cast
from tests.timeouts import slow_work_timeout_ms

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.dates]


def test_leadership_requests_the_pdf_and_downloads_it(
    live_server, new_page, transactional_db, tmp_path
):
    cast = make_cast(framework="pemdi-2026")
    page = new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", cast.leadership.username)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("main button[type=submit]")
    page.goto(f"{live_server.url}/evaluasi/{cast.evaluation.pk}/")
    with page.expect_navigation():
        page.click(f"a[href='/evaluasi/{cast.evaluation.pk}/laporan/']")
    # With the tests' immediate task backend the PDF renders inside this POST, which on a loaded
    # machine takes far longer than a page action's default bound: wait for the slow-work one.
    with page.expect_navigation(timeout=slow_work_timeout_ms()):
        page.click("button[name=submit-pdf]", no_wait_after=True)
    page.wait_for_selector("#report-jobs tr[data-status=done]", timeout=slow_work_timeout_ms())
    with page.expect_download() as download:
        page.click("#report-jobs tr[data-status=done] a")
    path = tmp_path / "laporan.pdf"
    download.value.save_as(path)
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Kota Uji" in text
    assert "1,00" in text or "1.00" in text
