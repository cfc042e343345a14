"""Evidence items (butir) and the level their verdicts prove, as the evaluation portal runs it.

Each level of a Pemdi indicator lists items, coded ``I<indicator>-L<level>-<nn>``. An assessor
gives every item a verdict; the framework's item rule turns the verdicts into a self-assessment
level. The one rule so far, ``all_items_cumulative``, takes the highest level L whose items and
those of every level below are all accepted (diterima). While a level is not fully accepted, the
items above it are not assessed: the portal shows them as rejected automatically (ditolak
otomatis), naming the lower item that blocks them.

Two choices are this module's, documented in docs/pemdi.md:

* The scale starts at level 1 and there is no level 0: an indicator whose level-1 items are not
  all accepted still counts as level 1. ``proven_level`` says whether level 1 was proven (1) or
  nothing was (0).
* A level for which the source lists no items (Pemdi I9 level 3) cannot be passed by items: the
  estimate stops below it and says so. Items above it are not rejected automatically, because
  that would be a verdict drawn from a gap in our data, not from the agency's evidence.

Pure Python: no Django imports.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from spbe.scoring.model import EvidenceItemSpec, IndicatorItems, ItemRule, ScoringFramework
from spbe.scoring.values import ScoringInputError


class ItemStatus(StrEnum):
    """An item's state; the values are the portal's words, as sent on the wire."""

    NOT_STARTED = "belum"
    DRAFT = "draf"
    SUBMITTED = "diajukan"
    ACCEPTED = "diterima"
    REVISION = "revisi"
    # Never stored: derived by the item rule while a lower level is not fully accepted.
    AUTO_REJECTED = "ditolak_otomatis"

    @property
    def label(self) -> str:
        """The word the portal shows (Bahasa Indonesia)."""
        return _LABELS[self]


_LABELS = {
    ItemStatus.NOT_STARTED: "Belum",
    ItemStatus.DRAFT: "Draf",
    ItemStatus.SUBMITTED: "Diajukan",
    ItemStatus.ACCEPTED: "Diterima",
    ItemStatus.REVISION: "Revisi",
    ItemStatus.AUTO_REJECTED: "Ditolak otomatis",
}


# The statuses an assessor's verdict (or the lack of one) gives; the rule derives the others.
GIVEN_STATUSES = frozenset(ItemStatus) - {ItemStatus.AUTO_REJECTED}


class RejectionReason(StrEnum):
    """Why the rule rejected an item automatically; each caller phrases it."""

    # A lower level's items are not all accepted (the blocking item is ``blocked_by``).
    LOWER_LEVEL_NOT_ACCEPTED = "lower_level_not_accepted"


def parse_item_status(raw: str) -> ItemStatus:
    """An item's status from its wire value (``"diterima"``) or the portal's word.

    Case and spacing do not matter, so the portal's "Ditolak otomatis" reads as
    ``ditolak_otomatis``; that derived status is returned here and refused by
    :func:`check_item_statuses`, whose message says why. The words listed as allowed in the
    error are those an input may give.
    """
    try:
        status = ItemStatus("_".join(raw.lower().split()))
    except ValueError:
        allowed = ", ".join(status.value for status in ItemStatus if status in GIVEN_STATUSES)
        raise ScoringInputError("unknown_item_status", value=raw, allowed=allowed) from None
    return status


@dataclass(frozen=True, slots=True)
class ItemOutcome:
    """One item after the rule: its own status and the status the portal shows."""

    item: EvidenceItemSpec
    own_status: ItemStatus
    status: ItemStatus
    # Only when rejected automatically: why, and the lower item that keeps this one from being
    # assessed.
    reason: RejectionReason | None = None
    blocked_by: str | None = None

    @property
    def code(self) -> str:
        return self.item.code


@dataclass(frozen=True, slots=True)
class ItemEstimate:
    """The level an indicator's item verdicts prove."""

    indicator: int
    level: int  # the estimate: never below the framework's lowest level
    proven_level: int  # 0 when not even the level-1 items are all accepted
    # The first item not accepted on the lowest level not yet reached.
    blocked_by: str | None
    # The level the estimate stopped at because the source lists no items for it.
    stopped_at_level_without_items: int | None
    items: tuple[ItemOutcome, ...]

    def outcome(self, code: str) -> ItemOutcome:
        return next(outcome for outcome in self.items if outcome.code == code)


def item_codes(framework: ScoringFramework) -> frozenset[str]:
    """Every item code of the framework revision."""
    return frozenset(
        item.code
        for items in framework.indicator_items.values()
        for level in items.levels
        for item in level.items
    )


def indicators_with_verdicts(
    framework: ScoringFramework, statuses: Mapping[str, ItemStatus]
) -> frozenset[int]:
    """The indicators of which ``statuses`` gives at least one item, whatever its status."""
    return frozenset(
        number
        for number, items in framework.indicator_items.items()
        if any(item.code in statuses for level in items.levels for item in level.items)
    )


def check_item_statuses(framework: ScoringFramework, statuses: Mapping[str, ItemStatus]) -> None:
    """Refuse an unknown item code, or a status that only the rule may give."""
    known = item_codes(framework)
    for code, status in statuses.items():
        if code not in known:
            raise ScoringInputError("unknown_item", item=code, framework=framework.id)
        if status is ItemStatus.AUTO_REJECTED:
            raise ScoringInputError("derived_item_status", item=code)


def estimate_from_items(
    framework: ScoringFramework, indicator: int, statuses: Mapping[str, ItemStatus]
) -> ItemEstimate:
    """The level one indicator's items prove under the framework's item rule.

    ``statuses`` maps item codes to their own status (items not given count as ``belum``); it
    may hold the items of other indicators too. Raises :class:`ScoringInputError` for an unknown
    code, for ``ditolak otomatis`` given as an input, or for an indicator without items.
    """
    items = framework.indicator_items.get(indicator)
    if items is None or framework.item_rule is None:
        raise ScoringInputError("no_items", indicator=indicator, framework=framework.id)
    check_item_statuses(framework, statuses)
    floor = int(framework.value_range.minimum)
    if framework.item_rule is ItemRule.ALL_ITEMS_CUMULATIVE:
        return _all_items_cumulative(items, statuses, floor=floor)
    raise AssertionError(f"unhandled item rule {framework.item_rule}")  # pragma: no cover


def _all_items_cumulative(
    items: IndicatorItems, statuses: Mapping[str, ItemStatus], *, floor: int
) -> ItemEstimate:
    proven = 0
    climbing = True  # still on a run of fully accepted levels from level 1
    stopped_at: int | None = None
    estimate_blocked_by: str | None = None
    blocker: str | None = None  # the item that blocks every item above its level
    outcomes: list[ItemOutcome] = []
    for level in items.levels:
        own = [(item, statuses.get(item.code, ItemStatus.NOT_STARTED)) for item in level.items]
        for item, status in own:
            if blocker is None:
                outcomes.append(ItemOutcome(item, status, status))
            else:
                outcomes.append(
                    ItemOutcome(
                        item,
                        status,
                        ItemStatus.AUTO_REJECTED,
                        RejectionReason.LOWER_LEVEL_NOT_ACCEPTED,
                        blocker,
                    )
                )
        if level.missing_in_source:
            if climbing:
                climbing, stopped_at = False, level.level
            continue
        first_open = next((item for item, status in own if status is not ItemStatus.ACCEPTED), None)
        if first_open is None:
            if climbing:
                proven = level.level
            continue
        if blocker is None:
            blocker = first_open.code
        if climbing:
            climbing, estimate_blocked_by = False, first_open.code
    return ItemEstimate(
        indicator=items.indicator,
        level=max(floor, proven),
        proven_level=proven,
        blocked_by=estimate_blocked_by,
        stopped_at_level_without_items=stopped_at,
        items=tuple(outcomes),
    )
