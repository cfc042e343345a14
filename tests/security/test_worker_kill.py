"""Killing what reads evidence text with ``kill -9``: the real ``spbe db_worker`` in the middle
of OCR, and a process reading in-request (as the web process does with the immediate backend).

The OCR is a fake ``tesseract`` put first on the worker's PATH by the test: it notes its pid
and its parent's (the extraction child), then waits until the test lets it answer. So nothing
in the product sleeps for the test, and the test waits for facts (a pid written, a status in
the database), each with the generous bound of ``tests/timeouts.py``.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

import pytest
from django.utils import translation
from PIL import Image

from spbe.evidence.text_jobs import stranded_reason
from tests.conftest import Cli
from tests.timeouts import slow_work_timeout

pytestmark = pytest.mark.slow

LEASE_SECONDS = 2
FAKE_WORD = "Peraturan"

FAKE_TESSERACT = f"""\
#!{sys.executable}
# A stand-in for tesseract: notes who runs it, waits for the test's word, answers one word.
import os, sys, time
from pathlib import Path

folder = Path(os.environ["FAKE_OCR_DIR"])
image = Path(sys.argv[1]).name
(folder / f"ran-{{os.getpid()}}").write_text(f"{{os.getppid()}} {{image}}")
while not (folder / f"release-{{image}}").exists():
    time.sleep(0.05)
print("level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth"
      "\\theight\\tconf\\ttext")
print("5\\t1\\t1\\t1\\t1\\t1\\t10\\t10\\t50\\t20\\t95\\t{FAKE_WORD}")
"""


def wait_for[T](what: str, probe: Callable[[], T | None]) -> T:
    """Poll ``probe`` until it answers, within the suite's generous bound."""
    deadline = time.monotonic() + slow_work_timeout()
    while time.monotonic() < deadline:
        answer = probe()
        if answer:
            return answer
        time.sleep(0.1)
    pytest.fail(f"still waiting for {what} after {slow_work_timeout():g} s", pytrace=False)


def gone(pid: int) -> bool:
    """The process has exited (a zombie nobody reaped yet has exited too)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")


def png(shade: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("L", (40, 20), shade).save(buffer, format="PNG")
    return buffer.getvalue()


@dataclass
class FakeOcr:
    folder: Path
    bin: Path

    def runs_on(self, digest: str) -> list[tuple[int, int]]:
        """(tesseract pid, extraction child pid) of each run on the file ``digest``."""
        runs = []
        for note in self.folder.glob("ran-*"):
            parent, image = note.read_text().split()
            if image == digest:
                runs.append((int(note.name.removeprefix("ran-")), int(parent)))
        return runs

    def release(self, digest: str) -> None:
        (self.folder / f"release-{digest}").touch()


@pytest.fixture
def fake_ocr(tmp_path: Path) -> FakeOcr:
    folder, bin_dir = tmp_path / "ocr", tmp_path / "bin"
    folder.mkdir()
    bin_dir.mkdir()
    program = bin_dir / "tesseract"
    program.write_text(FAKE_TESSERACT)
    program.chmod(0o755)
    return FakeOcr(folder=folder, bin=bin_dir)


@dataclass
class Installation:
    env: dict[str, str]
    database: Path
    cwd: Path
    log: IO[bytes]

    def spbe(self, *args: str) -> subprocess.CompletedProcess[str]:
        executable = shutil.which("spbe")
        assert executable
        return subprocess.run(
            [executable, *args],
            env=self.env,
            cwd=self.cwd,
            capture_output=True,
            text=True,
            timeout=slow_work_timeout(),
            check=False,
        )

    def worker(self) -> subprocess.Popen[bytes]:
        executable = shutil.which("spbe")
        assert executable
        return subprocess.Popen(
            [executable, "db_worker", "--no-reload", "--interval", "0.2", "--no-startup-delay"],
            env=self.env,
            cwd=self.cwd,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def version(self, pk: int) -> tuple[str, int, str, str | None]:
        with sqlite3.connect(f"file:{self.database}?mode=ro", uri=True) as db:
            row = db.execute(
                "SELECT text_status, text_attempts, text_error, text_lease_until "
                "FROM evidence_documentversion WHERE id = ?",
                (pk,),
            ).fetchone()
        return row[0], row[1], row[2], row[3]

    def page_text(self, pk: int) -> str:
        with sqlite3.connect(f"file:{self.database}?mode=ro", uri=True) as db:
            rows = db.execute("SELECT text FROM evidence_pagetext WHERE version_id = ?", (pk,))
            return "\n".join(text for (text,) in rows)

    def running_reads(self) -> int:
        with sqlite3.connect(f"file:{self.database}?mode=ro", uri=True) as db:
            (count,) = db.execute(
                "SELECT count(*) FROM django_tasks_database_dbtaskresult "
                "WHERE status = 'RUNNING' AND task_path LIKE '%read_version_text'"
            ).fetchone()
        return int(count)

    def lease_expired(self, pk: int) -> bool:
        lease = self.version(pk)[3]
        if lease is None:
            return False
        until = datetime.fromisoformat(lease).replace(tzinfo=UTC)
        return (datetime.now(UTC) - until).total_seconds() > 1.5


@pytest.fixture
def installation(spbe_cli: Cli, tmp_path: Path, fake_ocr: FakeOcr) -> Iterator[Installation]:
    """A migrated SQLite installation of the test's own, with the database queue."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(Path(spbe_cli.env["SPBE_DATA_DIR"]) / "spbe.sqlite3", data / "spbe.sqlite3")
    env = {
        **spbe_cli.env,
        "SPBE_DATA_DIR": str(data),
        "SPBE_TASKS": "database",
        "SPBE_TEXT_LEASE_SECONDS": str(LEASE_SECONDS),
        "SPBE_TEXT_MAX_ATTEMPTS": "2",
        "FAKE_OCR_DIR": str(fake_ocr.folder),
        "PATH": f"{fake_ocr.bin}{os.pathsep}{os.environ['PATH']}",
    }
    with (tmp_path / "workers.log").open("wb") as log:
        yield Installation(env=env, database=data / "spbe.sqlite3", cwd=spbe_cli.cwd, log=log)


SETUP = """\
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from spbe.evidence.models import Document, DocumentVersion, StoredFile, stored_file_path
from spbe.evidence.tasks import read_version_text
from spbe.organizations.models import Agency

agency = Agency.objects.create(name="Kota Uji", slug="kota-uji", kind="kota")
for digest, content, priority in (({doomed!r}, {doomed_png!r}, 0), ({saved!r}, {saved_png!r}, -10)):
    name = default_storage.save(stored_file_path(StoredFile(sha256=digest), ""), ContentFile(content))
    stored = StoredFile.objects.create(sha256=digest, file=name, size=len(content), kind="png")
    document = Document.objects.create(agency=agency, title="Pindaian " + digest[:6])
    version = DocumentVersion.objects.create(
        document=document, number=1, stored_file=stored, original_name="pindaian.png"
    )
    read_version_text.using(priority=priority).enqueue(version.pk)
    print("version", version.pk)
"""


@pytest.fixture
def workers() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for worker in started:
        if worker.poll() is None:
            worker.kill()
            worker.wait()


def kill_while_reading(
    installation: Installation,
    fake_ocr: FakeOcr,
    workers: list[subprocess.Popen[bytes]],
    digest: str,
    *,
    run: int,
) -> None:
    """Start a worker, wait for its ``run``-th OCR of ``digest``, kill -9 it; its child and
    the child's Tesseract must be gone."""
    worker = installation.worker()
    workers.append(worker)
    wait_for(f"OCR run {run} of {digest[:8]}", lambda: len(fake_ocr.runs_on(digest)) >= run)
    ocr_pid, child_pid = sorted(fake_ocr.runs_on(digest))[-1]
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    wait_for("the extraction child to die with its worker", lambda: gone(child_pid))
    wait_for("the child's Tesseract to die too", lambda: gone(ocr_pid))


def test_a_killed_worker_reading_is_requeued_then_failed_after_the_retries(
    installation: Installation, fake_ocr: FakeOcr, workers: list[subprocess.Popen[bytes]]
) -> None:
    doomed_png, saved_png = png(40), png(200)
    doomed = hashlib.sha256(doomed_png).hexdigest()
    saved = hashlib.sha256(saved_png).hexdigest()
    script = SETUP.format(doomed=doomed, doomed_png=doomed_png, saved=saved, saved_png=saved_png)
    setup = installation.spbe("shell", "-c", script)
    assert setup.returncode == 0, setup.stderr
    doomed_pk, saved_pk = (
        int(line.split()[1]) for line in setup.stdout.splitlines() if line.startswith("version ")
    )

    # The first worker dies in the middle of the OCR: the reading stays held by its lease.
    kill_while_reading(installation, fake_ocr, workers, doomed, run=1)
    assert installation.version(doomed_pk)[:2] == ("berjalan", 1)
    wait_for("the first lease to expire", lambda: installation.lease_expired(doomed_pk))

    # The next worker finds the expired lease, gives the reading again (attempt 2) and dies too.
    kill_while_reading(installation, fake_ocr, workers, doomed, run=2)
    assert installation.version(doomed_pk)[:2] == ("berjalan", 2)
    wait_for("the second lease to expire", lambda: installation.lease_expired(doomed_pk))

    # The third worker fails it (two attempts were allowed), then takes the other version.
    kill_while_reading(installation, fake_ocr, workers, saved, run=1)
    status, attempts, error, _lease = installation.version(doomed_pk)
    with translation.override("id"):
        assert (status, attempts, error) == ("gagal", 2, stranded_reason(2))
    assert installation.version(saved_pk)[:2] == ("berjalan", 1)
    wait_for(
        "the lease of the other version to expire", lambda: installation.lease_expired(saved_pk)
    )

    # This time the OCR answers: the last worker requeues the reading and finishes it.
    fake_ocr.release(saved)
    workers.append(installation.worker())
    wait_for("the other version to be read", lambda: installation.version(saved_pk)[0] == "selesai")
    assert installation.version(saved_pk)[:2] == ("selesai", 2)
    assert FAKE_WORD in installation.page_text(saved_pk)
    # No row of the queue says "running" for a reader that died.
    assert installation.running_reads() == 0


PARENT = """\
import sys
from pathlib import Path
from spbe.textanalysis.isolated import extract_pages_isolated
extract_pages_isolated(Path(sys.argv[1]), "png")
"""


def test_a_killed_process_reading_in_request_takes_its_child_and_tesseract_with_it(
    tmp_path: Path, fake_ocr: FakeOcr
) -> None:
    content = png(90)
    digest = hashlib.sha256(content).hexdigest()
    image = tmp_path / digest
    image.write_bytes(content)
    env = {
        **os.environ,
        "FAKE_OCR_DIR": str(fake_ocr.folder),
        "PATH": f"{fake_ocr.bin}{os.pathsep}{os.environ['PATH']}",
    }
    parent = subprocess.Popen([sys.executable, "-c", textwrap.dedent(PARENT), str(image)], env=env)
    try:
        wait_for("the OCR to start", lambda: fake_ocr.runs_on(digest))
        ocr_pid, child_pid = fake_ocr.runs_on(digest)[0]
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        wait_for("the extraction child to die with its parent", lambda: gone(child_pid))
        wait_for("the child's Tesseract to die too", lambda: gone(ocr_pid))
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
