"""Shared test set-up.

The framework catalogue is loaded once per test database. Pure tests take the frameworks
straight from the library files, without a database.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from spbe.catalog.services import catalog_load
from spbe.library.convert import scoring_framework
from spbe.library.files import LIBRARY_DIR, read_library_file
from spbe.scoring.model import ScoringFramework
from tests.cast import Cast, make_cast
from tests.timeouts import run

# The fixtures that build the shared cast (make_cast), here and in the apps' conftest files.
CAST_FIXTURES = {"cast", "pemdi", "pemdi_cast", "pemdi_report", "spbe_report"}
DATABASE_FIXTURES = {"db", "transactional_db", "live_server", "django_db_setup"}
# Session fixtures that take many seconds to build (the reports rendered in every format, the
# command line's migrated data directory): the tests that use one run on one worker (`--dist
# loadgroup`, scripts/test), so it is built once per run rather than once per worker
# (tests/test_worker_groups.py checks that the grouping works).
EXPENSIVE_SESSION_FIXTURES = {
    "spbe_report": "rendered-reports",
    "pemdi_report": "rendered-reports",
    "spbe_cli": "command-line",
}


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the tests that touch the test database, so CI can run those on PostgreSQL too.

    Pure tests (scoring, text analysis, charts) and CLI tests (their own SQLite files) give
    the same answer on any database; running them once is enough. Tests that share an
    expensive fixture are grouped onto one worker (``xdist_group``).
    """
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        group = _worker_group(item, fixtures)
        if group:
            item.add_marker(pytest.mark.xdist_group(group))
        if fixtures & DATABASE_FIXTURES or item.get_closest_marker("django_db"):
            item.add_marker(pytest.mark.database)
        # A test given the shared cast runs on the cast's day (tests/clock.py), and again in
        # 2027; tests that call make_cast themselves carry the marker explicitly.
        if fixtures & CAST_FIXTURES:
            item.add_marker(pytest.mark.dates)
        # Whatever its module says: scripts/test leaves these out of the PostgreSQL run.
        if "browser" in fixtures:
            item.add_marker(pytest.mark.browser)


def pytest_make_parametrize_id(config: pytest.Config, val: object, argname: str) -> str | None:
    """A parameter that is a file's bytes is named "bytes", never by its bytes or its size:
    generated files carry the moment they were made (a PDF's creation time, an office file's
    timestamps, whose compressed size varies too), and the suite's workers must collect tests
    of the same names, or the run stops at once. pytest numbers ids that would repeat."""
    if isinstance(val, bytes | bytearray):
        return "bytes"
    return None


def _worker_group(item: pytest.Item, fixtures: set[str]) -> str | None:
    """The group of a test that uses an expensive session fixture, or a module-scoped one (a
    module's own set-up, such as the loaded demo): built once when its tests share a worker."""
    for name in sorted(fixtures & set(EXPENSIVE_SESSION_FIXTURES)):
        return EXPENSIVE_SESSION_FIXTURES[name]
    definitions = getattr(getattr(item, "_fixtureinfo", None), "name2fixturedefs", {})
    if any(defs and defs[-1].scope == "module" for defs in definitions.values()):
        return item.nodeid.split("::")[0]
    return None


def pytest_configure(config: pytest.Config) -> None:
    from django.conf import settings

    # Password hashing is deliberately slow; tests create many users and never need that.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def library_framework(framework_id: str) -> ScoringFramework:
    return scoring_framework(read_library_file(LIBRARY_DIR / f"{framework_id}.json").document)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    with django_db_blocker.unblock():
        catalog_load()
    yield


@pytest.fixture
def cast(db: None) -> Cast:
    """The shared cast (``tests/cast.py``); a test that takes it must be marked ``dates``."""
    return make_cast()


@pytest.fixture
def pemdi_cast(db: None) -> Cast:
    """The shared cast with a Pemdi 2026 evaluation, without stage windows."""
    return make_cast(framework="pemdi-2026")


@pytest.fixture
def pemdi(db: None) -> Cast:
    """A Pemdi 2026 evaluation in its self-assessment, with the stage windows of 2026
    (``tests/evaluations/pemdi_helpers.py``)."""
    from tests.evaluations.pemdi_helpers import with_stages

    return with_stages(make_cast(framework="pemdi-2026"))


@pytest.fixture(scope="session")
def spbe_2020() -> ScoringFramework:
    return library_framework("spbe-2020")


@pytest.fixture(scope="session")
def pemdi_2026() -> ScoringFramework:
    return library_framework("pemdi-2026")


@pytest.fixture(scope="session")
def spbe_2018() -> ScoringFramework:
    return library_framework("spbe-2018")


# The real `spbe` executable, run as a user would, against a throwaway SQLite data dir.
@dataclass
class Cli:
    env: dict[str, str]
    cwd: Path

    def __call__(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        executable = shutil.which("spbe")
        assert executable, "the spbe console script is not installed in this environment"
        return run([executable, *args], env=self.env, cwd=self.cwd, input=stdin)


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
