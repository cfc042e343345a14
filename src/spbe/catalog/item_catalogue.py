"""The evidence items of a framework revision, as JSON-ready data and as a readable listing.

``spbe pemdi items`` prints them from the library file. A level for which the source lists no
items (Pemdi I9 level 3) is shown as such, never as an empty list that looks like an oversight.
"""

from __future__ import annotations

import textwrap
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from spbe.library.schema import FrameworkDocument, Indicator

# xgettext does not look inside f-strings: these labels, used in them below, are marked
# here so that they reach the translation catalogue.
_LABELS_IN_F_STRINGS = (
    gettext_noop("Indicator"),
    gettext_noop("Level"),
)

WIDTH = 100


def item_catalogue_as_json(
    document: FrameworkDocument, indicators: list[Indicator]
) -> dict[str, Any]:
    """Per indicator and level, the items with their code and text."""
    return {
        "framework": document.id,
        "revision": document.revision,
        "item_rule": document.item_rule,
        "indicators": [
            {
                "number": indicator.number,
                "name": indicator.name,
                "external_index": None
                if indicator.external_index is None
                else {"name": indicator.external_index.name, "use": indicator.external_index.use},
                "levels": [
                    {
                        "level": int(key),
                        "items_missing_in_source": level.items_missing_in_source,
                        "items": [{"code": item.code, "text": item.text} for item in level.items],
                    }
                    for key, level in _levels(indicator)
                ],
            }
            for indicator in indicators
        ],
    }


def item_catalogue_as_text(document: FrameworkDocument, indicators: list[Indicator]) -> str:
    """The items as a listing to read: indicator, level, then each item's code and text."""
    level_names = {level.level: level.name for level in document.levels}
    lines = [
        _("%(title)s, revision %(revision)s: evidence items (rule: %(rule)s)")
        % {"title": document.short_title, "revision": document.revision, "rule": document.item_rule}
    ]
    for indicator in indicators:
        lines += ["", f"{_('Indicator')} {indicator.number}. {indicator.name}"]
        index = indicator.external_index
        if index is not None:
            use = _USES[index.use]
            lines += _wrap(_(use) % {"index": index.name}, indent="  ", hanging="  ")
        for key, level in _levels(indicator):
            lines.append(f"  {_('Level')} {key} {level_names.get(int(key)) or ''}".rstrip())
            if level.items_missing_in_source:
                lines.append("    " + _("(the source lists no items for this level)"))
            for item in level.items:
                lines += _wrap(f"{item.code}  {item.text}", indent="    ", hanging="              ")
    return "\n".join(lines)


_USES = {
    "decides_level": gettext_noop("The value of %(index)s decides the level."),
    "caps_level": gettext_noop("The value of %(index)s caps the level the items prove."),
}


def _levels(indicator: Indicator) -> list[tuple[str, Any]]:
    return sorted((indicator.items_by_level or {}).items(), key=lambda entry: int(entry[0]))


def _wrap(text: str, *, indent: str, hanging: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=hanging)
