#!/usr/bin/env python3
"""Upload a 50 MB PDF through the real web page and measure the server's peak memory.

    uv run python bench/upload_http_bench.py [--megabytes 50]

Starts ``spbe runserver`` (one process, no reloader) on a throwaway SQLite data directory,
signs in as a PIC, then sends the file to the evidence library with a multipart body streamed
from disk in 1 MB chunks. The server's peak resident memory (VmHWM) is read from /proc before
and after: Django writes uploads over 2.5 MB to a temporary file and SPBE checks, hashes and
stores it in chunks, so the peak should grow by far less than the file's size.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from http.cookies import SimpleCookie
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.upload_memory_bench import write_pdf

SETUP = """
from django.contrib.auth import get_user_model
from spbe.organizations.models import Agency, Membership, Unit
agency = Agency.objects.create(name="Kota Bench", slug="kota-bench", kind="kota", province="Sumatera Utara")
unit = Unit.objects.create(agency=agency, name="Dinas Kominfo", short_name="Kominfo", slug="kominfo")
user = get_user_model().objects.create_user(username="pic", password="bench-password")
Membership.objects.create(user=user, agency=agency, unit=unit, roles=["pic"])
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def peak_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+)", status).group(1))  # type: ignore[union-attr]


class Session:
    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body=None, headers=None):  # type: ignore[no-untyped-def]
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
        headers = dict(headers or {})
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        for header in response.msg.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        data = response.read()
        return response.status, data


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=50)
    args = parser.parse_args()
    spbe = shutil.which("spbe")
    assert spbe, "run inside the project environment: uv run python bench/upload_http_bench.py"
    work = Path(tempfile.mkdtemp(prefix="spbe-upload-bench-"))
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    # Tasks are queued (no worker runs here), so the time is the upload alone, not the OCR.
    env.update(
        {
            "SPBE_DATA_DIR": str(work / "data"),
            "DEBUG": "1",
            "SPBE_TASKS": "database",
            "SPBE_MAX_UPLOAD_MB": str(args.megabytes + 5),
        }
    )
    subprocess.run([spbe, "migrate", "-v0"], env=env, check=True)
    subprocess.run([spbe, "shell", "-c", SETUP], env=env, check=True)
    pdf = work / "scan.pdf"
    write_pdf(pdf, args.megabytes)
    size = pdf.stat().st_size
    port = free_port()
    server = subprocess.Popen(
        [spbe, "runserver", "--noreload", f"127.0.0.1:{port}"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        session = Session(port)
        for _ in range(100):
            try:
                session.request("GET", "/accounts/login/")
                break
            except OSError:
                time.sleep(0.2)
        token = session.cookies["csrftoken"]
        form = f"csrfmiddlewaretoken={token}&username=pic&password=bench-password"
        status, _body = session.request(
            "POST", "/accounts/login/", form, {"Content-Type": "application/x-www-form-urlencoded"}
        )
        assert status == 302, status
        session.request("GET", "/bukti/")
        before = peak_kib(server.pid)
        boundary = "----spbe-bench"
        head = (
            "".join(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
                for name, value in {
                    "csrfmiddlewaretoken": session.cookies["csrftoken"],
                    "title": "Pindaian besar",
                    "kind": "laporan",
                }.items()
            ).encode()
            + f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.pdf"\r\nContent-Type: application/pdf\r\n\r\n'.encode()
        )
        tail = f"\r\n--{boundary}--\r\n".encode()

        def body():  # type: ignore[no-untyped-def]
            yield head
            with pdf.open("rb") as handle:
                while chunk := handle.read(1024 * 1024):
                    yield chunk
            yield tail

        headers = {
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Content-Length": str(len(head) + size + len(tail)),
            "X-CSRFToken": session.cookies["csrftoken"],
            "Referer": f"http://127.0.0.1:{port}/bukti/",
        }
        started = time.perf_counter()
        status, _body = session.request("POST", "/bukti/", body(), headers)
        elapsed = time.perf_counter() - started
        after = peak_kib(server.pid)
        if status != 302:
            refusal = re.search(rb"class=\"refusal\"[^>]*>([^<]*)<", _body)
            raise SystemExit(
                f"upload refused with HTTP {status}: {refusal.group(1).decode() if refusal else re.findall(rb'errorlist[^<]*<li>([^<]*)', _body)}"
            )
        print(f"file                 : {size / 1e6:.1f} MB")
        print(
            f"upload + checks + store: {elapsed:.2f} s (the text is read afterwards by the task worker)"
        )
        print(
            f"server peak memory   : {before / 1024:.0f} MiB before, {after / 1024:.0f} MiB after (+{(after - before) / 1024:.0f} MiB)"
        )
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
