"""Importing the national portal's item list (``code, level, text``), CSV or Excel.

The file replaces the item list of every indicator it names; an indicator it does not name
keeps its items. For each named indicator: an item of the file with a new code is added, one
whose text differs is renamed, a retired one is restored, the order of the file becomes the
order of each level, and an item of the evaluation that the file leaves out is retired (never
deleted: its history and verdicts stay).

All or nothing: every row is checked first and each bad row is reported (``RowError``); if any
row is wrong nothing changes. Importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.core.errors import ActionRefused
from spbe.core.tables import HeadedTable, cell_text, cell_whole_number, read_headed_table
from spbe.evaluations.external_services import ImportRefused, RowError
from spbe.evaluations.item_services import (
    audit_item,
    check_item_level,
    check_manage_items,
    parse_item_code,
    save_item,
)
from spbe.evaluations.models import Assessment, Evaluation, EvaluationItem
from spbe.evaluations.versions import lock_evaluation
from spbe.organizations.actors import Actor

MAX_UPLOAD_BYTES = 1024 * 1024
MAX_ROWS = 3000
COLUMNS = {
    "code": ("code", "kode", "kode butir"),
    "level": ("level", "tingkat"),
    "text": ("text", "teks", "butir", "uraian"),
}


@dataclass(frozen=True)
class ItemRow:
    line: int
    code: str
    indicator: int
    level: int
    text: str


@dataclass
class ItemImportOutcome:
    """The codes of the items each kind of change touched, in the order of the file."""

    added: list[str] = field(default_factory=list)
    renamed: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return len({*self.added, *self.renamed, *self.restored, *self.moved, *self.retired})


@transaction.atomic
def items_import(
    *, actor: Actor, evaluation: Evaluation, content: bytes, today: datetime.date
) -> ItemImportOutcome:
    """Apply the portal's item list, or nothing; raises ``ImportRefused`` listing bad rows."""
    evaluation = lock_evaluation(evaluation.pk)
    check_manage_items(actor, evaluation, today=today)
    assessments = {
        a.indicator.number: a for a in evaluation.assessments.select_related("indicator")
    }
    rows = read_item_rows(content, assessments)
    by_indicator: dict[int, list[ItemRow]] = defaultdict(list)
    for row in rows:
        by_indicator[row.indicator].append(row)
    outcome = ItemImportOutcome()
    for number, indicator_rows in sorted(by_indicator.items()):
        _apply_indicator(actor, evaluation, assessments[number], indicator_rows, outcome)
    if outcome.changed:
        audit_record(
            actor=actor.user,
            action="items.import",
            target=evaluation,
            agency=evaluation.agency,
            summary=_("%(count)s evidence item(s) changed from the portal's list")
            % {"count": outcome.changed},
            data={key: value for key, value in vars(outcome).items() if value},
        )
    return outcome


def read_item_rows(content: bytes, assessments: dict[int, Assessment]) -> list[ItemRow]:
    """Every row of the file, checked; raises ``ImportRefused`` with one error per bad row."""
    table = read_headed_table(content, names=COLUMNS, max_bytes=MAX_UPLOAD_BYTES, max_rows=MAX_ROWS)
    if not table.has("code", "level", "text"):
        raise ActionRefused(_("The first row must name the columns code, level and text."))
    rows: list[ItemRow] = []
    errors: list[RowError] = []
    seen: set[str] = set()
    for line, cells in table.rows:
        try:
            row = _row(table, line, cells, assessments, seen)
        except ActionRefused as error:
            errors.append(RowError(line, error.message, table.letter(error.field)))
            continue
        seen.add(row.code)
        rows.append(row)
    if errors:
        raise ImportRefused(errors)
    if not rows:
        raise ActionRefused(_("The file holds no rows."))
    return rows


def _row(
    table: HeadedTable,
    line: int,
    cells: tuple[object, ...],
    assessments: dict[int, Assessment],
    seen: set[str],
) -> ItemRow:
    code = cell_text(table.value(cells, "code")).upper()
    parts = parse_item_code(code)
    if parts is None:
        raise ActionRefused(
            _("“%(code)s” is not an item code such as I3-L2-01.") % {"code": code}, field="code"
        )
    if code in seen:
        raise ActionRefused(_("Item %(code)s appears twice.") % {"code": code}, field="code")
    indicator, code_level = parts
    if indicator not in assessments:
        raise ActionRefused(
            _("Indicator %(number)s is not in this evaluation.") % {"number": indicator},
            field="code",
        )
    level = cell_whole_number(table.value(cells, "level"))
    if level != code_level:
        raise ActionRefused(
            _("Item %(code)s belongs to level %(level)s; the level column says otherwise.")
            % {"code": code, "level": code_level},
            field="level",
        )
    check_item_level(assessments[indicator], level)
    text = cell_text(table.value(cells, "text"))
    if not text:
        raise ActionRefused(_("Write the item's text."), field="text")
    return ItemRow(line=line, code=code, indicator=indicator, level=level, text=text)


def _apply_indicator(
    actor: Actor,
    evaluation: Evaluation,
    assessment: Assessment,
    rows: list[ItemRow],
    outcome: ItemImportOutcome,
) -> None:
    existing = {
        item.code: item
        for item in EvaluationItem.objects.select_for_update().filter(assessment=assessment)
    }
    positions: dict[int, int] = defaultdict(int)
    for row in rows:
        positions[row.level] += 1
        position = positions[row.level]
        item = existing.get(row.code)
        if item is None:
            item = EvaluationItem.objects.create(
                evaluation=evaluation,
                assessment=assessment,
                code=row.code,
                level=row.level,
                position=position,
                text=row.text,
                updated_by=actor.user,
            )
            audit_item(actor, item, evaluation, "item.add", {"level": row.level, "text": row.text})
            outcome.added.append(row.code)
            continue
        before = {"text": item.text, "retired": item.retired, "position": item.position}
        if item.text != row.text:
            outcome.renamed.append(row.code)
        if item.retired:
            outcome.restored.append(row.code)
        if item.position != position:
            outcome.moved.append(row.code)
        item.text, item.retired, item.position = row.text, False, position
        after = {"text": item.text, "retired": False, "position": position}
        if after != before:
            save_item(item, evaluation, actor, "item.import", {"before": before, "after": after})
    listed = {row.code for row in rows}
    for code, item in sorted(existing.items()):
        if code not in listed and not item.retired:
            item.retired = True
            save_item(item, evaluation, actor, "item.retire", {"status": item.status})
            outcome.retired.append(code)
