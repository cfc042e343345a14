"""Laying out a report's HTML with WeasyPrint in a child process, with time and memory limits.

WeasyPrint is pure Python and cannot be interrupted from inside: a report with very long texts
once kept a server thread busy for 27 minutes (issue 15). As text extraction does
(``spbe.textanalysis.isolated``), the layout runs in a child process that is killed, with its
process group, when ``SPBE_REPORT_TIMEOUT`` seconds are up, and whose address space is capped
at ``SPBE_REPORT_MEMORY_MB`` MiB; a kill, a crash or running out of memory becomes a
:class:`LayoutFailed` with a message for the person waiting, never a hung worker.

The child imports WeasyPrint and nothing of Django: it reads the HTML on stdin and writes the
PDF on stdout. Only ``data:`` URIs are fetched, as in-process (``spbe.reports.pdf``). It
dies with the process that started it (``spbe.textanalysis.parent_watch``).

The child can be started before its HTML exists (:class:`LayoutChild`): it imports WeasyPrint,
about a second's work, while the parent still reads the report data, draws the charts and
renders the template, on the machine's other core (issue 16 § 2). The time limit runs from
when the HTML is handed over.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys

from spbe.textanalysis.parent_watch import die_with_parent


class LayoutFailed(Exception):
    """The layout did not finish: ``reason`` is "timeout", "memory" or "crashed"."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def layout_pdf_isolated(html: str, *, timeout: float, memory_mb: int) -> bytes:
    """The PDF of ``html``, laid out in a child process killed after ``timeout`` seconds and
    allowed ``memory_mb`` MiB of address space."""
    with LayoutChild(memory_mb=memory_mb) as child:
        return child.pdf(html, timeout=timeout)


class LayoutChild:
    """A layout child started ahead of its HTML, killed on leaving the ``with`` block if it
    is still running (when making the HTML failed, for one)."""

    def __init__(self, *, memory_mb: int) -> None:
        self.memory_mb = memory_mb
        self.process = subprocess.Popen(
            [sys.executable, "-m", __name__, str(memory_mb), str(os.getpid())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )

    def __enter__(self) -> LayoutChild:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.communicate()

    def pdf(self, html: str, *, timeout: float) -> bytes:
        """Hand ``html`` over and wait at most ``timeout`` seconds for its PDF."""
        child = self.process
        try:
            output, errors = child.communicate(html.encode("utf-8"), timeout=timeout)
        except subprocess.TimeoutExpired as error:
            self.close()
            raise LayoutFailed("timeout", f"{timeout:g} s") from error
        finally:
            self.close()
        if child.returncode == MEMORY_EXIT:
            raise LayoutFailed("memory", f"{self.memory_mb} MiB")
        if child.returncode != 0 or not output.startswith(b"%PDF"):
            lines = errors.decode("utf-8", "replace").strip().splitlines()
            raise LayoutFailed("crashed", lines[-1] if lines else f"exit {child.returncode}")
        return output


MEMORY_EXIT = 3


def _child(memory_mb: int, parent_pid: int) -> int:
    die_with_parent(parent_pid)
    memory = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    try:
        from weasyprint import HTML
        from weasyprint.urls import URLFetcher

        html = sys.stdin.buffer.read().decode("utf-8")
        pdf = HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={"data"})).write_pdf()
    except MemoryError:
        return MEMORY_EXIT
    sys.stdout.buffer.write(pdf)
    return 0


if __name__ == "__main__":
    sys.exit(_child(int(sys.argv[1]), int(sys.argv[2])))
