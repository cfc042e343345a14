"""The sending pass: each delivery once even with two workers, the task, the command."""

import datetime
import threading
import time
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.db import OperationalError, connection

from spbe.notifications import sender
from spbe.notifications.models import Channel, Delivery, DeliveryStatus
from spbe.notifications.services import notify
from spbe.notifications.tasks import schedule_sending, send_deliveries
from spbe.notify_rules import JAKARTA

AFTERNOON = datetime.datetime(2026, 11, 2, 14, 0, tzinfo=JAKARTA)
DELIVERIES = 30


class CountingChannel:
    """Counts what it is asked to send."""

    name = Channel.EMAIL

    def __init__(self) -> None:
        self.sent: list[int] = []
        self.lock = threading.Lock()

    def send(self, *, recipient, notifications):
        with self.lock:
            self.sent.extend(item.pk for item in notifications)


def wait_for_lock(execute, sql, params, many, context):
    """Wait for a lock as a database file does (its busy timeout); the tests' in-memory SQLite
    (shared cache) answers "table is locked" at once instead. A statement that failed so
    changed nothing, so running it again is safe."""
    for _attempt in range(200):
        try:
            return execute(sql, params, many, context)
        except OperationalError as error:
            if "locked" not in str(error):
                raise
            time.sleep(0.01)
    return execute(sql, params, many, context)


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_passes_send_each_delivery_once(make_person, monkeypatch):
    people = [make_person(f"pic{n}") for n in range(DELIVERIES)]
    with time_machine.travel(AFTERNOON, tick=False):
        notify(recipients=people, kind="test", title="Tenggat besok", link="/")
    channel = CountingChannel()
    monkeypatch.setitem(sender.CHANNELS, Channel.EMAIL, channel)
    # Both passes read the same due rows before either claims one, so they race for each row.
    both_read = threading.Barrier(2, timeout=30)
    first_reads = threading.Semaphore(2)
    read = sender._due
    seen = []

    def due_then_wait(now):
        found = read(now)
        if first_reads.acquire(blocking=False):
            seen.append(len(found))
            both_read.wait()
        return found

    monkeypatch.setattr(sender, "_due", due_then_wait)
    results, failures = [], []

    def one_pass():
        try:
            with connection.execute_wrapper(wait_for_lock):
                results.append(sender.send_due(AFTERNOON + datetime.timedelta(seconds=1)))
        except Exception as error:  # noqa: BLE001 - the thread reports any error to the test
            failures.append(error)
        finally:
            connection.close()

    workers = [threading.Thread(target=one_pass) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert failures == []
    assert seen == [DELIVERIES, DELIVERIES]
    assert sorted(channel.sent) == sorted(
        Delivery.objects.values_list("notification_id", flat=True)
    )
    assert len(channel.sent) == DELIVERIES
    assert sum(result.sent for result in results) == DELIVERIES
    assert set(Delivery.objects.values_list("status", "attempts")) == {(DeliveryStatus.SENT, 1)}


@pytest.mark.django_db
@time_machine.travel(AFTERNOON, tick=False)
def test_a_claimed_delivery_is_not_claimed_again(make_person):
    notify(recipients=[make_person("pic")], kind="test", title="Tenggat besok")
    (pk,) = Delivery.objects.values_list("pk", flat=True)
    assert sender._claim(pk, AFTERNOON)
    assert not sender._claim(pk, AFTERNOON)
    assert sender.send_due().sent == 0
    assert Delivery.objects.get().status == DeliveryStatus.SENDING


@pytest.mark.django_db
@time_machine.travel(AFTERNOON, tick=False)
def test_the_task_sends_what_is_due(make_person, mailoutbox):
    notify(recipients=[make_person("pic")], kind="test", title="Tenggat besok")
    outcome = send_deliveries.enqueue()
    assert outcome.return_value == "sent 1, retrying 0, failed 0, held for quiet hours 0"
    assert len(mailoutbox) == 1


@pytest.mark.django_db
@time_machine.travel(AFTERNOON, tick=False)
def test_notifying_never_sends_in_the_request_with_the_immediate_backend(
    make_person, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        notify(recipients=[make_person("pic")], kind="test", title="Tenggat besok")
    assert mailoutbox == []
    assert Delivery.objects.get().status == DeliveryStatus.QUEUED


@pytest.mark.django_db
@time_machine.travel(AFTERNOON, tick=False)
def test_a_worker_backend_gets_a_pass_queued_for_when_the_delivery_is_due(
    make_person, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    backend = send_deliveries.get_backend()
    backend.clear()
    with django_capture_on_commit_callbacks(execute=True):
        notify(recipients=[make_person("pic")], kind="test", title="Tenggat besok")
    (queued,) = backend.results
    assert queued.task.run_after == AFTERNOON
    assert schedule_sending(AFTERNOON)


@pytest.mark.django_db
@time_machine.travel(AFTERNOON, tick=False)
def test_the_command_runs_one_pass_and_says_what_it_did(make_person, mailoutbox):
    notify(recipients=[make_person("pic")], kind="test", title="Tenggat besok")
    out = StringIO()
    call_command("notify", "send", stdout=out)
    assert len(mailoutbox) == 1
    assert "1" in out.getvalue()
    assert Delivery.objects.get().status == DeliveryStatus.SENT
