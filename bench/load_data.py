"""What the load test needs from the database, and what the worker queue did during it.

``python bench/load_data.py targets OUT.json`` lists, from the synthetic agencies of
``spbe demo --scale``, who plays each role and on what: PICs with the indicators their unit
leads in an evaluation open for self-assessment, internal assessors with the claims waiting in
an evaluation under review, leaders with their current evaluation, and API clients with a
read token made for a coordinator (``token_create``, as ``spbe token create`` does).

``python bench/load_data.py passwords`` stores the synthetic users' password with today's first
hasher when the restored scale was dumped before it (one hash for all, as ``spbe demo --scale``
writes them): every person of a run signs in once, so a dump's older, slower hashes would make
every sign-in of the run pay the old hash and the upgrade instead of the sign-in of today.

``python bench/load_data.py queue SINCE`` prints how long the jobs enqueued since SINCE (an ISO
time) waited for a worker, by task, and how many were still waiting.
"""

from __future__ import annotations

import datetime
import json
import os
import statistics
import sys
from pathlib import Path

import django


def targets(out: Path) -> None:
    from spbe.api.token_services import token_create
    from spbe.demo.data import PASSWORD
    from spbe.evaluations.models import Assessment, Evaluation
    from spbe.organizations.actors import SYSTEM
    from spbe.organizations.models import Membership, Role

    current = {}
    for evaluation in Evaluation.objects.filter(agency__synthetic=True).order_by("agency", "year"):
        current[evaluation.agency_id] = evaluation  # the last year wins
    found: dict[str, list[dict[str, object]]] = {"pic": [], "reviewer": [], "leader": [], "api": []}
    members = Membership.objects.filter(agency__synthetic=True).select_related("user")
    for member in members.order_by("agency__slug", "user__username"):
        evaluation = current.get(member.agency_id)
        if evaluation is None:
            continue
        assessments = Assessment.objects.filter(evaluation=evaluation)
        if member.has_role(Role.UNIT_PIC) and evaluation.state == "penilaian_mandiri":
            numbers = list(
                assessments.filter(
                    lead_unit=member.unit_id, state__in=("belum_diisi", "draf", "dikembalikan")
                ).values_list("indicator__number", flat=True)
            )
            if numbers:
                found["pic"].append(_target(member, evaluation, numbers))
        elif member.has_role(Role.INTERNAL_ASSESSOR) and evaluation.state == "reviu":
            numbers = list(
                assessments.filter(state="diajukan").values_list("indicator__number", flat=True)
            )
            if numbers:
                found["reviewer"].append(_target(member, evaluation, numbers))
        elif member.has_role(Role.LEADERSHIP):
            found["leader"].append(_target(member, evaluation, []))
        elif member.has_role(Role.COORDINATOR) and len(found["api"]) < 50:
            _token, text = token_create(
                actor=SYSTEM, user=member.user, name="load test", scope="read"
            )
            found["api"].append({**_target(member, evaluation, []), "token": text})
    out.write_text(json.dumps({"password": PASSWORD, **found}, indent=1))
    print(", ".join(f"{role}: {len(rows)}" for role, rows in found.items()))


def _target(member, evaluation, numbers: list[int]) -> dict[str, object]:
    return {"username": member.user.username, "evaluation": evaluation.pk, "numbers": numbers}


def passwords() -> None:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import get_hasher, make_password

    from spbe.demo.data import PASSWORD
    from spbe.organizations.models import Membership

    members = Membership.objects.filter(agency__synthetic=True).values("user_id")
    older = (
        get_user_model()
        .objects.filter(pk__in=members)
        .exclude(password__startswith=f"{get_hasher().algorithm}$")
    )
    print(
        f"passwords stored again with {get_hasher().algorithm}: {older.update(password=make_password(PASSWORD))}"
    )


def queue(since: str) -> None:
    from django_tasks_db.models import DBTaskResult

    start = datetime.datetime.fromisoformat(since)
    jobs = DBTaskResult.objects.filter(enqueued_at__gte=start)
    waited: dict[str, list[float]] = {}
    waiting: dict[str, int] = {}
    for job in jobs.order_by("enqueued_at"):
        task = job.task_path.rsplit(".", 1)[-1]
        if job.started_at is None:
            waiting[task] = waiting.get(task, 0) + 1
        else:
            waited.setdefault(task, []).append((job.started_at - job.enqueued_at).total_seconds())
    print("worker queue: how long jobs waited for a worker (s)")
    print(f"{'task':<32} {'started':>7} {'p50':>7} {'p95':>7} {'max':>7} {'waiting':>7}")
    for task in sorted(set(waited) | set(waiting)):
        delays = sorted(waited.get(task, [])) or [0.0]
        p95 = delays[min(len(delays) - 1, int(0.95 * len(delays)))]
        print(
            f"{task:<32} {len(waited.get(task, [])):>7} {statistics.median(delays):>7.1f} "
            f"{p95:>7.1f} {delays[-1]:>7.1f} {waiting.get(task, 0):>7}"
        )


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spbe.settings")
    django.setup()
    command = sys.argv[1]
    if command == "targets":
        targets(Path(sys.argv[2]))
    elif command == "passwords":
        passwords()
    else:
        queue(sys.argv[2])


if __name__ == "__main__":
    main()
