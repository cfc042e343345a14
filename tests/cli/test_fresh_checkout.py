"""The ``spbe`` commands a newcomer types first, straight after the README set-up.

No SECRET_KEY, no DEBUG, no database: the commands that compute from files answer, and the ones
that need the database say in one line what to run, with exit status 2 and no traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.evidence.test_upload_and_links import ARCHITECTURE_LEVEL_2
from tests.textanalysis.fabricate import text_pdf

ROOT = Path(__file__).parents[2]
SIANTAR_2024 = str(ROOT / "examples" / "pematangsiantar-2024.csv")
PUBLISHED = str(ROOT / "src" / "spbe" / "library" / "published" / "spbe-results.csv")
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


def with_env(cli: Cli, **env: str) -> Cli:
    return Cli(env={**cli.env, **env}, cwd=cli.cwd)


def assert_one_line_and_status_2(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr


@pytest.fixture
def perwali(tmp_path) -> str:
    path = tmp_path / "perwali.pdf"
    path.write_bytes(text_pdf(ARCHITECTURE_LEVEL_2))
    return str(path)


FILE_COMMANDS = {
    "score": (["score", "--framework", "spbe-2020", SIANTAR_2024], "3.06"),
    "plan": (
        ["plan", "--framework", "spbe-2020", "--levels", SIANTAR_2024, "--target", "3.2"],
        "3.20",
    ),
    "evidence check": (
        ["evidence", "check", "PERWALI", "--framework", "spbe-2020", "--indicator", "1"],
        "spbe-2020 indikator 1",
    ),
    "catalog show": (["catalog", "show", "spbe-2020", "--indicator", "1"], "Arsitektur SPBE"),
    "help": (["--help"], "spbe help"),
}


@pytest.mark.parametrize("name", FILE_COMMANDS)
def test_the_file_commands_run_without_a_secret_and_create_no_database(
    newcomer, data_dir, perwali, name
):
    args, expected = FILE_COMMANDS[name]
    result = newcomer(*[perwali if arg == "PERWALI" else arg for arg in args])
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
    assert "Traceback" not in result.stderr
    assert list(data_dir.iterdir()) == []


def test_an_unknown_framework_names_the_ones_the_library_has(newcomer):
    result = newcomer("score", "--framework", "spbe-2030", SIANTAR_2024)
    stderr = assert_one_line_and_status_2(result)
    assert "spbe-2030" in stderr and "spbe-2020 r1" in stderr
    assert result.stdout == ""


DATABASE_COMMANDS = {
    "report": ["report", "kota-uji", "2024", "--format", "pdf", "-o", "laporan.pdf"],
    "catalog list": ["catalog", "list"],
    "benchmarks import": ["benchmarks", "import", PUBLISHED],
    "demo": ["demo"],
    "runserver": ["runserver", "--noreload", "127.0.0.1:0"],
}


@pytest.mark.parametrize("name", DATABASE_COMMANDS)
def test_without_a_secret_a_database_command_says_what_to_set(newcomer, data_dir, name):
    result = newcomer(*DATABASE_COMMANDS[name])
    assert "SECRET_KEY" in assert_one_line_and_status_2(result)
    assert result.stdout == ""
    assert list(data_dir.iterdir()) == []


@pytest.mark.parametrize("name", ["report", "catalog list", "benchmarks import"])
def test_without_a_migrated_database_a_command_says_to_run_migrate(newcomer, name):
    result = with_env(newcomer, DEBUG="1")(*DATABASE_COMMANDS[name])
    stderr = assert_one_line_and_status_2(result)
    assert "Basis data belum disiapkan: jalankan `spbe migrate`" in stderr


def test_a_database_that_cannot_be_reached_is_named_in_one_line(newcomer):
    unreachable = with_env(newcomer, DEBUG="1", DATABASE_URL="postgres://u:p@127.0.0.1:1/spbe")
    stderr = assert_one_line_and_status_2(unreachable("catalog", "list"))
    assert "Basis data tidak dapat dihubungi" in stderr and "DATABASE_URL" in stderr


def test_an_exported_files_only_flag_never_starts_the_server_without_a_secret(newcomer):
    flagged = with_env(newcomer, SPBE_FILES_ONLY="1")
    result = flagged("runserver", "--noreload", "127.0.0.1:0")
    assert "SECRET_KEY" in assert_one_line_and_status_2(result)
    wsgi = subprocess.run(
        [sys.executable, "-c", "import spbe.wsgi"],
        env=flagged.env,
        cwd=flagged.cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert wsgi.returncode != 0
    assert "SECRET_KEY is not set" in wsgi.stderr
