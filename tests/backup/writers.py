"""A writer that keeps committing to an SQLite database while a backup reads it: each
transaction inserts one row into two tables, so a consistent copy has as many rows in each."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from types import TracebackType


class PairWriter:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.committed = 0
        self.errors: list[BaseException] = []
        self._stop = threading.Event()
        self._progress = threading.Condition()
        self._thread = threading.Thread(target=self._write, daemon=True)
        connection = sqlite3.connect(path)
        with connection:
            connection.execute("CREATE TABLE IF NOT EXISTS probe_left (n INTEGER)")
            connection.execute("CREATE TABLE IF NOT EXISTS probe_right (n INTEGER)")
        connection.close()

    def __enter__(self) -> PairWriter:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join()

    def wait_for(self, count: int) -> None:
        """Until the writer has committed ``count`` transactions (or failed)."""
        with self._progress:
            self._progress.wait_for(lambda: self.committed >= count or bool(self.errors))

    def _write(self) -> None:
        connection = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        # Commits need not reach the disk here; they need only be many.
        connection.execute("PRAGMA synchronous = OFF")
        try:
            n = 0
            while not self._stop.is_set():
                n += 1
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("INSERT INTO probe_left VALUES (?)", (n,))
                connection.execute("INSERT INTO probe_right VALUES (?)", (n,))
                connection.execute("COMMIT")
                with self._progress:
                    self.committed = n
                    self._progress.notify_all()
                # Leave the lock free a moment between transactions, as a real installation's
                # writers do: SQLite's busy handler is not fair, and a loop that takes the lock
                # again at once starved the backup's own audit record past its busy timeout.
                self._stop.wait(0.002)
        except sqlite3.Error as error:
            self.errors.append(error)
            with self._progress:
                self._progress.notify_all()
        finally:
            connection.close()


def pair_counts(path: Path) -> tuple[int, int]:
    connection = sqlite3.connect(path)
    try:
        left = connection.execute("SELECT COUNT(*) FROM probe_left").fetchone()[0]
        right = connection.execute("SELECT COUNT(*) FROM probe_right").fetchone()[0]
    finally:
        connection.close()
    return left, right
