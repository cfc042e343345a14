#!/usr/bin/env python3
"""The cold start of a web worker: a fresh process that imports the WSGI application and serves
its first request, against a trivial Python process (``python -c pass``).

    uv run python bench/cold_start_bench.py [--rounds 7]

Each round starts, in turns, the trivial process and a fresh one that imports ``spbe.wsgi``
(settings, every app) and sends one ``GET /accounts/login/`` through the application, the URL
configuration, middleware, a template and the session, as gunicorn's first request in a new
worker does without ``preload_app``. ``DEBUG=0`` on a throwaway migrated SQLite database.
Printed: the median wall time of each process, the ratio, and the child's own split (import,
first request) and the heavy libraries it had loaded by then (none is the goal).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAVY = (
    "weasyprint",
    "matplotlib",
    "pytesseract",
    "pdfminer",
    "pypdf",
    "openpyxl",
    "docx",
    "pptx",
    "pyhanko",
)
CHILD = """
import io, json, sys, time
started = time.perf_counter()
from spbe.wsgi import application
imported = time.perf_counter()
environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/accounts/login/", "SERVER_NAME": "127.0.0.1",
           "SERVER_PORT": "8000", "HTTP_HOST": "127.0.0.1", "wsgi.input": io.BytesIO(),
           "wsgi.url_scheme": "http", "wsgi.errors": sys.stderr}
statuses = []
body = b"".join(application(environ, lambda status, headers: statuses.append(status)))
assert statuses[0].startswith("200"), statuses
print(json.dumps({"import": imported - started, "request": time.perf_counter() - imported,
                  "heavy": [name for name in sys.argv[1].split(",") if name in sys.modules]}))
"""


def timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    return time.perf_counter() - started, result.stdout


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="spbe-bench-") as directory:
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env.update(
            {
                "SPBE_DATA_DIR": str(Path(directory) / "data"),
                "DEBUG": "0",
                "SECRET_KEY": secrets.token_urlsafe(40),
                "SPBE_SSL_REDIRECT": "0",
                "DJANGO_SETTINGS_MODULE": "spbe.settings",
            }
        )
        for command in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"]):
            subprocess.run([sys.executable, "-m", "spbe.manage", *command], env=env, check=True)
        trivial = [sys.executable, "-c", "pass"]
        worker = [sys.executable, "-c", CHILD, ",".join(HEAVY)]
        timed(worker, env)  # warm up: bytecode and the file cache
        trivial_times, worker_times, splits = [], [], []
        for _round in range(args.rounds):
            trivial_times.append(timed(trivial, env)[0])
            elapsed, output = timed(worker, env)
            worker_times.append(elapsed)
            splits.append(json.loads(output.strip().splitlines()[-1]))
    base, cold = statistics.median(trivial_times), statistics.median(worker_times)
    print(f"{args.rounds} rounds, interleaved; medians")
    print(f"trivial python process      : {base:6.3f} s")
    print(f"import WSGI app + 1 request : {cold:6.3f} s   ratio {cold / base:6.1f}")
    print(f"  of which import           : {statistics.median(s['import'] for s in splits):6.3f} s")
    print(f"  of which first request    : {statistics.median(s['request'] for s in splits):6.3f} s")
    print(f"  heavy libraries loaded    : {', '.join(splits[-1]['heavy']) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
