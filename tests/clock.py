"""The test clock. Loaded with ``-p tests.clock``; no test may depend on the real date.

Tests marked ``dates`` (every test that builds the shared cast, see ``tests/cast.py``) run on
the cast's day, ``CAST_DAY``: the self-assessment is open, its deadline (2026-12-15) is ahead,
so "overdue" on the dashboard and the action plan means what the test says it means, in any
year. ``--clock=YYYY-MM-DD`` moves the real clock of the whole run to that day (it keeps
ticking); ``scripts/test`` runs the database and ``dates`` tests once more, on PostgreSQL, in
2027: a ``dates`` test proves there that it reads only the clock it sets, any other test that it
reads no date at all.

time-machine replaces Python's clocks (``time.time``, ``datetime.now``, ``date.today``) in this
process and its threads (the live server of the browser tests), not ``time.monotonic`` or
``time.sleep``, so timeouts still run on real time. Subprocesses keep the real clock.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from contextlib import AbstractContextManager
from zoneinfo import ZoneInfo

import pytest
import time_machine

JAKARTA = ZoneInfo("Asia/Jakarta")
CAST_DAY = datetime.datetime(2026, 11, 2, 12, 0, tzinfo=JAKARTA)


def on_cast_day() -> AbstractContextManager[object]:
    """The clock at ``CAST_DAY``, still ticking; for fixtures that build the cast once."""
    return time_machine.travel(CAST_DAY, tick=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--clock",
        metavar="YYYY-MM-DD",
        help="run with the real clock moved to this day (it keeps ticking)",
    )


def pytest_configure(config: pytest.Config) -> None:
    value = config.getoption("clock")
    if not value:
        return
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        raise pytest.UsageError(f"--clock={value!r} is not a date; use YYYY-MM-DD") from None
    traveller = time_machine.travel(
        datetime.datetime.combine(day, datetime.time(12), tzinfo=JAKARTA), tick=True
    )
    traveller.start()
    config.add_cleanup(traveller.stop)
    # A run that claims a moved clock but reads the real one would prove nothing.
    if datetime.datetime.now(JAKARTA).date() != day:
        raise pytest.UsageError(f"--clock={value}: the clock did not move")


def pytest_report_header(config: pytest.Config) -> str | None:
    value = config.getoption("clock")
    return f"clock moved to {value}" if value else None


@pytest.fixture(autouse=True)
def _cast_day(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.node.get_closest_marker("dates") is None:
        yield
        return
    with on_cast_day():
        yield
