"""Do the stored evidence files and the database agree? ``spbe doctor`` asks, ``--fix`` repairs.

Found:

* **files without rows**: bytes under ``evidence/`` that no ``StoredFile`` names (an upload
  whose process died between writing the bytes and committing its rows);
* **rows without files**: a ``StoredFile`` whose bytes are not in the storage;
* **hash mismatches**: bytes whose SHA-256 or size is not the one recorded;
* **stuck readings**: versions whose reader's lease expired (its worker died);
* **waiting jobs** and **unleased readings**: readings and pre-checks no worker took within the
  threshold, and readings marked running that no lease holds (``waiting_jobs``).

Repaired with ``fix``, and only what is safe: a file without a row is deleted once it is older
than the grace period (a younger one may belong to an upload still committing); a stuck
reading is requeued or failed as the worker's own recovery does, a waiting job is queued again
once, an unleased reading is requeued or failed. A row without a file and a
hash mismatch are reported, never "fixed": the evidence must come back from a backup or be
uploaded again, and nothing here deletes a file a row points to. Every repair is audited.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from django.core.files.storage import default_storage
from django.utils import timezone

from spbe.audit.services import audit_record
from spbe.core.storage_names import storage_names
from spbe.evidence.models import DocumentVersion, StoredFile
from spbe.evidence.text_jobs import recover_stranded_readings, stranded_readings
from spbe.evidence.waiting_jobs import (
    WaitingJob,
    recover_unleased,
    requeue_waiting,
    unleased_readings,
    waiting_jobs,
)

EVIDENCE_FOLDER = "evidence/"
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Mismatch:
    name: str
    recorded: str
    found: str


@dataclass
class Findings:
    """What a check found and, with ``fix``, what it repaired."""

    files_without_rows: list[str] = field(default_factory=list)
    rows_without_files: list[str] = field(default_factory=list)
    hash_mismatches: list[Mismatch] = field(default_factory=list)
    stuck_readings: list[int] = field(default_factory=list)
    removed_files: list[str] = field(default_factory=list)
    young_files: list[str] = field(default_factory=list)
    requeued_readings: list[int] = field(default_factory=list)
    failed_readings: list[int] = field(default_factory=list)
    waiting_jobs: list[WaitingJob] = field(default_factory=list)
    requeued_jobs: list[WaitingJob] = field(default_factory=list)
    unleased_readings: list[int] = field(default_factory=list)
    requeued_unleased: list[int] = field(default_factory=list)
    failed_unleased: list[int] = field(default_factory=list)

    @property
    def problems_left(self) -> bool:
        """Whether something is still wrong after the repairs."""
        left_files = set(self.files_without_rows) - set(self.removed_files)
        left_readings = set(self.stuck_readings) - {
            *self.requeued_readings,
            *self.failed_readings,
        }
        left_jobs = set(self.waiting_jobs) - set(self.requeued_jobs)
        left_unleased = set(self.unleased_readings) - {
            *self.requeued_unleased,
            *self.failed_unleased,
        }
        return bool(
            left_files
            or self.rows_without_files
            or self.hash_mismatches
            or left_readings
            or left_jobs
            or left_unleased
        )


def evidence_doctor(
    *,
    fix: bool,
    grace: datetime.timedelta,
    waiting: datetime.timedelta = datetime.timedelta(minutes=30),
    now: datetime.datetime | None = None,
) -> Findings:
    """Compare the evidence storage with the database; with ``fix``, repair what is safe.

    ``waiting`` is how long a queued job may wait for a worker before it is reported."""
    now = now or timezone.now()
    findings = Findings()
    recorded = dict(StoredFile.objects.values_list("file", "sha256"))
    sizes = dict(StoredFile.objects.values_list("file", "size"))
    present = set(storage_names(default_storage, EVIDENCE_FOLDER))
    findings.files_without_rows = sorted(present - recorded.keys())
    findings.rows_without_files = sorted(recorded.keys() - present)
    for name in sorted(present & recorded.keys()):
        size, digest = _size_and_hash(name)
        if digest != recorded[name] or size != sizes[name]:
            findings.hash_mismatches.append(Mismatch(name, recorded[name], digest))
    findings.stuck_readings = stranded_readings(now)
    findings.waiting_jobs = waiting_jobs(now, waiting)
    findings.unleased_readings = unleased_readings()
    if fix:
        _remove_orphans(findings, now - grace)
        _recover_readings(findings, now)
        _requeue_waiting(findings)
    return findings


def _size_and_hash(name: str) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with default_storage.open(name, "rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def _remove_orphans(findings: Findings, older_than: datetime.datetime) -> None:
    for name in findings.files_without_rows:
        if default_storage.get_modified_time(name) > older_than:
            findings.young_files.append(name)
            continue
        # Looked up once more just before deleting: a row committed since the listing keeps it.
        if StoredFile.objects.filter(file=name).exists():
            continue
        default_storage.delete(name)
        findings.removed_files.append(name)
        audit_record(
            actor=None,
            action="doctor.remove_orphan_file",
            target=None,
            # An audit event's object id holds 40 characters: the file's stem (its SHA-256,
            # for the product's own files) cut to that; the whole name is in the details.
            object_ref=("evidence.storedfile", PurePosixPath(name).stem[:40]),
            summary=f"Removed {name}: no stored file row named it",
            data={"name": name},
        )


def _recover_readings(findings: Findings, now: datetime.datetime) -> None:
    recovery = recover_stranded_readings(now)
    findings.requeued_readings = recovery.requeued
    findings.failed_readings = recovery.failed
    unleased = recover_unleased()
    findings.requeued_unleased = unleased.requeued
    findings.failed_unleased = unleased.failed
    for action, pks in (
        ("doctor.requeue_reading", [*recovery.requeued, *unleased.requeued]),
        ("doctor.fail_reading", [*recovery.failed, *unleased.failed]),
    ):
        for version in DocumentVersion.objects.filter(pk__in=pks).select_related("document"):
            audit_record(
                actor=None,
                action=action,
                target=version,
                agency=version.document.agency,
                summary=f"{version}: its reader stopped",
                data={"attempts": version.text_attempts},
            )


def _requeue_waiting(findings: Findings) -> None:
    findings.requeued_jobs = requeue_waiting(findings.waiting_jobs)
    for job in findings.requeued_jobs:
        audit_record(
            actor=None,
            action=f"doctor.requeue_{job.kind}",
            target=None,
            object_ref=(
                "evidence.documentversion" if job.kind == "reading" else "evidence.evidencelink",
                str(job.target),
            ),
            summary=f"Queued the {job.kind} of {job.target} again: no worker took it",
            data={"since": job.since.isoformat()},
        )
