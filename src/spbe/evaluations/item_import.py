"""Importing the national portal's item list (``code, level, text``), CSV or Excel.

The file replaces the item list of every indicator it names; an indicator it does not name
keeps its items. For each named indicator: an item of the file with a new code is added, one
whose text differs is renamed, a retired one is restored, the order of the file becomes the
order of each level, and an item of the evaluation that the file leaves out is retired (never
deleted: its history and verdicts stay).

All or nothing: every row is checked first and each bad row is reported (``RowError``); if any
row is wrong nothing changes. Importing the same file twice changes nothing the second time.

``items_preview`` lists what the file would change, item by item (old → new), and writes
nothing; ``items_import`` makes exactly those changes. Both build the same plan from the file
and the saved items. The page passes the plan's ``fingerprint`` from the preview to the import,
which refuses (``StaleVersion``) when the plan it builds under its lock is another one: the
list changed in between, and the user confirms what they did not see.
"""

from __future__ import annotations

import datetime
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from django.db import transaction
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.core.errors import ActionRefused, StaleVersion
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


class ItemChangeKind(StrEnum):
    ADDED = "added"
    RENAMED = "renamed"
    RESTORED = "restored"
    MOVED = "moved"
    RETIRED = "retired"


@dataclass(frozen=True)
class ItemChange:
    """What the file does to one item: one or more kinds of change, with old → new."""

    code: str
    indicator: int
    level: int
    line: int | None  # the file's row; None for an item the file leaves out (retired)
    kinds: tuple[ItemChangeKind, ...]
    old_text: str | None  # None for an added item
    new_text: str
    old_position: int | None
    new_position: int

    def has(self, kind: ItemChangeKind) -> bool:
        return kind in self.kinds


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


@dataclass(frozen=True)
class ItemImportPlan:
    """Every change the file makes, per indicator in number order, in the order of the file."""

    changes: tuple[ItemChange, ...]
    rows: int  # rows read
    indicators: tuple[int, ...]  # the indicators the file names

    @property
    def unchanged(self) -> int:
        """Rows of the file that change nothing."""
        return self.rows - sum(change.line is not None for change in self.changes)

    @property
    def fingerprint(self) -> str:
        """A digest of the changes, to check that the import applies what the preview showed."""
        return hashlib.sha256(repr(self.changes).encode()).hexdigest()

    def outcome(self) -> ItemImportOutcome:
        outcome = ItemImportOutcome()
        for change in self.changes:
            for kind in change.kinds:
                getattr(outcome, kind.value).append(change.code)
        return outcome


@dataclass(frozen=True)
class _Planned:
    change: ItemChange
    assessment: Assessment
    item: EvaluationItem | None  # None: to be added


def items_preview(
    *, actor: Actor, evaluation: Evaluation, content: bytes, today: datetime.date
) -> ItemImportPlan:
    """What importing the file would change, without writing; ``ImportRefused`` for bad rows."""
    check_manage_items(actor, evaluation, today=today)
    return _plan(evaluation, content, lock=False)[0]


@transaction.atomic
def items_import(
    *,
    actor: Actor,
    evaluation: Evaluation,
    content: bytes,
    today: datetime.date,
    expected: str | None = None,
) -> ItemImportOutcome:
    """Apply the portal's item list, or nothing; raises ``ImportRefused`` listing bad rows.

    ``expected``: the fingerprint of the plan the user saw in the preview; if the item list has
    changed since, so that the plan differs, nothing is applied (``StaleVersion``).
    """
    evaluation = lock_evaluation(evaluation.pk)
    check_manage_items(actor, evaluation, today=today)
    plan, planned = _plan(evaluation, content, lock=True)
    if expected is not None and plan.fingerprint != expected:
        raise StaleVersion(
            _(
                "The item list has changed since the preview, so the file would now change "
                "other things. Nothing was changed: check the new preview and confirm again."
            )
        )
    for entry in planned:
        _apply(actor, evaluation, entry)
    outcome = plan.outcome()
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


def _plan(
    evaluation: Evaluation, content: bytes, *, lock: bool
) -> tuple[ItemImportPlan, list[_Planned]]:
    """The changes the file makes to the saved items (read under a lock for the import)."""
    assessments = {
        a.indicator.number: a for a in evaluation.assessments.select_related("indicator")
    }
    rows = read_item_rows(content, assessments)
    by_indicator: dict[int, list[ItemRow]] = defaultdict(list)
    for row in rows:
        by_indicator[row.indicator].append(row)
    saved = EvaluationItem.objects.filter(
        evaluation=evaluation, assessment__indicator__number__in=list(by_indicator)
    )
    if lock:
        saved = saved.select_for_update(of=("self",))
    existing: dict[int, dict[str, EvaluationItem]] = defaultdict(dict)
    for item in saved.select_related("assessment__indicator"):
        existing[item.assessment.indicator.number][item.code] = item
    planned: list[_Planned] = []
    for number, indicator_rows in sorted(by_indicator.items()):
        planned.extend(_plan_indicator(assessments[number], indicator_rows, existing[number]))
    plan = ItemImportPlan(
        changes=tuple(entry.change for entry in planned),
        rows=len(rows),
        indicators=tuple(sorted(by_indicator)),
    )
    return plan, planned


def _plan_indicator(
    assessment: Assessment, rows: list[ItemRow], existing: dict[str, EvaluationItem]
) -> list[_Planned]:
    planned: list[_Planned] = []
    positions: dict[int, int] = defaultdict(int)
    for row in rows:
        positions[row.level] += 1
        position = positions[row.level]
        item = existing.get(row.code)
        kinds: list[ItemChangeKind] = []
        if item is None:
            kinds.append(ItemChangeKind.ADDED)
        else:
            if item.text != row.text:
                kinds.append(ItemChangeKind.RENAMED)
            if item.retired:
                kinds.append(ItemChangeKind.RESTORED)
            if item.position != position:
                kinds.append(ItemChangeKind.MOVED)
        if not kinds:
            continue
        change = ItemChange(
            code=row.code,
            indicator=row.indicator,
            level=row.level,
            line=row.line,
            kinds=tuple(kinds),
            old_text=item.text if item else None,
            new_text=row.text,
            old_position=item.position if item else None,
            new_position=position,
        )
        planned.append(_Planned(change, assessment, item))
    listed = {row.code for row in rows}
    for code, item in sorted(existing.items()):
        if code not in listed and not item.retired:
            change = ItemChange(
                code=code,
                indicator=assessment.indicator.number,
                level=item.level,
                line=None,
                kinds=(ItemChangeKind.RETIRED,),
                old_text=item.text,
                new_text=item.text,
                old_position=item.position,
                new_position=item.position,
            )
            planned.append(_Planned(change, assessment, item))
    return planned


def _apply(actor: Actor, evaluation: Evaluation, entry: _Planned) -> None:
    change, item = entry.change, entry.item
    if item is None:
        created = EvaluationItem.objects.create(
            evaluation=evaluation,
            assessment=entry.assessment,
            code=change.code,
            level=change.level,
            position=change.new_position,
            text=change.new_text,
            updated_by=actor.user,
        )
        data = {"level": change.level, "text": change.new_text}
        audit_item(actor, created, evaluation, "item.add", data)
        return
    if change.has(ItemChangeKind.RETIRED):
        item.retired = True
        save_item(item, evaluation, actor, "item.retire", {"status": item.status})
        return
    before = {"text": item.text, "retired": item.retired, "position": item.position}
    item.text, item.retired, item.position = change.new_text, False, change.new_position
    after = {"text": item.text, "retired": False, "position": item.position}
    save_item(item, evaluation, actor, "item.import", {"before": before, "after": after})


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
