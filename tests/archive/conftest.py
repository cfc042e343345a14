import pytest


@pytest.fixture
def media(settings, tmp_path):
    """A storage of the test's own, so that "nothing was stored" is a fact about this test."""
    settings.MEDIA_ROOT = tmp_path / "files"
    return settings.MEDIA_ROOT
