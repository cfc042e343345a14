"""Storing evidence bytes once, named by their SHA-256, through Django's storage API."""

from __future__ import annotations

import contextlib
import os
import secrets
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
    remove what it wrote, and only that). The storage streams the file in chunks. The name is
    the hash and nothing else: two uploads of the same bytes at the same moment write one
    file (a storage that would have renamed the second copy gets it deleted again), so no
    copy is left that no row points to. The name appears only once the bytes are whole
    (``_write_whole``): a second upload of the same bytes that finds it never points its row at
    a file still being written, or left half-written by a process that died.
    """
    name = stored_file_path(StoredFile(sha256=digest), "")
    if default_storage.exists(name):
        return name, False
    stream.seek(0)
    return name, _write_whole(name, stream)


def _write_whole(name: str, stream: File) -> bool:
    """Write the stream so that ``name`` appears whole or not at all; whether this call made it.

    On the filesystem the bytes go to a temporary name beside it first, then are linked to
    ``name`` (a hard link is atomic and never replaces a file another upload made). A remote
    storage (S3) makes an object visible only once its upload completed, so it is written
    directly. A temporary file left by a process that died is a file without a row to
    ``spbe doctor``, removed after the grace period.
    """
    try:
        default_storage.path(name)
    except NotImplementedError:
        written = default_storage.save(name, stream)
        if written != name:
            # Another upload wrote the same bytes between our look and our write.
            default_storage.delete(written)
            return False
        return True
    partial = default_storage.save(f"{name}.{secrets.token_hex(8)}.part", stream)
    try:
        os.link(default_storage.path(partial), default_storage.path(name))
    except FileExistsError:
        return False  # another upload of the same bytes finished first: its file is whole
    finally:
        default_storage.delete(partial)
    return True


def ensure_bytes(stream: File, name: str) -> None:
    """Write the stream again under ``name`` if it is missing after our row committed.

    Another upload of the same bytes whose transaction failed may have removed the file it
    wrote just as ours began to use it (``discard``): our row must never point at nothing.
    """
    if default_storage.exists(name):
        return
    stream.seek(0)
    _write_whole(name, stream)


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
