from collections.abc import Iterator

import pytest
from django.utils import translation


@pytest.fixture
def in_english() -> Iterator[None]:
    """Messages in English, so that tests can match their words whatever the default language."""
    with translation.override("en"):
        yield
