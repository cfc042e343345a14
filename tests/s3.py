"""Loaded with ``-p tests.s3``: a real S3 endpoint for the tests, moto's standalone server on
127.0.0.1, started once per test run (by the first test that asks for it) and stopped at the end.

``s3`` is the server: it makes buckets, reads them back with boto3, and gives the environment
variables an installation of its own (a ``spbe`` subprocess) needs to store its files there.
``s3_storage`` makes a new, empty bucket and turns the test's ``default_storage`` into
django-storages' S3 storage on it, with the options of ``src/spbe/settings.py``.

moto and boto3 are imported only when a test asks for them (the dev group and the extra ``s3``,
``scripts/bootstrap``), so other tests start without them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

REGION = "us-east-1"
# moto takes any credentials; these keep boto3 from looking for real ones.
ACCESS_KEY = "spbe-tests"
SECRET_KEY = "spbe-tests-secret"
_BUCKET_NUMBERS = itertools.count(1)


@dataclass(frozen=True)
class S3Server:
    endpoint: str

    def client(self) -> Any:
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name=REGION,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
        )

    def new_bucket(self, prefix: str = "spbe") -> str:
        """A new, empty bucket's name (unique in this run)."""
        name = f"{prefix}-{next(_BUCKET_NUMBERS)}"
        self.client().create_bucket(Bucket=name)
        return name

    def objects(self, bucket: str) -> dict[str, bytes]:
        """Every object's bytes in ``bucket``, by key."""
        client = self.client()
        found = {}
        for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            for item in page.get("Contents", []):
                key = item["Key"]
                found[key] = client.get_object(Bucket=bucket, Key=key)["Body"].read()
        return found

    def env(self, bucket: str) -> dict[str, str]:
        """The environment of a ``spbe`` process whose files are stored in ``bucket``."""
        return {
            "SPBE_STORAGE": "s3",
            "AWS_STORAGE_BUCKET_NAME": bucket,
            "AWS_S3_ENDPOINT_URL": self.endpoint,
            "AWS_ACCESS_KEY_ID": ACCESS_KEY,
            "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
            "AWS_DEFAULT_REGION": REGION,
            # Nothing of this machine's AWS set-up, and no metadata service, is asked.
            "AWS_CONFIG_FILE": "/dev/null",
            "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
            "AWS_EC2_METADATA_DISABLED": "true",
            "NO_PROXY": "127.0.0.1",
        }


@dataclass(frozen=True)
class S3Bucket:
    server: S3Server
    name: str

    def objects(self) -> dict[str, bytes]:
        return self.server.objects(self.name)


@pytest.fixture(scope="session")
def s3() -> Iterator[S3Server]:
    try:
        from moto.server import ThreadedMotoServer
    except ImportError:  # pragma: no cover - a set-up problem, said plainly
        pytest.fail("moto[server] is missing: run scripts/bootstrap (uv sync --extra s3)")
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield S3Server(endpoint=f"http://{host}:{port}")
    finally:
        server.stop()


@pytest.fixture
def s3_storage(s3: S3Server, settings: Any) -> S3Bucket:
    """``default_storage`` is django-storages' S3 storage on a new, empty bucket.

    django-storages reads its settings when the storage is made: STORAGES is set last, and
    Django's ``setting_changed`` receiver then drops the storages made before (on the way out
    too, when pytest-django puts the settings back).
    """
    try:
        import storages.backends.s3  # noqa: F401
    except ImportError:  # pragma: no cover
        pytest.fail("django-storages[s3] is missing: run scripts/bootstrap (uv sync --extra s3)")
    bucket = s3.new_bucket()
    settings.AWS_STORAGE_BUCKET_NAME = bucket
    settings.AWS_S3_ENDPOINT_URL = s3.endpoint
    settings.AWS_S3_REGION_NAME = REGION
    settings.AWS_S3_ACCESS_KEY_ID = ACCESS_KEY
    settings.AWS_S3_SECRET_ACCESS_KEY = SECRET_KEY
    # As src/spbe/settings.py sets them for SPBE_STORAGE=s3.
    settings.AWS_DEFAULT_ACL = None
    settings.AWS_S3_FILE_OVERWRITE = False
    settings.AWS_QUERYSTRING_AUTH = True
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    }
    return S3Bucket(server=s3, name=bucket)
