"""Storing evidence bytes once, named by their SHA-256, through Django's storage API."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from django.core.files import File
from django.core.files.storage import default_storage

from spbe.evidence.models import StoredFile, stored_file_path


def save_bytes(stream: File, digest: str) -> tuple[str, bool]:
    """Write the stream under its hash unless those bytes are stored already.

    Returns the storage name and whether this call wrote it (so a failed transaction can
    remove what it wrote, and only that). The storage streams the file in chunks.
    """
    existing = StoredFile.objects.filter(sha256=digest).values_list("file", flat=True).first()
    if existing:
        return existing, False
    stream.seek(0)
    name = default_storage.save(stored_file_path(StoredFile(sha256=digest), ""), stream)
    return name, True


def discard(name: str) -> None:
    """Remove bytes this upload wrote, unless a stored file (another upload's) uses them."""
    if not StoredFile.objects.filter(file=name).exists():
        default_storage.delete(name)


@contextlib.contextmanager
def local_path(stored: StoredFile) -> Iterator[Path]:
    """A path on this machine holding the file: the file itself, or a temporary copy."""
    local: str | None
    try:
        local = default_storage.path(stored.file.name or "")
    except NotImplementedError:  # a remote storage (S3) has no local path
        local = None
    if local is not None:
        yield Path(local)
        return
    name = stored.file.name or ""
    with tempfile.NamedTemporaryFile(suffix=f".{stored.kind}") as copy:
        with default_storage.open(name, "rb") as source:
            shutil.copyfileobj(source, copy, length=1024 * 1024)
        copy.flush()
        yield Path(copy.name)
