#!/usr/bin/env python3
"""Benchmark the pages over the published results (~1,250 rows).

    uv run python bench/benchmark_pages.py        # SQLite in a temporary data directory

Imports the packaged results, links Kota Pematangsiantar, then renders each page N times
through Django's test client and prints the median and p90. "cold" clears the chart cache
and the in-process result set before each run; "warm" is the usual case.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spbe.settings")
os.environ.setdefault("SPBE_DATA_DIR", tempfile.mkdtemp(prefix="spbe-bench-"))
os.environ.setdefault("DEBUG", "1")

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from spbe.benchmarks import selectors  # noqa: E402
from spbe.benchmarks.services import (  # noqa: E402
    PACKAGED_RESULTS,
    agency_links_refresh,
    published_results_import,
)
from spbe.organizations.models import Agency, Membership  # noqa: E402

RUNS = 30


def timed(client: Client, url: str, *, cold: bool) -> tuple[float, float]:
    timings = []
    for _ in range(RUNS):
        if cold:
            cache.clear()
            selectors._cached.cache_clear()
        started = time.perf_counter()
        assert client.get(url).status_code == 200
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(RUNS * 0.9)]


def main() -> None:
    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("catalog", "load", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    published_results_import(path=PACKAGED_RESULTS)
    agency = Agency.objects.get_or_create(
        slug="pematangsiantar",
        defaults={"name": "Kota Pematangsiantar", "kind": "kota", "province": "Sumatera Utara"},
    )[0]
    agency_links_refresh()
    user = get_user_model().objects.get_or_create(username="bench-reader")[0]
    Membership.objects.get_or_create(user=user, defaults={"agency": agency, "roles": ["pimpinan"]})
    client = Client()
    client.force_login(user)
    client.get("/tolok-ukur/")  # import matplotlib and its fonts once
    for name, url in (
        ("agency page", "/tolok-ukur/?tahun=2024"),
        ("ranking", "/tolok-ukur/peringkat/?tahun=2024"),
        ("movers", "/tolok-ukur/pergerakan/"),
    ):
        for cold in (True, False):
            median, p90 = timed(client, url, cold=cold)
            print(
                f"{name:<12} {'cold' if cold else 'warm'}  median {median:6.1f} ms   p90 {p90:6.1f} ms"
            )


if __name__ == "__main__":
    main()
