"""Optimistic concurrency for the Pemdi records (items, assessors' results, index values).

Each record carries a version that every write bumps; a write based on an older version is
refused with a message naming who saved in between and when, and nothing is overwritten. The
pages send the version as an ETag and answer a refusal with 409.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import formats
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.core.errors import StaleVersion
from spbe.core.text import require_record_text
from spbe.evaluations.item_models import VersionedRecord
from spbe.evaluations.models import Evaluation
from spbe.organizations.actors import Actor


def lock_evaluation(pk: int) -> Evaluation:
    """Lock the evaluation's row, as every write to it or to one of its records does first, so
    that a change of state, of the stages or of the item list never interleaves with one."""
    return (
        Evaluation.objects.select_for_update()
        .select_related("agency", "revision__framework")
        .defer("revision__document")
        .get(pk=pk)
    )


def check_version(
    *, seen: int | None, current: int, by: Any, at: datetime.datetime | None, what: str
) -> None:
    """Refuse a write based on version ``seen`` when the record is at ``current``.

    ``seen=None`` skips the check (an import, whose rows were read under the same lock).
    ``what`` names the record for the user ("item I3-L2-01").
    """
    if seen is None or seen == current:
        return
    raise StaleVersion(
        _(
            "%(who)s saved %(what)s at %(when)s, after you opened it. Nothing of yours was "
            "saved and nothing of theirs was overwritten: review their version, then apply "
            "your changes again."
        )
        % {
            "who": (by.get_full_name() or by.username) if by else "?",
            "what": what,
            "when": formats.date_format(at, "DATETIME_FORMAT") if at else "?",
        }
    )


def save_versioned(
    record: VersionedRecord,
    *,
    actor: Actor,
    action: str,
    agency: Any,
    summary: str,
    data: dict[str, Any],
) -> None:
    """Write a record with its next version and record who changed what in the audit log."""
    require_record_text(record)
    record.version += 1
    record.updated_by = actor.user
    record.save()
    audit_record(
        actor=actor.user, action=action, target=record, agency=agency, summary=summary, data=data
    )
