"""Rows of an export as new rows of this installation: the reverse of ``encode``.

Every row gets a new primary key; the export's numbers are mapped to the new keys as the tables
are read in order (``references.Numbering``). Timestamps are kept as exported: the fields that
set themselves on save (``auto_now``) are told not to while the import runs (``kept_times``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from django.contrib.auth import get_user_model
from django.db import models
from django.utils.translation import gettext as _

from spbe.archive.references import Numbering, catalog_row, kind_of, label_of, related
from spbe.archive.tables import TABLES, UNITS, Table
from spbe.archive.two_factor_rows import two_factor_restore
from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused
from spbe.core.text import require_record_text
from spbe.evaluations.models import Evaluation
from spbe.organizations.models import Agency, Membership
from spbe.planning.models import PlanCosts
from spbe.planning.services import check_costs

User = get_user_model()
# Stores the bytes of a file a row holds (SHA-256, name wanted) and returns the stored name.
FileWriter = Callable[[str, str], str]


@contextmanager
def kept_times(models_: list[type[models.Model]]) -> Iterator[None]:
    """Turn off ``auto_now``/``auto_now_add`` of these models for the duration, so that an
    imported row keeps its exported times. Only the import command does this, in its own
    process; the flags are put back whatever happens."""
    changed: list[tuple[models.Field, bool, bool]] = []
    for model in models_:
        for field in model._meta.concrete_fields:
            if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                changed.append((field, field.auto_now, field.auto_now_add))  # type: ignore[attr-defined]
                field.auto_now = field.auto_now_add = False  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in changed:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add  # type: ignore[attr-defined]


class Decoder:
    def __init__(self, agency: Agency, stored_files: dict[str, int], write_file: FileWriter):
        self.agency = agency
        self.numbering = Numbering()
        self.stored_files = stored_files
        self.write_file = write_file
        self.users: dict[str, int] = {}
        self._catalog: dict[tuple[type[models.Model], str], int] = {}

    def people(self, rows: list[dict[str, Any]]) -> None:
        """Create the agency's members; match everyone else by username, or create them.

        A member whose username is taken is refused (before this is called, by
        ``agency_import``); another person of the same username is taken to be the same person.
        """
        for row in rows:
            existing = User.objects.filter(username=row["username"]).first()
            if existing is not None and not row["member"]:
                self.users[row["username"]] = existing.pk
                continue
            user = User(
                username=row["username"],
                first_name=row["first_name"],
                last_name=row["last_name"],
                email=row["email"],
                # Archives made before the language of messages existed have none.
                language=row.get("language", ""),
                is_active=row["is_active"],
                is_staff=row.get("is_staff", False),
                date_joined=_field(User, "date_joined").to_python(row["date_joined"]),
                last_login=_field(User, "last_login").to_python(row["last_login"]),
            )
            if row.get("password"):
                user.password = row["password"]
            else:
                user.set_unusable_password()
            user.save(force_insert=True)
            self.users[user.username] = user.pk
            if row.get("password") and row.get("two_factor") is not None:
                two_factor_restore(user, row["two_factor"])
            membership = row.get("membership")
            if membership is not None:
                unit = membership["unit"]
                Membership.objects.create(
                    user=user,
                    agency=self.agency if row["member"] else None,
                    unit_id=None
                    if unit is None
                    else self.numbering.key_of("organizations.unit", unit),
                    roles=membership["roles"],
                )

    def table(self, table: Table, rows: list[dict[str, Any]]) -> None:
        label = table.model._meta.label_lower
        for row in rows:
            obj = self.row(table.model, row)
            self.check(obj)
            obj.save(force_insert=True)
            self.numbering.keep(label, row["id"], obj.pk)
            for field in table.model._meta.many_to_many:
                if field.name in row:
                    getattr(obj, field.name).set(self.many(field, row[field.name]))

    def check(self, obj: models.Model) -> None:
        """Refuse what the pages would refuse: a text with a NUL byte or over its field's
        length, and step costs the planner cannot read (issue 15)."""
        require_record_text(obj)
        if isinstance(obj, PlanCosts):
            check_costs(Evaluation.objects.get(pk=obj.evaluation_id), obj.costs)

    def row(self, model: type[models.Model], row: dict[str, Any]) -> models.Model:
        obj = model()
        for field in model._meta.concrete_fields:
            if field.primary_key:
                continue
            if field.is_relation and kind_of(field) == "agency":
                setattr(obj, field.attname, self.agency.pk)
            elif field.name not in row:
                continue
            elif field.is_relation:
                value = row[field.name]
                setattr(obj, field.attname, None if value is None else self.key(field, value))
            elif isinstance(field, models.FileField):
                value = row[field.name]
                name = ""
                if value is not None:
                    wanted = field.generate_filename(obj, "file" + value["extension"])
                    name = self.write_file(value["sha256"], wanted)
                setattr(obj, field.attname, name)
            else:
                setattr(obj, field.attname, field.to_python(row[field.name]))
        if isinstance(obj, AuditEvent):
            obj.object_id = self.audit_object(row.get("object"), obj.object_id)
        return obj

    def key(self, field: models.Field, value: Any) -> int:
        kind = kind_of(field)
        if kind == "user":
            return self._user(value)
        if kind == "catalog":
            cache_key = (related(field), repr(value))
            if cache_key not in self._catalog:
                self._catalog[cache_key] = catalog_row(related(field), value).pk
            return self._catalog[cache_key]
        if kind == "stored_file":
            if value not in self.stored_files:
                raise ActionRefused(_("The export lacks the stored file %(sha)s.") % {"sha": value})
            return self.stored_files[value]
        return self.numbering.key_of(label_of(field), value)

    def many(self, field: models.Field, values: list[Any]) -> list[int]:
        if kind_of(field) == "user":
            return [self._user(name) for name in values]
        label = label_of(field)
        return [self.numbering.key_of(label, number) for number in values]

    def audit_object(self, reference: dict[str, Any] | None, raw: str) -> str:
        if reference is None:
            return raw
        if reference.get("agency"):
            return str(self.agency.pk)
        if "user" in reference:
            return str(self._user(reference["user"]))
        table = next((t for t in (UNITS, *TABLES) if t.name == reference["table"]), None)
        if table is None:
            raise ActionRefused(_("Unknown table %(name)s.") % {"name": reference["table"]})
        return str(self.numbering.key_of(table.model._meta.label_lower, reference["id"]))

    def _user(self, username: str) -> int:
        if username not in self.users:
            raise ActionRefused(
                _("The export names a user it does not hold: %(name)s.") % {"name": username}
            )
        return self.users[username]


def _field(model: type[models.Model], name: str) -> models.Field:
    return model._meta.get_field(name)  # type: ignore[return-value]
