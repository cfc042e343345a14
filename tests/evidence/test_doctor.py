"""``spbe doctor``: the stored evidence files against the database, on the filesystem and S3."""

from __future__ import annotations

import datetime
import hashlib
import io
import os
import time
from pathlib import PurePosixPath

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import CommandError, call_command
from django.utils import timezone, translation
from django.utils.translation import gettext

from spbe.audit.models import AuditEvent
from spbe.evidence.models import Document, DocumentVersion, StoredFile, TextStatus
from spbe.evidence.text_jobs import stranded_reason
from spbe.organizations.models import Agency
from tests.evidence.builders import FIRST, SECOND

pytestmark = pytest.mark.django_db


def stored(content: bytes) -> StoredFile:
    digest = hashlib.sha256(content).hexdigest()
    name = f"evidence/{digest[:2]}/{digest[2:4]}/{digest}"
    default_storage.save(name, ContentFile(content))
    return StoredFile.objects.create(sha256=digest, file=name, size=len(content), kind="pdf")


def orphan(content: bytes, *, hours_old: float = 0) -> str:
    digest = hashlib.sha256(content).hexdigest()
    name = default_storage.save(
        f"evidence/{digest[:2]}/{digest[2:4]}/{digest}", ContentFile(content)
    )
    if hours_old or isinstance(default_storage, FileSystemStorage):
        # Its age by the test's clock (which the PostgreSQL run moves to 2027), not by the
        # file system's, which writes the real time.
        then = time.time() - hours_old * 3600
        os.utime(default_storage.path(name), (then, then))
    return name


def stuck_version(stored_file: StoredFile, *, attempts: int) -> DocumentVersion:
    agency, _ = Agency.objects.get_or_create(name="Kota Dokter", slug="kota-dokter", kind="kota")
    document = Document.objects.create(agency=agency, title=f"Perwali {attempts}")
    return DocumentVersion.objects.create(
        document=document,
        number=1,
        stored_file=stored_file,
        original_name="perwali.pdf",
        text_status=TextStatus.RUNNING,
        text_attempts=attempts,
        text_lease_until=timezone.now() - datetime.timedelta(minutes=1),
    )


def doctor(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with translation.override("id"):
        try:
            call_command("doctor", *args, stdout=out)
        except CommandError as error:
            return error.returncode, out.getvalue()
    return 0, out.getvalue()


def says(msgid: str, **params: object) -> str:
    with translation.override("id"):
        return gettext(msgid) % params


def test_agreeing_files_and_rows_are_reported_healthy(media) -> None:
    stored(FIRST)
    assert doctor() == (0, says("The stored files and the database agree.") + "\n")


def test_it_reports_every_kind_of_disagreement_and_fails(media) -> None:
    kept = stored(FIRST)
    missing = StoredFile.objects.create(
        sha256="0" * 64, file="evidence/00/00/" + "0" * 64, size=1, kind="pdf"
    )
    stray = orphan(b"%PDF- left by a dead upload")
    changed = stored(SECOND)
    with default_storage.open(changed.file.name, "wb") as handle:
        handle.write(b"%PDF- not the bytes that were uploaded")
    version = stuck_version(kept, attempts=1)

    status, output = doctor()

    assert status == 1
    assert says("File without a row: %(name)s", name=stray) in output
    assert (
        says(
            "Stored file missing (restore it from a backup or upload it again): %(name)s",
            name=missing.file.name,
        )
        in output
    )
    assert (
        says(
            "Hash mismatch (the bytes changed; restore them from a backup): %(name)s",
            name=changed.file.name,
        )
        in output
    )
    assert says("Stuck text reading of version %(pk)s (its worker died)", pk=version.pk) in output
    # Without --fix nothing changes.
    assert default_storage.exists(stray)
    assert DocumentVersion.objects.get(pk=version.pk).text_status == TextStatus.RUNNING


def test_fix_removes_old_orphans_only_and_never_a_file_a_row_names(media) -> None:
    kept = stored(FIRST)
    old = orphan(b"%PDF- an old orphan", hours_old=2)
    young = orphan(b"%PDF- an upload still committing")

    status, output = doctor("--fix")

    assert status == 1  # the young orphan is still there
    assert not default_storage.exists(old)
    assert default_storage.exists(young)
    assert default_storage.exists(kept.file.name)
    assert says("Removed a file no row names: %(name)s", name=old) in output
    (event,) = AuditEvent.objects.filter(action="doctor.remove_orphan_file")
    assert event.data["name"] == old
    assert event.object_id == PurePosixPath(old).stem[:40]


def test_fix_requeues_a_stuck_reading_and_fails_one_out_of_attempts(media, settings) -> None:
    settings.SPBE_TEXT_MAX_ATTEMPTS = 2
    again = stuck_version(stored(FIRST), attempts=1)
    given_up = stuck_version(stored(SECOND), attempts=2)

    status, output = doctor("--fix")

    assert status == 0, output
    again.refresh_from_db()
    given_up.refresh_from_db()
    # The immediate backend of the tests reads it again at once.
    assert (again.text_status, again.text_attempts) == (TextStatus.DONE, 2)
    with translation.override("id"):
        assert (given_up.text_status, given_up.text_error) == (
            TextStatus.FAILED,
            stranded_reason(2),
        )
    assert says("Stuck text reading of version %(pk)s queued again", pk=again.pk) in output
    actions = set(AuditEvent.objects.values_list("action", "object_id"))
    assert ("doctor.requeue_reading", str(again.pk)) in actions
    assert ("doctor.fail_reading", str(given_up.pk)) in actions


def test_it_checks_and_fixes_an_s3_bucket_too(s3_storage) -> None:
    kept = stored(FIRST)
    stray = orphan(b"%PDF- left in the bucket")
    missing = StoredFile.objects.create(
        sha256="1" * 64, file="evidence/11/11/" + "1" * 64, size=1, kind="pdf"
    )

    status, output = doctor("--fix", "--grace-minutes", "0")

    assert status == 1  # the missing file cannot be repaired here
    assert not default_storage.exists(stray)
    assert default_storage.exists(kept.file.name)
    assert says("Removed a file no row names: %(name)s", name=stray) in output
    assert missing.file.name in output
