"""Making a child process (and what it started) die with the process that started it.

A worker or a web process killed with ``kill -9`` cannot clean up: its extraction child would
go on reading, with its Tesseract, for up to half an hour, and nobody would wait for it. So
the child calls :func:`die_with_parent` first thing:

* on Linux, ``prctl(PR_SET_PDEATHSIG, SIGTERM)`` (through ctypes) asks the kernel to send it
  SIGTERM the moment its parent dies;
* on every system, a daemon thread watches the parent's pid once a second, for kernels
  without ``prctl`` and for the case PR_SET_PDEATHSIG does not cover (it follows the parent
  *thread*, see prctl(2));
* either way the child kills its whole process group with SIGKILL, so the Tesseract or
  pdftoppm it is waiting for goes too. The child must lead its own group
  (``start_new_session=True``), as :mod:`spbe.textanalysis.isolated` starts it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from types import FrameType
from typing import Final

PR_SET_PDEATHSIG: Final = 1
WATCH_SECONDS: Final = 1.0


def die_with_parent(parent_pid: int) -> None:
    """Kill this process group as soon as ``parent_pid`` is no longer this process's parent."""
    signal.signal(signal.SIGTERM, _kill_group)
    _ask_kernel()
    # The parent may have died before the request above reached the kernel.
    if os.getppid() != parent_pid:
        _kill_group()
    threading.Thread(target=_watch, args=(parent_pid,), daemon=True, name="parent-watch").start()


def _ask_kernel() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return  # the watch thread still covers it
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


def _watch(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(WATCH_SECONDS)
    _kill_group()


def _kill_group(signum: int | None = None, frame: FrameType | None = None) -> None:
    os.killpg(os.getpgrp(), signal.SIGKILL)
