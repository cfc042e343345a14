#!/usr/bin/env python3
"""Pages as a share of a trivial signed-in page, on one gunicorn server, in one run (issue 16 § 4).

    uv run python bench/page_ratios.py                 # SQLite in a temporary data directory
    bench/run-page-ratios                              # the same on a throwaway PostgreSQL

Builds, through the services: an agency with 15 units whose SPBE 2020 evaluation is in
progress (47 indicators assigned, a third submitted, a third verified) over 5 finished past
years; a second agency with the same current evaluation over 1 past year; and, for the
installation administrator's list, 20 evaluations, then 200 more (in bulk). Then it starts
gunicorn (one sync worker, ``DEBUG=0``) on 127.0.0.1 and requests, with a signed-in session,
the trivial page (the password-change form) and each page in turn, ``--rounds`` rounds of
``--requests`` sequential requests each. A page's ratio is the trivial page's median time
divided by the page's, round by round; the median over the rounds is printed. A ratio is the
page's throughput as a share of the trivial page's, so 1.0 means as fast.
"""

from __future__ import annotations

import argparse
import datetime
import http.client
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spbe.settings")
os.environ.setdefault("SPBE_DATA_DIR", tempfile.mkdtemp(prefix="spbe-bench-"))
os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-0123456789abcdefghijkl")
os.environ["DEBUG"] = "0"
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from spbe.evaluations.assessment_services import assessment_save_claim, assessment_verify  # noqa: E402
from spbe.evaluations.models import Assessment, Evaluation  # noqa: E402
from spbe.evaluations.past_evaluation_services import evaluation_record_finished  # noqa: E402
from spbe.evaluations.services import assignments_update, evaluation_advance, evaluation_create  # noqa: E402
from spbe.organizations.actors import actor_for  # noqa: E402
from spbe.organizations.models import Agency, Membership, Role, Unit  # noqa: E402

HOST = "127.0.0.1"
TRIVIAL = "trivial signed-in page"


def agency_with_history(slug: str, past_years: int) -> tuple[int, object]:
    """An agency, its koordinator, ``past_years`` finished years and a current evaluation."""
    users = get_user_model()
    agency = Agency.objects.create(
        name=f"Kota Bench {slug}", slug=slug, kind="kota", province="Sumatera Utara"
    )
    units = [
        Unit.objects.create(
            agency=agency, name=f"Perangkat Daerah {n}", short_name=f"PD{n}", slug=f"pd{n}"
        )
        for n in range(15)
    ]

    def member(name: str, unit: Unit | None, role: Role):
        user = users.objects.create_user(username=f"{name}-{slug}", password="bench-password")
        Membership.objects.create(user=user, agency=agency, unit=unit, roles=[role.value])
        return user

    coordinator_user = member("koordinator", units[0], Role.COORDINATOR)
    coordinator = actor_for(coordinator_user)
    for year in range(2024 - past_years, 2024):
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
        assignments={n: (units[n % 15].pk, {units[(n + 1) % 15].pk}) for n in range(1, 48)},
    )
    evaluation = evaluation_advance(actor=coordinator, evaluation=evaluation)
    pics: dict[int, object] = {}
    for assessment in evaluation.assessments.select_related("lead_unit", "indicator"):
        number = assessment.indicator.number
        if number % 3 == 0:
            continue
        unit = assessment.lead_unit
        if unit.pk not in pics:
            pics[unit.pk] = actor_for(member(f"pic-{unit.slug}", unit, Role.UNIT_PIC))
        assessment = assessment_save_claim(
            actor=pics[unit.pk],
            assessment=assessment,
            version=assessment.version,
            claimed_level=1 + number % 4,
            justification="bench",
            criteria_met=list(range(1, 2 + number % 4)),
            submit=True,
        )
        if number % 3 == 1:
            assessment_verify(
                actor=coordinator,
                assessment=assessment,
                version=assessment.version,
                verified_level=1 + number % 3,
                reason="bench",
            )
    return evaluation.pk, coordinator_user


def more_evaluations(count: int, start: int) -> None:
    """``count`` evaluations of new agencies, in bulk (the admin's list only reads them)."""
    template = Evaluation.objects.first()
    indicators = list(template.revision.indicators.values_list("pk", flat=True))
    agencies = Agency.objects.bulk_create(
        Agency(name=f"Kabupaten Bench {n}", slug=f"bench-{n}", kind="kabupaten", province="Aceh")
        for n in range(start, start + count)
    )
    evaluations = Evaluation.objects.bulk_create(
        Evaluation(
            agency=agency,
            year=2024,
            revision=template.revision,
            target=Decimal("2.6"),
            self_assessment_deadline=datetime.date(2024, 6, 30),
            review_deadline=datetime.date(2024, 7, 31),
        )
        for agency in agencies
    )
    Assessment.objects.bulk_create(
        Assessment(evaluation=evaluation, indicator_id=pk)
        for evaluation in evaluations
        for pk in indicators
    )


def session_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def get(port: int, path: str, cookie: str) -> float:
    connection_ = http.client.HTTPConnection(HOST, port, timeout=120)
    started = time.perf_counter()
    connection_.request("GET", path, headers={"Cookie": cookie, "Host": HOST})
    response = connection_.getresponse()
    response.read()
    elapsed = time.perf_counter() - started
    connection_.close()
    if response.status != 200:
        raise SystemExit(f"{path}: HTTP {response.status}")
    return elapsed


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def serve(port: int) -> subprocess.Popen:
    gunicorn = shutil.which("gunicorn")
    assert gunicorn, "run inside the project environment: uv run python bench/page_ratios.py"
    server = subprocess.Popen(
        [gunicorn, "spbe.wsgi", "--workers", "1", "--bind", f"{HOST}:{port}", "--timeout", "300"],
        env=os.environ.copy(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            socket.create_connection((HOST, port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("gunicorn did not start")


def measure(port: int, pages: dict[str, tuple[str, str]], rounds: int, requests: int):
    """Median time per page and round; every page is requested once first (warm caches)."""
    for path, cookie in pages.values():
        get(port, path, cookie)
    times: dict[str, list[float]] = {name: [] for name in pages}
    for _ in range(rounds):
        for name, (path, cookie) in pages.items():
            times[name].append(statistics.median(get(port, path, cookie) for _ in range(requests)))
    return times


def report(times: dict[str, list[float]], label: str) -> None:
    baseline = times[TRIVIAL]
    print(f"\n{label}: database {connection.vendor}; median over rounds")
    print(f"{'page':<46} {'median ms':>10} {'ratio':>7}")
    for name, medians in times.items():
        ratios = [base / mine for base, mine in zip(baseline, medians, strict=True)]
        print(
            f"{name:<46} {statistics.median(medians) * 1000:10.1f} {statistics.median(ratios):7.3f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=7)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as quiet:
        call_command("catalog", "load", verbosity=0, stdout=quiet)
        call_command("createcachetable", verbosity=0, stdout=quiet)
        call_command("collectstatic", interactive=False, verbosity=0, stdout=quiet)
    five, coordinator = agency_with_history("five-years", 5)
    one, coordinator_one = agency_with_history("one-year", 1)
    admin = get_user_model().objects.create_superuser("bench-admin", password="bench-password")
    more_evaluations(20 - Evaluation.objects.count(), 0)
    signed_in = session_cookie(coordinator)
    as_admin = session_cookie(admin)
    first = Assessment.objects.filter(evaluation_id=five).order_by("indicator__number").first()
    pages = {
        TRIVIAL: (reverse("password_change"), signed_in),
        "Koordinator dashboard (5 past years)": (reverse("dashboard", args=[five]), signed_in),
        "Koordinator dashboard (1 past year)": (
            reverse("dashboard", args=[one]),
            session_cookie(coordinator_one),
        ),
        "indicator page": (
            reverse("evaluations:indicator", args=[five, first.indicator.number]),
            signed_in,
        ),
        "evaluation list": (reverse("evaluations:list"), signed_in),
        "planning page": (reverse("planning:plan", args=[five]), signed_in),
        "admin's evaluation list, 20 evaluations": (reverse("evaluations:list"), as_admin),
    }
    port = free_port()
    server = serve(port)
    try:
        small = measure(port, pages, args.rounds, args.requests)
    finally:
        server.terminate()
        server.wait()
    report(small, "pages (20 evaluations in the installation)")
    more_evaluations(200, 1000)
    larger = {
        TRIVIAL: pages[TRIVIAL],
        "admin's evaluation list, 220 evaluations": (reverse("evaluations:list"), as_admin),
    }
    server = serve(port)
    try:
        large = measure(port, larger, args.rounds, args.requests)
    finally:
        server.terminate()
        server.wait()
    report(large, "the admin's list after 200 more evaluations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
