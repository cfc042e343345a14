"""User-facing wording of the scoring engine's input errors and of unknown frameworks."""

from __future__ import annotations

from collections.abc import Callable

from django.utils.translation import gettext as _

from spbe.library.files import LibraryFile, library_paths, read_library_file
from spbe.library.schema import FrameworkDocument
from spbe.scoring.values import ScoringInputError


def describe_scoring_error(error: ScoringInputError) -> str:
    params = {key: value if key in _LISTS else _plain(value) for key, value in error.params.items()}
    templates = {
        "unknown_indicator": _("Indicator %(indicator)s does not exist in %(framework)s."),
        "missing_indicators": _("No value was given for indicator(s) %(indicators)s."),
        "not_a_number": _("Indicator %(indicator)s: %(value)s is not a number."),
        "not_an_integer": _(
            "Indicator %(indicator)s: %(value)s is not a whole level; this framework takes "
            "whole levels only."
        ),
        "out_of_range": _(
            "Indicator %(indicator)s: %(value)s is outside the allowed range %(minimum)s–%(maximum)s."
        ),
        "wrong_member_count": _(
            "Indicator %(indicator)s is the mean of %(expected)s values (%(label)s); "
            "%(count)s were given."
        ),
        "duplicate_indicator": _("Indicator %(indicator)s is given more than once."),
        "unknown_item": _("Item %(item)s does not exist in %(framework)s."),
        "unknown_item_status": _("%(value)s is not an item status; give one of %(allowed)s."),
        "derived_item_status": _(
            "Item %(item)s: “ditolak otomatis” follows from the lower levels; give the item's "
            "own status."
        ),
        "no_items": _("Indicator %(indicator)s of %(framework)s has no evidence items."),
        "no_external_index": _(
            "Indicator %(indicator)s is not valued by an external index in %(framework)s; "
            "those that are: %(indices)s."
        ),
        "index_out_of_scale": _(
            "Indicator %(indicator)s: %(value)s is outside the scale of %(index)s "
            "(%(minimum)s–%(maximum)s)."
        ),
        "not_claimable": _(
            "Indicator %(indicator)s is decided by its external index; a claimed value is not "
            "accepted."
        ),
        "claimed_with_item_verdicts": _(
            "Indicator %(indicator)s has item verdicts; a claimed value is accepted only for an "
            "indicator without them."
        ),
    }
    return templates[error.code] % params


# Parameters that list what the framework has, not what the user gave: shown unquoted.
_LISTS = frozenset({"indices"})


def _plain(value: object) -> str:
    return f'"{value}"' if isinstance(value, str) and not value.strip().isdigit() else str(value)


def describe_unknown_framework(code: object) -> str:
    """For the commands that read the library files: which frameworks (and revisions) exist."""
    known = ", ".join(
        f"{library_file.document.id} r{library_file.document.revision}"
        for library_file in map(read_library_file, library_paths())
    )
    return _("Unknown framework %(framework)s. The framework library has %(known)s.") % {
        "framework": code,
        "known": known,
    }


def describe_missing_capability(framework: LibraryFile, capability: str) -> str:
    """For ``--items`` or ``--external`` on a framework without evidence items or external
    indices (``capability`` is ``"items"`` or ``"external"``): which frameworks have them."""
    document = framework.document
    has = _CAPABILITIES[capability]
    others = ", ".join(
        f"{library_file.document.id} r{library_file.document.revision}"
        for library_file in map(read_library_file, library_paths())
        if has(library_file.document)
    )
    params = {"framework": f"{document.id} r{document.revision}", "others": others or "—"}
    if capability == "items":
        return (
            _("%(framework)s has no evidence items; the frameworks with items are: %(others)s.")
            % params
        )
    return (
        _("%(framework)s has no external indices; the frameworks with them are: %(others)s.")
        % params
    )


_CAPABILITIES: dict[str, Callable[[FrameworkDocument], bool]] = {
    "items": lambda document: document.item_rule is not None,
    "external": lambda document: any(i.external_index for i in document.indicators),
}
