"""Creating and revoking personal access tokens; both are audited under the user's agency."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from spbe.api.models import ApiToken, TokenScope
from spbe.api.tokens import new_token
from spbe.audit.services import audit_record
from spbe.core.errors import ActionRefused, NotAllowed
from spbe.organizations.actors import Actor, actor_for
from spbe.organizations.models import Agency

DEFAULT_DAYS = 90
MAX_DAYS = 365


@transaction.atomic
def token_create(
    *, actor: Actor, user: Any, name: str, scope: str, days: object = DEFAULT_DAYS
) -> tuple[ApiToken, str]:
    """A new token for ``user`` (oneself, or anyone for the installation's admin or the system);
    returns it with its text, which is shown once and never stored."""
    if not (actor.is_system or actor.is_admin or getattr(actor.user, "pk", None) == user.pk):
        raise NotAllowed(_("You may create tokens for yourself only."))
    name = name.strip()
    if not name or len(name) > 100:
        raise ActionRefused(_("Give the token a name of at most 100 characters."), field="name")
    if scope not in TokenScope.values:
        raise ActionRefused(_("The scope is read or write."), field="scope")
    lifetime = _days(days)
    made = new_token()
    token = ApiToken.objects.create(
        user=user,
        name=name,
        prefix=made.prefix,
        digest=made.digest,
        scope=scope,
        expires_at=timezone.now() + datetime.timedelta(days=lifetime),
    )
    audit_record(
        actor=actor.user,
        action="api_token.create",
        target=token,
        agency=_agency_of(user),
        summary=_("Access token %(name)s created") % {"name": name},
        data={"prefix": made.prefix, "scope": scope, "days": lifetime, "user": user.pk},
    )
    return token, made.text


@transaction.atomic
def token_revoke(*, actor: Actor, token: ApiToken) -> bool:
    """Revoke a token; returns False when it was revoked already (nothing changes)."""
    token = ApiToken.objects.select_for_update().select_related("user").get(pk=token.pk)
    if not (actor.is_system or actor.is_admin or getattr(actor.user, "pk", None) == token.user_id):
        raise NotAllowed(_("You may revoke your own tokens only."))
    if token.revoked_at is not None:
        return False
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    audit_record(
        actor=actor.user,
        action="api_token.revoke",
        target=token,
        agency=_agency_of(token.user),
        summary=_("Access token %(name)s revoked") % {"name": token.name},
        data={"prefix": token.prefix},
    )
    return True


def _days(raw: object) -> int:
    try:
        days = int(str(raw).strip())
    except ValueError:
        days = 0
    if not 1 <= days <= MAX_DAYS:
        raise ActionRefused(
            _("A token lasts from 1 to %(max)s days.") % {"max": MAX_DAYS}, field="days"
        )
    return days


def _agency_of(user: Any) -> Agency | None:
    agency_id = actor_for(user).agency_id
    return None if agency_id is None else Agency.objects.filter(pk=agency_id).first()
