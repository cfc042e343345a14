"""Writes of agencies, units and memberships (the installation administrator's work)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.organizations.actors import Actor
from spbe.organizations.models import Agency, Membership, Role, Unit
from spbe.organizations.policy import can_administer


def _saved(instance: models.Model) -> None:
    """Save a row that passes the model's own rules (choices, blanks, uniqueness), or refuse it."""
    try:
        instance.full_clean()
    except ValidationError as error:
        field, messages = next(iter(error.message_dict.items()))
        raise ActionRefused(
            " ".join(messages), field=None if field == NON_FIELD_ERRORS else field
        ) from error
    instance.save()


@transaction.atomic
def agency_create(*, actor: Actor, name: str, kind: str, province: str, slug: str = "") -> Agency:
    require(can_administer(actor))
    agency = Agency(
        name=name.strip(), kind=kind, province=province.strip(), slug=slug or slugify(name)
    )
    _saved(agency)
    audit_record(
        actor=actor.user, action="agency.create", target=agency, agency=agency, summary=agency.name
    )
    return agency


@transaction.atomic
def unit_create(
    *, actor: Actor, agency: Agency, name: str, short_name: str, slug: str = ""
) -> Unit:
    require(can_administer(actor))
    unit = Unit(
        agency=agency,
        name=name.strip(),
        short_name=short_name.strip(),
        slug=slug or slugify(short_name),
    )
    _saved(unit)
    audit_record(
        actor=actor.user, action="unit.create", target=unit, agency=agency, summary=unit.name
    )
    return unit


def validate_membership(*, agency: Agency | None, unit: Unit | None, roles: list[str]) -> None:
    """A user holds roles in one agency; a PIC belongs to one unit of that agency."""
    known = {role.value for role in Role}
    if not set(roles) <= known:
        raise ActionRefused(_("Unknown role."), field="roles")
    agency_roles = set(roles) - {Role.EXTERNAL_ASSESSOR.value}
    if agency_roles and agency is None:
        raise ActionRefused(_("These roles need an agency."), field="agency")
    if Role.UNIT_PIC.value in roles and unit is None:
        raise ActionRefused(_("A unit PIC needs a unit."), field="unit")
    if unit is not None and (agency is None or unit.agency_id != agency.pk):
        raise ActionRefused(_("The unit must belong to the user's agency."), field="unit")


@transaction.atomic
def member_create(
    *,
    actor: Actor,
    username: str,
    password: str,
    full_name: str,
    agency: Agency | None,
    unit: Unit | None,
    roles: list[str],
) -> Membership:
    require(can_administer(actor))
    validate_membership(agency=agency, unit=unit, roles=roles)
    users = get_user_model()
    if users.objects.filter(username=username).exists():
        raise ActionRefused(_("This username is taken."), field="username")
    first, _space, last = full_name.partition(" ")
    user = users(username=users.normalize_username(username), first_name=first, last_name=last)
    user.set_password(password)
    _saved(user)
    membership = Membership.objects.create(
        user=user, agency=agency, unit=unit, roles=sorted(set(roles))
    )
    audit_record(
        actor=actor.user,
        action="membership.create",
        target=membership,
        agency=agency,
        summary=username,
        data={"roles": membership.roles, "unit": unit.pk if unit else None},
    )
    return membership
