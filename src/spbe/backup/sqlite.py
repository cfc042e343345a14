"""SQLite copies with the online backup API: consistent while the server writes.

The copy is made in one step (``pages=-1``) under a read lock, so it holds one committed state
of the database; a writer waits for that step (its busy timeout) rather than failing. Pure
Python: the standard library's ``sqlite3`` only.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

BUSY_TIMEOUT_SECONDS = 60


def sqlite_copy(*, source: Path, target: Path) -> None:
    """Copy the database ``source`` into ``target`` (replacing whatever ``target`` held)."""
    reading = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        writing = sqlite3.connect(target, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            reading.backup(writing, pages=-1)
        finally:
            writing.close()
    finally:
        reading.close()


def sqlite_problems(path: Path) -> list[str]:
    """What ``PRAGMA integrity_check`` finds wrong with a database file (empty: nothing)."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        connection.close()
    return [] if rows == [("ok",)] else [str(row[0]) for row in rows]
