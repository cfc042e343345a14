"""scripts/bootstrap: sourced or run from anywhere, and patient with another package manager."""

from __future__ import annotations

import fcntl
import threading
from pathlib import Path

import pytest

from tests.timeouts import run

ROOT = Path(__file__).resolve().parents[1]


def wait_for(lock: Path, *, bound: int) -> tuple[int, str]:
    """Run the bootstrap's lock wait against one lock file, with the given bound in seconds."""
    script = (
        f'say() {{ echo "==> $*"; }}; source {ROOT / "scripts" / "apt-lock"}; '
        "wait_for_package_manager"
    )
    result = run(
        ["bash", "-c", script],
        env={
            "PATH": "/usr/bin:/bin",
            "SPBE_APT_LOCKS": str(lock),
            "SPBE_APT_LOCK_WAIT": str(bound),
        },
    )
    return result.returncode, result.stdout + result.stderr


def test_a_free_lock_lets_the_install_go_ahead_at_once(tmp_path):
    status, output = wait_for(tmp_path / "lock-frontend", bound=1)
    assert status == 0
    assert output == ""


def test_a_lock_held_past_the_bound_stops_with_a_message_naming_the_setting(tmp_path):
    lock = tmp_path / "lock-frontend"
    with lock.open("a") as handle:
        fcntl.lockf(handle, fcntl.LOCK_EX)
        status, output = wait_for(lock, bound=1)
    assert status == 1
    assert "waiting up to 1 s" in output
    assert "still held after 1 s (SPBE_APT_LOCK_WAIT)" in output


def test_a_lock_released_within_the_bound_is_waited_for(tmp_path):
    lock = tmp_path / "lock-frontend"
    handle = lock.open("a")
    fcntl.lockf(handle, fcntl.LOCK_EX)
    # The other package manager finishes while the bootstrap is waiting for it.
    release = threading.Timer(1.0, handle.close)
    release.start()
    try:
        status, output = wait_for(lock, bound=120)
    finally:
        release.cancel()
        handle.close()
    assert status == 0
    assert "another package manager holds the apt/dpkg lock" in output


def fake_tools(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """A PATH whose ``uv`` records its arguments and working directory instead of syncing, and
    whose ``dpkg`` says every system package is installed: the bootstrap's own logic, run in
    milliseconds, without touching the checkout's environment."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    calls = tmp_path / "uv-calls"
    (bin_dir / "uv").write_text(f'#!/bin/sh\necho "$(pwd -P) $*" >> {calls}\n')
    (bin_dir / "dpkg").write_text("#!/bin/sh\nexit 0\n")
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    return {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(tmp_path)}, calls


def synced(calls: Path) -> list[str]:
    """The ``uv sync`` calls the fake uv recorded, each as "directory arguments"."""
    return [line for line in calls.read_text().splitlines() if " sync " in line]


@pytest.mark.parametrize(
    ("how", "directory"),
    [
        ("source scripts/bootstrap", "checkout"),
        ("bash scripts/bootstrap", "checkout"),
        (f"source {ROOT / 'scripts' / 'bootstrap'}", "elsewhere"),
        (f"bash {ROOT / 'scripts' / 'bootstrap'}", "elsewhere"),
    ],
)
def test_the_bootstrap_syncs_the_checkout_with_bytecode_run_or_sourced_from_anywhere(
    tmp_path, how, directory
):
    env, calls = fake_tools(tmp_path)
    cwd = ROOT if directory == "checkout" else tmp_path
    result = run(["bash", "-c", f"{how} && pwd -P"], cwd=cwd, env=env)
    assert result.returncode == 0, result.stderr
    # The shell that sourced (or ran) it is still where it was.
    assert result.stdout.strip().splitlines()[-1] == str(cwd.resolve())
    [sync] = synced(calls)
    assert sync.startswith(f"{ROOT} sync --locked ")
    assert "--compile-bytecode" in sync.split()


def test_a_failed_sync_fails_the_bootstrap_sourced_without_closing_the_shell(tmp_path):
    env, _calls = fake_tools(tmp_path)
    (tmp_path / "bin" / "uv").write_text('#!/bin/sh\n[ "$1" = sync ] && exit 3\nexit 0\n')
    result = run(
        ["bash", "-c", f"source {ROOT / 'scripts' / 'bootstrap'}; echo status=$?"],
        cwd=tmp_path,
        env=env,
    )
    # The shell is still there to say so: the bootstrap returned, it did not exit.
    assert result.stdout.splitlines()[-1] == "status=3", result.stdout + result.stderr
