"""Entering the value of another agency's index for an indicator (Pemdi I5–I7, I10–I12, I18).

The value is on the index's own scale (SDI 0–100, SJIG 1–5, IKASANDI 0–5, …); a value outside
it is refused, naming the indicator, the index and the scale (``spbe.scoring.external_index``).
The year says which year the value measures: a value of an earlier year than the evaluation's
is kept and flagged outdated by the estimate. The proof document is tied to the value from the
evidence app (``spbe.evidence.external_proof_services``).
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from spbe.catalog.error_wording import describe_scoring_error
from spbe.catalog.selectors import revision_scoring_framework
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.numbers import shown
from spbe.core.tables import cell_whole_number
from spbe.evaluations.item_policy import can_enter_external_index
from spbe.evaluations.models import Assessment, Evaluation, ExternalIndexValue
from spbe.evaluations.stage_selectors import evaluation_stage_today
from spbe.evaluations.versions import check_version, lock_evaluation, save_versioned
from spbe.organizations.actors import Actor
from spbe.scoring import ScoringInputError
from spbe.scoring.external_index import level_from_index
from spbe.scoring.formatting import LEVEL
from spbe.scoring.model import ExternalIndex
from spbe.scoring.values import parse_number

SOURCE_LENGTH = 300


@transaction.atomic
def external_index_value_set(
    *,
    actor: Actor,
    assessment: Assessment,
    version: int,
    value: object,
    year: object,
    source: str,
    today: datetime.date,
) -> ExternalIndexValue:
    """Enter (or correct) an indicator's index value; ``version`` 0 when none is entered yet."""
    evaluation = lock_evaluation(assessment.evaluation_id)
    assessment = Assessment.objects.select_related("indicator").get(pk=assessment.pk)
    stage = evaluation_stage_today(evaluation, today=today)
    require(can_enter_external_index(actor, assessment, evaluation, stage))
    index = external_index_of(evaluation, assessment)
    entered = _current(assessment, version)
    before = _snapshot(entered) if entered.pk else None
    entered.value = parse_index_value(index, value)
    entered.year = _year(year, evaluation)
    entered.source = source.strip()[:SOURCE_LENGTH]
    after = _snapshot(entered)
    if before == after:
        return entered
    save_versioned(
        entered,
        actor=actor,
        action="external_index.set",
        agency=evaluation.agency,
        summary=_("Indicator %(number)s: %(index)s %(value)s (%(year)s)")
        % {
            "number": assessment.indicator.number,
            "index": index.name,
            "value": shown(entered.value, LEVEL),
            "year": entered.year,
        },
        data={"before": before, "after": after},
    )
    return entered


def external_index_of(evaluation: Evaluation, assessment: Assessment) -> ExternalIndex:
    """The external index that values the indicator; refused if none does."""
    framework = revision_scoring_framework(evaluation.revision)
    index = framework.external_indices.get(assessment.indicator.number)
    if index is None:
        raise ActionRefused(
            describe_scoring_error(
                ScoringInputError(
                    "no_external_index",
                    indicator=assessment.indicator.number,
                    framework=evaluation.revision.framework.short_title,
                    indices=", ".join(str(n) for n in sorted(framework.external_indices)),
                )
            ),
            field="value",
        )
    return index


def parse_index_value(index: ExternalIndex, raw: object) -> Decimal:
    """A number on the index's scale, with at most two decimals."""
    number = parse_number(raw)
    if number is None:
        raise ActionRefused(
            describe_scoring_error(
                ScoringInputError("not_a_number", indicator=index.indicator, value=raw)
            ),
            field="value",
        )
    try:
        level_from_index(index, number)
    except ScoringInputError as error:
        raise ActionRefused(describe_scoring_error(error), field="value") from error
    if number != number.quantize(Decimal("0.01")):
        raise ActionRefused(_("Give at most two decimals."), field="value")
    return number.quantize(Decimal("0.01"))


def _year(raw: object, evaluation: Evaluation) -> int:
    year = cell_whole_number(raw)
    if year is None or year > evaluation.year:
        raise ActionRefused(
            _("Give the year the value measures, %(year)s or earlier.") % {"year": evaluation.year},
            field="year",
        )
    return year


def _current(assessment: Assessment, version: int) -> ExternalIndexValue:
    entered = (
        ExternalIndexValue.objects.select_for_update(of=("self",))
        .select_related("updated_by")
        .filter(assessment=assessment)
        .first()
    ) or ExternalIndexValue(assessment=assessment, version=0)
    check_version(
        seen=version,
        current=entered.version,
        by=entered.updated_by,
        at=entered.updated_at,
        what=_("the index value of indicator %(number)s") % {"number": assessment.indicator.number},
    )
    return entered


def _snapshot(entered: ExternalIndexValue) -> dict[str, object]:
    return {"value": str(entered.value), "year": entered.year, "source": entered.source}
