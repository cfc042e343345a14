"""How a row of an export names another row, and how the import finds it again.

``Numbering`` keeps, for every exported model, the export number of each row (1, 2, … in the
order of the primary key) and, on import, the new primary key of each number. Everything else a
row may point to is named by what stays true in any installation: a user by username, the
catalogue by its codes, stored bytes by their SHA-256.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db import models
from django.utils.translation import gettext as _

from spbe.catalog.models import Framework, FrameworkRevision, Indicator
from spbe.core.errors import ActionRefused
from spbe.evidence.models import StoredFile
from spbe.organizations.models import Agency

User = get_user_model()


class Numbering:
    """Export numbers of rows, per model label: old primary key → number → new primary key."""

    def __init__(self) -> None:
        self.numbers: dict[str, dict[int, int]] = {}
        self.new_keys: dict[str, dict[int, int]] = {}

    def number(self, label: str, pk: int) -> int:
        numbers = self.numbers.setdefault(label, {})
        return numbers.setdefault(pk, len(numbers) + 1)

    def number_of(self, label: str, pk: int) -> int:
        try:
            return self.numbers[label][pk]
        except KeyError:
            raise ActionRefused(
                _("A row of %(label)s (%(pk)s) outside the agency is referenced.")
                % {"label": label, "pk": pk}
            ) from None

    def keep(self, label: str, number: int, pk: int) -> None:
        self.new_keys.setdefault(label, {})[number] = pk

    def key_of(self, label: str, number: int) -> int:
        try:
            return self.new_keys[label][number]
        except KeyError:
            raise ActionRefused(
                _("The export refers to row %(number)s of %(label)s, which it does not hold.")
                % {"number": number, "label": label}
            ) from None


def catalog_key(target: models.Model) -> Any:
    """The codes that name a catalogue row in any installation that loaded the library."""
    if isinstance(target, Framework):
        return target.code
    if isinstance(target, FrameworkRevision):
        return [target.framework.code, target.number]
    if isinstance(target, Indicator):
        return [target.revision.framework.code, target.revision.number, target.number]
    raise TypeError(f"no catalogue key for {type(target).__name__}")


def catalog_row(model: type[models.Model], key: Any) -> models.Model:
    found: models.Model | None
    if model is Framework:
        found = Framework.objects.filter(code=key).first()
    elif model is FrameworkRevision:
        found = FrameworkRevision.objects.filter(framework__code=key[0], number=key[1]).first()
    elif model is Indicator:
        found = Indicator.objects.filter(
            revision__framework__code=key[0], revision__number=key[1], number=key[2]
        ).first()
    else:
        raise TypeError(f"no catalogue key for {model.__name__}")
    if found is None:
        raise ActionRefused(
            _(
                "The catalogue has no %(what)s %(key)s: load the framework library first "
                "(`spbe catalog load`)."
            )
            % {"what": model._meta.verbose_name, "key": key}
        )
    return found


CATALOG_MODELS = (Framework, FrameworkRevision, Indicator)


def related(field: models.Field) -> type[models.Model]:
    """The model a relation points to."""
    target = field.related_model
    assert isinstance(target, type), f"{field} is not a relation to a model"
    return target


def label_of(field: models.Field) -> str:
    return related(field)._meta.label_lower


def kind_of(field: models.Field) -> str:
    """How a relation is written: agency, user, catalog, stored_file or row."""
    target = field.related_model
    if target is Agency:
        return "agency"
    if target is User:
        return "user"
    if target in CATALOG_MODELS:
        return "catalog"
    if target is StoredFile:
        return "stored_file"
    return "row"
