"""Rows of the database as rows of an export (``docs/export-format.md``).

Every concrete field is written, so that a field added to a model later is exported without a
change here; only its kind of relation needs to be one ``references.kind_of`` knows.
"""

from __future__ import annotations

import posixpath
from typing import Any

from django.contrib.auth import get_user_model
from django.db import models

from spbe.archive.format import sha256
from spbe.archive.references import Numbering, catalog_key, kind_of, label_of, related
from spbe.archive.tables import TABLE_OF_MODEL, Table
from spbe.archive.two_factor_rows import two_factor_row
from spbe.audit.models import AuditEvent
from spbe.evidence.models import StoredFile
from spbe.organizations.models import Agency, Membership

User = get_user_model()


class Encoder:
    """Writes the rows of one agency; remembers the users, stored files and other files the
    rows refer to, which the export then writes too."""

    def __init__(self, agency: Agency) -> None:
        self.agency = agency
        self.numbering = Numbering()
        self.usernames: dict[int, str] = dict(User.objects.values_list("pk", "username"))
        self.users: set[int] = set()
        self.stored_files: set[int] = set()
        # SHA-256 → storage name, for the files the rows hold (a logo); filled by the export.
        self.other_files: dict[str, str] = {}
        self._catalog: dict[tuple[type[models.Model], int], Any] = {}

    def table(self, table: Table) -> list[dict[str, Any]]:
        m2m = [field.name for field in table.model._meta.many_to_many]
        rows = table.rows(self.agency).order_by("pk").prefetch_related(*m2m)
        return [self.row(row) for row in rows]

    def row(self, obj: models.Model) -> dict[str, Any]:
        label = obj._meta.label_lower
        encoded: dict[str, Any] = {"id": self.numbering.number(label, obj.pk)}
        for field in obj._meta.concrete_fields:
            if field.primary_key or (field.is_relation and kind_of(field) == "agency"):
                continue
            encoded[field.name] = self.value(obj, field)
        for field in obj._meta.many_to_many:
            encoded[field.name] = self.many(obj, field)
        if isinstance(obj, AuditEvent):
            # An event about a row of the export names the row by its number, not its key.
            encoded["object"] = self.audit_object(obj)
            if encoded["object"] is not None:
                encoded["object_id"] = None
        return encoded

    def value(self, obj: models.Model, field: models.Field) -> Any:
        if field.is_relation:
            related_pk = getattr(obj, field.attname)
            return None if related_pk is None else self.relation(obj, field, related_pk)
        if isinstance(field, models.FileField):
            return self.file_value(getattr(obj, field.name))
        return field.value_from_object(obj)

    def relation(self, obj: models.Model, field: models.Field, related_pk: int) -> Any:
        kind = kind_of(field)
        if kind == "user":
            self.users.add(related_pk)
            return self.usernames[related_pk]
        if kind == "catalog":
            key = (related(field), related_pk)
            if key not in self._catalog:
                self._catalog[key] = catalog_key(getattr(obj, field.name))
            return self._catalog[key]
        if kind == "stored_file":
            self.stored_files.add(related_pk)
            return StoredFile.objects.values_list("sha256", flat=True).get(pk=related_pk)
        return self.numbering.number_of(label_of(field), related_pk)

    def many(self, obj: models.Model, field: models.Field) -> list[Any]:
        related = list(getattr(obj, field.name).all())
        if kind_of(field) == "user":
            self.users.update(user.pk for user in related)
            return sorted(user.username for user in related)
        label = label_of(field)
        return sorted(self.numbering.number_of(label, item.pk) for item in related)

    def file_value(self, value: Any) -> dict[str, str] | None:
        """A file a row holds (not evidence, which is in stored files): its hash and the
        extension of its name; the import stores it under a name its field makes."""
        if not value or not value.name:
            return None
        with value.storage.open(value.name, "rb") as handle:
            digest = sha256(handle.read())
        self.other_files[digest] = value.name
        return {"sha256": digest, "extension": posixpath.splitext(value.name)[1]}

    def audit_object(self, event: AuditEvent) -> dict[str, Any] | None:
        """What an event is about, named so that the import can point it at the new row."""
        if event.object_type == "organizations.agency" and event.object_id == str(self.agency.pk):
            return {"agency": True}
        if not event.object_id.isdigit():
            return None
        pk = int(event.object_id)
        if event.object_type == "accounts.user" and pk in self.usernames:
            self.users.add(pk)
            return {"user": self.usernames[pk]}
        table = TABLE_OF_MODEL.get(event.object_type)
        numbers = self.numbering.numbers.get(event.object_type, {})
        if table is None or pk not in numbers:
            return None
        return {"table": table.name, "id": numbers[pk]}

    def people(self, *, with_credentials: bool) -> list[dict[str, Any]]:
        """The agency's members, then everyone else the rows name (external assessors, the
        administrator who signed a change), without what the agency does not own."""
        members = list(User.objects.filter(membership__agency=self.agency).order_by("pk"))
        member_pks = {user.pk for user in members}
        others = User.objects.filter(pk__in=self.users - member_pks).order_by("pk")
        memberships = {
            m.user_id: m for m in Membership.objects.filter(user__in=[*members, *others])
        }
        rows = [self.person(u, memberships.get(u.pk), True, with_credentials) for u in members]
        rows += [self.person(u, memberships.get(u.pk), False, False) for u in others]
        return rows

    def person(
        self, user: Any, membership: Membership | None, member: bool, with_credentials: bool
    ) -> dict[str, Any]:
        row: dict[str, Any] = {
            "username": user.username,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "language": user.language,
            "is_active": user.is_active,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "member": member,
            "membership": None,
        }
        if member:
            row["is_staff"] = user.is_staff
        if membership is not None and (member or membership.agency_id is None):
            unit = membership.unit_id
            row["membership"] = {
                "unit": None
                if unit is None
                else self.numbering.number_of("organizations.unit", unit),
                "roles": sorted(membership.roles),
            }
        if with_credentials:
            row["password"] = user.password
            second_factor = two_factor_row(user)
            if second_factor is not None:
                row["two_factor"] = second_factor
        return row

    def stored_file_rows(self) -> list[dict[str, Any]]:
        files = StoredFile.objects.filter(pk__in=self.stored_files).order_by("sha256")
        return [
            {"sha256": f.sha256, "size": f.size, "kind": f.kind, "created_at": f.created_at}
            for f in files
        ]
