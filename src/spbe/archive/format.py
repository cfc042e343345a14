"""The agency export format (``docs/export-format.md``): names, version, and JSON encoding.

A value is written so that reading it back gives the same value on SQLite and PostgreSQL:
datetimes in ISO 8601 with microseconds and offset, dates in ISO 8601, decimals as strings.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from decimal import Decimal
from importlib.metadata import PackageNotFoundError, version
from typing import Any

FORMAT = "spbe-agency-export"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATA_DIR = "data/"
FILES_DIR = "files/"
# Every entry of the zip gets this time, so that the same data gives the same bytes.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def app_version() -> str:
    try:
        return version("spbe")
    except PackageNotFoundError:
        return "unknown"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} to an export")


def dump(value: Any) -> bytes:
    """The canonical JSON of a value: sorted keys, UTF-8, one trailing newline."""
    text = json.dumps(value, default=_plain, ensure_ascii=False, sort_keys=True, indent=1)
    return (text + "\n").encode()


def data_path(table: str) -> str:
    return f"{DATA_DIR}{table}.json"


def file_path(digest: str) -> str:
    return f"{FILES_DIR}{digest}"
