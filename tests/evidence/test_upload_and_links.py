"""Uploading evidence in the app: checks, versions, shared bytes, text, pre-check, downloads."""

import datetime

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from spbe.audit.models import AuditEvent
from spbe.evidence.models import Document, DocumentVersion, EvidenceLink, StoredFile, TextStatus
from spbe.evidence.precheck_wording import flag_message
from spbe.precheck import Flag
from tests.cast import PASSWORD, make_cast
from tests.precheck.texts import regulation
from tests.textanalysis.fabricate import text_pdf, zip_bomb_docx

pytestmark = pytest.mark.dates

ARCHITECTURE_LEVEL_2 = regulation(
    "Arsitektur Sistem Pemerintahan Berbasis Elektronik",
    [
        "Arsitektur Domain Proses Bisnis memetakan proses bisnis.",
        "(1) Arsitektur Domain Data dan Informasi disusun Dinas.",
        "Arsitektur Infrastruktur SPBE memuat pusat data.",
        "Arsitektur Domain Aplikasi SPBE memuat aplikasi umum.",
    ],
    definitions=(
        "Arsitektur SPBE terdiri atas domain proses bisnis, data dan informasi, infrastruktur, "
        "aplikasi, keamanan dan layanan SPBE.",
    ),
    head="WALI KOTA UJI",  # the cast's agency is "Kota Uji"
)


@pytest.fixture
def cast(db):
    return make_cast(framework="spbe-2020")


def login(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


def indicator_url(cast, number=1):
    return reverse("evaluations:indicator", args=[cast.evaluation.pk, number])


def upload_url(cast, number=1):
    return reverse("evidence:indicator_upload", args=[cast.evaluation.pk, number])


def upload(client, cast, content: bytes, name: str = "perwali-arsitektur.pdf", **extra):
    data = {
        "title": "Perwali Arsitektur SPBE",
        "kind": "perwali",
        "number": "12",
        "year": "2023",
        "level": "2",
        "note": "Pasal 2-5",
        "file": SimpleUploadedFile(name, content, content_type="application/pdf"),
        **extra,
    }
    return client.post(upload_url(cast), data)


def test_a_pic_uploads_a_perwali_and_the_precheck_names_the_missing_domains(
    client, cast, django_capture_on_commit_callbacks
):
    login(client, cast.pic)
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, cast, text_pdf(ARCHITECTURE_LEVEL_2))
    assert response.status_code == 302
    version = DocumentVersion.objects.get()
    assert version.text_status == TextStatus.DONE
    assert version.page_count == 2
    link = EvidenceLink.objects.get()
    assert link.precheck["supported_level"] == 2
    assert {"Keamanan SPBE", "Layanan SPBE"} <= set(link.precheck["missing"])
    page = client.get(indicator_url(cast)).content.decode()
    assert 'class="supported-level">2<' in page
    assert "Keamanan SPBE" in page


def test_evidence_past_its_validity_on_the_deadline_is_flagged_on_the_page(
    client, cast, django_capture_on_commit_callbacks
):
    expired = cast.evaluation.self_assessment_deadline - datetime.timedelta(days=1)
    login(client, cast.pic)
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, cast, text_pdf(ARCHITECTURE_LEVEL_2), expires_on=expired.isoformat())
    link = EvidenceLink.objects.get()
    assert link.document.expires_on == expired
    assert {"code": "expired", "expires_on": expired.isoformat()} in link.precheck["flags"]
    assert link.precheck["document"]["enacted_on"] == "2023-03-14"
    page = client.get(indicator_url(cast)).content.decode()
    with translation.override(settings.LANGUAGE_CODE):
        message = flag_message(Flag("expired", {"expires_on": expired.isoformat()}))
        dated = gettext("dated")
    assert escape(message) in page
    assert dated in page


def test_another_agencys_perwali_supports_no_level(
    client, cast, django_capture_on_commit_callbacks
):
    foreign = regulation(
        "Arsitektur Sistem Pemerintahan Berbasis Elektronik", ["Arsitektur Domain Proses Bisnis."]
    )
    login(client, cast.pic)
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, cast, text_pdf(foreign))
    link = EvidenceLink.objects.get()
    assert link.precheck["supported_level"] == 0
    assert any(flag["code"] == "other_agency" for flag in link.precheck["flags"])


def test_the_reviewer_sees_the_same_precheck(client, cast, django_capture_on_commit_callbacks):
    login(client, cast.pic)
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, cast, text_pdf(ARCHITECTURE_LEVEL_2))
    client.logout()
    page = login(client, cast.internal_assessor).get(indicator_url(cast)).content.decode()
    assert 'class="supported-level">2<' in page


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("kosong.pdf", b"", "empty"),
        ("gambar.pdf", b"\x89PNG\r\n\x1a\n" + b"0" * 200, "content"),
        ("rusak.pdf", b"%PDF-1.7\n1 0 obj << >> endobj\n", "damaged"),
        ("bom.docx", None, "overload"),
    ],
)
def test_hostile_files_are_refused_with_a_message_and_nothing_is_stored(
    client, cast, name, content, fragment
):
    if content is None:
        content = zip_bomb_docx(300)
    client.cookies["django_language"] = "en"
    response = upload(login(client, cast.pic), cast, content, name=name)
    assert response.status_code == 422
    assert fragment in response.content.decode().lower()
    assert not StoredFile.objects.exists()
    assert not Document.objects.exists()


def multipart(
    fields: dict[str, str], file_name: str, content: bytes, *, name_param: str | None = None
) -> tuple[bytes, str]:
    """A multipart body written by hand: Django's test client strips paths from file names."""
    boundary = "----spbe-test-boundary"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; {name_param or f'filename="{file_name}"'}\r\n'
        "Content-Type: application/pdf\r\n\r\n".encode()
        + content
        + b"\r\n"
    )
    return b"".join(
        parts
    ) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


@pytest.mark.parametrize(
    "file_name", ["../../etc/passwd.pdf", "C:\\\\Users\\\\x\\\\perwali.pdf", "/tmp/perwali.pdf"]
)
def test_a_path_in_the_file_name_is_refused(client, cast, file_name):
    login(client, cast.pic)
    client.get(indicator_url(cast))
    token = client.cookies["csrftoken"].value
    body, content_type = multipart(
        {
            "csrfmiddlewaretoken": token,
            "title": "Perwali",
            "kind": "perwali",
        },
        file_name,
        text_pdf(ARCHITECTURE_LEVEL_2),
    )
    client.cookies["django_language"] = "en"
    response = client.post(upload_url(cast), data=body, content_type=content_type)
    assert response.status_code == 422
    assert "folder path" in response.content.decode()
    assert not StoredFile.objects.exists()


def test_a_path_in_an_encoded_file_name_is_refused_too(client, cast):
    login(client, cast.pic)
    client.get(indicator_url(cast))
    body, content_type = multipart(
        {
            "csrfmiddlewaretoken": client.cookies["csrftoken"].value,
            "title": "Perwali",
            "kind": "perwali",
        },
        "",
        text_pdf(ARCHITECTURE_LEVEL_2),
        name_param="filename*=UTF-8''..%2F..%2Fetc%2Fpasswd.pdf",
    )
    client.cookies["django_language"] = "en"
    response = client.post(upload_url(cast), data=body, content_type=content_type)
    assert response.status_code == 422
    assert not StoredFile.objects.exists()


def test_a_file_over_the_limit_is_refused_before_it_is_stored(client, cast, settings):
    settings.SPBE_MAX_UPLOAD_BYTES = 10_000
    response = upload(login(client, cast.pic), cast, text_pdf(ARCHITECTURE_LEVEL_2) + b"%" * 20_000)
    assert response.status_code == 422
    assert not StoredFile.objects.exists()


def test_a_new_upload_is_a_new_version_and_identical_bytes_are_stored_once(
    client, cast, django_capture_on_commit_callbacks
):
    login(client, cast.pic)
    first = text_pdf(ARCHITECTURE_LEVEL_2)
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, cast, first)
    document = Document.objects.get()
    url = reverse("evidence:document", args=[document.pk])
    same = client.post(url, {"file": SimpleUploadedFile("lagi.pdf", first)})
    assert same.status_code == 422
    second = text_pdf([*ARCHITECTURE_LEVEL_2, "Lampiran"])
    with django_capture_on_commit_callbacks(execute=True):
        assert (
            client.post(url, {"file": SimpleUploadedFile("revisi.pdf", second)}).status_code == 302
        )
    assert list(document.versions.values_list("number", flat=True)) == [2, 1]
    # Another document with the same bytes as version 1 shares the stored file.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("evidence:library"),
            {
                "title": "Salinan",
                "kind": "lainnya",
                "file": SimpleUploadedFile("salinan.pdf", first),
            },
        )
    assert StoredFile.objects.count() == 2
    assert DocumentVersion.objects.count() == 3
    assert AuditEvent.objects.filter(action="document.upload").count() == 3


def test_downloads_are_served_only_to_who_may_see_them(
    client, cast, django_capture_on_commit_callbacks
):
    login(client, cast.pic)
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, cast, text_pdf(ARCHITECTURE_LEVEL_2))
    url = reverse("evidence:download", args=[DocumentVersion.objects.get().pk])
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    client.logout()
    assert login(client, cast.outsider).get(url).status_code == 404
    client.logout()
    assert login(client, cast.external_assessor).get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_search_finds_the_page_and_respects_the_agency(
    client, cast, django_capture_on_commit_callbacks
):
    login(client, cast.pic)
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, cast, text_pdf(ARCHITECTURE_LEVEL_2))
    response = client.get(reverse("evidence:library") + "?q=infrastruktur pusat data")
    hits = response.context["hits"]
    assert any(hit.page == 2 for hit in hits)
    client.logout()
    other = login(client, cast.outsider).get(reverse("evidence:library") + "?q=infrastruktur")
    assert other.context["hits"] == []


def test_leadership_may_read_but_not_upload(client, cast):
    response = upload(login(client, cast.leadership), cast, text_pdf(ARCHITECTURE_LEVEL_2))
    assert response.status_code == 403
    library = client.post(
        reverse("evidence:library"),
        {"title": "x", "kind": "lainnya", "file": SimpleUploadedFile("a.pdf", b"%PDF")},
    )
    assert library.status_code == 403
