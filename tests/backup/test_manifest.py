"""What ``backup_restore`` refuses from the manifest alone, before it touches the database
(these tests may not use it) or the storage."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.utils.translation import gettext

from spbe.backup.database import engine
from spbe.backup.layout import MANIFEST, file_entry, safe_storage_name
from spbe.backup.restore import backup_restore
from spbe.core.errors import ActionRefused
from spbe.organizations.actors import SYSTEM


def backup_folder(tmp_path: Path, **changes: Any) -> Path:
    """A backup folder with a database file of two bytes and one stored file."""
    (tmp_path / "database.sqlite3").write_bytes(b"db")
    (tmp_path / "files" / "evidence").mkdir(parents=True)
    (tmp_path / "files" / "evidence" / "a").write_bytes(b"file")
    manifest: dict[str, Any] = {
        "format": "spbe-backup",
        "format_version": 1,
        "created_at": "2026-11-02T12:00:00+07:00",
        "database": {"engine": engine(), **file_entry(tmp_path, "database.sqlite3").as_json()},
        "migrations": {},
        "files": [{**file_entry(tmp_path, "files/evidence/a").as_json(), "path": "evidence/a"}],
    }
    manifest.update(changes)
    (tmp_path / MANIFEST).write_text(json.dumps(manifest))
    return tmp_path


def refusal(folder: Path) -> str:
    with pytest.raises(ActionRefused) as refused:
        backup_restore(actor=SYSTEM, folder=folder)
    return refused.value.message


def test_it_refuses_a_folder_without_a_manifest(tmp_path):
    assert str(tmp_path) in refusal(tmp_path)


def test_it_refuses_a_manifest_of_another_format(tmp_path):
    folder = backup_folder(tmp_path, format="spbe-agency-export")
    assert refusal(folder) == gettext("%(folder)s is not a backup of SPBE.") % {"folder": folder}


def test_it_refuses_a_format_version_it_does_not_know(tmp_path):
    message = refusal(backup_folder(tmp_path, format_version=2))
    assert message == gettext(
        "This backup has format version %(found)s; this version of SPBE reads %(known)s."
    ) % {"found": 2, "known": 1}


def test_it_refuses_a_manifest_without_its_database(tmp_path):
    folder = backup_folder(tmp_path, database=None)
    assert refusal(folder) == gettext(
        "The manifest of %(folder)s is incomplete; nothing was restored."
    ) % {"folder": folder}


def test_it_refuses_a_backup_made_by_a_newer_version(tmp_path):
    message = refusal(backup_folder(tmp_path, migrations={"evidence": ["9999_from_the_future"]}))
    assert "evidence.9999_from_the_future" in message


def test_it_refuses_a_file_name_that_leaves_the_storage(tmp_path):
    folder = backup_folder(tmp_path)
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["files"][0]["path"] = "../../etc/passwd"
    (folder / MANIFEST).write_text(json.dumps(manifest))
    assert "../../etc/passwd" in refusal(folder)


def test_it_refuses_a_file_whose_size_is_not_the_manifests(tmp_path):
    folder = backup_folder(tmp_path)
    (folder / "files" / "evidence" / "a").write_bytes(b"file, longer")
    assert "files/evidence/a" in refusal(folder)


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("evidence/4f/41/4f41", True),
        ("", False),
        ("/etc/passwd", False),
        ("evidence/../../x", False),
        ("evidence\\x", False),
    ],
)
def test_only_relative_names_inside_the_storage_are_safe(name, safe):
    assert safe_storage_name(name) is safe
