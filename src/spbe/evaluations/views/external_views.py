"""External results: entry by file, and the side-by-side comparison with the internal result."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from spbe.catalog.selectors import revision_scoring_framework
from spbe.charts import Role, Series, SeriesComparison, indicator_bars
from spbe.charts.svg_cache import cached_svg
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.refusals import render_refused
from spbe.core.uploads import limited_upload, upload_too_large
from spbe.evaluations.external_services import ImportRefused, external_results_import
from spbe.evaluations.forms import ExternalImportForm
from spbe.evaluations.models import Assessment
from spbe.evaluations.policy import can_record_external
from spbe.evaluations.scores import IndexFigure, IndexKind
from spbe.evaluations.selectors import evaluation_assessments, evaluation_for
from spbe.organizations.actors import actor_for
from spbe.scoring import score
from spbe.scoring.engine import index_effect
from spbe.scoring.values import with_missing_at_lowest

MAX_IMPORT_BYTES = 1_000_000


@dataclass(frozen=True)
class ComparisonRow:
    assessment: Assessment
    internal: Decimal | None
    external: Decimal | None
    difference: Decimal | None
    index_effect: Decimal | None


@limited_upload(limit=MAX_IMPORT_BYTES)
@login_required
@require_http_methods(["GET", "POST"])
def external_import(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    require(can_record_external(actor, evaluation))
    form = ExternalImportForm(request.POST or None, request.FILES or None)
    context = {"evaluation": evaluation, "form": form}
    if request.method == "POST":
        if upload_too_large(request):
            context["refusal"] = _(
                "The file is larger than 1 MB; a result file is a few kilobytes."
            )
            return render(request, "evaluations/external_import.html", context, status=422)
        if not form.is_valid():
            return render(request, "evaluations/external_import.html", context, status=422)
        upload = form.cleaned_data["file"]
        try:
            if upload_too_large(request) or upload.size > MAX_IMPORT_BYTES:
                raise ActionRefused(
                    _("The file is larger than 1 MB; a result file is a few kilobytes.")
                )
            count = external_results_import(
                actor=actor, evaluation=evaluation, content=upload.read()
            )
        except ImportRefused as error:
            context.update(refusal=error.message, row_errors=error.errors)
            return render(request, "evaluations/external_import.html", context, status=422)
        except ActionRefused as error:
            return render_refused(request, "evaluations/external_import.html", context, error)
        messages.success(request, _("%(count)s external result(s) recorded.") % {"count": count})
        return redirect("evaluations:comparison", pk=pk)
    return render(request, "evaluations/external_import.html", context)


@login_required
def comparison(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    assessments = evaluation_assessments(evaluation)
    framework = revision_scoring_framework(evaluation.revision)
    rows = []
    internal_values, external_values = {}, {}
    for assessment in assessments:
        number = assessment.indicator.number
        internal = (
            assessment.verified_level
            if assessment.verified_level is not None
            else assessment.claimed_level
        )
        external = assessment.external_value
        internal_values[number] = internal
        external_values[number] = external
        difference = external - internal if internal is not None and external is not None else None
        effect = (
            index_effect(framework, number, difference).quantize(Decimal("0.0001"))
            if difference is not None
            else None
        )
        rows.append(ComparisonRow(assessment, internal, external, difference, effect))
    # Both totals from the engine over the same values the rows show, so the effects add up.
    internal_index = score(
        framework, with_missing_at_lowest(framework, internal_values), year=evaluation.year
    )
    external_index = score(
        framework, with_missing_at_lowest(framework, external_values), year=evaluation.year
    )
    external_figure = IndexFigure.of(
        IndexKind.EXTERNAL,
        external_index,
        filled=sum(value is not None for value in external_values.values()),
        total=len(framework.indicators),
        target=evaluation.target,
    )
    return render(
        request,
        "evaluations/comparison.html",
        {
            "evaluation": evaluation,
            "rows": rows,
            "internal_index": internal_index,
            "external": external_figure,
            "total_effect": external_index.index_exact - internal_index.index_exact,
            "can_record_external": can_record_external(actor, evaluation),
            "chart": _indicator_chart(rows),
        },
    )


def _indicator_chart(rows: list[ComparisonRow]) -> str:
    """Internal and external value of every indicator, one bar pair each."""
    data = SeriesComparison(
        labels=[
            f"{row.assessment.indicator.code}. {row.assessment.indicator.name}" for row in rows
        ],
        series=[
            Series(_("Internal"), [row.internal for row in rows], Role.VERIFIED),
            Series(str(IndexKind.EXTERNAL.label), [row.external for row in rows], Role.EXTERNAL),
        ],
    )
    title = _("Indicators: internal and external")
    return cached_svg("indicators", data, lambda: indicator_bars(data, title=title))
