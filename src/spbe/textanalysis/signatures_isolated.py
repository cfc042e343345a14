"""Running :func:`verify_signatures` in a child process with hard time and memory limits.

pyHanko parses the whole PDF (cross-reference tables, object streams, the difference analysis
of every incremental update) in pure Python; a hostile file could keep it busy or make it
allocate without end. As for text extraction (:mod:`spbe.textanalysis.isolated`), the child
is killed when the time is up and its address space is capped. The background task calls
:func:`verify_signatures_isolated`; tests and the CLI may call ``verify_signatures`` directly.
"""

from __future__ import annotations

import base64
import json
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from spbe.textanalysis.parent_watch import die_with_parent
from spbe.textanalysis.signature_report import (
    Chain,
    Integrity,
    SignatureReport,
    TimeSource,
    may_be_signed,
    report_as_json,
)

DEFAULT_TIMEOUT: Final = 60.0
DEFAULT_MEMORY_MB: Final = 1024


class SignatureCheckFailed(Exception):
    """The child timed out, ran out of memory or crashed: the signatures are not known."""


def verify_signatures_isolated(
    path: Path,
    *,
    trust_roots: Sequence[bytes] = (),
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
) -> tuple[SignatureReport, ...]:
    """Like :func:`verify_signatures` on the bytes of ``path``, in a child process killed after
    ``timeout`` seconds; raises :class:`SignatureCheckFailed` when it does not answer.

    A file that cannot hold a signature (:func:`may_be_signed`) is answered here, without
    starting the child (whose import of pyHanko alone takes a second)."""
    if not may_be_signed(path.read_bytes()):
        return ()
    request = {
        "parent": os.getpid(),
        "path": str(path),
        "roots": [base64.b64encode(der).decode("ascii") for der in trust_roots],
        "memory_mb": memory_mb,
    }
    child = subprocess.Popen(
        [sys.executable, "-m", __name__],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        output, _ = child.communicate(json.dumps(request).encode(), timeout=timeout)
    except subprocess.TimeoutExpired as error:
        raise SignatureCheckFailed(f"no answer within {timeout:g} s") from error
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    try:
        answer = json.loads(output)
    except ValueError:
        raise SignatureCheckFailed(f"the check crashed (exit {child.returncode})") from None
    return tuple(_report(item) for item in answer)


def _report(item: dict[str, Any]) -> SignatureReport:
    return SignatureReport(
        field=item["field"],
        signer=item["signer"],
        signed_at=datetime.fromisoformat(item["signed_at"]) if item["signed_at"] else None,
        time_source=TimeSource(item["time_source"]) if item["time_source"] else None,
        integrity=Integrity(item["integrity"]),
        chain=Chain(item["chain"]),
    )


def _child(request: dict[str, Any]) -> list[dict[str, Any]]:
    die_with_parent(int(request["parent"]))
    memory = int(request["memory_mb"]) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    roots = [base64.b64decode(root) for root in request["roots"]]
    data = Path(request["path"]).read_bytes()
    # Imported here, in the child only: pyHanko's import alone takes about a second.
    from spbe.textanalysis.signatures import verify_signatures

    return [report_as_json(report) for report in verify_signatures(data, trust_roots=roots)]


if __name__ == "__main__":
    print(json.dumps(_child(json.loads(sys.stdin.read()))))
