"""The default step costs shipped with the library (``src/spbe/library/costs/<framework>.json``).

The defaults are the project's own estimates in *effort points*, not an official table: each
indicator belongs to a category (a policy document, a management process, an integrated
service, …) and each category gives the cost of the step to every level. Agencies replace them
per evaluation with a costs file (:mod:`spbe.planner.costs`).
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, model_validator

from spbe.library.schema import LevelKey, Strict
from spbe.planner.costs import CostTable, parse_costs
from spbe.planner.errors import PlanningInputError
from spbe.scoring.model import ScoringFramework

COSTS_DIR = Path(__file__).resolve().parent.parent / "library" / "costs"

Cost = Annotated[Decimal, Field(ge=0)]
IndicatorKey = Annotated[str, Field(pattern=r"^[1-9]\d*$")]


class CostCategory(Strict):
    label: str
    rationale: str
    steps: dict[LevelKey, Cost]


class DefaultCostsDocument(Strict):
    """One framework's default costs: categories of indicators and each indicator's category."""

    schema_version: Literal[1]
    framework: str
    unit: str
    status: str
    rationale: str
    categories: dict[str, CostCategory]
    indicators: dict[IndicatorKey, str]

    @model_validator(mode="after")
    def _check_categories(self) -> DefaultCostsDocument:
        unknown = sorted(set(self.indicators.values()) - set(self.categories))
        if unknown:
            raise ValueError(f"indicators name unknown categories {unknown}")
        return self


def read_default_costs(
    framework_id: str, directory: Path = COSTS_DIR
) -> DefaultCostsDocument | None:
    """The default-costs document of a framework, or ``None`` if the library has none."""
    path = directory / f"{framework_id}.json"
    if not path.is_file():
        return None
    return _read(path)


def default_costs(framework: ScoringFramework, directory: Path = COSTS_DIR) -> CostTable | None:
    """The library's default :class:`CostTable` for a framework, or ``None`` if it has none.

    Raises ``ValueError`` if the file does not fit the framework (an indicator without a
    category, a category without a cost for some level): a defect of the library, not of the
    user's input.
    """
    document = read_default_costs(framework.id, directory)
    if document is None:
        return None
    if document.framework != framework.id:
        raise ValueError(f"the default costs for {framework.id} name {document.framework}")
    low, high = int(framework.value_range.minimum), int(framework.value_range.maximum)
    levels = {str(level) for level in range(low + 1, high + 1)}
    steps: dict[int, dict[int, Decimal]] = {}
    for number in framework.indicator_numbers:
        category_name = document.indicators.get(str(number))
        if category_name is None:
            raise ValueError(f"the default costs give indicator {number} no category")
        category = document.categories[category_name]
        if set(category.steps) != levels:
            raise ValueError(
                f"cost category {category_name} must price exactly the steps to levels "
                f"{sorted(levels)}"
            )
        steps[number] = {int(level): cost for level, cost in category.steps.items()}
    extra = set(document.indicators) - {str(n) for n in framework.indicator_numbers}
    if extra:
        raise ValueError(f"the default costs name unknown indicators {sorted(extra)}")
    return CostTable(framework_id=framework.id, steps=steps, cost_unit=document.unit)


def effective_costs(framework: ScoringFramework, raw: object | None = None) -> CostTable:
    """The costs to plan with: a costs file's content (if any) over the library's defaults.

    Raises :class:`PlanningInputError`: ``no_default_costs`` when there is neither, or the
    costs file's first bad field (:func:`spbe.planner.costs.parse_costs`).
    """
    defaults = default_costs(framework)
    if raw is None:
        if defaults is None:
            raise PlanningInputError("no_default_costs", framework=framework.id)
        return defaults
    return parse_costs(framework, raw, defaults=defaults)


@lru_cache(maxsize=16)
def _read(path: Path) -> DefaultCostsDocument:
    return DefaultCostsDocument.model_validate_json(path.read_text(encoding="utf-8"))
