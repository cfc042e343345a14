"""Recording external results from a file: validate every row, then apply all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.tables import csv_rows
from spbe.core.text import LONG_TEXT, text_problem
from spbe.evaluations.assessment_services import external_result_record
from spbe.evaluations.models import Evaluation
from spbe.evaluations.policy import can_record_external
from spbe.evaluations.validation import parse_indicator_value
from spbe.organizations.actors import Actor
from spbe.scoring.values import whole_number


@dataclass(frozen=True)
class RowError:
    """One refused row of an imported file; ``column`` is the spreadsheet cell's letter, if known."""

    line: int
    message: str
    column: str = ""

    @property
    def place(self) -> str:
        """Where the problem is, as the user finds it in the file: "Row 7, column D"."""
        if self.column:
            return _("Row %(line)s, column %(column)s") % {"line": self.line, "column": self.column}
        return _("Row %(line)s") % {"line": self.line}


class ImportRefused(ActionRefused):
    def __init__(self, errors: list[RowError]) -> None:
        super().__init__(
            _("Nothing was recorded: %(count)s row(s) have errors.") % {"count": len(errors)}
        )
        self.errors = errors


def parse_external_csv(evaluation: Evaluation, content: bytes) -> dict[int, tuple[Decimal, str]]:
    """Rows ``indicator,value[,note]`` (header optional) → values; every bad row is reported."""
    rows = csv_rows(content)
    indicators = {i.number: i for i in evaluation.revision.indicators.all()}
    values: dict[int, tuple[Decimal, str]] = {}
    errors: list[RowError] = []
    for line, row in enumerate(rows, 1):
        cells = [cell.strip() for cell in row]
        if not any(cells) or (line == 1 and cells[0].lower() in ("indicator", "indikator")):
            continue
        if len(cells) < 2:
            errors.append(RowError(line, _("expected indicator, value and an optional note")))
            continue
        number = whole_number(cells[0])
        if number not in indicators:
            errors.append(
                RowError(line, _("indicator %(value)s does not exist") % {"value": cells[0]})
            )
            continue
        if number in values:
            errors.append(
                RowError(line, _("indicator %(number)s appears twice") % {"number": number})
            )
            continue
        try:
            value = parse_indicator_value(
                evaluation.revision, indicators[number], cells[1], field="value"
            )
        except ActionRefused as error:
            errors.append(RowError(line, error.message))
            continue
        note = cells[2] if len(cells) > 2 else ""
        problem = text_problem(note, LONG_TEXT)
        if problem:
            errors.append(RowError(line, problem, column="C"))
            continue
        values[number] = (value, note)
    if errors:
        raise ImportRefused(errors)
    if not values:
        raise ActionRefused(_("The file holds no rows."))
    return values


@transaction.atomic
def external_results_import(*, actor: Actor, evaluation: Evaluation, content: bytes) -> int:
    require(can_record_external(actor, evaluation))
    values = parse_external_csv(evaluation, content)
    assessments = {
        a.indicator.number: a for a in evaluation.assessments.select_related("indicator")
    }
    # Every row was validated above; each is then recorded exactly as a form entry would be.
    for number, (value, note) in values.items():
        external_result_record(
            actor=actor, assessment=assessments[number], version=None, value=value, note=note
        )
    return len(values)
