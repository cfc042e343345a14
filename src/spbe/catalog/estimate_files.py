"""Reading item verdicts and external index values from files (``spbe score --items``).

Items: CSV ``code,status`` rows (the header is optional) or JSON ``{"I1-L1-01": "diterima", …}``.
The statuses are the portal's words (belum, draf, diajukan, diterima, revisi) in any case, and
"ditolak otomatis" may be written with a space or an underscore, only to be refused with the
reason by the estimate: the rule derives it. External values: JSON
``{"I5": {"value": 55.3, "year": 2026}, …}``, the year being the one the value measures.

These functions check the form of a file; what its codes, indicators and values mean for a
framework is checked by :func:`spbe.scoring.estimate.estimate`, whose errors name the problem.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from spbe.catalog.value_files import ValueFileError, read_json_object, read_pairs_file
from spbe.scoring.external_index import ExternalValue
from spbe.scoring.items import ItemStatus, parse_item_status
from spbe.scoring.values import ScoringInputError, parse_number, whole_number

ITEMS_HEADER = ("code", "kode")
ITEMS_EXAMPLE = '{"I1-L1-01": "diterima"}'
EXTERNAL_EXAMPLE = '{"I5": {"value": 55.3, "year": 2026}}'


def read_item_statuses(path: str) -> dict[str, ItemStatus]:
    """The status of each item the file names, keyed by its code (``I1-L1-01``)."""
    raw = read_pairs_file(
        path,
        header=ITEMS_HEADER,
        expected=_("%(source)s line %(line)s: expected two columns, item code and status."),
        example=ITEMS_EXAMPLE,
    )
    statuses: dict[str, ItemStatus] = {}
    for key, word in raw.items():
        code = key.strip().upper()
        params: dict[str, Any] = {"source": path, "item": code}
        if isinstance(word, list) or code in statuses:
            raise ValueFileError(_("%(source)s: item %(item)s is given more than once.") % params)
        if not isinstance(word, str):
            raise ValueFileError(
                _('%(source)s: the status of item %(item)s must be a word such as "diterima".')
                % params
            )
        try:
            statuses[code] = parse_item_status(word)
        except ScoringInputError as error:
            raise ValueFileError(
                _('%(source)s: item %(item)s has the status "%(value)s"; give one of %(allowed)s.')
                % {**params, "value": word, "allowed": error.params["allowed"]}
            ) from error
    return statuses


def read_external_values(path: str) -> dict[int, ExternalValue]:
    """The external index value of each indicator the file names, keyed by its number."""
    values: dict[int, ExternalValue] = {}
    for key, entry in read_json_object(path, example=EXTERNAL_EXAMPLE).items():
        params: dict[str, Any] = {"source": path, "key": key, "example": EXTERNAL_EXAMPLE}
        number = _indicator_number(key)
        if number is None:
            raise ValueFileError(
                _('%(source)s: "%(key)s" is not an indicator; write the indicator as "I5".')
                % params
            )
        if number in values:
            raise ValueFileError(
                _("%(source)s: indicator %(key)s is given more than once.") % params
            )
        if not isinstance(entry, dict) or set(entry) != {"value", "year"}:
            raise ValueFileError(
                _(
                    "%(source)s: %(key)s must be an object with the value and the year it "
                    "measures, such as %(example)s."
                )
                % params
            )
        value = parse_number(entry["value"])
        if value is None:
            raise ValueFileError(
                _("%(source)s: the value of %(key)s, %(value)s, is not a number.")
                % {**params, "value": _shown(entry["value"])}
            )
        year = entry["year"]
        if isinstance(year, str):
            year = whole_number(year)
        if isinstance(year, bool) or not isinstance(year, int):
            raise ValueFileError(
                _("%(source)s: the year of %(key)s must be a whole number such as 2026.") % params
            )
        values[number] = ExternalValue(value=value, year=year)
    return values


def _indicator_number(key: str) -> int | None:
    """``"I5"``, ``"i5"`` or ``"5"`` as 5."""
    text = key.strip()
    return whole_number(text[1:] if text[:1] in ("I", "i") else text)


def _shown(raw: object) -> str:
    return f'"{raw}"' if isinstance(raw, str) else str(raw)
