"""``backup_make``: the whole installation into a new folder (``docs/operations.md``).

The database first, as one consistent snapshot, then the files: evidence is content-addressed
and never overwritten, so every file the snapshot references exists when the files are copied
(a file stored after the snapshot is copied too, and harmless). Everything is written into a
hidden sibling folder that is renamed at the end, so a half backup never looks whole.
"""

from __future__ import annotations

import datetime
import os
import shutil
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from django.core.files.storage import default_storage
from django.db import connection
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.backup import postgres
from spbe.backup.database import engine, migration_state
from spbe.backup.layout import (
    DATABASE_FILES,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    file_entry,
    manifest_bytes,
)
from spbe.backup.sqlite import sqlite_copy
from spbe.backup.storage_files import files_copy_out
from spbe.core.errors import ActionRefused
from spbe.organizations.actors import Actor


def backup_make(*, actor: Actor, output: Path, now: datetime.datetime) -> dict[str, Any]:
    """Write the backup folder ``output`` (new, or an empty folder); return its manifest."""
    _refuse_unusable(output)
    partial = Path(tempfile.mkdtemp(dir=output.parent, prefix=f".{output.name}.partial-"))
    try:
        manifest = _write(partial, now=now)
        os.replace(partial, output)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    audit_record(
        actor=actor.user,
        action="installation.backup",
        target=None,
        object_ref=("installation", "backup"),
        summary=_("Backup of the whole installation written"),
        data={"folder": str(output), "files": len(manifest["files"])},
    )
    return manifest


def _refuse_unusable(output: Path) -> None:
    if not output.parent.is_dir():
        raise ActionRefused(_("The folder %(folder)s does not exist.") % {"folder": output.parent})
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise ActionRefused(
            _("%(path)s exists and is not an empty folder; a backup goes into a new folder.")
            % {"path": output}
        )


def _write(folder: Path, *, now: datetime.datetime) -> dict[str, Any]:
    kind = engine()
    migrations = migration_state()
    database = _dump_database(folder, kind)
    files = files_copy_out(storage=default_storage, folder=folder)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": now.isoformat(),
        "product_version": _product_version(),
        "database": database,
        "migrations": migrations,
        "files": [entry.as_json() for entry in files],
    }
    (folder / MANIFEST).write_bytes(manifest_bytes(manifest))
    return manifest


def _dump_database(folder: Path, kind: str) -> dict[str, Any]:
    name = DATABASE_FILES.get(kind)
    if name is None:
        raise ActionRefused(
            _("A backup of a %(engine)s database is not possible.") % {"engine": kind}
        )
    if kind == "sqlite":
        source = Path(str(connection.settings_dict["NAME"]))
        if not source.is_file():
            raise ActionRefused(_("The database file %(path)s does not exist.") % {"path": source})
        sqlite_copy(source=source, target=folder / name)
        details: dict[str, Any] = {}
    else:
        postgres.pg_dump(target=folder / name)
        details = {"server_major": postgres.server_major()}
    entry = file_entry(folder, name)
    return {"engine": kind, **entry.as_json(), **details}


def _product_version() -> str:
    try:
        return version("spbe")
    except PackageNotFoundError:
        return "unknown"
