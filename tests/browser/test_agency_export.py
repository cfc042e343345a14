"""In the browser: the Koordinator goes from the dashboard to the agency export and downloads it."""

import pytest

from spbe.audit.models import AuditEvent
from tests.archive.builders import manifest_of
from tests.browser.visit import follow, signed_in
from tests.cast import make_cast
from tests.timeouts import slow_work_timeout_ms

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), pytest.mark.dates]


def test_the_coordinator_downloads_the_agency_export_from_the_dashboard(
    live_server, new_page, transactional_db, tmp_path, settings
):
    settings.MEDIA_ROOT = tmp_path / "files"
    cast = make_cast()
    page = signed_in(new_page, live_server, cast.coordinator)
    follow(page, page.locator("#agency-export"))
    assert page.url.endswith(f"/instansi/{cast.agency.slug}/ekspor/")
    with page.expect_download(timeout=slow_work_timeout_ms()) as download:
        page.click("#export-download")
    assert download.value.suggested_filename == "spbe-kota-uji-20261102.zip"
    path = tmp_path / "export.zip"
    download.value.save_as(path)
    assert manifest_of(path.read_bytes())["agency"] == "kota-uji"
    assert AuditEvent.objects.filter(action="agency.export", actor=cast.coordinator).count() == 1
