"""Installations of their own for the backup tests: a data directory (and, on PostgreSQL, a
database) run by the real ``spbe`` executable in a subprocess, as an administrator would."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from django.utils.translation import gettext

from tests.timeouts import run

REPOSITORY = Path(__file__).resolve().parents[2]


@dataclass
class Installation:
    data_dir: Path
    database_url: str | None = None
    # Where its files are stored when not on the filesystem: SPBE_STORAGE and the AWS_* of an
    # S3 endpoint (tests/s3.py, ``S3Server.env``).
    storage_env: dict[str, str] = field(default_factory=dict)

    @property
    def env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "SPBE_STORAGE")
        }
        env.update(
            {
                "SPBE_DATA_DIR": str(self.data_dir),
                "DEBUG": "1",
                "LANGUAGE_CODE": "id",
                # The code of tests/backup/inside.py runs in the installation.
                "PYTHONPATH": str(REPOSITORY),
            }
        )
        if self.database_url:
            env["DATABASE_URL"] = self.database_url
        env.update(self.storage_env)
        return env

    def spbe(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        executable = shutil.which("spbe")
        assert executable, "the spbe console script is not installed in this environment"
        return run([executable, *args], env={**self.env, **env}, cwd=self.data_dir.parent)

    def ok(self, *args: str) -> str:
        result = self.spbe(*args)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def inside(self, call: str) -> Any:
        """The JSON value that a function of ``tests.backup.inside`` prints."""
        out = self.ok("shell", "-v0", "-c", f"from tests.backup import inside; inside.{call}")
        return json.loads(out.strip().splitlines()[-1])

    def migrate(self) -> None:
        """``spbe migrate``. On SQLite the first installation of this test process migrates a
        template for real, and every installation gets a copy of its database file: the same
        state, without a migration's seconds of CPU each time. A PostgreSQL installation
        migrates its own database."""
        if self.database_url:
            self.ok("migrate", "-v0")
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        copy_database(migrated_template(), self.data_dir / DATABASE_FILE)

    def files(self) -> dict[str, bytes]:
        """Every stored file's bytes, by its name in the storage (the filesystem storage)."""
        root = self.data_dir / "files"
        if not root.exists():
            return {}
        return {
            path.relative_to(root).as_posix(): path.read_bytes()
            for path in sorted(root.rglob("*"))
            if path.is_file()
        }


# The SQLite database of an installation, in its data directory (spbe.settings).
DATABASE_FILE = "spbe.sqlite3"
_TEMPLATE: list[Path] = []


def migrated_template() -> Path:
    """The database file of an installation that ran ``spbe migrate`` and nothing else; made
    once per test process."""
    if not _TEMPLATE:
        template = Installation(Path(tempfile.mkdtemp(prefix="spbe-migrated-")) / "data")
        template.ok("migrate", "-v0")
        _TEMPLATE.append(template.data_dir / DATABASE_FILE)
    return _TEMPLATE[0]


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of an SQLite database (its journal included), by SQLite's backup."""
    with closing(sqlite3.connect(source)) as origin, closing(sqlite3.connect(target)) as copy:
        origin.backup(copy)


def filled(installation: Installation) -> str:
    """Migrate the installation, load the catalogue and fill it; the API token's text."""
    installation.migrate()
    installation.ok("catalog", "load")
    token: str = installation.inside("fill()")
    return token


def refused_for_stored_files(result: subprocess.CompletedProcess[str]) -> bool:
    """Whether ``spbe restore`` refused because the installation's storage holds files."""
    return result.returncode == 2 and (
        gettext(
            "The file storage of this installation is not empty; a backup is restored into an empty installation only."
        )
        in result.stderr
    )


def sqlite_tables_with_rows(path: Path) -> list[str]:
    """The tables of an SQLite file that hold rows (none when there is no file)."""
    if not path.exists():
        return []
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return [t for t in tables if connection.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()]
    finally:
        connection.close()


def postgres_url() -> str | None:
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


@contextmanager
def postgres_database(prefix: str) -> Iterator[str]:
    """A new, empty database on the server of ``DATABASE_URL``; dropped afterwards."""
    import psycopg

    url = postgres_url()
    assert url, "needs DATABASE_URL of a PostgreSQL server"
    parts = urlsplit(url)
    name = f"{prefix}_{secrets.token_hex(4)}"
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(maintenance, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
