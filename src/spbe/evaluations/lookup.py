"""Finding an evaluation from what an operator types: ``pematangsiantar/2026`` or its id.

For the commands, whose operator at the server's shell may read every agency, as the
installation administrator may; pages find evaluations through ``selectors.evaluation_for``.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from spbe.evaluations.models import Evaluation
from spbe.scoring.values import whole_number


class UnknownEvaluation(Exception):
    """No single evaluation answers the reference; the message says what there is."""


def evaluation_from_reference(reference: str, *, framework: str | None = None) -> Evaluation:
    """The evaluation named ``agency-slug/year`` (``--framework`` when there are several that
    year) or by its id."""
    evaluations = Evaluation.objects.select_related("agency", "revision__framework").defer(
        "revision__document"
    )
    number = whole_number(reference)
    if number is not None:
        found = evaluations.filter(pk=number).first()
        if found is None:
            raise UnknownEvaluation(_("No evaluation has the id %(id)s.") % {"id": number})
        return found
    slug, _slash, year_text = reference.strip().partition("/")
    year = whole_number(year_text)
    if not slug or year is None:
        raise UnknownEvaluation(
            _("Name the evaluation as agency/year (e.g. pematangsiantar/2026) or by its id.")
        )
    that_year = evaluations.filter(agency__slug=slug, year=year)
    if framework:
        that_year = that_year.filter(revision__framework__code=framework)
    found_list = list(that_year)
    if len(found_list) == 1:
        return found_list[0]
    if found_list:
        raise UnknownEvaluation(
            _("%(reference)s names several evaluations; choose one with --framework: %(list)s.")
            % {
                "reference": reference,
                "list": ", ".join(e.revision.framework.code for e in found_list),
            }
        )
    others = evaluations.filter(agency__slug=slug).order_by("year")
    raise UnknownEvaluation(
        _("No evaluation is named %(reference)s. That agency's evaluations: %(list)s.")
        % {
            "reference": reference,
            "list": ", ".join(f"{e.year} ({e.revision.framework.code})" for e in others)
            or _("none"),
        }
    )
