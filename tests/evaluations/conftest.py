import pytest

from tests.cast import Cast, make_cast


@pytest.fixture
def pemdi_cast(db) -> Cast:
    return make_cast(framework="pemdi-2026")
