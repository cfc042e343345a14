"""Recording a past evaluation whose results are already known (published or archived)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction

from django.db import transaction
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.catalog.error_wording import describe_scoring_error
from spbe.catalog.selectors import UnknownFramework, current_revision, revision_scoring_framework
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.evaluations.finished_scores import finished_scores_store
from spbe.evaluations.models import (
    Assessment,
    AssessmentState,
    Evaluation,
    EvaluationState,
    Transition,
)
from spbe.evaluations.policy import can_create_evaluation
from spbe.evaluations.validation import validate_target
from spbe.organizations.actors import Actor
from spbe.organizations.models import Agency
from spbe.scoring import ScoringInputError, parse_values


@transaction.atomic
def evaluation_record_finished(
    *,
    actor: Actor,
    agency: Agency,
    year: int,
    framework_code: str,
    target: Decimal,
    external_values: dict[int, Decimal],
    claimed_values: dict[int, Decimal] | None = None,
    lead_units: dict[int, int] | None = None,
    illustrative: bool,
    source_note: str,
) -> Evaluation:
    """A finished evaluation: claims, verified levels and the external result per indicator.

    The verified level equals the external value (the agency accepted the result); the claim
    may differ. ``illustrative`` marks values that only reproduce published totals.
    """
    require(can_create_evaluation(actor, agency.pk))
    try:
        revision = current_revision(framework_code)
    except UnknownFramework as error:
        raise ActionRefused(_("Unknown framework."), field="framework") from error
    validate_target(revision, target)
    if Evaluation.objects.filter(
        agency=agency, year=year, revision__framework=revision.framework
    ).exists():
        raise ActionRefused(
            _("%(agency)s already has a %(framework)s evaluation for %(year)s.")
            % {"agency": agency.name, "framework": revision.framework.short_title, "year": year},
            field="year",
        )
    units = set(agency.units.values_list("pk", flat=True))
    if not set((lead_units or {}).values()) <= units:
        raise ActionRefused(_("A lead unit does not belong to this agency."), field="lead_units")
    framework = revision_scoring_framework(revision)
    try:
        external = parse_values(framework, external_values)
        claimed = parse_values(framework, claimed_values or external_values)
    except ScoringInputError as error:
        raise ActionRefused(describe_scoring_error(error)) from error
    evaluation = Evaluation.objects.create(
        agency=agency,
        year=year,
        revision=revision,
        target=target,
        self_assessment_deadline=datetime.date(year, 6, 30),
        review_deadline=datetime.date(year, 7, 31),
        state=EvaluationState.FINISHED,
        illustrative=illustrative,
        source_note=source_note,
        created_by=actor.user,
    )
    Assessment.objects.bulk_create(
        Assessment(
            evaluation=evaluation,
            indicator=indicator,
            lead_unit_id=(lead_units or {}).get(indicator.number),
            state=AssessmentState.VERIFIED,
            claimed_level=_decimal(claimed[indicator.number]),
            verified_level=_decimal(external[indicator.number]),
            external_value=_decimal(external[indicator.number]),
            criteria_met=list(range(1, int(claimed[indicator.number]) + 1)),
            justification="",
        )
        for indicator in revision.indicators.all()
    )
    finished_scores_store(evaluation=evaluation)
    Transition.objects.create(
        evaluation=evaluation,
        from_state=EvaluationState.PREPARATION,
        to_state=EvaluationState.FINISHED,
        by=actor.user,
        note=source_note,
    )
    audit_record(
        actor=actor.user,
        action="evaluation.record_finished",
        target=evaluation,
        agency=agency,
        summary=f"{agency.name} {year} {revision}",
        data={"illustrative": illustrative, "source": source_note},
    )
    return evaluation


def _decimal(value: Fraction | Decimal | int) -> Decimal:
    exact = Fraction(value)
    return (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(Decimal("0.01"))
