"""``spbe backup`` and ``spbe restore`` on SQLite, run as an administrator runs them: a filled
installation is backed up once, and each test restores that backup somewhere. What a restore
refuses from the backup folder alone is asked in this process (``tests/backup/refusals.py``),
from copies of the same real backup; the command's exit code and message for a refusal are
shown once, by a refusal that needs the installation."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.utils.translation import gettext

from spbe.backup.layout import MANIFEST
from spbe.backup.sqlite import sqlite_problems
from tests.backup.installations import (
    Installation,
    filled,
    refused_for_stored_files,
    sqlite_tables_with_rows,
)
from tests.backup.refusals import backup_refusal, restore_refusal


@dataclass
class Original:
    installation: Installation
    token: str
    counts: dict[str, int]
    files: dict[str, bytes]
    backup: Path


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Original:
    root = tmp_path_factory.mktemp("backup")
    installation = Installation(root / "original")
    token = filled(installation)
    counts = installation.inside("counts()")
    files = installation.files()
    installation.ok("backup", "-o", str(root / "backup"))
    return Original(installation, token, counts, files, root / "backup")


def before_placeholders(msgid: str) -> str:
    """The start of a message, up to its first placeholder, as the installation writes it."""
    return gettext(msgid).split("%(")[0].strip()


def damaged_copy(original: Original, tmp_path: Path) -> Path:
    copy = tmp_path / "copy"
    shutil.copytree(original.backup, copy)
    return copy


def test_a_restore_into_an_empty_data_directory_has_the_same_rows_files_and_token(
    original, tmp_path
):
    restored = Installation(tmp_path / "restored")
    result = restored.spbe("restore", str(original.backup))
    assert result.returncode == 0, result.stderr
    counts = restored.inside("counts()")
    # One row more: the audit log says that the installation was restored.
    assert counts == {
        **original.counts,
        "audit_auditevent": original.counts["audit_auditevent"] + 1,
    }
    assert original.counts["evidence_storedfile"] == 2
    assert restored.files() == original.files
    assert restored.inside(f"token_works({original.token!r})") is True
    # The two-factor user's app still works: the sealed secret opens with the same field key.
    assert original.counts["accounts_twofactordevice"] == 1
    secret = original.installation.inside("two_factor_secret()")
    assert secret and restored.inside("two_factor_secret()") == secret


def test_a_restore_into_an_installation_that_was_only_migrated_works_too(original, tmp_path):
    restored = Installation(tmp_path / "migrated")
    restored.migrate()
    result = restored.spbe("restore", str(original.backup))
    assert result.returncode == 0, result.stderr
    assert restored.inside("counts()")["accounts_user"] == original.counts["accounts_user"]


def test_the_backup_holds_a_sound_database_and_every_file_with_its_hash(original):
    manifest = json.loads((original.backup / MANIFEST).read_text())
    assert manifest["format"] == "spbe-backup"
    assert manifest["database"]["engine"] == "sqlite"
    assert sqlite_problems(original.backup / manifest["database"]["path"]) == []
    assert sorted(entry["path"] for entry in manifest["files"]) == sorted(original.files)
    assert "0001_initial" in manifest["migrations"]["evidence"]
    # It holds password and token hashes: only its owner may read it.
    assert original.backup.stat().st_mode & 0o077 == 0
    # Nothing but the backup is left beside it: the partial folder was renamed.
    assert [p.name for p in original.backup.parent.iterdir() if p.name.startswith(".")] == []


def test_it_refuses_a_backup_whose_file_changed_and_restores_nothing(original, tmp_path):
    copy = damaged_copy(original, tmp_path)
    name = sorted(original.files)[-1]
    damaged = copy / "files" / name
    damaged.write_bytes(damaged.read_bytes()[:-1] + b"!")
    message = restore_refusal(copy)
    assert before_placeholders("The backup is damaged; nothing was restored. %(problems)s") in (
        message
    )
    assert name in message


def test_it_refuses_a_backup_whose_database_is_missing(original, tmp_path):
    copy = damaged_copy(original, tmp_path)
    (copy / "database.sqlite3").unlink()
    assert "database.sqlite3" in restore_refusal(copy)


def test_it_refuses_an_installation_that_is_not_empty(original):
    result = original.installation.spbe("restore", str(original.backup))
    assert result.returncode == 2
    assert (
        before_placeholders(
            "The database of this installation is not empty (%(tables)s); a backup is restored into an empty installation only."
        )
        in result.stderr
    )
    assert (
        original.installation.inside("counts()")["accounts_user"]
        == (original.counts["accounts_user"])
    )


def test_it_refuses_an_installation_whose_storage_holds_files(original, tmp_path):
    target = Installation(tmp_path / "target")
    (target.data_dir / "files").mkdir(parents=True)
    (target.data_dir / "files" / "left-over.txt").write_text("x")
    result = target.spbe("restore", str(original.backup))
    assert refused_for_stored_files(result)
    assert sqlite_tables_with_rows(target.data_dir / "spbe.sqlite3") == []


def test_it_refuses_a_backup_of_another_database_engine(original, tmp_path):
    copy = damaged_copy(original, tmp_path)
    manifest: dict[str, Any] = json.loads((copy / MANIFEST).read_text())
    manifest["database"]["engine"] = "postgresql"
    (copy / MANIFEST).write_text(json.dumps(manifest))
    assert before_placeholders(
        "This backup holds a %(backup)s database; this installation uses %(here)s. Restore it into an installation on %(backup)s."
    ) in restore_refusal(copy)


def test_it_refuses_a_folder_that_is_not_a_backup(original, tmp_path):
    message = restore_refusal(tmp_path)
    assert before_placeholders("%(folder)s is not a backup of SPBE: %(error)s") in message


def test_it_refuses_to_write_into_a_folder_that_is_not_empty(tmp_path):
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("keep me")
    assert str(taken) in backup_refusal(taken)
    assert [p.name for p in taken.iterdir()] == ["notes.txt"]
    assert [p.name for p in tmp_path.iterdir()] == ["taken"]
