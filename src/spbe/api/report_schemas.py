"""What the report endpoints take and return."""

from __future__ import annotations

import datetime

from ninja import Schema

from spbe.reports.models import JobStatus, ReportFormat, ReportKind


class ReportRequestIn(Schema):
    format: ReportFormat
    kind: ReportKind = ReportKind.EVALUATION


class ReportJobOut(Schema):
    id: int
    evaluation_id: int
    kind: ReportKind
    format: ReportFormat
    status: JobStatus  # queued, running, done or failed
    label: str
    error: str  # why it failed; empty otherwise
    stuck: bool  # still queued or running long after it was asked: ask again
    size: int | None  # bytes of the file, once done
    requested_by: str | None
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    url: str  # this job, to poll
    file_url: str | None  # the download, once done
