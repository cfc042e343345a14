"""Uploads at the same moment, from real threads: storage and the database agree afterwards.

Issue 15: 12 of 120 concurrent identical uploads left a second copy of the bytes that no row
pointed to, and on PostgreSQL 2 of 40 concurrent new versions of one document were refused
with "someone uploaded the same file at the same moment" although the files differed.
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, connections  # noqa: F401 - connection: the skipif reads it

from spbe.evidence.models import Document, DocumentVersion, StoredFile, stored_file_path
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


class WatchedWhileWritten(io.BytesIO):
    """The upload's bytes; while the storage reads them (the file is being written), it asks
    what a second upload of the same bytes would find under their name."""

    def __init__(self, data: bytes, name: str) -> None:
        super().__init__(data)
        self.name_to_watch = name
        self.seen_while_writing: list[int | None] = []

    def read(self, size: int | None = -1, /) -> bytes:
        from django.core.files.storage import default_storage

        if self.tell() > 0:  # the first chunk is written: the file is half there
            exists = default_storage.exists(self.name_to_watch)
            self.seen_while_writing.append(
                default_storage.size(self.name_to_watch) if exists else None
            )
        return super().read(size)


def test_a_second_upload_never_finds_the_bytes_while_they_are_being_written(
    media, coordinator
) -> None:
    """Issue 15: a second upload of the same bytes that looks while the first is still writing
    them must not take the half-written file as stored (its row would point at a truncated
    file, forever if the first process died)."""
    from django.core.files import File

    from spbe.evidence.storage import save_bytes

    content = text_pdf(["Lampiran " + "x" * 80] * 800)  # several chunks of 64 KiB
    assert len(content) > 3 * File.DEFAULT_CHUNK_SIZE
    digest = hashlib.sha256(content).hexdigest()
    name = stored_file_path(StoredFile(sha256=digest), "")
    stream = WatchedWhileWritten(content, name)
    assert save_bytes(File(stream, name="lampiran.pdf"), digest) == (name, True)
    assert stream.seen_while_writing and set(stream.seen_while_writing) == {None}
    assert (media / name).read_bytes() == content
    assert [path.name for path in stored_files(media)] == [digest]  # no temporary file left


def test_an_upload_that_dies_while_writing_leaves_no_file_under_the_hash(
    media, coordinator
) -> None:
    from django.core.files import File

    from spbe.evidence.storage import save_bytes

    content = text_pdf(["Lampiran " + "y" * 80] * 400)
    digest = hashlib.sha256(content).hexdigest()

    class DiesHalfway(io.BytesIO):
        def read(self, size: int | None = -1, /) -> bytes:
            if self.tell() > 0:
                raise ConnectionResetError("the process stopped")
            return super().read(size)

    with pytest.raises(ConnectionResetError):
        save_bytes(File(DiesHalfway(content), name="lampiran.pdf"), digest)
    name = stored_file_path(StoredFile(sha256=digest), "")
    assert not (media / name).exists()
    # The next upload of the same bytes writes them whole, rather than taking a truncated file.
    assert save_bytes(File(io.BytesIO(content), name="lampiran.pdf"), digest) == (name, True)
    assert (media / name).read_bytes() == content
