"""The lease on reading a version's text: held while it runs, given back once it expires, a
bounded number of times, and never overwritten by a reader that was presumed dead."""

from __future__ import annotations

import datetime
import subprocess
import sys
from types import SimpleNamespace

import pytest
from django.utils import translation

from spbe.evidence import text_jobs
from spbe.evidence.models import Document, DocumentVersion, StoredFile, TextStatus
from spbe.organizations.models import Agency
from spbe.textanalysis.isolated import _wait

pytestmark = pytest.mark.django_db

NOON = datetime.datetime(2026, 11, 2, 5, 0, tzinfo=datetime.UTC)


@pytest.fixture
def version() -> DocumentVersion:
    agency = Agency.objects.create(name="Kota Sewa", slug="kota-sewa", kind="kota")
    stored = StoredFile.objects.create(sha256="a" * 64, file="evidence/aa/aa/x", size=1, kind="pdf")
    document = Document.objects.create(agency=agency, title="Perwali")
    return DocumentVersion.objects.create(
        document=document, number=1, stored_file=stored, original_name="perwali.pdf"
    )


def queue_instead_of_reading(monkeypatch) -> list[int]:
    """The versions the recovery queues, noted instead of read (the immediate backend of the
    tests would read them at once)."""
    queued: list[int] = []
    monkeypatch.setattr(
        "spbe.evidence.tasks.read_version_text", SimpleNamespace(enqueue=queued.append)
    )
    return queued


def test_a_held_reading_is_not_taken_by_a_second_worker(version, settings) -> None:
    assert text_jobs.claim_reading(version.pk, NOON) == 1
    assert text_jobs.claim_reading(version.pk, NOON) is None


def test_a_reading_is_left_alone_while_its_lease_runs(version, settings) -> None:
    text_jobs.claim_reading(version.pk, NOON)
    just_before = NOON + text_jobs.lease() - datetime.timedelta(seconds=1)
    recovery = text_jobs.recover_stranded_readings(just_before)
    assert (recovery.requeued, recovery.failed) == ([], [])
    assert recovery.next_due == NOON + text_jobs.lease()


def test_an_expired_reading_is_queued_again_and_read(version, settings, monkeypatch) -> None:
    queued = queue_instead_of_reading(monkeypatch)
    text_jobs.claim_reading(version.pk, NOON)
    recovery = text_jobs.recover_stranded_readings(NOON + text_jobs.lease())
    assert recovery.requeued == [version.pk]
    assert queued == [version.pk]
    version.refresh_from_db()
    assert (version.text_status, version.text_attempts) == (TextStatus.PENDING, 1)
    # The requeued reading counts as the second attempt.
    assert text_jobs.claim_reading(version.pk, NOON) == 2


def test_after_its_attempts_a_reading_fails_with_a_reason(version, settings) -> None:
    settings.SPBE_TEXT_MAX_ATTEMPTS = 1
    text_jobs.claim_reading(version.pk, NOON)
    recovery = text_jobs.recover_stranded_readings(NOON + text_jobs.lease())
    assert recovery.failed == [version.pk]
    version.refresh_from_db()
    with translation.override("id"):
        assert (version.text_status, version.text_error) == (
            TextStatus.FAILED,
            text_jobs.stranded_reason(1),
        )


def test_a_reader_presumed_dead_never_overwrites_the_attempt_that_replaced_it(
    version, settings, monkeypatch
) -> None:
    queue_instead_of_reading(monkeypatch)
    first = text_jobs.claim_reading(version.pk, NOON)
    text_jobs.recover_stranded_readings(NOON + text_jobs.lease())
    second = text_jobs.claim_reading(version.pk, NOON + text_jobs.lease())
    assert first is not None and second is not None
    assert not text_jobs.renew_lease(version.pk, first)
    assert not text_jobs.finish_reading(version.pk, first, text_status=TextStatus.DONE)
    assert text_jobs.finish_reading(version.pk, second, text_status=TextStatus.DONE)
    version.refresh_from_db()
    assert (version.text_status, version.text_lease_until) == (TextStatus.DONE, None)


def test_reading_a_done_version_again_counts_its_attempts_anew(version) -> None:
    DocumentVersion.objects.filter(pk=version.pk).update(
        text_status=TextStatus.DONE, text_attempts=3
    )
    assert text_jobs.claim_reading(version.pk, NOON) == 1


def test_the_heartbeat_beats_while_the_child_works() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(1)"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    beats: list[int] = []
    _wait(child, deadline=float("inf"), heartbeat=lambda: beats.append(1), every=0.05)
    assert len(beats) >= 2
