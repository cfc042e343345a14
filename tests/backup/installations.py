"""Installations of their own for the backup tests: a data directory (and, on PostgreSQL, a
database) run by the real ``spbe`` executable in a subprocess, as an administrator would."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
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


def filled(installation: Installation) -> str:
    """Migrate the installation, load the catalogue and fill it; the API token's text."""
    installation.ok("migrate", "-v0")
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
