"""One bound on every wait for slow work outside the test: a command, a report job in the browser.

The bound only stops a test that hangs; it is not a speed requirement (the benchmarks in bench/
measure speed), so it is generous: on a loaded machine a ``spbe`` command that takes 10 s alone
can take minutes. ``SPBE_TEST_TIMEOUT`` (seconds, default 600) sets it for the whole run.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pytest

DEFAULT_SECONDS = 600.0


@cache
def slow_work_timeout() -> float:
    """The bound in seconds, from ``SPBE_TEST_TIMEOUT``; a bad value stops the run."""
    raw = os.environ.get("SPBE_TEST_TIMEOUT", "")
    if not raw.strip():
        return DEFAULT_SECONDS
    try:
        seconds = float(raw)
    except ValueError:
        raise pytest.UsageError(f"SPBE_TEST_TIMEOUT={raw!r} is not a number of seconds") from None
    if seconds <= 0:
        raise pytest.UsageError(f"SPBE_TEST_TIMEOUT={raw!r} must be more than 0")
    return seconds


def slow_work_timeout_ms() -> float:
    """The same bound in milliseconds, as Playwright takes it."""
    return slow_work_timeout() * 1000


def run(args: Sequence[str | Path], **options: Any) -> subprocess.CompletedProcess[str]:
    """``subprocess.run`` with the bound (and, unless told otherwise, text output captured and no
    check); the test fails, naming the command and the bound, if the bound is reached."""
    timeout = slow_work_timeout()
    options = {"capture_output": True, "text": True, "check": False, **options}
    try:
        return subprocess.run([str(arg) for arg in args], timeout=timeout, **options)
    except subprocess.TimeoutExpired:
        command = shlex.join(str(arg) for arg in args)
        pytest.fail(
            f"`{command}` was still running after {timeout:g} s "
            "(the bound SPBE_TEST_TIMEOUT; raise it on a slow machine)",
            pytrace=False,
        )
