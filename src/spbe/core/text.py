"""Free text checked before it is stored: within its field's length, and without NUL bytes.

PostgreSQL refuses a NUL byte in text and a value longer than a ``varchar``, with an error that
becomes a 500; SQLite stores both silently. The services check every free text they take with
:func:`require_text` (so the page, the import and the API refuse the same way, with a message),
and the model fields carry the same limits as validators (so the forms and the admin do too).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.validators import MaxLengthValidator, ProhibitNullCharactersValidator
from django.db import models
from django.utils.translation import gettext as _

from spbe.core.errors import ActionRefused

# The longest free text a person writes in one field: a justification, a note, a comment. A
# report prints them all, so a limit keeps one field from taking a report down (issue 15).
LONG_TEXT = 5_000


def long_text_validators() -> list[Callable[[Any], None]]:
    """The validators of a long free-text field (``models.TextField(max_length=LONG_TEXT)``
    enforces nothing by itself outside a form)."""
    return [MaxLengthValidator(LONG_TEXT), ProhibitNullCharactersValidator()]


def text_problem(value: str, max_length: int | None) -> str | None:
    """Why ``value`` cannot be stored in a text field of ``max_length``, or None."""
    if "\x00" in value:
        return _("The text contains a NUL character (\\x00), which cannot be stored.")
    if max_length is not None and len(value) > max_length:
        return _("The text is %(length)s characters long; at most %(limit)s are allowed.") % {
            "length": f"{len(value):,}".replace(",", "."),
            "limit": f"{max_length:,}".replace(",", "."),
        }
    return None


def require_text(model: type[models.Model], **values: str | None) -> None:
    """Refuse (``ActionRefused`` naming the field) the first value that ``model``'s field of
    that name cannot store: a NUL byte, or more characters than the field's ``max_length``."""
    for name, value in values.items():
        if not value:
            continue
        field = model._meta.get_field(name)
        problem = text_problem(value, getattr(field, "max_length", None))
        if problem:
            label = str(getattr(field, "verbose_name", name))
            raise ActionRefused(f"{label.capitalize()}: {problem}", field=name)


def require_record_text(record: models.Model) -> None:
    """:func:`require_text` over every text field of ``record``, before it is saved (the
    writers of versioned records call it, so no caller can forget one of the fields)."""
    model = type(record)
    require_text(
        model,
        **{
            field.name: getattr(record, field.attname)
            for field in model._meta.concrete_fields
            if isinstance(field, models.CharField | models.TextField)
            and isinstance(getattr(record, field.attname), str)
        },
    )
