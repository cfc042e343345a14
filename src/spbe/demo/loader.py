"""Loading the Kota Pematangsiantar demo through the same services the pages use.

The installation's own work (the agency, its units, the users) is done by ``SYSTEM``; every
step of the workflow is done by the demo's people (koordinator, PICs, asesor internal), as the
audit trail of a real agency would show.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction

from spbe.benchmarks.services import (
    PACKAGED_RESULTS,
    agency_links_refresh,
    published_results_import,
)
from spbe.catalog.selectors import current_revision, revision_scoring_framework
from spbe.demo import data
from spbe.demo.history import illustrative_levels
from spbe.evaluations.assessment_services import (
    assessment_return,
    assessment_save_claim,
    assessment_verify,
)
from spbe.evaluations.models import Assessment, Evaluation
from spbe.evaluations.past_evaluation_services import evaluation_record_finished
from spbe.evaluations.services import (
    assignments_update,
    evaluation_advance,
    evaluation_create,
    external_assessor_set,
)
from spbe.organizations.actors import SYSTEM, Actor, actor_for
from spbe.organizations.models import Agency, Membership, Role, Unit
from spbe.organizations.services import agency_create, member_create, unit_create

Say = Callable[[str], None]

# The Pemdi 2026 evaluation in progress: indicator → (claim, what happened to it).
PEMDI_PROGRESS: dict[int, tuple[int, str]] = {
    1: (2, "verified"),
    2: (2, "verified"),
    3: (1, "verified"),
    4: (2, "submitted"),
    5: (2, "returned"),
    6: (1, "verified"),
    7: (2, "submitted"),
    8: (1, "draft"),
    9: (2, "returned"),
    10: (3, "verified-lower"),
    11: (1, "submitted"),
    12: (2, "draft"),
    13: (3, "verified"),
    14: (3, "submitted"),
    15: (2, "verified"),
    16: (2, "draft"),
}


def load_demo(*, say: Say) -> Agency:
    """Create whatever of the demo is missing; a second run changes nothing."""
    admin = _admin_user()
    with transaction.atomic():
        agency = Agency.objects.filter(slug=data.AGENCY["slug"]).first()
        if agency is None:
            agency = agency_create(actor=SYSTEM, **data.AGENCY)
            say(f"Instansi: {agency.name}")
        units = _units(agency)
        _users(agency, units, admin, say)
    coordinator = actor_for(get_user_model().objects.get(username="koordinator"))
    for published in data.PUBLISHED:
        _finished(agency, coordinator, units, published, say)
    _pemdi_in_progress(agency, coordinator, units, say)
    summary = published_results_import(path=PACKAGED_RESULTS)
    if summary.created:
        say(f"Hasil Indeks SPBE yang dipublikasikan: {summary.created} baris dimuat")
    agency_links_refresh()
    external = get_user_model().objects.get(username="asesor")
    for evaluation in Evaluation.objects.filter(agency=agency).exclude(external_assessors=external):
        external_assessor_set(
            actor=coordinator, evaluation=evaluation, user=external, assigned=True
        )
    return agency


def _admin_user():
    users = get_user_model()
    admin = users.objects.filter(username="admin").first()
    if admin is None:
        admin = users.objects.create_superuser(username="admin", email="", password=data.PASSWORD)
        admin.first_name = "Administrator"
        admin.save(update_fields=["first_name"])
    return admin


def _units(agency: Agency) -> dict[str, Unit]:
    existing = {unit.slug: unit for unit in agency.units.all()}
    for slug, short_name, name in data.UNITS:
        if slug not in existing:
            existing[slug] = unit_create(
                actor=SYSTEM, agency=agency, name=name, short_name=short_name, slug=slug
            )
    return existing


def _users(agency: Agency, units: dict[str, Unit], admin, say: Say) -> None:
    people = [
        ("koordinator", "Koordinator SPBE", units["kominfo"], [Role.COORDINATOR]),
        ("pimpinan", "Sekretaris Daerah", None, [Role.LEADERSHIP]),
        ("asesor-internal", "Asesor Internal", units["inspektorat"], [Role.INTERNAL_ASSESSOR]),
    ] + [
        (f"pic-{slug}", f"PIC {unit.short_name}", unit, [Role.UNIT_PIC])
        for slug, unit in units.items()
    ]
    users = get_user_model()
    for username, full_name, unit, roles in people:
        if not users.objects.filter(username=username).exists():
            member_create(
                actor=SYSTEM,
                username=username,
                password=data.PASSWORD,
                full_name=full_name,
                agency=agency,
                unit=unit,
                roles=[role.value for role in roles],
            )
    if not users.objects.filter(username="asesor").exists():
        member_create(
            actor=SYSTEM,
            username="asesor",
            password=data.PASSWORD,
            full_name="Asesor Eksternal KemenPANRB",
            agency=None,
            unit=None,
            roles=[Role.EXTERNAL_ASSESSOR.value],
        )
    if not Membership.objects.filter(user=admin).exists():
        Membership.objects.create(user=admin, agency=None, unit=None, roles=[])


def _finished(
    agency: Agency, coordinator: Actor, units: dict[str, Unit], published: dict, say: Say
) -> None:
    year = published["year"]
    if Evaluation.objects.filter(
        agency=agency, year=year, revision__framework__code="spbe-2020"
    ).exists():
        return
    framework = revision_scoring_framework(current_revision("spbe-2020"))
    levels = illustrative_levels(
        framework, index=published["index"], domains=published["domains"], year=year
    )
    # Self-assessments usually claim a little more than the evaluator grants.
    claimed = {n: min(5, level + 1) if n % 9 == 0 else level for n, level in levels.items()}
    evaluation_record_finished(
        actor=coordinator,
        agency=agency,
        year=year,
        framework_code="spbe-2020",
        target=published["target"],
        external_values={n: Decimal(v) for n, v in levels.items()},
        claimed_values={n: Decimal(v) for n, v in claimed.items()},
        lead_units={n: units[lead].pk for n, (lead, _support) in data.SPBE_2020_LEADS.items()},
        illustrative=True,
        source_note=published["source"],
    )
    say(f"Evaluasi SPBE {year}: indeks {published['index']} (nilai per indikator ilustratif)")


def _pemdi_in_progress(
    agency: Agency, coordinator: Actor, units: dict[str, Unit], say: Say
) -> None:
    if Evaluation.objects.filter(
        agency=agency, year=2026, revision__framework__code="pemdi-2026"
    ).exists():
        return
    with transaction.atomic():
        evaluation = evaluation_create(
            actor=coordinator,
            agency=agency,
            year=2026,
            framework_code="pemdi-2026",
            target=Decimal("2.50"),
            self_assessment_deadline=datetime.date(2026, 12, 15),
            review_deadline=datetime.date(2027, 1, 15),
        )
        assignments_update(
            actor=coordinator,
            evaluation=evaluation,
            assignments={
                n: (units[lead].pk, {units[s].pk for s in support})
                for n, (lead, support) in data.PEMDI_2026_LEADS.items()
            },
        )
        evaluation = evaluation_advance(
            actor=coordinator, evaluation=evaluation, note="Penilaian mandiri dibuka."
        )
        reviewer = actor_for(get_user_model().objects.get(username="asesor-internal"))
        for number, (claim, outcome) in PEMDI_PROGRESS.items():
            _work_indicator(evaluation, number, claim, outcome, reviewer)
    say("Evaluasi Pemdi 2026: penilaian mandiri berjalan, target 2,50")


def _work_indicator(
    evaluation: Evaluation, number: int, claim: int, outcome: str, reviewer: Actor
) -> None:
    assessment = Assessment.objects.select_related("lead_unit").get(
        evaluation=evaluation, indicator__number=number
    )
    unit = assessment.lead_unit
    assert unit is not None, "every demo indicator has a lead unit"
    pic = actor_for(get_user_model().objects.get(username=f"pic-{unit.slug}"))
    text = f"Bukti dukung tingkat {claim} tersedia dan telah diunggah oleh {unit.short_name}."
    assessment = assessment_save_claim(
        actor=pic,
        assessment=assessment,
        version=assessment.version,
        claimed_level=claim,
        justification=text,
        criteria_met=list(range(1, claim + 1)),
        submit=outcome != "draft",
    )
    if outcome == "verified":
        assessment_verify(
            actor=reviewer,
            assessment=assessment,
            version=assessment.version,
            verified_level=claim,
            reason="",
        )
    elif outcome == "verified-lower":
        assessment_verify(
            actor=reviewer,
            assessment=assessment,
            version=assessment.version,
            verified_level=claim - 1,
            reason="Reviu kebijakan belum dilakukan secara berkala; kriteria tingkat 3 belum terbukti.",
        )
    elif outcome == "returned":
        assessment_return(
            actor=reviewer,
            assessment=assessment,
            version=assessment.version,
            note="Lampirkan dokumen yang sudah ditetapkan (bernomor dan bertanda tangan), bukan rancangan.",
        )
