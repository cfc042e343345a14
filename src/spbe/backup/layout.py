"""What a backup folder holds (``docs/operations.md``): its names, its manifest, and the hashes.

Pure Python: no Django imports, so the layout can be read and checked anywhere.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, Protocol

FORMAT = "spbe-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
FILES_DIR = "files"
# The database file's name by engine: an SQLite database, or a pg_dump archive (custom format).
DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
CHUNK = 1024 * 1024


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True)
class Entry:
    """One file of a backup: its path inside the folder, its size and its SHA-256."""

    path: str
    size: int
    sha256: str

    def as_json(self) -> dict[str, Any]:
        return {"path": self.path, "size": self.size, "sha256": self.sha256}


def copy_hashing(source: Readable, target: BinaryIO) -> tuple[int, str]:
    """Copy ``source`` into ``target`` in chunks; return the size and the SHA-256 of the bytes."""
    digest = hashlib.sha256()
    size = 0
    while chunk := source.read(CHUNK):
        digest.update(chunk)
        target.write(chunk)
        size += len(chunk)
    return size, digest.hexdigest()


def file_entry(folder: Path, path: str) -> Entry:
    """The entry of a file already in the backup folder, hashed from its bytes."""
    digest = hashlib.sha256()
    size = 0
    with (folder / path).open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return Entry(path=path, size=size, sha256=digest.hexdigest())


def safe_storage_name(name: str) -> bool:
    """Whether a storage name from a manifest stays inside ``files/`` (relative, no ``..``)."""
    pure = PurePosixPath(name)
    return bool(name) and not pure.is_absolute() and ".." not in pure.parts and "\\" not in name


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    """The manifest as written: sorted keys, UTF-8, indented, one trailing newline."""
    return (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()
