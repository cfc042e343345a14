"""In the browser: the leadership asks for the PDF report, watches it being generated and
downloads it, with the report rendered by a worker from the database queue, as in production."""

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser.visit import follow, link, signed_in
from tests.cast import make_cast
from tests.timeouts import slow_work_timeout_ms

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.dates]


def test_leadership_requests_the_pdf_sees_it_queued_then_downloads_it_without_reloading(
    live_server, new_page, task_queue, tmp_path
):
    cast = make_cast(framework="pemdi-2026")
    page = signed_in(new_page, live_server, cast.leadership)
    page.goto(f"{live_server.url}/evaluasi/{cast.evaluation.pk}/")
    follow(page, link(page, "Laporan"))
    # The request only queues the job, so the page comes back at once, whatever the machine.
    follow(page, page.locator("button[name=submit-pdf]"))
    jobs = page.locator("#report-jobs")
    expect(jobs.locator("tr[data-status=queued]")).to_contain_text("Dalam antrean")
    expect(jobs.locator("tr[data-status=queued] progress")).to_be_visible()
    expect(jobs).to_have_attribute("hx-trigger", "every 2s")
    page.evaluate("window.sameDocument = true")

    task_queue()  # the worker renders the PDF; the page learns it by polling the job's state

    done = jobs.locator("tr[data-status=done]")
    expect(done).to_be_visible(timeout=slow_work_timeout_ms())
    assert page.evaluate("window.sameDocument") is True, "the page was reloaded"
    expect(page.locator("#report-jobs")).not_to_have_attribute("hx-trigger", "every 2s")
    with page.expect_download() as download:
        done.get_by_role("link").click()
    path = tmp_path / "laporan.pdf"
    download.value.save_as(path)
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Kota Uji" in text
    assert "1,00" in text or "1.00" in text
