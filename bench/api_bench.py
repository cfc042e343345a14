#!/usr/bin/env python3
"""Requests per second of the API's heavier reads against a trivial authenticated one.

    uv run python bench/api_bench.py [--workers 2] [--concurrency 4] [--requests 300]
    uv run python bench/api_bench.py --data-dir /tmp/spbe-api-bench   # keep the demo for next time

Loads the Kota Pematangsiantar demo (``spbe demo``) into a throwaway SQLite data directory,
gives the demo's koordinator a read token (``spbe token create``), starts the production server
(gunicorn, ``DEBUG=0``) on 127.0.0.1 and measures, on that one server in the same run:

- ``GET /api/v1/me``: the trivial call, token check and nothing else (the baseline);
- ``GET /api/v1/evaluations/{id}/scores``: the dashboard's scores of the demo's evaluation in
  progress (the newest one the koordinator sees);
- the evidence list, ``--evidence-list`` (default ``/api/v1/documents``); while the served
  OpenAPI document does not list that path, the list of evaluations
  (``GET /api/v1/evaluations``) is measured in its place, and the output says so.

Each endpoint is called ``--requests`` times by ``--concurrency`` client threads, one
connection per request (gunicorn's sync workers close it anyway); the endpoints take turns for
``--rounds`` rounds; the ratio to ``/me`` is taken in each round and its median printed, so that a burst of other work on the machine
weighs on all of them alike. The ratio to ``/me`` is what to compare between machines: the
client's own cost is in every figure. Every call is bounded (``--requests``, a 10 s timeout,
``--seconds`` per measurement) and goes to 127.0.0.1 only; the rate limit per token, where the
installation has one, is off for the run (``SPBE_API_RATE_LIMIT=0``).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HOST = "127.0.0.1"
TIMEOUT = 10.0


@dataclass
class Measurement:
    path: str
    rates: list[float]
    errors: int

    @property
    def rate(self) -> float:
        return statistics.median(self.rates)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def call(port: int, path: str, token: str) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection(HOST, port, timeout=TIMEOUT)
    try:
        connection.request("GET", path, headers={"Authorization": f"Bearer {token}"})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def get_json(port: int, path: str, token: str) -> dict:
    status, body = call(port, path, token)
    if status != 200:
        raise SystemExit(f"GET {path}: {status} {body[:200]!r}")
    return json.loads(body)


def wait_for_server(port: int, token: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped with status {server.returncode}")
        try:
            if call(port, "/api/v1/me", token)[0] == 200:
                return
        except OSError:
            time.sleep(0.2)  # not listening yet
            continue
        time.sleep(0.2)
    raise SystemExit("the server did not answer within 60 s")


def rate_of(port: int, path: str, token: str, *, requests: int, threads: int, seconds: float):
    """Requests per second: ``requests`` calls by ``threads`` clients, stopped after
    ``seconds`` at the latest; returns the rate and the number of answers that were not 200."""
    remaining = [requests]
    done = [0]
    errors = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client() -> None:
        while time.monotonic() < stop_at:
            with lock:
                if remaining[0] == 0:
                    return
                remaining[0] -= 1
            try:
                status, _body = call(port, path, token)
            except OSError:
                status = 0
            with lock:
                done[0] += 1
                errors[0] += status != 200

    workers = [threading.Thread(target=client) for _ in range(threads)]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - started
    return done[0] / elapsed, errors[0]


def prepare(env: dict[str, str]) -> str:
    """The demo in the data directory (loaded once: ``spbe demo`` is idempotent), and a new read
    token of its koordinator."""
    spbe = shutil.which("spbe")
    if not spbe:
        raise SystemExit("run inside the project environment: uv run python bench/api_bench.py")
    setup = {**env, "DEBUG": "1"}
    subprocess.run([spbe, "demo"], env=setup, check=True, stdout=subprocess.DEVNULL)
    made = subprocess.run(
        [spbe, "token", "create", "koordinator", "--name", "bench", "--scope", "read"],
        env=setup,
        check=True,
        capture_output=True,
        text=True,
    )
    return made.stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (default 4)")
    parser.add_argument("--requests", type=int, default=300, help="calls per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; the median counts")
    parser.add_argument("--seconds", type=float, default=30.0, help="cap of one measurement")
    parser.add_argument(
        "--evidence-list",
        default="/api/v1/documents",
        help="path of the evidence list (default /api/v1/documents)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="keep the demo in this directory and use it again next time (default: a throwaway one)",
    )
    args = parser.parse_args()

    work = args.data_dir or Path(tempfile.mkdtemp(prefix="spbe-api-bench-"))
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DEBUG")}
    env.update(
        {
            "SPBE_DATA_DIR": str(work),
            "SECRET_KEY": "bench-only-secret-key-0123456789abcdefgh",
            "SPBE_API_RATE_LIMIT": "0",
        }
    )
    print("loading the demo …", flush=True)
    token = prepare(env)
    port = free_port()
    gunicorn = shutil.which("gunicorn")
    assert gunicorn, "gunicorn is a dependency of the project: run inside its environment"
    server = subprocess.Popen(
        [gunicorn, "spbe.wsgi", "--workers", str(args.workers), "--bind", f"{HOST}:{port}"],
        env={**env, "DEBUG": "0"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_server(port, token, server)
        evaluations = get_json(port, "/api/v1/evaluations", token)["items"]
        evaluation = evaluations[0]  # newest year first: the evaluation in progress
        paths = get_json(port, "/api/v1/openapi.json", token)["paths"]
        evidence_list = args.evidence_list
        if evidence_list not in paths:
            print(f"{evidence_list} is not in the OpenAPI document: /api/v1/evaluations instead")
            evidence_list = "/api/v1/evaluations"
        endpoints = {
            "trivial (me)": "/api/v1/me",
            "dashboard scores": f"/api/v1/evaluations/{evaluation['id']}/scores",
            "evidence list": evidence_list,
        }
        for path in endpoints.values():  # warm every worker: imports, the framework's parse
            for _ in range(4 * args.workers):
                call(port, path, token)
        measured = {name: Measurement(path, [], 0) for name, path in endpoints.items()}
        for _round in range(args.rounds):
            for measurement in measured.values():
                rate, errors = rate_of(
                    port,
                    measurement.path,
                    token,
                    requests=args.requests,
                    threads=args.concurrency,
                    seconds=args.seconds,
                )
                measurement.rates.append(rate)
                measurement.errors += errors
    finally:
        server.terminate()
        server.wait(timeout=30)
        if args.data_dir is None:
            shutil.rmtree(work, ignore_errors=True)

    baseline = measured["trivial (me)"]
    print(
        f"\n{os.cpu_count()} cores, gunicorn --workers {args.workers}, {args.concurrency} client "
        f"threads, {args.requests} calls × {args.rounds} rounds; demo evaluation "
        f"{evaluation['agency']} {evaluation['year']} ({evaluation['framework']})\n"
    )
    # The ratio of each round (the endpoints took turns within it), then the median of those.
    print(f"{'endpoint':<18} {'path':<40} {'req/s':>8} {'rounds':>24} {'÷ me':>6}  not 200")
    for name, measurement in measured.items():
        rounds = " ".join(f"{rate:.0f}" for rate in measurement.rates)
        ratio = statistics.median(
            rate / base for rate, base in zip(measurement.rates, baseline.rates, strict=True)
        )
        print(
            f"{name:<18} {measurement.path:<40} {measurement.rate:>8.1f} {rounds:>24} "
            f"{ratio:>6.2f}  {measurement.errors}"
        )
    return 1 if any(m.errors for m in measured.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
