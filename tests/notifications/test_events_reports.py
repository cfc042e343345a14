"""A report someone asked for tells them when it is ready, or that it failed."""

from __future__ import annotations

from unittest.mock import Mock

import pytest
from django.urls import reverse
from django.utils import translation

from spbe.reports.events import REPORT_FAILED, REPORT_READY
from spbe.reports.models import ReportFormat
from spbe.reports.services import report_request
from spbe.reports.tasks import generate_report
from tests.notifications.events_helpers import only_row, recipients

pytestmark = pytest.mark.dates


@pytest.fixture
def queued(monkeypatch):
    sent: list[int] = []
    monkeypatch.setattr("spbe.reports.services._enqueue", sent.append)
    return sent


def ask(cast, user):
    with translation.override("en"):
        return report_request(
            actor=cast.actor(user), evaluation=cast.evaluation, fmt=ReportFormat.XLSX
        )


def test_the_requester_alone_is_told_the_report_is_ready_with_its_download_link(cast, queued):
    job = ask(cast, cast.leadership)
    assert recipients() == set()
    generate_report.call(job.pk)
    assert recipients() == {cast.leadership.username}
    message = only_row(cast.leadership, REPORT_READY)
    assert message.link == reverse("reports:download", args=[cast.evaluation.pk, job.pk])
    assert "ready" in message.title  # rendered in the requester's language (English)


def test_a_failed_report_tells_the_requester_it_failed(cast, queued, monkeypatch):
    monkeypatch.setattr(
        "spbe.reports.tasks.render_report", Mock(side_effect=RuntimeError("disk full"))
    )
    job = ask(cast, cast.pic)
    with pytest.raises(RuntimeError):
        generate_report.call(job.pk)
    assert recipients() == {cast.pic.username}
    message = only_row(cast.pic, REPORT_FAILED)
    assert message.link == reverse("reports:panel", args=[cast.evaluation.pk])
    assert str(job.pk) in message.body and "disk full" not in message.body


def test_a_requester_who_may_no_longer_view_the_evaluation_is_not_told(cast, queued):
    job = ask(cast, cast.pic)
    cast.pic.membership.agency = cast.other_agency
    cast.pic.membership.unit = None
    cast.pic.membership.save()
    cast.pic.__dict__.pop("_spbe_actor", None)
    generate_report.call(job.pk)
    assert recipients() == set()
