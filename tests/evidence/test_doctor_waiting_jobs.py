"""``spbe doctor`` and the jobs no worker took: readings and pre-checks queued longer than the
threshold, and readings marked running that no lease holds. The time passes by the test's
clock (time-machine), never by sleeping."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest
import time_machine
from django.utils import translation

from spbe.audit.models import AuditEvent
from spbe.evidence.models import Document, DocumentVersion, StoredFile, TextStatus
from spbe.evidence.tasks import precheck_link_task, read_version_text
from spbe.evidence.text_jobs import stranded_reason
from spbe.evidence.waiting_jobs import requeue_waiting, waiting_jobs
from spbe.organizations.models import Agency
from tests.evidence.builders import FIRST
from tests.evidence.test_doctor import doctor, says, stored

pytestmark = pytest.mark.django_db

QUEUED = datetime.datetime(2026, 11, 2, 8, 0, tzinfo=datetime.UTC)
THRESHOLD = datetime.timedelta(minutes=30)


@pytest.fixture
def clock() -> Iterator[time_machine.Coordinates]:
    with time_machine.travel(QUEUED, tick=False) as traveller:
        yield traveller


@pytest.fixture
def database_queue(settings) -> None:
    """Tasks go to the database queue, as in production, and no worker runs."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def version(media, *, status: str = TextStatus.PENDING, attempts: int = 0) -> DocumentVersion:
    agency, _ = Agency.objects.get_or_create(name="Kota Antre", slug="kota-antre", kind="kota")
    document = Document.objects.create(agency=agency, title="Perwali Arsitektur")
    return DocumentVersion.objects.create(
        document=document,
        number=1,
        stored_file=StoredFile.objects.first() or stored(FIRST),
        original_name="perwali.pdf",
        text_status=status,
        text_attempts=attempts,
    )


def waiting_line(pk: int, since: str = "2026-11-02 15:00") -> str:
    return says(
        "Text reading of version %(pk)s waiting since %(since)s: no worker took it",
        pk=pk,
        since=since,
    )


def test_a_reading_no_worker_took_is_reported_only_after_the_threshold(media, clock) -> None:
    waiting = version(media)
    clock.move_to(QUEUED + THRESHOLD - datetime.timedelta(minutes=1))
    assert doctor()[0] == 0
    clock.move_to(QUEUED + THRESHOLD + datetime.timedelta(minutes=1))
    status, output = doctor()
    assert status == 1
    # The time is the installation's (Asia/Jakarta, seven hours ahead of UTC).
    assert waiting_line(waiting.pk) in output
    assert DocumentVersion.objects.get(pk=waiting.pk).text_status == TextStatus.PENDING


def test_fix_queues_a_lost_reading_again_and_it_is_read(media, clock) -> None:
    lost = version(media)
    clock.move_to(QUEUED + THRESHOLD * 2)
    status, output = doctor("--fix")
    assert status == 0, output
    # The tests' immediate backend reads it at once.
    assert DocumentVersion.objects.get(pk=lost.pk).text_status == TextStatus.DONE
    assert AuditEvent.objects.filter(
        action="doctor.requeue_reading", object_id=str(lost.pk)
    ).exists()


def test_with_no_worker_a_requeued_reading_waits_from_its_new_row(
    media, clock, database_queue
) -> None:
    from django_tasks_db.compat import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    waiting = version(media)
    read_version_text.enqueue(waiting.pk)
    clock.move_to(QUEUED + THRESHOLD * 2)
    status, output = doctor("--fix")
    assert status == 0 and waiting_line(waiting.pk) in output
    statuses = sorted(DBTaskResult.objects.values_list("status", flat=True))
    assert statuses == sorted([TaskResultStatus.FAILED, TaskResultStatus.READY])
    # Queued again just now: not waiting yet, until the threshold passes once more.
    assert doctor()[0] == 0
    clock.move_to(QUEUED + THRESHOLD * 3 + datetime.timedelta(minutes=1))
    assert waiting_line(waiting.pk, since="2026-11-02 16:00") in doctor()[1]


def test_a_precheck_no_worker_took_is_reported_and_queued_again(
    media, clock, database_queue
) -> None:
    from django_tasks_db.compat import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    precheck_link_task.enqueue(41)
    clock.move_to(QUEUED + THRESHOLD * 2)
    status, output = doctor("--fix")
    assert status == 0
    assert (
        says(
            "Pre-check of evidence link %(pk)s waiting since %(since)s: no worker took it",
            pk=41,
            since="2026-11-02 15:00",
        )
        in output
    )
    ready = DBTaskResult.objects.get(status=TaskResultStatus.READY)
    assert ready.args_kwargs["args"] == [41] and ready.enqueued_at == QUEUED + THRESHOLD * 2


def test_a_job_a_worker_took_meanwhile_is_not_queued_twice(media, clock, database_queue) -> None:
    from django_tasks_db.compat import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    waiting = version(media)
    read_version_text.enqueue(waiting.pk)
    clock.move_to(QUEUED + THRESHOLD * 2)
    found = waiting_jobs(QUEUED + THRESHOLD * 2, THRESHOLD)
    assert [job.target for job in found] == [waiting.pk]
    DBTaskResult.objects.update(status=TaskResultStatus.RUNNING)  # a worker took it just now
    assert requeue_waiting(found) == []
    assert DBTaskResult.objects.count() == 1


def test_fix_requeues_a_reading_running_without_a_lease_and_fails_one_out_of_attempts(
    media, clock, settings
) -> None:
    settings.SPBE_TEXT_MAX_ATTEMPTS = 2
    again = version(media, status=TextStatus.RUNNING, attempts=1)
    given_up = version(media, status=TextStatus.RUNNING, attempts=2)
    status, output = doctor()
    assert status == 1
    assert (
        says("Text reading of version %(pk)s marked running without a lease", pk=again.pk) in output
    )
    status, output = doctor("--fix")
    assert status == 0, output
    assert DocumentVersion.objects.get(pk=again.pk).text_status == TextStatus.DONE
    failed = DocumentVersion.objects.get(pk=given_up.pk)
    with translation.override("id"):
        assert (failed.text_status, failed.text_error) == (TextStatus.FAILED, stranded_reason(2))
    actions = set(AuditEvent.objects.values_list("action", "object_id"))
    assert {
        ("doctor.requeue_reading", str(again.pk)),
        ("doctor.fail_reading", str(given_up.pk)),
    } <= actions


def test_a_reading_whose_queue_row_a_worker_holds_is_not_waiting(
    media, clock, database_queue
) -> None:
    from django_tasks_db.compat import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    taken = version(media)
    read_version_text.enqueue(taken.pk)
    DBTaskResult.objects.update(status=TaskResultStatus.RUNNING)
    assert waiting_jobs(QUEUED + THRESHOLD * 2, THRESHOLD) == []
