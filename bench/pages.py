#!/usr/bin/env python3
"""Benchmark the dashboard and the indicator list on PostgreSQL.

    bench/run-pages-bench            # starts a throwaway PostgreSQL, then runs this script

Set-up, as the issue asks: one agency with 50 units, an SPBE 2020 evaluation in progress
(47 indicators, every one assigned, a third submitted, a third verified) and 5 finished years
of history. Each page is rendered N times through Django's test client (in process, so the
number is the server's own time: queries, scoring, templates), and the median, p90 and query
count are printed.
"""

from __future__ import annotations

import datetime
import os
import statistics
import sys
import time
from decimal import Decimal

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spbe.settings")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402

from spbe.evaluations.assessment_services import assessment_save_claim, assessment_verify  # noqa: E402
from spbe.evaluations.past_evaluation_services import evaluation_record_finished  # noqa: E402
from spbe.evaluations.services import assignments_update, evaluation_advance, evaluation_create  # noqa: E402
from spbe.organizations.actors import actor_for  # noqa: E402
from spbe.organizations.models import Agency, Membership, Role, Unit  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "60"))


def build() -> int:
    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as quiet:
        call_command("catalog", "load", verbosity=0, stdout=quiet)
    users = get_user_model()
    suffix = str(int(time.time()))
    agency = Agency.objects.create(
        name=f"Kota Bench {suffix}", slug=f"bench-{suffix}", kind="kota", province="Sumatera Utara"
    )
    units = [
        Unit.objects.create(
            agency=agency, name=f"Perangkat Daerah {n}", short_name=f"PD{n}", slug=f"pd{n}"
        )
        for n in range(50)
    ]

    def member(name: str, unit: Unit | None, role: Role):
        user = users.objects.create_user(username=f"{name}-{suffix}", password="bench-password")
        Membership.objects.create(user=user, agency=agency, unit=unit, roles=[role.value])
        return actor_for(user)

    coordinator = member("koordinator", units[0], Role.COORDINATOR)
    member("pimpinan", None, Role.LEADERSHIP)
    for year in range(2019, 2024):
        evaluation_record_finished(
            actor=coordinator,
            agency=agency,
            year=year,
            framework_code="spbe-2020",
            target=Decimal("2.6"),
            external_values={n: Decimal(1 + (n + year) % 5) for n in range(1, 48)},
            illustrative=False,
            source_note="bench",
        )
    evaluation = evaluation_create(
        actor=coordinator,
        agency=agency,
        year=2024,
        framework_code="spbe-2020",
        target=Decimal("3.0"),
        self_assessment_deadline=datetime.date(2024, 6, 30),
        review_deadline=datetime.date(2024, 7, 31),
    )
    assignments_update(
        actor=coordinator,
        evaluation=evaluation,
        assignments={n: (units[n % 50].pk, {units[(n + 1) % 50].pk}) for n in range(1, 48)},
    )
    evaluation = evaluation_advance(actor=coordinator, evaluation=evaluation)
    pics = {}
    for assessment in evaluation.assessments.select_related("lead_unit", "indicator"):
        number = assessment.indicator.number
        if number % 3 == 0:
            continue
        unit = assessment.lead_unit
        if unit.pk not in pics:
            pics[unit.pk] = member(f"pic-{unit.slug}", unit, Role.UNIT_PIC)
        assessment = assessment_save_claim(
            actor=pics[unit.pk],
            assessment=assessment,
            version=assessment.version,
            claimed_level=3,
            justification="bench",
            criteria_met=[1, 2, 3],
            submit=True,
        )
        if number % 3 == 1:
            assessment_verify(
                actor=coordinator,
                assessment=assessment,
                version=assessment.version,
                verified_level=2,
                reason="bench",
            )
    return evaluation.pk


def measure(client: Client, url: str) -> tuple[float, float, int]:
    client.get(url)  # warm caches (framework parse, templates)
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.9)], len(queries)


def main() -> None:
    setup_test_environment()
    print(f"database: {connection.vendor}")
    pk = build()
    client = Client()
    leader = get_user_model().objects.filter(username__startswith="pimpinan-").latest("pk")
    client.force_login(leader)
    for name, url in (
        ("dashboard", reverse("dashboard", args=[pk])),
        ("indicator list", reverse("evaluations:detail", args=[pk])),
    ):
        median, p90, queries = measure(client, url)
        print(f"{name:<15} median {median:6.1f} ms   p90 {p90:6.1f} ms   queries {queries}")


if __name__ == "__main__":
    sys.exit(main())
