"""The command line as a newcomer meets it: no secret, no DEBUG, no database."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Cli

# What tests/testenv.py and a developer's shell may set, and a newcomer has not.
NOT_SET = (
    "SECRET_KEY",
    "SECRET_KEY_FILE",
    "DEBUG",
    "DATABASE_URL",
    "DJANGO_SETTINGS_MODULE",
    "LANGUAGE_CODE",
    "SPBE_FILES_ONLY",
)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    directory = tmp_path / "data"
    directory.mkdir()
    return directory


@pytest.fixture
def newcomer(tmp_path, data_dir) -> Cli:
    env = {key: value for key, value in os.environ.items() if key not in NOT_SET}
    env["SPBE_DATA_DIR"] = str(data_dir)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    return Cli(env=env, cwd=elsewhere)


def assert_one_line_and_status_2(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr
