#!/usr/bin/env python3
"""Where one request of each load-test step spends its CPU and its queries, in process.

    DATABASE_URL=... SPBE_CACHE=database python bench/load_profile.py TARGETS.json [STEP...]

Run against the database bench/run-load builds (the scale restored from var/load/, then
``bench/load_data.py targets``), with the settings it runs with. Each step of
bench/load_steps.py is requested through Django's test client as one person of its role
(signed in with ``force_login``: the password hash is measured apart), warmed up twice, then
repeated: the CPU per request (process time), the CPU PostgreSQL's backend for the
connection spent on it (from /proc, when the server runs on this machine), the queries per
request, and, with ``--profile``,
cProfile's twenty costliest functions by cumulative time. The writes (claim, verification)
are posted as the locustfile posts them.
"""

from __future__ import annotations

import cProfile
import io
import json
import os
import pstats
import re
import sys
import time
from pathlib import Path
from typing import Any

import django

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spbe.settings")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from bench import load_steps as steps  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "10"))
VERSION = re.compile(r'name="version" value="(\d+)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _client(username: str) -> Client:
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def _backend_cpu() -> float | None:
    """CPU seconds the database server process of this connection has used so far."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _measure(name: str, call: Any, profile: bool) -> None:
    for _ in range(2):
        call()
    profiler = cProfile.Profile(time.process_time) if profile else None
    cpu: list[float] = []
    queries = 0
    database_start = _backend_cpu()
    for _ in range(RUNS):
        with CaptureQueriesContext(connection) as captured:
            start = time.process_time()
            if profiler:
                profiler.enable()
            response = call()
            if profiler:
                profiler.disable()
            cpu.append(time.process_time() - start)
        queries = len(captured)
        if response.status_code >= 400:
            print(f"  {name}: status {response.status_code}", file=sys.stderr)
    database_end = _backend_cpu()
    cpu.sort()
    database = (
        f"{1000 * (database_end - database_start) / RUNS:>6.1f} ms database"
        if database_start is not None and database_end is not None
        else ""
    )
    print(f"{name:<32} {1000 * cpu[len(cpu) // 2]:>7.1f} ms {queries:>4} queries {database}")
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(
            os.environ.get("SORT", "cumulative")
        ).print_stats(40)
        print(out.getvalue())
    if os.environ.get("SHOW_QUERIES"):
        for query in captured.captured_queries:
            print("   ", query["sql"][:200])


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    profile = "--profile" in sys.argv
    targets = json.loads(Path(args[0]).read_text())
    only = set(args[1:])
    pic, reviewer, leader, api = (targets[r][0] for r in ("pic", "reviewer", "leader", "api"))
    pics, reviewers, leaders = _client(pic["username"]), _client(reviewer["username"]), None
    leaders = _client(leader["username"])
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {api['token']}"}
    # One client each: a client loads the middleware when made (WhiteNoise scans the static
    # files), which a server does once.
    anonymous, reader = Client(enforce_csrf_checks=True), Client()
    number = pic["numbers"][0]

    def indicator() -> Any:
        return pics.get(steps.INDICATOR.url(evaluation=pic["evaluation"], number=number))

    def save_claim() -> Any:
        page = indicator().content.decode()
        found = VERSION.search(page)
        return pics.post(
            steps.SAVE_CLAIM.url(evaluation=pic["evaluation"], number=number),
            {
                "action": "claim",
                "version": found.group(1) if found else "",
                "claimed_level": "2",
                "criteria_met": ["1", "2"],
                "justification": "Uji beban: klaim disimpan sebagai draf.",
            },
        )

    def sign_in() -> Any:
        anonymous.cookies.clear()
        page = anonymous.get(steps.LOGIN.path).content.decode()
        found = CSRF.search(page)
        return anonymous.post(
            steps.LOGIN.path,
            {
                "username": pic["username"],
                "password": targets["password"],
                "csrfmiddlewaretoken": found.group(1) if found else "",
            },
        )

    cases = {
        "login page": lambda: anonymous.get(steps.LOGIN.path),
        "sign in (page + POST)": sign_in,
        "pic: my indicators": lambda: pics.get(steps.MY_INDICATORS.path),
        "indicator page": indicator,
        "pic: save claim (+page)": save_claim,
        "reviewer: evaluation page": lambda: reviewers.get(
            steps.EVALUATION.url(evaluation=reviewer["evaluation"])
        ),
        "leader: home": lambda: leaders.get(steps.HOME.path),
        "leader: dashboard": lambda: leaders.get(
            steps.DASHBOARD.url(evaluation=leader["evaluation"])
        ),
        "leader: reports panel": lambda: leaders.get(
            steps.REPORTS.url(evaluation=leader["evaluation"])
        ),
        "leader: national ranking": lambda: leaders.get(steps.RANKING.path),
        "api: evaluations": lambda: reader.get(steps.API_EVALUATIONS.path, **bearer),
        "api: scores": lambda: reader.get(
            steps.API_SCORES.url(evaluation=api["evaluation"]), **bearer
        ),
        "api: claims": lambda: reader.get(
            steps.API_CLAIMS.url(evaluation=api["evaluation"]), **bearer
        ),
        "api: documents": lambda: reader.get(steps.API_DOCUMENTS.path, **bearer),
    }
    for name, call in cases.items():
        if not only or name in only:
            _measure(name, call, profile)


if __name__ == "__main__":
    main()
