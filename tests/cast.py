"""The shared cast of every access test: two agencies and one user per role and scope."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model

from spbe.evaluations.models import Evaluation
from spbe.evaluations.services import assignments_update, evaluation_advance, evaluation_create
from spbe.organizations.actors import Actor, actor_for
from spbe.organizations.models import Agency, Membership, Role, Unit

PASSWORD = "rahasia-uji-123"


@dataclass
class Cast:
    agency: Agency
    other_agency: Agency
    unit: Unit
    other_unit: Unit
    coordinator: Any
    pic: Any
    other_pic: Any
    internal_assessor: Any
    leadership: Any
    outsider: Any
    external_assessor: Any
    unassigned_assessor: Any
    admin: Any
    evaluation: Evaluation

    def actor(self, user: Any) -> Actor:
        if hasattr(user, "_spbe_actor"):
            del user._spbe_actor
        return actor_for(user)


def make_user(username: str, agency: Agency | None, unit: Unit | None, *roles: Role) -> Any:
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    Membership.objects.create(user=user, agency=agency, unit=unit, roles=[r.value for r in roles])
    return user


def make_cast(*, framework: str = "spbe-2020", advance: bool = True, prefix: str = "") -> Cast:
    """Build the cast; ``prefix`` keeps names apart when a test needs two casts."""
    p = prefix
    agency = Agency.objects.create(
        name=f"{p}Kota Uji", slug=f"{p}kota-uji", kind="kota", province="Sumatera Utara"
    )
    other = Agency.objects.create(
        name=f"{p}Kabupaten Lain", slug=f"{p}kab-lain", kind="kabupaten", province="Aceh"
    )
    unit = Unit.objects.create(
        agency=agency, name="Dinas Komunikasi dan Informatika", short_name="Kominfo", slug="kominfo"
    )
    other_unit = Unit.objects.create(
        agency=agency, name="Badan Perencanaan", short_name="Bappeda", slug="bappeda"
    )
    Unit.objects.create(
        agency=other, name="Dinas Kominfo Lain", short_name="Kominfo Lain", slug="kominfo"
    )
    coordinator = make_user(p + "koordinator", agency, unit, Role.COORDINATOR)
    admin = get_user_model().objects.create_superuser(username=p + "admin", password=PASSWORD)
    evaluation = evaluation_create(
        actor=actor_for(coordinator),
        agency=agency,
        year=2026,
        framework_code=framework,
        target=Decimal("2.60"),
        self_assessment_deadline=datetime.date(2026, 12, 15),
        review_deadline=datetime.date(2027, 1, 15),
    )
    count = evaluation.assessments.count()
    assignments = {n: (unit.pk, set()) for n in range(1, count + 1)}
    assignments[2] = (other_unit.pk, {unit.pk})
    assignments[3] = (other_unit.pk, set())
    assignments_update(actor=actor_for(coordinator), evaluation=evaluation, assignments=assignments)
    if advance:
        evaluation = evaluation_advance(actor=actor_for(coordinator), evaluation=evaluation)
    external = make_user(p + "asesor", None, None, Role.EXTERNAL_ASSESSOR)
    evaluation.external_assessors.add(external)
    return Cast(
        agency=agency,
        other_agency=other,
        unit=unit,
        other_unit=other_unit,
        coordinator=coordinator,
        pic=make_user(p + "pic-kominfo", agency, unit, Role.UNIT_PIC),
        other_pic=make_user(p + "pic-bappeda", agency, other_unit, Role.UNIT_PIC),
        internal_assessor=make_user(p + "asesor-internal", agency, None, Role.INTERNAL_ASSESSOR),
        leadership=make_user(p + "pimpinan", agency, None, Role.LEADERSHIP),
        outsider=make_user(p + "koordinator-lain", other, None, Role.COORDINATOR),
        external_assessor=external,
        unassigned_assessor=make_user(p + "asesor-lain", None, None, Role.EXTERNAL_ASSESSOR),
        admin=admin,
        evaluation=evaluation,
    )


# Every member of the cast, as the access tests walk them.
MEMBERS = (
    "coordinator",
    "pic",
    "other_pic",
    "internal_assessor",
    "leadership",
    "outsider",
    "external_assessor",
    "unassigned_assessor",
    "admin",
)


def allowed(cast: Cast, rule: Callable[..., Any], *args: Any) -> set[str]:
    """The members of the cast whom ``rule(actor, *args)`` allows."""
    return {name for name in MEMBERS if rule(cast.actor(getattr(cast, name)), *args)}
