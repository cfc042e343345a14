"""``agency_export``: one agency's whole workspace as a zip (``docs/export-format.md``).

The rows are read in one transaction (REPEATABLE READ on PostgreSQL; SQLite's read transaction
is a snapshot already), so an export taken while people work is consistent. The bytes of
evidence never change once stored (they are named by their hash), so they are read after it.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from spbe.archive import format as fmt
from spbe.archive.encode import Encoder
from spbe.archive.tables import TABLES, UNITS
from spbe.audit.services import audit_record
from spbe.core.errors import ActionRefused
from spbe.evidence.models import StoredFile
from spbe.organizations.actors import Actor
from spbe.organizations.models import Agency

CHUNK = 1024 * 1024


@contextmanager
def snapshot() -> Iterator[None]:
    """One consistent view of the database for everything read inside.

    On PostgreSQL the isolation level can only be set as a transaction's first statement: when
    the caller already holds a transaction (a test, a larger job), its snapshot is the caller's.
    """
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and outermost:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        yield


def agency_export(
    *, actor: Actor, agency: Agency, out: IO[bytes], with_credentials: bool = False
) -> dict[str, Any]:
    """Write the agency's export to ``out`` (a binary file) and return its manifest.

    The export is recorded in the agency's audit log, after the rows were read: the export
    holds the log as it was before.
    """
    with snapshot():
        data, encoder = _rows(agency, with_credentials=with_credentials)
        stored = dict(
            StoredFile.objects.filter(pk__in=encoder.stored_files).values_list("sha256", "file")
        )
    files = {**stored, **encoder.other_files}
    manifest = _write_zip(out, agency, data, files, with_credentials=with_credentials)
    audit_record(
        actor=actor.user,
        action="agency.export",
        target=agency,
        agency=agency,
        summary=_("Agency export downloaded"),
        data={"with_credentials": with_credentials, "files": len(manifest["files"])},
    )
    return manifest


def _rows(agency: Agency, *, with_credentials: bool) -> tuple[dict[str, Any], Encoder]:
    encoder = Encoder(agency)
    data: dict[str, Any] = {
        "agency": {
            "name": agency.name,
            "slug": agency.slug,
            "kind": agency.kind,
            "province": agency.province,
            "created_at": agency.created_at,
        },
        UNITS.name: encoder.table(UNITS),
    }
    for table in TABLES:
        data[table.name] = encoder.table(table)
    data["users"] = encoder.people(with_credentials=with_credentials)
    data["stored_files"] = encoder.stored_file_rows()
    return data, encoder


def _write_zip(
    out: IO[bytes],
    agency: Agency,
    data: dict[str, Any],
    files: dict[str, str],
    *,
    with_credentials: bool,
) -> dict[str, Any]:
    hashes: dict[str, str] = {}
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, rows in data.items():
            content = fmt.dump(rows)
            path = fmt.data_path(name)
            archive.writestr(zipfile.ZipInfo(path, fmt.ZIP_TIME), content, zipfile.ZIP_DEFLATED)
            hashes[path] = fmt.sha256(content)
        for digest in sorted(files):
            path = fmt.file_path(digest)
            hashes[path] = _copy_file(archive, path, files[digest], digest)
        manifest = {
            "format": fmt.FORMAT,
            "format_version": fmt.FORMAT_VERSION,
            "app_version": fmt.app_version(),
            "created_at": timezone.now(),
            "agency": agency.slug,
            "with_credentials": with_credentials,
            "counts": {name: len(rows) for name, rows in data.items() if isinstance(rows, list)},
            "files": dict(sorted(hashes.items())),
        }
        info = zipfile.ZipInfo(fmt.MANIFEST, fmt.ZIP_TIME)
        archive.writestr(info, fmt.dump(manifest), zipfile.ZIP_DEFLATED)
    return manifest


def _copy_file(archive: zipfile.ZipFile, path: str, name: str, digest: str) -> str:
    """Copy stored bytes into the zip in chunks; refuse bytes that no longer match their hash."""
    hasher = hashlib.sha256()
    info = zipfile.ZipInfo(path, fmt.ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    with default_storage.open(name, "rb") as source, archive.open(info, "w") as target:
        while chunk := source.read(CHUNK):
            hasher.update(chunk)
            target.write(chunk)
    if hasher.hexdigest() != digest:
        raise ActionRefused(
            _("The stored file %(name)s no longer matches its SHA-256: the export stopped.")
            % {"name": name}
        )
    return digest
