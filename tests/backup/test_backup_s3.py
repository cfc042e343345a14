"""``spbe backup`` and ``spbe restore`` of an installation whose files are on S3 (moto's server,
``tests/s3.py``), run as an administrator runs them: a filled installation on one bucket is
backed up once, and each test restores that backup into an installation on a bucket of its own."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from spbe.backup.layout import FILES_DIR, MANIFEST
from tests.backup.installations import (
    Installation,
    filled,
    refused_for_stored_files,
    sqlite_tables_with_rows,
)
from tests.s3 import S3Server


@dataclass
class OnS3:
    installation: Installation
    counts: dict[str, int]
    objects: dict[str, bytes]
    backup: Path


@pytest.fixture(scope="module")
def original(s3: S3Server, tmp_path_factory: pytest.TempPathFactory) -> OnS3:
    root = tmp_path_factory.mktemp("backup-s3")
    installation = Installation(root / "original", storage_env=s3.env(s3.new_bucket("original")))
    filled(installation)
    counts = installation.inside("counts()")
    objects = s3.objects(installation.storage_env["AWS_STORAGE_BUCKET_NAME"])
    installation.ok("backup", "-o", str(root / "backup"))
    return OnS3(installation, counts, objects, root / "backup")


def test_the_filled_installation_keeps_its_files_in_the_bucket_only(original):
    assert original.counts["evidence_storedfile"] == 2
    assert len(original.objects) == 2
    assert original.installation.files() == {}


def test_the_backup_copies_every_object_with_its_hash(original):
    manifest = json.loads((original.backup / MANIFEST).read_text())
    assert {item["path"]: (item["size"], item["sha256"]) for item in manifest["files"]} == {
        key: (len(data), hashlib.sha256(data).hexdigest()) for key, data in original.objects.items()
    }
    copied = original.backup / FILES_DIR
    assert {
        path.relative_to(copied).as_posix(): path.read_bytes()
        for path in copied.rglob("*")
        if path.is_file()
    } == original.objects


def test_a_restore_into_an_empty_bucket_puts_every_object_back(original, s3, tmp_path):
    bucket = s3.new_bucket("restored")
    restored = Installation(tmp_path / "restored", storage_env=s3.env(bucket))
    result = restored.spbe("restore", str(original.backup))
    assert result.returncode == 0, result.stderr
    assert s3.objects(bucket) == original.objects
    assert restored.files() == {}
    counts = restored.inside("counts()")
    assert counts["evidence_storedfile"] == original.counts["evidence_storedfile"]
    assert counts["evidence_documentversion"] == original.counts["evidence_documentversion"]


def test_it_refuses_a_bucket_that_is_not_empty_and_restores_nothing(original, s3, tmp_path):
    bucket = s3.new_bucket("taken")
    s3.client().put_object(Bucket=bucket, Key="left-over.txt", Body=b"x")
    target = Installation(tmp_path / "target", storage_env=s3.env(bucket))
    result = target.spbe("restore", str(original.backup))
    assert refused_for_stored_files(result)
    assert s3.objects(bucket) == {"left-over.txt": b"x"}
    assert sqlite_tables_with_rows(target.data_dir / "spbe.sqlite3") == []
