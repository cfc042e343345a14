"""Loading the Kota Pematangsiantar demo through the same services the pages use.

The installation's own work (the agency, its units, the users) is done by ``SYSTEM``; every
step of the workflow is done by the demo's people (koordinator, PICs, asesor internal), as the
audit trail of a real agency would show.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from spbe.benchmarks.services import (
    PACKAGED_RESULTS,
    agency_links_refresh,
    published_results_import,
)
from spbe.catalog.selectors import current_revision, revision_scoring_framework
from spbe.demo import data
from spbe.demo.contacts import demo_contacts
from spbe.demo.history import illustrative_levels
from spbe.demo.pemdi_cycle import pemdi_cycle
from spbe.evaluations.models import Evaluation
from spbe.evaluations.past_evaluation_services import evaluation_record_finished
from spbe.evaluations.services import (
    external_assessor_set,
)
from spbe.organizations.actors import SYSTEM, Actor, actor_for
from spbe.organizations.models import Agency, Membership, Role, Unit
from spbe.organizations.services import agency_create, member_create, unit_create

Say = Callable[[str], None]


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
    pemdi_cycle(agency, coordinator, units, say, today=timezone.localdate())
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
    demo_contacts(["admin", *(username for username, *_rest in people), "asesor"])


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
