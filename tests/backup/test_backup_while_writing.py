"""``spbe backup`` while the database is being written: the backup is one committed state."""

from __future__ import annotations

import json

from spbe.backup.layout import MANIFEST
from spbe.backup.sqlite import sqlite_problems
from tests.backup.installations import Installation
from tests.backup.writers import PairWriter, pair_counts


def test_a_backup_taken_while_another_connection_writes_is_consistent(tmp_path):
    installation = Installation(tmp_path / "busy")
    installation.migrate()
    database = installation.data_dir / "spbe.sqlite3"
    with PairWriter(database) as writer:
        writer.wait_for(20)
        result = installation.spbe("backup", "-o", str(tmp_path / "backup"))
        during = writer.committed
    assert result.returncode == 0, result.stderr
    assert writer.errors == []
    manifest = json.loads((tmp_path / "backup" / MANIFEST).read_text())
    copy = tmp_path / "backup" / manifest["database"]["path"]
    assert sqlite_problems(copy) == []
    left, right = pair_counts(copy)
    assert left == right
    assert 20 <= left <= during
