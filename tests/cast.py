"""The shared cast of every access test: two agencies and one user per role and scope.

The cast's evaluation has fixed deadlines, so it is built and used on the cast's day only
(``tests.clock.CAST_DAY``): mark the test ``dates``, or build it inside ``on_cast_day()``.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone

from spbe.evaluations.models import Evaluation
from spbe.evaluations.services import assignments_update, evaluation_advance, evaluation_create
from spbe.organizations.actors import Actor, actor_for
from spbe.organizations.models import Agency, Membership, Role, Unit
from tests.cast_snapshot import built_or_copied
from tests.clock import CAST_DAY

PASSWORD = "rahasia-uji-123"
# Every user of the cast, by the name of its field.
ROLES = (
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


def all_roles_but(*kept: str) -> list[str]:
    """The cast's roles other than ``kept``, for "nobody else may" tests."""
    return [role for role in ROLES if role not in kept]


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

    def everyone_but(self, *users: Any) -> list[Any]:
        """Every user of the cast, the admin included, except ``users``: who must be refused."""
        everyone = [
            self.coordinator,
            self.pic,
            self.other_pic,
            self.internal_assessor,
            self.leadership,
            self.outsider,
            self.external_assessor,
            self.unassigned_assessor,
            self.admin,
        ]
        return [user for user in everyone if user not in users]


def make_user(username: str, agency: Agency | None, unit: Unit | None, *roles: Role) -> Any:
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    Membership.objects.create(user=user, agency=agency, unit=unit, roles=[r.value for r in roles])
    return user


def make_cast(*, framework: str = "spbe-2020", advance: bool = True, prefix: str = "") -> Cast:
    """Build the cast; ``prefix`` keeps names apart when a test needs two casts.

    After its first build on a test database, the cast is copied in from the rows that build
    wrote (``tests/cast_snapshot.py``): the same rows, in a fraction of the time.
    """
    if timezone.localdate() != timezone.localdate(CAST_DAY):
        # Otherwise "overdue" would depend on the day the tests run (deadline 2026-12-15).
        raise RuntimeError(
            "the cast is built on its day only: mark the test `dates` (tests/clock.py) "
            "or build it inside tests.clock.on_cast_day()"
        )
    return built_or_copied(
        ("cast", framework, advance, prefix),
        lambda: build_cast(framework=framework, advance=advance, prefix=prefix),
        reloaded,
    )


def reloaded(cast: Cast) -> Cast:
    """The same cast, every object read afresh from the database."""
    fields = {name: getattr(cast, name) for name in cast.__dataclass_fields__}
    by_model: dict[type, list[Any]] = {}
    for value in fields.values():
        by_model.setdefault(type(value), []).append(value.pk)
    fresh = {model: model._default_manager.in_bulk(pks) for model, pks in by_model.items()}
    return Cast(**{name: fresh[type(value)][value.pk] for name, value in fields.items()})


def build_cast(*, framework: str, advance: bool, prefix: str) -> Cast:
    """The cast, built through the services."""
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


def allowed(cast: Cast, rule: Callable[..., Any], *args: Any) -> set[str]:
    """The members of the cast whom ``rule(actor, *args)`` allows."""
    return {name for name in ROLES if rule(cast.actor(getattr(cast, name)), *args)}
