"""The notification of an import of the portal's verdicts: one message per person per import.

A file may hold hundreds of verdicts; a message per item would bury the PICs. So
``results_import`` reads each item's shown status (after the item rule: diterima, revisi,
ditolak otomatis) before and after the import, and ``verdicts_imported`` tells each lead
unit's PICs what changed on their unit's indicators, and the Koordinators what changed in all,
as counts per indicator. An item counts when the file changed it or when its shown status
moved (an item above a new revisi is now rejected automatically).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import partial
from typing import NamedTuple

from django.urls import reverse

from spbe.evaluations import event_wording
from spbe.evaluations.events import coordinators, indicator_link, tell, unit_pics
from spbe.evaluations.item_selectors import evaluation_items, item_rule_outcomes
from spbe.evaluations.models import Evaluation
from spbe.organizations.actors import Actor
from spbe.scoring.items import ItemStatus

# The kind of notification (docs/notifications.md, "Events").
RESULTS_IMPORTED = "results-imported"

# The outcomes counted, in the order of the message's counts.
COUNTED = (ItemStatus.ACCEPTED, ItemStatus.REVISION, ItemStatus.AUTO_REJECTED)


class ShownItem(NamedTuple):
    status: str  # the status the portal shows, after the item rule
    indicator: int
    lead_unit_id: int | None


def shown_items(evaluation: Evaluation) -> dict[str, ShownItem]:
    """Each active item's shown status, with its indicator and that indicator's lead unit."""
    items = list(evaluation_items(evaluation))
    outcomes = item_rule_outcomes(evaluation, items)
    return {
        item.code: ShownItem(
            status=outcomes[item.code].status.value if item.code in outcomes else item.status,
            indicator=item.assessment.indicator.number,
            lead_unit_id=item.assessment.lead_unit_id,
        )
        for item in items
    }


def verdicts_imported(
    evaluation: Evaluation,
    before: Mapping[str, ShownItem],
    after: Mapping[str, ShownItem],
    touched: Iterable[str],
    *,
    actor: Actor,
) -> None:
    """Tell each lead unit's PICs, and the Koordinators, what the import changed for them."""
    changed = set(touched)
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    units: dict[int | None, set[int]] = defaultdict(set)
    for code, now in after.items():
        then = before.get(code)
        if code not in changed and then is not None and then.status == now.status:
            continue
        if now.status not in COUNTED:
            continue
        counts[now.indicator][COUNTED.index(ItemStatus(now.status))] += 1
        units[now.lead_unit_id].add(now.indicator)
    if not counts:
        return
    pics = unit_pics(evaluation, [unit for unit in units if unit is not None], actor=actor)
    for unit_id, numbers in units.items():
        if unit_id is not None and pics[unit_id]:
            _tell(pics[unit_id], evaluation, counts, numbers, mine=True)
    _tell(coordinators(evaluation, actor=actor), evaluation, counts, set(counts), mine=False)


def _tell(
    people: list[object],
    evaluation: Evaluation,
    counts: Mapping[int, list[int]],
    numbers: set[int],
    *,
    mine: bool,
) -> None:
    rows = [
        (number, (counts[number][0], counts[number][1], counts[number][2]))
        for number in sorted(numbers)
    ]
    if len(rows) == 1:
        link = indicator_link(evaluation, rows[0][0])
    elif mine:
        link = reverse("evaluations:mine")
    else:
        link = reverse("evaluations:items", args=[evaluation.pk])
    tell(
        people,
        kind=RESULTS_IMPORTED,
        words=partial(event_wording.results_imported, evaluation, rows),
        link=link,
        evaluation=evaluation,
    )
