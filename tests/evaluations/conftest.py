from collections.abc import Iterator

import pytest
from django.utils import translation

from tests.cast import Cast, make_cast
from tests.evaluations.pemdi_helpers import with_stages


@pytest.fixture
def pemdi_cast(db) -> Cast:
    return make_cast(framework="pemdi-2026")


@pytest.fixture
def pemdi(db) -> Cast:
    """A Pemdi 2026 evaluation in its self-assessment, with the stage windows of 2026."""
    return with_stages(make_cast(framework="pemdi-2026"))


@pytest.fixture
def in_english() -> Iterator[None]:
    """Messages in English, so that tests can match their words whatever the default language."""
    with translation.override("en"):
        yield
