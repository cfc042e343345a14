import pytest

from tests.cast import Cast, make_cast


@pytest.fixture
def cast(db) -> Cast:
    return make_cast(framework="spbe-2020")


@pytest.fixture
def media(settings, tmp_path):
    """A storage of the test's own, so "nothing was stored" is a fact about this test alone."""
    settings.MEDIA_ROOT = tmp_path / "files"
    return settings.MEDIA_ROOT
