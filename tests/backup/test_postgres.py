"""``spbe backup`` and ``spbe restore`` on PostgreSQL: they run in the PostgreSQL follow-up of
``scripts/test`` (``DATABASE_URL``), each installation in a database of its own on that
server, and are skipped on SQLite runs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.utils.translation import gettext

from spbe.backup.layout import MANIFEST
from tests.backup.installations import Installation, filled, postgres_database, postgres_url

pytestmark = [
    pytest.mark.database,
    pytest.mark.skipif(postgres_url() is None, reason="needs DATABASE_URL of a PostgreSQL server"),
]


@dataclass
class Original:
    installation: Installation
    token: str
    counts: dict[str, int]
    files: dict[str, bytes]
    backup: Path


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Original]:
    root = tmp_path_factory.mktemp("pg-backup")
    with postgres_database("backup_original") as url:
        installation = Installation(root / "original", database_url=url)
        token = filled(installation)
        counts = installation.inside("counts()")
        files = installation.files()
        installation.ok("backup", "-o", str(root / "backup"))
        yield Original(installation, token, counts, files, root / "backup")


def test_a_restore_into_an_empty_database_has_the_same_rows_files_and_token(original, tmp_path):
    assert (original.backup / "database.pgdump").is_file()
    assert '"engine": "postgresql"' in (original.backup / MANIFEST).read_text()
    with postgres_database("backup_restored") as url:
        restored = Installation(tmp_path / "restored", database_url=url)
        result = restored.spbe("restore", str(original.backup))
        assert result.returncode == 0, result.stderr
        counts = restored.inside("counts()")
        assert counts == {
            **original.counts,
            "audit_auditevent": original.counts["audit_auditevent"] + 1,
        }
        assert restored.files() == original.files
        assert restored.inside(f"token_works({original.token!r})") is True
        # The sequences came along: a new row gets a new id, not one of the restored rows'.
        assert restored.inside("fill_again()") is True


def test_a_restore_into_a_migrated_empty_database_works_too(original, tmp_path):
    with postgres_database("backup_migrated") as url:
        restored = Installation(tmp_path / "migrated", database_url=url)
        restored.migrate()
        result = restored.spbe("restore", str(original.backup))
        assert result.returncode == 0, result.stderr
        assert restored.inside("counts()")["accounts_user"] == original.counts["accounts_user"]


def test_it_refuses_a_database_that_is_not_empty(original):
    result = original.installation.spbe("restore", str(original.backup))
    assert result.returncode == 2
    assert (
        gettext(
            "The database of this installation is not empty (%(tables)s); a backup is restored into an empty installation only."
        ).split("%(")[0]
        in result.stderr
    )


def test_it_refuses_a_pg_dump_older_than_the_server(original, tmp_path):
    tools = tmp_path / "old-tools"
    tools.mkdir()
    fake = tools / "pg_dump"
    fake.write_text("#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n")
    fake.chmod(0o755)
    result = original.installation.spbe(
        "backup", "-o", str(tmp_path / "backup"), SPBE_PG_BIN=str(tools)
    )
    assert result.returncode == 2
    assert "9" in result.stderr and str(fake) in result.stderr
    assert not (tmp_path / "backup").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["old-tools"]


def test_it_says_so_when_pg_dump_is_missing(original, tmp_path):
    (tmp_path / "no-tools").mkdir()
    result = original.installation.spbe(
        "backup", "-o", str(tmp_path / "backup"), SPBE_PG_BIN=str(tmp_path / "no-tools")
    )
    assert result.returncode == 2
    assert "pg_dump" in result.stderr and "SPBE_PG_BIN" in result.stderr
