"""scripts/bootstrap: sourced or run from anywhere, and patient with another package manager."""

from __future__ import annotations

import fcntl
import threading
from pathlib import Path

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


def test_sourcing_the_bootstrap_from_another_directory_finds_the_checkout(tmp_path):
    result = run(
        ["bash", "-c", f"source {ROOT / 'scripts' / 'bootstrap'} >/dev/null && pwd"],
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == str(ROOT)
