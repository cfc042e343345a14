"""What the plan page's step costs section shows: the table, the JSON, the stored version."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from django.utils.functional import SimpleLazyObject

from spbe.catalog.selectors import revision_indicators, revision_scoring_framework
from spbe.evaluations.models import Evaluation
from spbe.planning.cost_table import StepCostsForm, costs_placeholders, table_fits
from spbe.planning.models import PlanCosts
from spbe.planning.page_fragments import costs_table_key
from spbe.planning.selectors import revision_key


def stored_costs(evaluation: Evaluation) -> tuple[Any, int]:
    """The evaluation's costs file as stored (``{}`` when none) and its version."""
    row = PlanCosts.objects.filter(evaluation=evaluation).values_list("costs", "version").first()
    return (row[0], row[1]) if row else ({}, 0)


def costs_json(costs: Any) -> str:
    """The costs file as the JSON section shows it and the export downloads it."""
    return json.dumps(costs, indent=1, ensure_ascii=False)


def costs_editor(evaluation: Evaluation, data: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The section's context: ``costs_form`` (``data`` bound, or None when the stored file has
    entries the table cannot show), ``costs_text``, ``costs_version`` and the unbound table's
    ``costs_table_key`` (``spbe.planning.page_fragments``)."""
    stored, version = stored_costs(evaluation)
    framework = revision_scoring_framework(evaluation.revision)
    context: dict[str, Any] = {
        "costs_form": None,
        "costs_text": costs_json(stored),
        "costs_version": version,
    }
    if not (isinstance(stored, Mapping) and table_fits(framework, stored)):
        return context

    def form() -> StepCostsForm:
        return StepCostsForm(
            data,
            framework=framework,
            indicators=revision_indicators(evaluation.revision),
            stored=stored,
            version=version,
        )

    if data is not None:
        context["costs_form"] = form()
        return context
    # The unbound table's HTML is cached (``spbe.planning.page_fragments``): its ≈280 fields
    # are built only when the page renders it, i.e. when the cache does not hold it.
    context["costs_form"] = SimpleLazyObject(form)
    context["costs_table_key"] = costs_table_key(
        revision_key(evaluation), stored, version, costs_placeholders(framework, stored)
    )
    return context
