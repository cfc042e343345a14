"""Evidence through the API: the library, uploads checked as on the pages, new versions that
never replace a file, downloads under the page's rule, links, and Idempotency-Key."""

from __future__ import annotations

import datetime
import hashlib

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from spbe.audit.models import AuditEvent
from spbe.evidence.models import Document, EvidenceLink, StoredFile
from tests.api.evidence_builders import FIRST, SECOND, cast_document, cast_link, pdf
from tests.api.evidence_calls import (
    ENGLISH,
    english,
    get,
    indicator_link,
    media,
    new_document,
    post,
    post_json,
    writer,
)
from tests.api.helpers import bearer, token_for
from tests.clock import JAKARTA
from tests.evaluations.pemdi_helpers import SELF_ASSESSMENT_DAY
from tests.evidence.builders import stored_files
from tests.textanalysis.fabricate import text_pdf, zip_bomb_docx

pytestmark = pytest.mark.dates
__all__ = ["media"]  # the fixture, used by name

# ------------------------------------------------------------------------------ uploading


def test_the_pic_uploads_a_document_and_gets_its_first_version(cast, media):
    response = post("/documents", writer(cast.pic), new_document(year="2023", unit=cast.unit.pk))
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["title"], body["kind"], body["year"], body["unit"]) == (
        "Perwali Arsitektur SPBE",
        "perwali",
        2023,
        cast.unit.name,
    )
    (version,) = body["versions"]
    assert version["number"] == 1 == body["latest_version"]
    assert version["sha256"] == hashlib.sha256(FIRST).hexdigest()
    assert (version["size"], version["file_name"], version["file_kind"]) == (
        len(FIRST),
        "perwali.pdf",
        "pdf",
    )
    assert version["uploaded_by"] == "pic-kominfo"
    assert version["download"] == f"/api/v1/documents/{body['id']}/versions/1/file"
    event = AuditEvent.objects.get(action="document.upload")
    assert event.data["token"] == "sistem-dokumen"
    assert len(stored_files()) == 1


def test_an_upload_may_say_until_when_the_document_is_valid_and_it_is_audited(cast, media):
    fields = new_document(issued_on="2026-01-05", expires_on="2026-12-31")
    response = post("/documents", writer(cast.pic), fields)
    assert response.status_code == 201, response.content
    assert (response.json()["issued_on"], response.json()["expires_on"]) == (
        "2026-01-05",
        "2026-12-31",
    )
    event = AuditEvent.objects.get(action="document.upload")
    assert event.data["expires_on"] == "2026-12-31"


def test_the_coordinator_uploads_too(cast, media):
    assert post("/documents", writer(cast.coordinator), new_document()).status_code == 201


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("program.exe", b"MZ\x90\x00" + b"\x00" * 200, "pdf"),
        ("palsu.pdf", b"Ini bukan PDF, hanya teks biasa." * 10, "pdf"),
        ("bom.docx", zip_bomb_docx(200), ""),
    ],
    ids=["bad-type", "not-what-its-name-says", "zip-bomb"],
)
def test_a_file_the_upload_page_refuses_is_refused_with_422_and_nothing_is_stored(
    cast, media, name, content, words
):
    response = post("/documents", writer(cast.pic), new_document(file=pdf(content, name)))
    assert response.status_code == 422, response.content
    body = response.json()
    assert body["code"] == "refused"
    assert "file" in body["fields"]
    assert words in body["detail"].lower()
    assert not Document.objects.exists()
    assert not StoredFile.objects.exists()
    assert stored_files() == []


def test_a_file_over_the_limit_is_stopped_as_it_is_read(cast, media, settings):
    settings.SPBE_MAX_UPLOAD_BYTES = 4096
    big = pdf(b"%PDF-1.4\n" + b"0" * 10_000, "besar.pdf")
    response = post("/documents", writer(cast.pic), new_document(file=big))
    assert response.status_code == 422
    assert "larger than the limit" in response.json()["detail"]
    assert response.json()["fields"] == {"file": [response.json()["detail"]]}
    assert not StoredFile.objects.exists()
    assert stored_files() == []


def test_a_file_name_with_a_folder_path_is_refused(cast, media):
    boundary = "spbe-api-boundary"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nPerwali\r\n'
            f"--{boundary}\r\nContent-Disposition: form-data; "
            'name="file"; filename="../../etc/perwali.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n"
        ).encode()
        + FIRST
        + f"\r\n--{boundary}--\r\n".encode()
    )
    response = english().post(
        "/api/v1/documents",
        body,
        content_type=f"multipart/form-data; boundary={boundary}",
        **bearer(writer(cast.pic)),
        **ENGLISH,
    )
    assert response.status_code == 422
    assert "folder path" in response.json()["detail"]
    assert not StoredFile.objects.exists()


def test_an_upload_without_a_file_or_a_title_is_refused(cast, media):
    response = post("/documents", writer(cast.pic), {"title": "Perwali"})
    assert response.status_code == 422
    assert response.json()["fields"] == {"file": ["No file was received."]}
    response = post("/documents", writer(cast.pic), {"file": pdf()})
    assert response.status_code == 422
    assert "title" in response.json()["fields"]
    assert not Document.objects.exists()


def test_the_issuing_unit_must_be_a_unit_of_the_agency(cast, media):
    foreign = cast.other_agency.units.get()
    response = post("/documents", writer(cast.pic), new_document(unit=foreign.pk))
    assert response.status_code == 422
    assert response.json()["fields"] == {"unit": ["Choose a unit of your agency."]}
    assert not Document.objects.exists()


@pytest.mark.parametrize("role", ["internal_assessor", "leadership", "external_assessor", "admin"])
def test_who_is_not_a_pic_or_the_coordinator_uploads_nothing(cast, media, role):
    response = post("/documents", writer(getattr(cast, role)), new_document())
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"
    assert not Document.objects.exists()


def test_a_read_only_token_uploads_nothing(cast, media):
    response = post("/documents", token_for(cast.pic, scope="read"), new_document())
    assert response.status_code == 403
    assert "may only read" in response.json()["detail"]
    assert not Document.objects.exists()
    assert stored_files() == []


def test_the_other_agency_uploads_into_its_own_library_never_into_agency_a(cast, media):
    response = post("/documents", writer(cast.outsider), new_document())
    assert response.status_code == 201
    assert Document.objects.get().agency == cast.other_agency
    assert not Document.objects.filter(agency=cast.agency).exists()


# ------------------------------------------------------------------------------ versions


def test_a_new_version_keeps_the_old_one_and_both_files_are_served(cast, media):
    document = cast_document(cast)
    response = post(f"/documents/{document.pk}/versions", writer(cast.pic), {"file": pdf(SECOND)})
    assert response.status_code == 201, response.content
    assert [v["number"] for v in response.json()["versions"]] == [2, 1]
    token = token_for(cast.leadership)
    for number, content in ((1, FIRST), (2, SECOND)):
        served = get(f"/documents/{document.pk}/versions/{number}/file", token)
        assert b"".join(served.streaming_content) == content
    assert len(stored_files()) == 2


def test_the_same_bytes_as_the_latest_version_make_no_new_version(cast, media):
    document = cast_document(cast)
    response = post(f"/documents/{document.pk}/versions", writer(cast.pic), {"file": pdf(FIRST)})
    assert response.status_code == 422
    assert "identical to version 1" in response.json()["detail"]
    assert document.versions.count() == 1


def test_a_pic_of_another_unit_adds_no_version_to_a_document_it_does_not_work_on(cast, media):
    document = cast_document(cast)  # uploaded by the Kominfo PIC, linked nowhere
    response = post(
        f"/documents/{document.pk}/versions", writer(cast.other_pic), {"file": pdf(SECOND)}
    )
    assert response.status_code == 403
    assert document.versions.count() == 1


def test_the_other_agency_is_not_told_the_document_exists(cast, media):
    document = cast_document(cast)
    token = writer(cast.outsider)
    assert post(f"/documents/{document.pk}/versions", token, {"file": pdf(SECOND)}).status_code == (
        404
    )
    assert get(f"/documents/{document.pk}", token).status_code == 404
    assert document.versions.count() == 1


# ------------------------------------------------------------------------------ reading


def test_the_library_lists_the_agencys_documents_by_title_with_filters(cast, media):
    linked = cast_link(cast).document
    post(
        "/documents", writer(cast.coordinator), new_document(title="Notulen rapat", kind="notulen")
    )
    post(
        "/documents",
        writer(cast.pic),
        new_document(title="SOP Layanan", unit=cast.other_unit.pk, file=pdf(SECOND)),
    )
    token = token_for(cast.leadership)
    body = get("/documents", token).json()
    assert [item["title"] for item in body["items"]] == [
        "Notulen rapat",
        "Perwali Arsitektur SPBE",
        "SOP Layanan",
    ]
    assert body["count"] == 3
    searched = get("/documents", token, q="layanan").json()
    assert [item["title"] for item in searched["items"]] == ["SOP Layanan"]
    by_unit = get("/documents", token, unit=cast.other_unit.pk).json()
    assert [item["title"] for item in by_unit["items"]] == ["SOP Layanan"]
    by_indicator = get("/documents", token, evaluation=cast.evaluation.pk, indicator=1).json()
    assert [item["id"] for item in by_indicator["items"]] == [linked.pk]
    assert get("/documents", token, indicator=2).json()["count"] == 0
    page = get("/documents", token, limit=1, offset=1).json()
    assert [item["title"] for item in page["items"]] == ["Perwali Arsitektur SPBE"]


def test_the_other_agency_and_an_unassigned_assessor_see_an_empty_library(cast, media):
    cast_document(cast)
    for role in ("outsider", "unassigned_assessor", "external_assessor"):
        assert get("/documents", token_for(getattr(cast, role))).json()["count"] == 0


def test_a_document_shows_its_versions_and_its_links_with_the_pre_check(cast, media):
    link = cast_link(cast)
    body = get(f"/documents/{link.document_id}", token_for(cast.internal_assessor)).json()
    assert [version["number"] for version in body["versions"]] == [1]
    (shown,) = body["links"]
    assert (shown["id"], shown["evaluation_id"], shown["indicator"], shown["version"]) == (
        link.pk,
        cast.evaluation.pk,
        1,
        1,
    )
    # The text is read in the background: until then there is no pre-check result.
    assert shown["precheck"]["checked"] is False


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("coordinator", 200),
        ("pic", 200),
        ("other_pic", 200),
        ("internal_assessor", 200),
        ("leadership", 200),
        ("admin", 200),
        ("external_assessor", 404),
        ("unassigned_assessor", 404),
        ("outsider", 404),
    ],
)
def test_the_file_is_served_to_whoever_reads_the_document_as_on_the_page(cast, media, role, status):
    document = cast_document(cast)
    response = get(f"/documents/{document.pk}/versions/1/file", token_for(getattr(cast, role)))
    assert response.status_code == status
    if status == 200:
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"] == 'attachment; filename="perwali.pdf"'
        assert response["X-Content-Type-Options"] == "nosniff"
        assert b"".join(response.streaming_content) == FIRST


def test_a_version_that_does_not_exist_is_404(cast, media):
    document = cast_document(cast)
    response = get(f"/documents/{document.pk}/versions/2/file", token_for(cast.pic))
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


# ------------------------------------------------------------------------------ links


def test_the_pic_links_a_document_to_an_indicator_of_its_unit_and_unlinks_it(cast, media):
    document = cast_document(cast)
    token = writer(cast.pic)
    response = post_json(
        f"/documents/{document.pk}/links", token, indicator_link(cast, level=1, note="Pasal 2")
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["indicator"], body["level"], body["note"], body["item"]) == (1, 1, "Pasal 2", None)
    assert AuditEvent.objects.filter(action="evidence.link").exists()
    response = english().delete(f"/api/v1/links/{body['id']}", **bearer(token))
    assert response.status_code == 204
    assert not EvidenceLink.objects.exists()
    assert Document.objects.filter(pk=document.pk).exists()  # the document stays in the library


def test_a_pic_links_nothing_to_an_indicator_of_another_unit(cast, media):
    document = cast_document(cast)
    # Indicator 3 is led by Bappeda alone.
    response = post_json(
        f"/documents/{document.pk}/links", writer(cast.pic), indicator_link(cast, 3)
    )
    assert response.status_code == 403
    assert not EvidenceLink.objects.exists()


def test_a_level_the_indicator_does_not_have_is_refused(cast, media):
    document = cast_document(cast)
    response = post_json(
        f"/documents/{document.pk}/links", writer(cast.pic), indicator_link(cast, level=9)
    )
    assert response.status_code == 422
    assert "level" in response.json()["fields"]


def test_only_the_lead_units_pic_whoever_linked_it_or_the_coordinator_unlinks(cast, media):
    link = cast_link(cast)
    response = english().delete(f"/api/v1/links/{link.pk}", **bearer(writer(cast.other_pic)))
    assert response.status_code == 403
    assert EvidenceLink.objects.filter(pk=link.pk).exists()
    response = english().delete(f"/api/v1/links/{link.pk}", **bearer(writer(cast.coordinator)))
    assert response.status_code == 204


def test_the_pic_links_a_document_to_a_pemdi_item_by_its_code(pemdi, media, time_machine):
    document = Document.objects.create(agency=pemdi.agency, title="SK Tim", created_by=pemdi.pic)
    time_machine.move_to(datetime.datetime.combine(SELF_ASSESSMENT_DAY, datetime.time(10), JAKARTA))
    token = writer(pemdi.pic)
    response = post_json(
        f"/documents/{document.pk}/links", token, indicator_link(pemdi, item="I1-L1-01")
    )
    assert response.status_code == 201, response.content
    assert (response.json()["item"], response.json()["level"]) == ("I1-L1-01", 1)
    unknown = post_json(
        f"/documents/{document.pk}/links", token, indicator_link(pemdi, item="I9-L9-99")
    )
    assert unknown.status_code == 404
    response = english().delete(f"/api/v1/links/{response.json()['id']}", **bearer(token))
    assert response.status_code == 204
    assert not EvidenceLink.objects.exists()


# ------------------------------------------------------------------------------ the pages' calls


def signed_in(user) -> Client:
    """The pages' own calls: a session, with the CSRF token in its header."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    client.cookies["django_language"] = "en"
    client.cookies["csrftoken"] = "a" * 32
    return client


def test_a_signed_in_pic_uploads_with_the_csrf_token_and_not_without(cast, media):
    response = signed_in(cast.pic).post(
        "/api/v1/documents", new_document(), HTTP_X_CSRFTOKEN="a" * 32
    )
    assert response.status_code == 201, response.content
    response = signed_in(cast.pic).post("/api/v1/documents", new_document(title="Tanpa token"))
    assert response.status_code == 403
    assert Document.objects.count() == 1


def test_a_signed_in_upload_over_the_limit_is_stopped_as_it_is_read_too(cast, media, settings):
    settings.SPBE_MAX_UPLOAD_BYTES = 4096
    big = pdf(b"%PDF-1.4\n" + b"0" * 10_000, "besar.pdf")
    response = signed_in(cast.pic).post(
        "/api/v1/documents", new_document(file=big), HTTP_X_CSRFTOKEN="a" * 32
    )
    assert response.status_code == 422
    assert "larger than the limit" in response.json()["detail"]
    assert stored_files() == []


def test_the_library_reads_as_many_queries_for_three_documents_as_for_one(cast, media):

    token = token_for(cast.leadership)
    cast_document(cast)
    get("/documents", token)  # the token's first use is recorded once
    with CaptureQueriesContext(connection) as one:
        assert get("/documents", token).json()["count"] == 1
    for title in ("Notulen rapat", "SOP Layanan"):
        post(
            "/documents",
            writer(cast.pic, name=title),
            new_document(title=title, file=pdf(text_pdf([title]))),
        )
    with CaptureQueriesContext(connection) as three:
        assert get("/documents", token).json()["count"] == 3
    assert len(three) == len(one)
