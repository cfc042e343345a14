"""Checks of user input against the evaluation's frozen framework revision."""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import gettext as _

from spbe.catalog.error_wording import describe_scoring_error
from spbe.catalog.models import FrameworkRevision, Indicator
from spbe.catalog.selectors import revision_scoring_framework
from spbe.core.errors import ActionRefused
from spbe.scoring import ScoringInputError
from spbe.scoring.values import criterion_levels, parse_number, validate_value, whole_number


def validate_target(revision: FrameworkRevision, target: Decimal) -> None:
    value_range = revision_scoring_framework(revision).value_range
    if not value_range.minimum <= target <= value_range.maximum:
        raise ActionRefused(
            _("The target must lie between %(minimum)s and %(maximum)s.")
            % {"minimum": value_range.minimum, "maximum": value_range.maximum},
            field="target",
        )


def level_choices(revision: FrameworkRevision) -> list[int]:
    value_range = revision_scoring_framework(revision).value_range
    return list(range(int(value_range.minimum), int(value_range.maximum) + 1))


def parse_claimed_level(revision: FrameworkRevision, raw: object) -> Decimal | None:
    """A claim is a whole level of the framework's scale (empty means no claim yet)."""
    if raw in (None, ""):
        return None
    number = parse_number(raw)
    if (
        number is None
        or number != number.to_integral_value()
        or int(number) not in level_choices(revision)
    ):
        raise ActionRefused(
            _("Choose a level from %(levels)s.")
            % {"levels": ", ".join(str(level) for level in level_choices(revision))},
            field="claimed_level",
        )
    return Decimal(int(number))


def parse_indicator_value(
    revision: FrameworkRevision, indicator: Indicator, raw: object, *, field: str
) -> Decimal:
    """A verified or external value: the framework's range (fractions where it allows them)."""
    framework = revision_scoring_framework(revision)
    try:
        value = validate_value(framework, framework.indicator(indicator.number), raw)
    except ScoringInputError as error:
        raise ActionRefused(describe_scoring_error(error), field=field) from error
    decimal = Decimal(value.numerator) / Decimal(value.denominator)
    if decimal != decimal.quantize(Decimal("0.01")):
        raise ActionRefused(_("Give at most two decimals."), field=field)
    return decimal.quantize(Decimal("0.01"))


def check_cumulative_criteria(claimed: Decimal, criteria_met: list[int]) -> None:
    """Levels are cumulative: a claim of level N needs the criteria of levels 1..N marked met."""
    missing = [level for level in range(1, int(claimed) + 1) if level not in criteria_met]
    if missing:
        raise ActionRefused(
            _(
                "A claim of level %(level)s needs the criteria of every level up to %(level)s "
                "marked as met; not marked: %(missing)s."
            )
            % {"level": int(claimed), "missing": ", ".join(str(level) for level in missing)},
            field="criteria_met",
        )


def parse_criteria_met(revision: FrameworkRevision, raw: object) -> list[int]:
    """The levels whose criteria are ticked: whole levels of the scale (1 and up), each once."""
    allowed = set(criterion_levels(level_choices(revision)))
    levels = set()
    for item in raw if isinstance(raw, list | tuple | set) else [raw]:
        number = (
            item if isinstance(item, int) and not isinstance(item, bool) else whole_number(item)
        )
        if number is None or number not in allowed:
            raise ActionRefused(
                _("Criteria can be ticked for levels %(levels)s only.")
                % {"levels": ", ".join(str(level) for level in sorted(allowed))},
                field="criteria_met",
            )
        levels.add(number)
    return sorted(levels)
