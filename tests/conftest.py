"""Shared test set-up.

The framework catalogue is loaded once per test database. Pure tests take the frameworks
straight from the library files, without a database.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from spbe.catalog.services import catalog_load
from spbe.library.convert import scoring_framework
from spbe.library.files import LIBRARY_DIR, read_library_file
from spbe.scoring.model import ScoringFramework


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


@pytest.fixture(scope="session")
def spbe_2020() -> ScoringFramework:
    return library_framework("spbe-2020")


@pytest.fixture(scope="session")
def pemdi_2026() -> ScoringFramework:
    return library_framework("pemdi-2026")


@pytest.fixture(scope="session")
def spbe_2018() -> ScoringFramework:
    return library_framework("spbe-2018")
