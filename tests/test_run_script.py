"""scripts/run: the demo's server and a task worker beside it, from the database queue, stopped
together. The script runs as it is, with stand-ins for ``uv`` and ``dpkg`` first on the PATH, so
nothing is installed, migrated or served: the stand-in records each call and, for the server
and the worker, becomes a ``sleep`` whose process the test follows."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.timeouts import slow_work_timeout

ROOT = Path(__file__).resolve().parents[1]
FAKE_UV = """#!/bin/bash
echo "$$ SPBE_TASKS=$SPBE_TASKS DEBUG=$DEBUG $*" >> "$CALLS"
case "$*" in
  *"spbe runserver"*)
    if [ -n "$SERVER_FAILS" ]; then
      # Fail once the worker is under way, as a taken port fails a server that takes seconds.
      for _ in $(seq 1 600); do grep -q db_worker "$CALLS" && exit 1; sleep 0.05; done
      exit 1
    fi
    exec sleep 300 ;;
  *"spbe db_worker"*) exec sleep 300 ;;
esac
"""


@pytest.fixture
def stand_ins(tmp_path: Path) -> dict[str, str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, text in {"uv": FAKE_UV, "dpkg": "#!/bin/sh\nexit 0\n"}.items():
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    return {
        "PATH": f"{bin_dir}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "CALLS": str(tmp_path / "calls"),
        "PORT": "18999",
    }


def start(env: dict[str, str]) -> subprocess.Popen[bytes]:
    # A session of its own, as a terminal's foreground job is a process group of its own.
    return subprocess.Popen(
        ["bash", str(ROOT / "scripts" / "run")],
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def calls(env: dict[str, str], *, until: set[str]) -> dict[str, int]:
    """The stand-in's calls, command → process id, once every command in ``until`` is made."""
    path = Path(env["CALLS"])
    deadline = time.monotonic() + slow_work_timeout()
    made: dict[str, int] = {}
    while time.monotonic() < deadline:
        lines = path.read_text().splitlines() if path.exists() else []
        made = {line.split(" ", 1)[1]: int(line.split(" ", 1)[0]) for line in lines}
        if until <= set(made):
            return made
        time.sleep(0.05)
    pytest.fail(f"scripts/run did not make {until - set(made)}; it made {sorted(made)}")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A stopped child not yet reaped is a zombie: it is gone all the same.
    try:
        return "State:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False


def finish(runner: subprocess.Popen[bytes]) -> int:
    try:
        return runner.wait(timeout=slow_work_timeout())
    except subprocess.TimeoutExpired:
        os.killpg(runner.pid, signal.SIGKILL)
        pytest.fail("scripts/run did not stop")


DEMO = "SPBE_TASKS=database DEBUG=1 run spbe demo"
WORKER = "SPBE_TASKS=database DEBUG=1 run spbe db_worker"
SERVER = "SPBE_TASKS=database DEBUG=1 run spbe runserver 127.0.0.1:18999"


def test_ctrl_c_stops_the_server_and_the_worker_that_runs_from_the_database_queue(stand_ins):
    runner = start(stand_ins)
    made = calls(stand_ins, until={DEMO, WORKER, SERVER})
    assert alive(made[WORKER]) and alive(made[SERVER])
    os.killpg(runner.pid, signal.SIGINT)  # what Ctrl-C sends to the terminal's foreground job
    assert finish(runner) == 130
    assert not alive(made[WORKER]) and not alive(made[SERVER])


def test_a_server_that_cannot_start_stops_the_worker_too(stand_ins):
    runner = start({**stand_ins, "SERVER_FAILS": "1"})
    assert finish(runner) != 0
    made = calls(stand_ins, until={DEMO, WORKER, SERVER})
    assert not alive(made[WORKER])
