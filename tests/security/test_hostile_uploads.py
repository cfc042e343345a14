"""Hostile uploads through the upload page (issue 15, § 6): the real view, as the unit's PIC.

A double extension and a polyglot are refused with 422 and a message in the user's language,
and leave nothing behind: no document, version or stored-file row, no byte in the storage, no
audit event of a stored file. A polyglot (a PDF that is also a web page or a zip) is refused,
not stored inertly: docs/security.md, "Hostile uploads", says why.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from spbe.audit.models import AuditEvent
from spbe.evidence.models import Document, DocumentVersion, StoredFile
from tests.cast import PASSWORD, Cast, make_cast
from tests.textanalysis.fabricate import text_pdf

pytestmark = pytest.mark.dates

PAGE = "Peraturan Wali Kota Uji tentang Arsitektur SPBE"
SCRIPT = b"<html><body><script>fetch('/api/v1/').then(r => r.text())</script></body></html>\n"


@pytest.fixture
def cast(db) -> Cast:
    return make_cast(framework="spbe-2020")


@pytest.fixture
def media(settings, tmp_path: Path) -> Path:
    """A storage of the test's own, so "no byte was stored" is a fact about this test alone."""
    settings.MEDIA_ROOT = tmp_path / "files"
    return settings.MEDIA_ROOT


def zip_of(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def in_indonesian(msgid: str) -> str:
    with translation.override("id"):
        return escape(gettext(msgid))


WRONG_KIND = in_indonesian(
    "This kind of file is not accepted. Upload a PDF, DOCX, XLSX, PNG or JPEG file."
)
POLYGLOT = in_indonesian(
    "The PDF also contains a web page or an archive hidden in the same file. "
    "Save the document again as a plain PDF (print it to PDF) and upload that file."
)


def upload_as_pic(client, cast: Cast, name: str, content: bytes):
    client.login(username=cast.pic.username, password=PASSWORD)
    url = reverse("evidence:indicator_upload", args=[cast.evaluation.pk, 1])
    return client.post(
        url,
        {
            "title": "Perwali Arsitektur SPBE",
            "kind": "perwali",
            "level": "2",
            "file": SimpleUploadedFile(name, content, content_type="application/pdf"),
        },
    )


def assert_nothing_was_stored(media: Path) -> None:
    assert not Document.objects.exists()
    assert not DocumentVersion.objects.exists()
    assert not StoredFile.objects.exists()
    assert not AuditEvent.objects.filter(action="document.upload").exists()
    assert not media.exists() or not any(path.is_file() for path in media.rglob("*"))


@pytest.mark.parametrize("name", ["perwali.pdf.exe", "sk.pdf.php", "perwali.pdf.html"])
def test_a_pdf_with_a_second_extension_is_refused_and_nothing_is_stored(
    client, cast, media, name
) -> None:
    response = upload_as_pic(client, cast, name, text_pdf([PAGE]))
    assert response.status_code == 422
    assert WRONG_KIND in response.content.decode()
    assert_nothing_was_stored(media)


def test_a_php_script_named_as_a_pdf_is_refused_and_nothing_is_stored(client, cast, media) -> None:
    response = upload_as_pic(client, cast, "sk.php.pdf", b"<?php system($_GET['c']); ?>\n")
    assert response.status_code == 422
    assert_nothing_was_stored(media)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(SCRIPT + text_pdf([PAGE]), id="a web page before the PDF header"),
        pytest.param(text_pdf([PAGE]) + SCRIPT, id="a web page after the PDF's end"),
        pytest.param(text_pdf([PAGE]) + zip_of({"run.js": SCRIPT}), id="a zip after the PDF"),
        pytest.param(
            b"%PDF-1.7\n%" + zip_of({"index.html": SCRIPT}) + text_pdf([PAGE])[9:],
            id="a zip inside the PDF",
        ),
    ],
)
def test_a_pdf_that_is_also_a_web_page_or_a_zip_is_refused_and_nothing_is_stored(
    client, cast, media, content
) -> None:
    response = upload_as_pic(client, cast, "perwali-arsitektur.pdf", content)
    assert response.status_code == 422
    assert POLYGLOT in response.content.decode()
    assert_nothing_was_stored(media)


def test_a_plain_pdf_is_still_stored(client, cast, media) -> None:
    response = upload_as_pic(client, cast, "perwali-arsitektur.pdf", text_pdf([PAGE]))
    assert response.status_code == 302
    assert StoredFile.objects.count() == 1
