"""What ``backup_restore`` and ``backup_make`` refuse, asked in the test's own process.

These refusals come before the database and the storage are touched: a test that uses them
has no database (pytest-django refuses every query), so a refusal that came too late would
fail it with that error instead.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from spbe.backup.make import backup_make
from spbe.backup.restore import backup_restore
from spbe.core.errors import ActionRefused
from spbe.organizations.actors import SYSTEM


def restore_refusal(folder: Path) -> str:
    with pytest.raises(ActionRefused) as refused:
        backup_restore(actor=SYSTEM, folder=folder)
    return refused.value.message


def backup_refusal(output: Path) -> str:
    with pytest.raises(ActionRefused) as refused:
        backup_make(
            actor=SYSTEM, output=output, now=datetime.datetime(2026, 11, 2, tzinfo=datetime.UTC)
        )
    return refused.value.message
