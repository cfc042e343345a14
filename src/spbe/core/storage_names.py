"""Every file's name in a storage, through Django's storage API (the filesystem or S3)."""

from __future__ import annotations

from django.core.files.storage import Storage


def storage_names(storage: Storage, folder: str = "") -> list[str]:
    """Every file's name in ``storage`` under ``folder`` (``""`` or ending in ``/``), sorted,
    folders walked."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a filesystem storage that has stored nothing yet
        return []
    names = [f"{folder}{name}" for name in files]
    for sub in folders:
        names.extend(storage_names(storage, f"{folder}{sub}/"))
    return sorted(names)
