"""The files of the default storage, through Django's storage API (the filesystem or S3)."""

from __future__ import annotations

from pathlib import Path

from django.core.files import File
from django.core.files.storage import Storage
from django.utils.translation import gettext as _

from spbe.backup.layout import FILES_DIR, Entry, copy_hashing
from spbe.core.errors import ActionRefused
from spbe.core.storage_names import storage_names

__all__ = ["files_copy_in", "files_copy_out", "storage_names"]


def files_copy_out(*, storage: Storage, folder: Path) -> list[Entry]:
    """Copy every file of ``storage`` under ``folder/files/``; the entries name them as the
    storage does."""
    entries = []
    for name in storage_names(storage):
        target = folder / FILES_DIR / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with storage.open(name, "rb") as source, target.open("wb") as out:
            size, digest = copy_hashing(source, out)
        entries.append(Entry(path=name, size=size, sha256=digest))
    return entries


def files_copy_in(*, storage: Storage, folder: Path, entries: list[Entry]) -> None:
    """Save each entry's file from ``folder/files/`` under its own name; on any failure delete
    the ones saved, so that the storage is empty again."""
    saved: list[str] = []
    try:
        for entry in entries:
            with (folder / FILES_DIR / entry.path).open("rb") as source:
                name = storage.save(entry.path, File(source))
            saved.append(name)
            if name != entry.path:
                raise ActionRefused(
                    _("The storage saved %(path)s as %(name)s; the restore stopped.")
                    % {"path": entry.path, "name": name}
                )
    except BaseException:
        for name in saved:
            storage.delete(name)
        raise
