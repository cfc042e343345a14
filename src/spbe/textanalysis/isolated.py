"""Running :func:`extract_pages` in a child process with hard time and memory limits.

The parsers (pdfminer.six, openpyxl, python-docx) are pure Python and cannot be interrupted
from inside: a hostile file could keep one busy for hours or make it allocate until the
server swaps. In a child process the limits are real. The child is killed, with any
Tesseract or pdftoppm it started, when the time is up; its address space is capped with
``RLIMIT_AS``; a crash or a kill becomes an :class:`ExtractionFailed`, never the caller's.
The child also dies, with its Tesseract, when the caller is killed (``parent_watch``).

While it waits, the caller's ``heartbeat`` is called every ``heartbeat_seconds``: the
background task renews the reading's lease with it, so that a worker that is alive is never
taken for dead however long a file takes.

The background task should call :func:`extract_pages_isolated`; tests and the CLI may call
``extract_pages`` directly.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Final

from spbe.textanalysis.errors import ExtractionFailed, last_line
from spbe.textanalysis.extract import (
    DEFAULT_OCR,
    DEFAULT_TIMEOUT,
    ExtractedText,
    PageText,
    extract_pages,
)
from spbe.textanalysis.ocr import DEFAULT_LANGUAGE
from spbe.textanalysis.parent_watch import die_with_parent

DEFAULT_MEMORY_MB: Final = 2048
# The child checks its own deadline between pages; the parent waits a little longer (a tenth of
# the time, at most this) before killing it, so a timeout normally names the page it hit.
GRACE_SECONDS: Final = 15.0


def extract_pages_isolated(
    path: Path,
    kind: str,
    *,
    ocr: bool = True,
    language: str = DEFAULT_LANGUAGE,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
    heartbeat: Callable[[], None] | None = None,
    heartbeat_seconds: float = 60.0,
) -> ExtractedText:
    """Like :func:`extract_pages` (with the default Tesseract engine when ``ocr``), but in a
    child process that is killed after ``timeout`` seconds and may use ``memory_mb`` MiB.

    ``heartbeat`` (if given) is called every ``heartbeat_seconds`` while the child runs."""
    request = {
        "parent": os.getpid(),
        "path": str(path),
        "kind": kind,
        "ocr": ocr,
        "language": language,
        "timeout": timeout,
        "memory_mb": memory_mb,
    }
    child = subprocess.Popen(
        [sys.executable, "-m", __name__, json.dumps(request)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + timeout + min(GRACE_SECONDS, timeout / 10)
    try:
        output, errors = _wait(child, deadline, heartbeat, heartbeat_seconds)
    except subprocess.TimeoutExpired as error:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        raise ExtractionFailed("timeout", step="text extraction", seconds=timeout) from error
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    return _parse_answer(child.returncode, output, errors)


def _wait(
    child: subprocess.Popen[bytes],
    deadline: float,
    heartbeat: Callable[[], None] | None,
    every: float,
) -> tuple[bytes, bytes]:
    """The child's output, calling ``heartbeat`` between waits of ``every`` seconds; raises
    ``TimeoutExpired`` at ``deadline`` (``communicate`` may be called again after a timeout)."""
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise subprocess.TimeoutExpired(child.args, 0)
        try:
            return child.communicate(timeout=min(remaining, every) if heartbeat else remaining)
        except subprocess.TimeoutExpired:
            if heartbeat is None or time.monotonic() >= deadline:
                raise
            heartbeat()


def _parse_answer(returncode: int, output: bytes, errors: bytes) -> ExtractedText:
    try:
        answer = json.loads(output)
    except ValueError:
        if returncode < 0:
            reason = f"killed by signal {-returncode}"
        else:
            reason = last_line(errors, fallback=f"exit {returncode}")
        raise ExtractionFailed("crashed", reason=reason) from None
    if "error" in answer:
        raise ExtractionFailed(answer["error"]["code"], **answer["error"]["params"])
    return ExtractedText(
        pages=[PageText(**page) for page in answer["pages"]],
        ocr_used=answer["ocr_used"],
        unread_pages=answer["unread_pages"],
        truncated=answer["truncated"],
    )


def _child(request: dict[str, object]) -> dict[str, object]:
    die_with_parent(int(str(request["parent"])))
    memory = int(str(request["memory_mb"])) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    try:
        result = extract_pages(
            Path(str(request["path"])),
            str(request["kind"]),
            ocr=DEFAULT_OCR if request["ocr"] else None,
            language=str(request["language"]),
            timeout=float(str(request["timeout"])),
        )
    except ExtractionFailed as error:
        return {"error": {"code": error.code, "params": error.params}}
    except MemoryError:
        return {"error": {"code": "crashed", "params": {"reason": "out of memory"}}}
    return asdict(result)


if __name__ == "__main__":
    print(json.dumps(_child(json.loads(sys.argv[1]))))
