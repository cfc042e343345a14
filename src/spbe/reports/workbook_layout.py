"""The layout of the indicator worksheet, shared by the Excel export and the import.

Row 1 holds the column headers and every following row one indicator. The import finds the
columns by their headers, in any language the application speaks (a workbook exported in
Bahasa Indonesia can be imported by someone working in English), and reads only the editable
columns plus the indicator number and the version; every computed column is ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import partial

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext


class RowAction(StrEnum):
    NONE = ""
    DRAFT = "draft"
    SUBMIT = "submit"


@dataclass(frozen=True)
class Column:
    key: str
    label: Callable[[], str]
    width: int
    editable: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("number", lambda: _("No."), 6),
    Column("code", lambda: _("Code"), 8),
    Column("indicator", lambda: _("Indicator"), 48),
    Column("domain", lambda: _("Domain"), 22),
    Column("aspect", lambda: _("Aspect"), 24),
    Column("weight", lambda: _("Weight"), 9),
    Column("lead_unit", lambda: _("Lead unit"), 24),
    Column("status", lambda: _("Status"), 14),
    Column("claimed_level", lambda: _("Claimed level"), 11, editable=True),
    Column("criteria_met", lambda: _("Criteria met"), 13, editable=True),
    Column("justification", lambda: _("Justification"), 60, editable=True),
    Column("action", lambda: _("Save as"), 12, editable=True),
    Column("verified_level", lambda: _("Verified level"), 11),
    Column("external_value", lambda: _("External value"), 11),
    Column("planned_level", lambda: _("Planned level"), 11),
    Column("gap", lambda: _("Gap to planned level"), 12),
    Column("evidence_count", lambda: _("Evidence count"), 11),
    Column("version", lambda: _("Version"), 9),
)
KEYS = tuple(column.key for column in COLUMNS)
REQUIRED_FOR_IMPORT = ("number", "claimed_level", "criteria_met", "justification")


def action_label(action: RowAction) -> str:
    return {
        RowAction.NONE: "",
        RowAction.DRAFT: pgettext("workbook action", "draft"),
        RowAction.SUBMIT: pgettext("workbook action", "submit"),
    }[action]


def _in_every_language(make: Callable[[], str]) -> set[str]:
    labels = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            labels.add(_normal(make()))
    return labels


def header_keys(cells: Iterable[object]) -> dict[str, int]:
    """Column key → position (0-based) for every header cell that names a known column."""
    names: dict[str, str] = {}
    for column in COLUMNS:
        names[_normal(column.key)] = column.key
        for label in _in_every_language(column.label):
            names.setdefault(label, column.key)
    positions: dict[str, int] = {}
    for position, cell in enumerate(cells):
        key = names.get(_normal(cell))
        if key is not None and key not in positions:
            positions[key] = position
    return positions


def parse_action(raw: object) -> RowAction | None:
    """The row's action from its cell, in any language; None if the word is not known."""
    text = _normal(raw)
    if not text:
        return RowAction.NONE
    for action in (RowAction.DRAFT, RowAction.SUBMIT):
        if text == action.value or text in _in_every_language(partial(action_label, action)):
            return action
    return None


def _normal(value: object) -> str:
    return " ".join(str(value or "").split()).casefold()
