"""The SQLite copy is one committed state of the database, however busy its writer."""

from __future__ import annotations

import sqlite3

from spbe.backup.sqlite import sqlite_copy, sqlite_problems
from tests.backup.writers import PairWriter, pair_counts


def test_copies_made_while_a_writer_commits_are_each_one_committed_state(tmp_path):
    source = tmp_path / "busy.sqlite3"
    copies = []
    with PairWriter(source) as writer:
        for round_ in range(1, 6):
            writer.wait_for(round_ * 50)
            copy = tmp_path / f"copy-{round_}.sqlite3"
            sqlite_copy(source=source, target=copy)
            copies.append(copy)
    assert writer.errors == []
    seen = []
    for copy in copies:
        assert sqlite_problems(copy) == []
        left, right = pair_counts(copy)
        assert left == right
        seen.append(left)
    assert seen == sorted(seen) and seen[0] >= 50


def test_a_copy_replaces_what_the_target_held(tmp_path):
    source = tmp_path / "source.sqlite3"
    target = tmp_path / "target.sqlite3"
    for path, table in ((source, "kept"), (target, "replaced")):
        connection = sqlite3.connect(path)
        with connection:
            connection.execute(f"CREATE TABLE {table} (n INTEGER)")
        connection.close()
    sqlite_copy(source=source, target=target)
    connection = sqlite3.connect(target)
    tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master")]
    connection.close()
    assert tables == ["kept"]


def test_it_finds_a_file_that_is_no_database(tmp_path):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database at all" * 100)
    assert sqlite_problems(broken) != []
