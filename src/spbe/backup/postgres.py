"""PostgreSQL dumps and restores with the server's own tools, ``pg_dump`` and ``pg_restore``.

``pg_dump`` reads one snapshot of the database in one transaction, so the dump is consistent
while the server writes. The connection comes from Django's settings through the ``PG*``
environment variables, so that the password never shows on a command line. ``SPBE_PG_BIN``
names the folder of the tools when they are not the ones on ``PATH``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection
from django.utils.translation import gettext as _

from spbe.core.errors import ActionRefused

_VERSION = re.compile(r"\(PostgreSQL\)\s+(\d+)")
# Of a failed tool's standard error, the end says what went wrong.
_ERROR_TAIL = 2000


def pg_dump(*, target: Path) -> None:
    """Dump the database of ``DATABASE_URL`` into ``target`` (custom format, one snapshot)."""
    tool = _tool("pg_dump")
    _refuse_older_tool(tool)
    _run([tool, "--format=custom", f"--file={target}"], what="pg_dump")


def pg_restore(*, source: Path) -> None:
    """Restore a custom-format dump into the (empty) database of ``DATABASE_URL``, in one
    transaction: it is restored whole or not at all. Objects belong to the user of
    ``DATABASE_URL``, whoever owned them where the dump was made."""
    tool = _tool("pg_restore")
    name = str(connection.settings_dict["NAME"])
    _run(
        [
            tool,
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={name}",
            str(source),
        ],
        what="pg_restore",
    )


def server_major() -> int:
    connection.ensure_connection()
    return int(connection.pg_version) // 10000  # type: ignore[attr-defined]


def _tool(name: str) -> str:
    folder = getattr(settings, "SPBE_PG_BIN", "") or ""
    found = shutil.which(name, path=folder) if folder else shutil.which(name)
    if not found:
        raise ActionRefused(
            _(
                "%(tool)s was not found. Install the PostgreSQL client tools of the server's version, or set SPBE_PG_BIN to their folder."
            )
            % {"tool": name}
        )
    return found


def _refuse_older_tool(tool: str) -> None:
    answer = subprocess.run([tool, "--version"], capture_output=True, text=True, check=False)
    found = _VERSION.search(answer.stdout)
    major = int(found.group(1)) if found else 0
    server = server_major()
    if major < server:
        raise ActionRefused(
            _(
                "%(tool)s is version %(tool_version)s, older than the database server (%(server_version)s). Install the client tools of version %(server_version)s or newer, or set SPBE_PG_BIN to their folder."
            )
            % {"tool": tool, "tool_version": major or "?", "server_version": server}
        )


def _run(command: list[str], *, what: str) -> None:
    answer = subprocess.run(
        command, env=_environment(), capture_output=True, text=True, check=False
    )
    if answer.returncode != 0:
        raise ActionRefused(
            _("%(tool)s failed: %(error)s")
            % {"tool": what, "error": answer.stderr.strip()[-_ERROR_TAIL:]}
        )


def _environment() -> dict[str, str]:
    config: dict[str, Any] = connection.settings_dict
    env = dict(os.environ)
    values = {
        "PGDATABASE": config.get("NAME"),
        "PGUSER": config.get("USER"),
        "PGPASSWORD": config.get("PASSWORD"),
        "PGHOST": config.get("HOST"),
        "PGPORT": config.get("PORT"),
        "PGSSLMODE": (config.get("OPTIONS") or {}).get("sslmode"),
    }
    env.update({key: str(value) for key, value in values.items() if value})
    return env
