"""Writes to an evaluation's evidence items (butir): the koordinator's list, the agency's work.

The koordinator keeps the list in step with the national portal: adds, renames and retires
items (or imports the portal's list, ``item_import``) until the Penilaian Dokumen begins. The
lead unit's PIC writes an item's note and submits it during the Penilaian Mandiri; during the
Penilaian Interviu the agency answers an item in revisi with a sanggah or a promise. The rules
are in ``permissions``; the stage comes from the evaluation's windows and ``today``.

Every write carries the version the user read, as an assessment does: a save based on an older
version is refused (``StaleVersion``) and nothing is overwritten. Every write is audited.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.catalog.selectors import revision_has_items, revision_items
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.evaluations.item_policy import can_answer_revision, can_edit_item, can_manage_items
from spbe.evaluations.models import Assessment, Evaluation, EvaluationItem
from spbe.evaluations.stage_selectors import evaluation_stage_today
from spbe.evaluations.versions import check_version, lock_evaluation, save_versioned
from spbe.organizations.actors import Actor
from spbe.schedule.stages import StageToday
from spbe.scoring.items import ItemStatus

# The library's item code (``ITEM_CODE``), with its parts named.
ITEM_CODE_PARTS = re.compile(r"I(?P<indicator>[1-9][0-9]*)-L(?P<level>[0-9])-[0-9]{2}")
MAX_ITEMS_PER_LEVEL = 99  # the code has two digits for the position


def items_copy_from_catalog(*, actor: Actor, evaluation: Evaluation) -> int:
    """Give a new evaluation the evidence items of its revision; returns how many.

    Called by ``evaluation_create``, inside its transaction and after its permission check. A
    revision without items (SPBE 2020) gives none.
    """
    revision = evaluation.revision
    if not revision_has_items(revision):
        return 0
    catalog = list(revision_items(revision))
    if not catalog:
        raise ActionRefused(
            _(
                "The catalogue does not hold the evidence items of %(framework)s yet. Ask the "
                "administrator to run `spbe catalog load`, then open the evaluation again."
            )
            % {"framework": revision.framework.short_title}
        )
    assessments = {a.indicator_id: a for a in evaluation.assessments.all()}
    EvaluationItem.objects.bulk_create(
        EvaluationItem(
            evaluation=evaluation,
            assessment=assessments[item.indicator_id],
            code=item.code,
            level=item.level,
            position=item.position,
            text=item.text,
        )
        for item in catalog
    )
    audit_record(
        actor=actor.user,
        action="items.copy",
        target=evaluation,
        agency=evaluation.agency,
        summary=_("%(count)s evidence items copied from the catalogue") % {"count": len(catalog)},
        data={"count": len(catalog), "revision": revision.pk},
    )
    return len(catalog)


@transaction.atomic
def item_add(
    *,
    actor: Actor,
    evaluation: Evaluation,
    indicator_number: int,
    level: int,
    text: str,
    today: datetime.date,
) -> EvaluationItem:
    """Add an item at the end of a level; its code is the next free one (``I3-L2-04``)."""
    evaluation = lock_evaluation(evaluation.pk)
    check_manage_items(actor, evaluation, today=today)
    assessment = (
        evaluation.assessments.select_related("indicator")
        .filter(indicator__number=indicator_number)
        .first()
    )
    if assessment is None:
        raise ActionRefused(
            _("Indicator %(number)s is not in this evaluation.") % {"number": indicator_number},
            field="indicator",
        )
    check_item_level(assessment, level)
    text = check_item_text(text)
    siblings = EvaluationItem.objects.filter(assessment=assessment, level=level)
    code = _next_code(indicator_number, level, set(siblings.values_list("code", flat=True)))
    position = (siblings.filter(retired=False).aggregate(last=Max("position"))["last"] or 0) + 1
    item = EvaluationItem.objects.create(
        evaluation=evaluation,
        assessment=assessment,
        code=code,
        level=level,
        position=position,
        text=text,
        updated_by=actor.user,
    )
    audit_item(actor, item, evaluation, "item.add", {"level": level, "text": text})
    return item


@transaction.atomic
def item_rename(
    *, actor: Actor, item: EvaluationItem, version: int, text: str, today: datetime.date
) -> EvaluationItem:
    """Change an item's text (the portal reworded it); its code and verdicts stay."""
    current, evaluation = locked_item(item, version)
    check_manage_items(actor, evaluation, today=today)
    text = check_item_text(text)
    if text == current.text:
        return current
    before = current.text
    current.text = text
    return save_item(current, evaluation, actor, "item.rename", {"before": before, "after": text})


@transaction.atomic
def item_retire(
    *, actor: Actor, item: EvaluationItem, version: int, today: datetime.date
) -> EvaluationItem:
    """Retire an item the portal no longer lists: it stops counting, and keeps its history."""
    current, evaluation = locked_item(item, version)
    check_manage_items(actor, evaluation, today=today)
    if current.retired:
        raise ActionRefused(_("Item %(code)s is already retired.") % {"code": current.code})
    current.retired = True
    return save_item(current, evaluation, actor, "item.retire", {"status": current.status})


@transaction.atomic
def item_save(
    *,
    actor: Actor,
    item: EvaluationItem,
    version: int,
    note: str,
    submit: bool = False,
    today: datetime.date,
) -> EvaluationItem:
    """The lead unit's PIC saves an item's note as a draft, or submits it (diajukan)."""
    current, evaluation = locked_item(item, version)
    stage = evaluation_stage_today(evaluation, today=today)
    require(can_edit_item(actor, current, current.assessment, evaluation, stage))
    before = {"status": current.status, "note": current.note}
    current.note = portal_note(note)
    current.status = (ItemStatus.SUBMITTED if submit else ItemStatus.DRAFT).value
    after = {"status": current.status, "note": current.note}
    action = "item.submit" if submit else "item.draft"
    return save_item(current, evaluation, actor, action, {"before": before, "after": after})


@transaction.atomic
def item_answer_revision(
    *,
    actor: Actor,
    item: EvaluationItem,
    version: int,
    objection: str = "",
    promised_on: datetime.date | None = None,
    today: datetime.date,
) -> EvaluationItem:
    """Answer an item in revisi at the interview: a sanggah (its text; the new evidence is
    linked in the evidence app) or a promise to supply the evidence by a date."""
    current, evaluation = locked_item(item, version)
    stage = evaluation_stage_today(evaluation, today=today)
    require(can_answer_revision(actor, current, current.assessment, evaluation, stage))
    objection = objection.strip()
    if bool(objection) == (promised_on is not None):
        raise ActionRefused(
            _("Answer with either a sanggah or the date the evidence will be supplied."),
            field="objection",
        )
    if promised_on is not None and promised_on < today:
        raise ActionRefused(
            _("The evidence cannot be promised for a day that has passed."), field="promised_on"
        )
    before = {"objection": current.objection, "promised_on": _day(current.promised_on)}
    current.objection = objection
    current.promised_on = promised_on
    after = {"objection": objection, "promised_on": _day(promised_on)}
    action = "item.objection" if objection else "item.promise"
    return save_item(current, evaluation, actor, action, {"before": before, "after": after})


# Control characters other than the line break and the tab: the portal takes plain text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def portal_note(note: str) -> str:
    """An item's note as the portal takes it: plain text, its line breaks as single newlines,
    no control characters, at most ``settings.SPBE_PORTAL_NOTE_LIMIT`` characters.

    A longer note is refused, not cut: the PIC decides what to leave out.
    """
    text = _CONTROL.sub("", note.replace("\r\n", "\n").replace("\r", "\n")).strip()
    limit = settings.SPBE_PORTAL_NOTE_LIMIT
    if len(text) > limit:
        raise ActionRefused(
            _(
                "The note has %(count)s characters; the portal takes at most %(limit)s. "
                "Shorten it by %(over)s characters."
            )
            % {"count": len(text), "limit": limit, "over": len(text) - limit},
            field="note",
        )
    return text


def check_manage_items(actor: Actor, evaluation: Evaluation, *, today: datetime.date) -> StageToday:
    """Refuse a change to the item list by someone who may not, or of a framework without items."""
    stage = evaluation_stage_today(evaluation, today=today)
    require(can_manage_items(actor, evaluation, stage))
    if not revision_has_items(evaluation.revision):
        raise ActionRefused(
            _("%(framework)s has no evidence items.")
            % {"framework": evaluation.revision.framework.short_title}
        )
    return stage


def check_item_level(assessment: Assessment, level: int) -> None:
    levels = [number for number, _text in assessment.indicator.criteria_levels() if number >= 1]
    if level not in levels:
        raise ActionRefused(
            _("Choose a level from %(levels)s.") % {"levels": ", ".join(map(str, levels))},
            field="level",
        )


def check_item_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise ActionRefused(_("Write the item's text."), field="text")
    return text


def locked_item(item: EvaluationItem, version: int | None) -> tuple[EvaluationItem, Evaluation]:
    """Re-read the item under a lock and check that the user saw its latest version.

    The evaluation row is locked first, as for an assessment, so that a change of state or of
    the item list never interleaves with a write to one item. ``version=None``: an import, whose
    rows were read under the same lock.
    """
    evaluation = lock_evaluation(item.evaluation_id)
    current = (
        EvaluationItem.objects.select_for_update(of=("self",))
        .select_related("assessment", "assessment__indicator", "updated_by")
        .get(pk=item.pk)
    )
    check_version(
        seen=version,
        current=current.version,
        by=current.updated_by,
        at=current.updated_at,
        what=_("item %(code)s") % {"code": current.code},
    )
    return current, evaluation


def save_item(
    item: EvaluationItem, evaluation: Evaluation, actor: Actor, action: str, data: dict[str, Any]
) -> EvaluationItem:
    """Write an item with its next version, and audit the change."""
    save_versioned(
        item,
        actor=actor,
        action=action,
        agency=evaluation.agency,
        summary=_item_summary(item, action),
        data={"code": item.code, **data},
    )
    return item


def audit_item(
    actor: Actor, item: EvaluationItem, evaluation: Evaluation, action: str, data: dict[str, Any]
) -> None:
    """Audit an item just created (its first version)."""
    audit_record(
        actor=actor.user,
        action=action,
        target=item,
        agency=evaluation.agency,
        summary=_item_summary(item, action),
        data={"code": item.code, **data},
    )


def _item_summary(item: EvaluationItem, action: str) -> str:
    return _("Item %(code)s: %(action)s") % {"code": item.code, "action": action}


def _next_code(indicator: int, level: int, taken: set[str]) -> str:
    for position in range(1, MAX_ITEMS_PER_LEVEL + 1):
        code = f"I{indicator}-L{level}-{position:02d}"
        if code not in taken:
            return code
    raise ActionRefused(
        _("Level %(level)s of indicator %(indicator)s already has %(count)s items.")
        % {"level": level, "indicator": indicator, "count": MAX_ITEMS_PER_LEVEL},
        field="level",
    )


def parse_item_code(code: str) -> tuple[int, int] | None:
    """The indicator and level an item code names (``I3-L2-01`` → (3, 2)), or None."""
    match = ITEM_CODE_PARTS.fullmatch(code.strip())
    if match is None:
        return None
    return int(match["indicator"]), int(match["level"])


def _day(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None
