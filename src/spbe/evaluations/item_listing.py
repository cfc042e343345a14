"""``spbe pemdi items EVALUATION``: an evaluation's own item list, as the koordinator keeps it
in step with the portal, with each item's status as the portal shows it.

The library's list (``spbe pemdi items FRAMEWORK``) is what a revision starts with; this is
what one evaluation holds now: items added or renamed by the koordinator, retired ones marked,
and the status after the item rule (ditolak otomatis with the item that blocks it).
"""

from __future__ import annotations

import textwrap
from collections import defaultdict
from typing import Any

from django.utils.translation import gettext as _

from spbe.evaluations.item_selectors import evaluation_items, item_rule_outcomes
from spbe.evaluations.models import Evaluation, EvaluationItem
from spbe.scoring.items import ItemOutcome, ItemStatus

WIDTH = 100


def evaluation_items_as_json(evaluation: Evaluation, indicator: int | None) -> dict[str, Any]:
    """Per indicator and level, the evaluation's items with their status and note."""
    grouped, outcomes = _read(evaluation, indicator)
    return {
        "evaluation": {
            "id": evaluation.pk,
            "agency": evaluation.agency.slug,
            "year": evaluation.year,
            "framework": evaluation.revision.framework.code,
            "revision": evaluation.revision.number,
        },
        "indicators": [
            {
                "number": number,
                "name": name,
                "levels": [
                    {"level": level, "items": [_item(item, outcomes) for item in items]}
                    for level, items in sorted(levels.items())
                ],
            }
            for (number, name), levels in grouped
        ],
    }


def evaluation_items_as_text(evaluation: Evaluation, indicator: int | None) -> str:
    """The items as a listing to read: indicator, level, then each item's code, status, text."""
    grouped, outcomes = _read(evaluation, indicator)
    lines = [
        _("%(agency)s %(year)s (%(framework)s): evidence items of the evaluation")
        % {
            "agency": evaluation.agency.name,
            "year": evaluation.year,
            "framework": evaluation.revision.framework.code,
        }
    ]
    for (number, name), levels in grouped:
        lines += ["", f"{_('Indicator')} {number}. {name}"]
        for level, items in sorted(levels.items()):
            lines.append(f"  {_('Level')} {level}")
            for item in items:
                entry = _item(item, outcomes)
                status = ItemStatus(entry["status"]).label
                if entry["blocked_by"]:
                    status += f" ({entry['blocked_by']})"
                if item.retired:
                    status = _("retired")
                lines += textwrap.wrap(
                    f"{item.code}  [{status}]  {item.text}",
                    WIDTH,
                    initial_indent="    ",
                    subsequent_indent=" " * 14,
                )
    return "\n".join(lines)


def indicator_numbers(evaluation: Evaluation) -> list[int]:
    return sorted(evaluation.assessments.values_list("indicator__number", flat=True))


Grouped = list[tuple[tuple[int, str], dict[int, list[EvaluationItem]]]]


def _read(evaluation: Evaluation, indicator: int | None) -> tuple[Grouped, dict[str, ItemOutcome]]:
    items = list(evaluation_items(evaluation, include_retired=True))
    outcomes = item_rule_outcomes(evaluation, [item for item in items if not item.retired])
    by_indicator: dict[tuple[int, str], dict[int, list[EvaluationItem]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for item in items:
        found = item.assessment.indicator
        if indicator in (None, found.number):
            by_indicator[(found.number, found.name)][item.level].append(item)
    return sorted(by_indicator.items()), outcomes


def _item(item: EvaluationItem, outcomes: dict[str, ItemOutcome]) -> dict[str, Any]:
    outcome = outcomes.get(item.code)
    return {
        "code": item.code,
        "text": item.text,
        "retired": item.retired,
        "status": outcome.status.value if outcome else item.status,
        "own_status": item.status,
        "blocked_by": outcome.blocked_by if outcome else None,
        "note": item.note,
    }
