from __future__ import annotations

from collections.abc import Iterator

import pytest
import time_machine

from tests.clock import CAST_DAY


@pytest.fixture
def frozen() -> Iterator[time_machine.Coordinates]:
    """The clock stopped on the cast's day, moved by the test (``frozen.shift``)."""
    with time_machine.travel(CAST_DAY, tick=False) as traveller:
        yield traveller
