"""What the indicator page shows of an indicator's evidence items (butir) and external index.

For a framework revision with items (Pemdi 2026; SPBE 2020 has none), the PIC sees at a
glance the claimed level next to the estimate from the items, what each level still lacks,
and the items to work on; then every item with its status (ditolak otomatis computed by the
item rule, with the lower item that blocks it), the note for the portal and, in the Penilaian
Interviu, the answer to a revisi. Whether the viewer may write is the stage rule's decision
(``item_policy``), shown with its reason when it refuses.

Everything here is read through the selectors and the pure estimate; nothing is decided twice.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _

from spbe.catalog.presenters import NOTE_LABELS, SOURCE_LABELS
from spbe.catalog.selectors import revision_has_items, revision_scoring_framework
from spbe.core.access import Decision
from spbe.core.numbers import form_value, language_marks, shown
from spbe.evaluations.item_forms import (
    INDEX_PREFIX,
    ExternalIndexForm,
    ItemAnswerForm,
    ItemNoteForm,
    answer_prefix,
    note_prefix,
)
from spbe.evaluations.item_policy import (
    can_answer_revision,
    can_edit_item,
    can_enter_external_index,
)
from spbe.evaluations.item_selectors import (
    ESTIMATE_LABEL,
    ExternalIndexRow,
    evaluation_estimate,
    external_index_rows,
)
from spbe.evaluations.models import Assessment, Evaluation, EvaluationItem
from spbe.evaluations.stage_selectors import evaluation_stage_today
from spbe.organizations.actors import Actor
from spbe.schedule.stages import Stage, StageToday
from spbe.scoring.estimate import IndicatorEstimate
from spbe.scoring.formatting import Places
from spbe.scoring.items import ItemOutcome, ItemStatus

# The statuses the agency still has to work on (diajukan waits for the assessor, diterima is
# done); an item rejected automatically is worked on by its own status.
TO_WORK_ON = (ItemStatus.NOT_STARTED, ItemStatus.DRAFT, ItemStatus.REVISION)


@dataclass
class ItemRow:
    item: EvaluationItem
    status: ItemStatus  # the status the portal shows (ditolak otomatis derived)
    own_status: ItemStatus
    blocked_by: str | None
    can_edit: Decision
    can_answer: Decision
    note_form: ItemNoteForm
    answer_form: ItemAnswerForm | None

    @property
    def code(self) -> str:
        return self.item.code

    @property
    def auto_rejected(self) -> bool:
        return self.status is ItemStatus.AUTO_REJECTED

    @property
    def accepted(self) -> bool:
        return self.own_status is ItemStatus.ACCEPTED

    @property
    def answered(self) -> bool:
        return bool(self.item.objection or self.item.promised_on)


@dataclass
class LevelRow:
    level: int
    name: str
    items: list[ItemRow]

    @property
    def lacking(self) -> list[ItemRow]:
        """The items of the level not yet accepted (diterima)."""
        return [row for row in self.items if not row.accepted]

    @property
    def accepted_count(self) -> int:
        return len(self.items) - len(self.lacking)

    @property
    def complete(self) -> bool:
        return bool(self.items) and not self.lacking


@dataclass
class ItemPanel:
    stage: StageToday
    levels: list[LevelRow]
    estimate: IndicatorEstimate
    estimate_source: str
    estimate_notes: list[str]
    # Why the viewer may not write to the items, when no item can be written to.
    refusal: str
    # The evaluation's index estimated from every indicator, and the index of the claims.
    index_estimate: Decimal
    index_claimed: Decimal
    label: str = ESTIMATE_LABEL
    rows: list[ItemRow] = field(default_factory=list)

    @property
    def note_limit(self) -> int:
        return int(settings.SPBE_PORTAL_NOTE_LIMIT)

    @property
    def stage_label(self) -> str:
        return self.stage.stage.label if self.stage.stage else ""

    @property
    def to_work_on(self) -> list[ItemRow]:
        """The items the agency still has to fill in, lowest level first; in the Penilaian
        Interviu, the revisi items not answered yet."""
        if self.stage.stage is Stage.INTERVIEW:
            return [
                row
                for row in self.rows
                if row.own_status is ItemStatus.REVISION and not row.answered
            ]
        return [row for row in self.rows if row.own_status in TO_WORK_ON]

    @property
    def blocking(self) -> str | None:
        return self.estimate.blocked_by


def item_panel(
    actor: Actor,
    evaluation: Evaluation,
    assessment: Assessment,
    *,
    level_names: dict[int, str],
    today: datetime.date,
) -> ItemPanel | None:
    """The items of one indicator as its page shows them; None for a revision without items."""
    if not revision_has_items(evaluation.revision):
        return None
    stage = evaluation_stage_today(evaluation, today=today)
    whole = evaluation_estimate(evaluation)
    entry = whole.estimate.indicator(assessment.indicator.number)
    outcomes: dict[str, ItemOutcome] = (
        {outcome.code: outcome for outcome in entry.items.items} if entry.items else {}
    )
    items = assessment.items.filter(retired=False).order_by("level", "position", "code")
    rows = [_row(actor, item, assessment, evaluation, stage, outcomes) for item in items]
    levels = [
        LevelRow(
            level, level_names.get(level, ""), [row for row in rows if row.item.level == level]
        )
        for level, _text in assessment.indicator.criteria_levels()
        if level >= 1
    ]
    return ItemPanel(
        stage=stage,
        levels=levels,
        rows=rows,
        estimate=entry,
        estimate_source=str(SOURCE_LABELS[entry.source]),
        estimate_notes=[str(NOTE_LABELS[note]) for note in entry.notes],
        refusal=_refusal(rows, stage),
        index_estimate=whole.estimate.score.index,
        index_claimed=whole.claimed.index,
    )


def _row(
    actor: Actor,
    item: EvaluationItem,
    assessment: Assessment,
    evaluation: Evaluation,
    stage: StageToday,
    outcomes: dict[str, ItemOutcome],
) -> ItemRow:
    outcome = outcomes.get(item.code)
    own = ItemStatus(item.status)
    can_answer = can_answer_revision(actor, item, assessment, evaluation, stage)
    return ItemRow(
        item=item,
        status=outcome.status if outcome else own,
        own_status=own,
        blocked_by=outcome.blocked_by if outcome else None,
        can_edit=can_edit_item(actor, item, assessment, evaluation, stage),
        can_answer=can_answer,
        note_form=ItemNoteForm(
            prefix=note_prefix(item.code), initial={"version": item.version, "note": item.note}
        ),
        answer_form=ItemAnswerForm(
            prefix=answer_prefix(item.code),
            initial={
                "version": item.version,
                "objection": item.objection,
                "promised_on": item.promised_on,
            },
        )
        if can_answer
        else None,
    )


def _refusal(rows: list[ItemRow], stage: StageToday) -> str:
    """The reason shown once when the viewer may write to none of the items."""
    if any(row.can_edit or row.can_answer for row in rows):
        return ""
    if not stage.started and stage.upcoming is None:
        return _("The items wait for the stage windows, which the coordinator enters.")
    # The first open item speaks for all: the same rule refuses them for the same reason.
    open_rows = [row for row in rows if not row.accepted and not row.item.retired] or rows
    if not open_rows:
        return ""
    first = open_rows[0]
    decision = first.can_answer if stage.stage is Stage.INTERVIEW else first.can_edit
    return str(decision.reason)


@dataclass
class ExternalIndexPanel:
    row: ExternalIndexRow
    can_enter: Decision
    form: ExternalIndexForm
    evaluation_year: int

    @property
    def counts_as(self) -> int:
        reading = self.row.estimate.external
        return reading.level if reading else 1

    @property
    def scale_text(self) -> str:
        index = self.row.index
        return f"{_number(index.scale_minimum)}–{_number(index.scale_maximum)}"

    @property
    def range_rows(self) -> list[tuple[int, str, str]]:
        """Each level's range under the boundary rule (docs/pemdi.md), and as the module
        text writes it (its decimal marks in the user's language: the Pemdi module prints
        "12.5" in one table and "12,5" in others)."""
        rows = []
        for band in self.row.index.ranges:
            low = "≤" if band.minimum_inclusive else "<"
            high = "≤" if band.maximum_inclusive else "<"
            text = f"{_number(band.minimum)} {low} X {high} {_number(band.maximum)}"
            rows.append((band.level, text, _DECIMAL_POINT.sub(_decimal_mark, band.as_written)))
        return rows


def _number(value: Fraction) -> str:
    """A bound in the user's number format, without needless zeros (12,5; 100; 1,8)."""
    return shown(value, Places(0, 6))


_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def _decimal_mark(_match: re.Match[str]) -> str:
    return language_marks().decimal


def external_index_panel(
    actor: Actor, evaluation: Evaluation, assessment: Assessment, *, today: datetime.date
) -> ExternalIndexPanel | None:
    """The external index of the indicator (Pemdi I5–I7, I10–I12, I18), or None."""
    number = assessment.indicator.number
    if number not in revision_scoring_framework(evaluation.revision).external_indices:
        return None
    row = next((r for r in external_index_rows(evaluation) if r.indicator == number), None)
    if row is None:
        return None
    entered = row.entered
    initial: dict[str, Any] = {"version": entered.version if entered else 0}
    if entered:
        initial.update(value=form_value(entered.value), year=entered.year, source=entered.source)
    stage = evaluation_stage_today(evaluation, today=today)
    return ExternalIndexPanel(
        row=row,
        can_enter=can_enter_external_index(actor, assessment, evaluation, stage),
        form=ExternalIndexForm(prefix=INDEX_PREFIX, initial=initial),
        evaluation_year=evaluation.year,
    )
