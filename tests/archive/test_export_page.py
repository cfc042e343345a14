"""The agency export on the pages: the Koordinator (and the administrator) downloads it; every
other role is refused and nothing is recorded; the zip is a valid export, streamed from a file."""

from __future__ import annotations

import datetime
import io
import zipfile

import pytest
from django.http import FileResponse
from django.urls import reverse
from django.utils.translation import gettext

from spbe.archive.agency_import import agency_import
from spbe.archive.format import FORMAT, MANIFEST
from spbe.archive.views import export_filename
from spbe.audit.models import AuditEvent
from spbe.evidence.models import StoredFile
from spbe.organizations.actors import SYSTEM
from spbe.organizations.models import Agency
from tests.archive.builders import busy, empty_installation, manifest_of
from tests.cast import PASSWORD, ROLES

pytestmark = pytest.mark.dates

# What each member of the cast gets from the page and the download of the cast's agency.
EXPECTED = {
    "coordinator": 200,
    "admin": 200,
    "pic": 403,
    "other_pic": 403,
    "internal_assessor": 403,
    "leadership": 403,
    "outsider": 404,  # the other agency's Koordinator: this agency does not exist for them
    "external_assessor": 404,
    "unassigned_assessor": 404,
}


def page_url(cast):
    return reverse("archive:export", args=[cast.agency.slug])


def download_url(cast):
    return reverse("archive:export_download", args=[cast.agency.slug])


def sign_in(client, cast, role):
    client.login(username=getattr(cast, role).username, password=PASSWORD)


def downloaded(response) -> bytes:
    return b"".join(response.streaming_content)


def exports_logged():
    return AuditEvent.objects.filter(action="agency.export")


@pytest.mark.parametrize("role", ROLES)
def test_each_role_of_the_cast_gets_the_page_or_a_refusal(client, cast, role):
    sign_in(client, cast, role)
    response = client.get(page_url(cast))
    assert response.status_code == EXPECTED[role]
    if response.status_code == 200:
        assert f'action="{download_url(cast)}"' in response.content.decode()


@pytest.mark.parametrize("role", [role for role in ROLES if EXPECTED[role] != 200])
def test_it_refuses_the_download_to_every_other_role_and_records_nothing(client, cast, media, role):
    sign_in(client, cast, role)
    response = client.post(download_url(cast))
    assert response.status_code == EXPECTED[role]
    assert not isinstance(response, FileResponse)
    assert not exports_logged().exists()


def test_it_sends_a_visitor_who_is_not_signed_in_to_sign_in(client, cast):
    for response in (client.get(page_url(cast)), client.post(download_url(cast))):
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    assert not exports_logged().exists()


def test_it_refuses_a_get_of_the_download(client, cast, media):
    sign_in(client, cast, "coordinator")
    assert client.get(download_url(cast)).status_code == 405
    assert not exports_logged().exists()


def test_the_page_says_what_is_inside_and_how_much_evidence(client, cast, media):
    busy(cast)
    sign_in(client, cast, "coordinator")
    page = client.get(page_url(cast))
    assert page.context["size"].files == 2  # two versions of one document, two PDFs
    stored = StoredFile.objects.filter(versions__document__agency=cast.agency).distinct()
    assert page.context["size"].bytes == sum(f.size for f in stored)
    content = page.content.decode()
    assert 'id="export-contents"' in content and 'id="export-size"' in content
    # The form posts nothing but the CSRF token: no way to ask for the password hashes.
    form = content.split('id="export-download"')[0].rsplit("<form", 1)[1]
    assert form.count("<input") == 1 and 'name="csrfmiddlewaretoken"' in form


def test_it_refuses_the_download_when_evidence_bytes_no_longer_match_and_records_nothing(
    client, cast, media
):
    busy(cast)
    damaged = StoredFile.objects.first()
    with damaged.file.storage.open(damaged.file.name, "wb") as handle:
        handle.write(b"not the bytes that were uploaded")
    sign_in(client, cast, "coordinator")
    response = client.post(download_url(cast))
    assert response.status_code == 422
    assert not isinstance(response, FileResponse)
    assert damaged.file.name in response.context["refusal"]
    assert not exports_logged().exists()


def test_the_coordinator_downloads_a_streamed_zip_named_after_the_agency_and_the_day(
    client, cast, media
):
    busy(cast)
    sign_in(client, cast, "coordinator")
    response = client.post(download_url(cast))
    assert response.status_code == 200
    assert isinstance(response, FileResponse) and response.streaming
    assert response["Content-Type"] == "application/zip"
    day = datetime.date(2026, 11, 2)  # the cast's day (tests/clock.py)
    assert export_filename(cast.agency) == f"spbe-kota-uji-{day:%Y%m%d}.zip"
    assert f'filename="spbe-kota-uji-{day:%Y%m%d}.zip"' in response["Content-Disposition"]
    assert response["Content-Disposition"].startswith("attachment")
    content = downloaded(response)
    assert int(response["Content-Length"]) == len(content)
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert MANIFEST in archive.namelist()
    manifest = manifest_of(content)
    assert manifest["format"] == FORMAT and manifest["agency"] == "kota-uji"
    assert manifest["with_credentials"] is False
    assert manifest["counts"]["document_versions"] == 2


def test_the_downloaded_zip_carries_no_password_hashes(client, cast, media):
    sign_in(client, cast, "coordinator")
    content = downloaded(client.post(download_url(cast), {"with_credentials": "1"}))
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        users = archive.read("data/users.json").decode()
    assert '"password"' not in users and "pbkdf2" not in users


def test_the_downloaded_zip_verifies_and_the_import_reads_it(client, cast, media, tmp_path):
    busy(cast)
    sign_in(client, cast, "coordinator")
    content = downloaded(client.post(download_url(cast)))
    path = tmp_path / "download.zip"
    path.write_bytes(content)
    empty_installation()

    outcome = agency_import(actor=SYSTEM, path=path)

    assert outcome.imported and outcome.agency.slug == "kota-uji"
    assert Agency.objects.get(slug="kota-uji").documents.get().versions.count() == 2


def test_the_download_lands_in_the_audit_log_with_the_user(client, cast, media):
    sign_in(client, cast, "coordinator")
    downloaded(client.post(download_url(cast)))
    event = exports_logged().get()
    assert event.actor == cast.coordinator and event.agency == cast.agency
    assert event.summary == gettext("Agency export downloaded")
    assert event.data["with_credentials"] is False


def test_the_administrator_downloads_any_agency(client, cast, media):
    sign_in(client, cast, "admin")
    url = reverse("archive:export_download", args=[cast.other_agency.slug])
    assert manifest_of(downloaded(client.post(url)))["agency"] == "kab-lain"
    assert exports_logged().get().actor == cast.admin


def test_an_unknown_agency_is_not_found(client, cast):
    sign_in(client, cast, "admin")
    assert client.get(reverse("archive:export", args=["tidak-ada"])).status_code == 404


def test_the_coordinators_home_links_to_the_page(client, cast):
    sign_in(client, cast, "coordinator")
    assert f'href="{page_url(cast)}"' in client.get(reverse("home")).content.decode()
    sign_in(client, cast, "leadership")
    assert page_url(cast) not in client.get(reverse("home")).content.decode()


def test_the_administrators_home_links_to_every_agencys_page(client, cast):
    sign_in(client, cast, "admin")
    content = client.get(reverse("home")).content.decode()
    for agency in (cast.agency, cast.other_agency):
        assert f'href="{reverse("archive:export", args=[agency.slug])}"' in content
