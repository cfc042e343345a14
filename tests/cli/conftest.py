"""The real ``spbe`` executable, run as a user would, against a throwaway SQLite data dir."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class Cli:
    env: dict[str, str]
    cwd: Path

    def __call__(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        executable = shutil.which("spbe")
        assert executable, "the spbe console script is not installed in this environment"
        return subprocess.run(
            [executable, *args],
            env=self.env,
            cwd=self.cwd,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )


@pytest.fixture(scope="session")
def spbe_cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    data_dir = tmp_path_factory.mktemp("spbe-data")
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env.update({"SPBE_DATA_DIR": str(data_dir), "DEBUG": "1", "LANGUAGE_CODE": "id"})
    # Run from an unrelated directory: the command must work from anywhere.
    cli = Cli(env=env, cwd=tmp_path_factory.mktemp("elsewhere"))
    for args in (("migrate", "-v0"), ("catalog", "load")):
        result = cli(*args)
        assert result.returncode == 0, result.stderr
    return cli
