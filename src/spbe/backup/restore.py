"""``backup_restore``: a backup folder into an empty installation (``docs/operations.md``).

All or nothing: the manifest and every hash are checked before anything is written, and the
installation must be empty (no rows in its tables but those ``migrate`` fills, no stored file).
The files go first and are deleted again if the database cannot be restored; then the database
(SQLite: the backup API; PostgreSQL: pg_restore in one transaction); then ``migrate`` brings an
older backup up to date.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.backup import postgres
from spbe.backup.database import drop_empty_tables, engine, tables_with_rows, unknown_migrations
from spbe.backup.layout import (
    DATABASE_FILES,
    FILES_DIR,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    Entry,
    file_entry,
    safe_storage_name,
)
from spbe.backup.sqlite import sqlite_copy
from spbe.backup.storage_files import files_copy_in, storage_names
from spbe.core.errors import ActionRefused
from spbe.organizations.actors import Actor

# How many problems a refusal lists; the rest are counted.
SHOWN_PROBLEMS = 5


@dataclass(frozen=True)
class Restored:
    created_at: str
    files: int


def backup_restore(*, actor: Actor, folder: Path) -> Restored:
    """Restore the backup in ``folder`` into this (empty) installation."""
    manifest = _manifest(folder)
    kind = engine()
    database = manifest["database"]
    if database.get("engine") != kind:
        raise ActionRefused(
            _(
                "This backup holds a %(backup)s database; this installation uses %(here)s. Restore it into an installation on %(backup)s."
            )
            % {"backup": database.get("engine"), "here": kind}
        )
    newer = unknown_migrations(manifest.get("migrations", {}))
    if newer:
        raise ActionRefused(
            _("This backup comes from a newer version of SPBE (migrations %(names)s).")
            % {"names": ", ".join(newer[:SHOWN_PROBLEMS])}
        )
    files = _verified(folder, manifest)
    _refuse_not_empty()
    files_copy_in(storage=default_storage, folder=folder, entries=files)
    try:
        _restore_database(folder / DATABASE_FILES[kind], kind)
    except BaseException:
        for entry in files:
            default_storage.delete(entry.path)
        raise
    call_command("migrate", verbosity=0, interactive=False)
    audit_record(
        actor=actor.user,
        action="installation.restore",
        target=None,
        object_ref=("installation", "restore"),
        summary=_("Installation restored from a backup"),
        data={"folder": str(folder), "created_at": manifest.get("created_at"), "files": len(files)},
    )
    return Restored(created_at=str(manifest.get("created_at", "")), files=len(files))


def _manifest(folder: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((folder / MANIFEST).read_bytes())
    except (OSError, ValueError) as error:
        raise ActionRefused(
            _("%(folder)s is not a backup of SPBE: %(error)s") % {"folder": folder, "error": error}
        ) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ActionRefused(_("%(folder)s is not a backup of SPBE.") % {"folder": folder})
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ActionRefused(
            _("This backup has format version %(found)s; this version of SPBE reads %(known)s.")
            % {"found": manifest.get("format_version"), "known": FORMAT_VERSION}
        )
    database = manifest.get("database")
    if (
        not isinstance(database, dict)
        or not isinstance(database.get("path"), str)
        or not isinstance(manifest.get("files", []), list)
        or not isinstance(manifest.get("migrations", {}), dict)
    ):
        raise ActionRefused(
            _("The manifest of %(folder)s is incomplete; nothing was restored.")
            % {"folder": folder}
        )
    return manifest


def _verified(folder: Path, manifest: dict[str, Any]) -> list[Entry]:
    """The manifest's files, each checked against its size and SHA-256 (the database too)."""
    database = manifest["database"]
    expected = [(Path(database["path"]).name, database)]
    files = []
    problems = []
    for item in manifest.get("files", []):
        name = str(item.get("path", "")) if isinstance(item, dict) else ""
        if not safe_storage_name(name):
            problems.append(_("%(path)s: not a name inside the storage") % {"path": name})
            continue
        files.append(Entry(path=name, size=item.get("size", -1), sha256=item.get("sha256", "")))
        expected.append((f"{FILES_DIR}/{name}", item))
    for path, item in expected:
        try:
            found = file_entry(folder, path)
        except OSError:
            problems.append(_("%(path)s: missing") % {"path": path})
            continue
        if found.size != item.get("size") or found.sha256 != item.get("sha256"):
            problems.append(_("%(path)s: its contents changed since the backup") % {"path": path})
    if problems:
        raise ActionRefused(
            _("The backup is damaged; nothing was restored. %(problems)s")
            % {"problems": _summary(problems)}
        )
    return files


def _summary(problems: list[str]) -> str:
    shown = "; ".join(problems[:SHOWN_PROBLEMS])
    rest = len(problems) - SHOWN_PROBLEMS
    if rest > 0:
        shown += " " + _("(and %(count)s more)") % {"count": rest}
    return shown


def _refuse_not_empty() -> None:
    tables = tables_with_rows()
    if tables:
        raise ActionRefused(
            _(
                "The database of this installation is not empty (%(tables)s); a backup is restored into an empty installation only."
            )
            % {"tables": ", ".join(tables[:SHOWN_PROBLEMS])}
        )
    if storage_names(default_storage):
        raise ActionRefused(
            _(
                "The file storage of this installation is not empty; a backup is restored into an empty installation only."
            )
        )


def _restore_database(source: Path, kind: str) -> None:
    if kind == "sqlite":
        target = Path(str(connection.settings_dict["NAME"]))
        connection.close()
        sqlite_copy(source=source, target=target)
    else:
        drop_empty_tables()
        postgres.pg_restore(source=source)
