"""A test that waits on a command too long fails, saying which command and which bound."""

import sys

import pytest

from tests import timeouts


@pytest.fixture
def bound(monkeypatch):
    def set_bound(value: str) -> None:
        monkeypatch.setenv("SPBE_TEST_TIMEOUT", value)
        timeouts.slow_work_timeout.cache_clear()

    yield set_bound
    timeouts.slow_work_timeout.cache_clear()


def test_a_command_past_the_bound_fails_the_test_naming_the_command_and_the_bound(bound):
    bound("0.5")
    with pytest.raises(pytest.fail.Exception) as failure:
        timeouts.run([sys.executable, "-c", "import time; time.sleep(30)"])
    message = str(failure.value)
    assert "time.sleep(30)" in message
    assert "0.5 s" in message and "SPBE_TEST_TIMEOUT" in message


def test_the_bound_is_generous_unless_set(bound):
    bound("")
    assert timeouts.slow_work_timeout() == 600
    assert timeouts.slow_work_timeout_ms() == 600_000


@pytest.mark.parametrize("value", ["soon", "0", "-5"])
def test_a_bad_bound_stops_the_run(bound, value):
    bound(value)
    with pytest.raises(pytest.UsageError, match="SPBE_TEST_TIMEOUT"):
        timeouts.slow_work_timeout()
