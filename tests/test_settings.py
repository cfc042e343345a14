"""Settings come from the environment and refuse bad values at start."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import spbe
from spbe.env import default_data_dir
from tests.timeouts import run


def start(
    tmp_path, *, show: str = "settings.DATABASES['default']['ENGINE']", **env: str | None
) -> subprocess.CompletedProcess[str]:
    """Start Django in a fresh interpreter in ``tmp_path`` and print ``show``; a variable given
    as None is unset."""
    base = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SECRET_KEY", "DEBUG")}
    base.update(
        {"SPBE_DATA_DIR": str(tmp_path / "data"), "DJANGO_SETTINGS_MODULE": "spbe.settings"}
    )
    for name, value in env.items():
        if value is None:
            base.pop(name, None)
        else:
            base[name] = value
    code = f"import django; django.setup(); from django.conf import settings; print({show})"
    return run([sys.executable, "-c", code], env=base, cwd=tmp_path)


def test_sqlite_in_the_data_dir_is_the_default(tmp_path):
    result = start(tmp_path, DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert "sqlite3" in result.stdout
    assert (tmp_path / "data").is_dir()


def test_database_url_selects_postgresql(tmp_path):
    result = start(tmp_path, DEBUG="1", DATABASE_URL="postgres://u:p@localhost:5432/spbe")
    assert result.returncode == 0, result.stderr
    assert "postgresql" in result.stdout


@pytest.mark.parametrize(
    ("env", "fragment"),
    [
        ({"DEBUG": "maybe"}, "DEBUG"),
        ({"DEBUG": "0"}, "SECRET_KEY"),
        ({"DEBUG": "0", "SECRET_KEY": "short"}, "32"),
        ({"DEBUG": "1", "DATABASE_URL": "mysql://u:p@h/db"}, "DATABASE_URL"),
        ({"DEBUG": "1", "DATABASE_URL": "nonsense"}, "DATABASE_URL"),
        ({"DEBUG": "1", "SPBE_TASKS": "celery"}, "SPBE_TASKS"),
        ({"DEBUG": "1", "LANGUAGE_CODE": "fr"}, "LANGUAGE_CODE"),
        ({"DEBUG": "1", "SPBE_PORTAL_NOTE_LIMIT": "0"}, "SPBE_PORTAL_NOTE_LIMIT"),
    ],
)
def test_bad_values_fail_loudly_at_start(tmp_path, env, fragment):
    result = start(tmp_path, **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert fragment in result.stderr


def test_the_portal_note_limit_is_1000_characters_unless_the_environment_says_otherwise(
    tmp_path,
):
    show = "settings.SPBE_PORTAL_NOTE_LIMIT"
    assert start(tmp_path, show=show, DEBUG="1").stdout.strip() == "1000"
    assert start(tmp_path, show=show, DEBUG="1", SPBE_PORTAL_NOTE_LIMIT="500").stdout.strip() == (
        "500"
    )


def test_a_missing_trust_roots_folder_is_refused_at_start(tmp_path):
    result = start(tmp_path, DEBUG="1", SPBE_TRUST_ROOTS=str(tmp_path / "no-such-folder"))
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SPBE_TRUST_ROOTS" in result.stderr


def test_trust_roots_are_unset_by_default_and_an_empty_value_means_unset(tmp_path):
    show = "settings.SPBE_TRUST_ROOTS"
    assert start(tmp_path, show=show, DEBUG="1", SPBE_TRUST_ROOTS=None).stdout.strip() == "None"
    assert start(tmp_path, show=show, DEBUG="1", SPBE_TRUST_ROOTS="").stdout.strip() == "None"
    folder = tmp_path / "roots"
    folder.mkdir()
    shown = start(tmp_path, show=show, DEBUG="1", SPBE_TRUST_ROOTS=str(folder)).stdout.strip()
    assert shown == str(folder.resolve())


def test_a_data_dir_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "file").write_text("x")
    result = start(tmp_path, DEBUG="1", SPBE_DATA_DIR=str(tmp_path / "file"))
    assert result.returncode != 0
    assert "SPBE_DATA_DIR" in result.stderr


def test_the_secret_key_may_come_from_a_file(tmp_path):
    key_file = tmp_path / "key"
    key_file.write_text("k" * 50)
    result = start(tmp_path, DEBUG="0", SECRET_KEY_FILE=str(key_file))
    assert result.returncode == 0, result.stderr


def test_the_default_data_dir_of_a_checkout_is_its_var_folder_whatever_the_working_directory():
    root = Path(__file__).resolve().parents[1]
    assert default_data_dir(Path(spbe.__file__).resolve().parent) == root / "var"


def test_an_installed_package_keeps_its_data_in_the_users_data_dir(tmp_path):
    package_dir = tmp_path / "site-packages" / "spbe"
    package_dir.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text("")
    xdg = tmp_path / "xdg"
    assert default_data_dir(package_dir, {"XDG_DATA_HOME": str(xdg)}) == xdg / "spbe"
    home = tmp_path / "home"
    expected = home / ".local" / "share" / "spbe"
    assert default_data_dir(package_dir, {"HOME": str(home)}) == expected
    assert default_data_dir(package_dir, {"HOME": str(home), "XDG_DATA_HOME": "rel"}) == expected


def test_a_src_folder_without_a_pyproject_beside_it_is_not_a_checkout(tmp_path):
    package_dir = tmp_path / "src" / "spbe"
    package_dir.mkdir(parents=True)
    home = tmp_path / "home"
    assert default_data_dir(package_dir, {"HOME": str(home)}) == home / ".local/share/spbe"


def test_settings_without_a_data_dir_use_the_default_not_the_working_directory(tmp_path):
    # Run from this checkout, the default is its git-ignored var/, which this may create, empty.
    result = start(tmp_path, show="settings.DATA_DIR", DEBUG="1", SPBE_DATA_DIR=None)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == default_data_dir(Path(spbe.__file__).resolve().parent)
    assert list(tmp_path.iterdir()) == []
