"""Uploads at the same moment, from real threads: storage and the database agree afterwards.

Issue 15: 12 of 120 concurrent identical uploads left a second copy of the bytes that no row
pointed to, and on PostgreSQL 2 of 40 concurrent new versions of one document were refused
with "someone uploaded the same file at the same moment" although the files differed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, connections  # noqa: F401 - connection: the skipif reads it

from spbe.evidence.models import Document, DocumentVersion, StoredFile
from spbe.evidence.upload_services import DocumentFacts, document_upload
from spbe.organizations.actors import Actor
from spbe.organizations.models import Agency
from tests.evidence.builders import pdf
from tests.textanalysis.fabricate import text_pdf

pytestmark = pytest.mark.django_db(transaction=True)

ON_POSTGRESQL = pytest.mark.skipif(
    "connection.vendor != 'postgresql'",
    reason="the test database of SQLite is in memory and takes one writer at a time",
)
THREADS = 6


@pytest.fixture
def media(settings, tmp_path: Path) -> Path:
    """A storage of the test's own, so "one file is stored" is a fact about this test alone."""
    settings.MEDIA_ROOT = tmp_path / "files"
    return settings.MEDIA_ROOT


@pytest.fixture
def coordinator() -> tuple[Actor, Agency]:
    agency = Agency.objects.create(name="Kota Balapan", slug="kota-balapan", kind="kota")
    user = get_user_model().objects.create_user(username="koordinator-balapan")
    actor = Actor(
        user=user,
        agency_id=agency.pk,
        unit_id=None,
        roles=frozenset({"koordinator"}),
        is_admin=False,
    )
    return actor, agency


def side_by_side(work: Callable[[int], object]) -> list[BaseException]:
    """Run ``work(0…THREADS-1)`` in threads released together; the errors they raised."""
    start = threading.Barrier(THREADS)
    errors: list[BaseException] = []

    def run(number: int) -> None:
        try:
            start.wait()
            work(number)
        except BaseException as error:  # noqa: BLE001 - the test reports every one
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def stored_files(media: Path) -> list[Path]:
    return [path for path in media.rglob("*") if path.is_file()]


@ON_POSTGRESQL
def test_identical_uploads_at_the_same_moment_store_the_bytes_once(media, coordinator) -> None:
    actor, agency = coordinator
    content = text_pdf(["Peraturan Wali Kota tentang SPBE"])

    def upload(number: int) -> None:
        document_upload(
            actor=actor,
            agency=agency,
            upload=pdf(content),
            facts=DocumentFacts(title=f"Perwali salinan {number}"),
        )

    assert side_by_side(upload) == []
    assert DocumentVersion.objects.count() == THREADS
    (stored,) = StoredFile.objects.all()
    assert stored_files(media) == [media / stored.file.name]


@ON_POSTGRESQL
def test_new_versions_of_one_document_at_the_same_moment_each_get_a_number(
    media, coordinator
) -> None:
    actor, agency = coordinator
    first = document_upload(
        actor=actor,
        agency=agency,
        upload=pdf(text_pdf(["Versi awal"])),
        facts=DocumentFacts(title="Perwali yang diperbarui"),
    )
    document = Document.objects.get(pk=first.document_id)
    contents = [text_pdf([f"Versi perubahan {n}"]) for n in range(THREADS)]

    def upload(number: int) -> None:
        document_upload(actor=actor, agency=agency, upload=pdf(contents[number]), document=document)

    assert side_by_side(upload) == []
    numbers = sorted(document.versions.values_list("number", flat=True))
    assert numbers == list(range(1, THREADS + 2))
    names = {stored.file.name for stored in StoredFile.objects.all()}
    assert {str(path.relative_to(media)) for path in stored_files(media)} == names


def test_a_second_copy_written_in_the_same_moment_is_removed_not_left_behind(
    media, coordinator, monkeypatch
) -> None:
    """The race, made to happen on either database: the other upload writes the bytes between
    our look (``exists``) and our write."""
    from django.core.files.storage import default_storage

    actor, agency = coordinator
    content = text_pdf(["Laporan yang diunggah dua kali"])
    real_exists = default_storage.exists
    looked = []

    def exists_then_other_writes(name: str) -> bool:
        answer = real_exists(name)
        if not looked:
            looked.append(name)
            default_storage.save(name, pdf(content))  # the other upload, just in between
        return answer

    monkeypatch.setattr(default_storage, "exists", exists_then_other_writes)
    version = document_upload(
        actor=actor, agency=agency, upload=pdf(content), facts=DocumentFacts(title="Laporan")
    )
    assert stored_files(media) == [media / version.stored_file.file.name]
