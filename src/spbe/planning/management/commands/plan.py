"""``spbe plan``: the cheapest level steps that lift an evaluation's index to a target.

Like ``spbe score`` it reads the framework from the library files, never the database.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from spbe.catalog.error_wording import describe_scoring_error, describe_unknown_framework
from spbe.catalog.presenters import machine_numbers_note
from spbe.catalog.value_files import ValueFileError, read_json_object, read_value_file
from spbe.library.convert import scoring_framework
from spbe.library.files import UnknownFramework, library_file_for
from spbe.planner.cost_library import effective_costs
from spbe.planner.costs import CostTable
from spbe.planner.errors import PlanningInputError
from spbe.planner.optimizer import optimal_plan
from spbe.planner.pareto import pareto_front
from spbe.planner.target import parse_target
from spbe.planning.planner_wording import describe_planning_error
from spbe.planning.presenters import front_as_json, front_as_table, plan_as_json, plan_as_table
from spbe.scoring import ScoringInputError, parse_values, score
from spbe.scoring.model import ScoringFramework

USAGE_ERROR = 2


class Command(BaseCommand):
    # System checks import every view (charts, PDF, slides) and add seconds to each run;
    # `spbe check` runs them on demand, and `spbe migrate` / `runserver` still do.
    requires_system_checks: list[str] = []

    help = _(
        "Find the cheapest level steps whose index reaches a target, and the cost-vs-index "
        "curve. Costs default to the library's effort points (project defaults, not official)."
    ) + (" " + machine_numbers_note())

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--framework", help=_("framework id, e.g. spbe-2020 or pemdi-2026"))
        parser.add_argument(
            "--levels", metavar="FILE", help=_("current values, JSON or CSV; - for stdin")
        )
        parser.add_argument("--target", help=_("target index, e.g. 2.6"))
        parser.add_argument(
            "--costs", metavar="FILE", help=_("JSON costs file (step costs, max, locked, units)")
        )
        parser.add_argument(
            "--year", type=int, help=_("evaluation year (selects the predicate basis)")
        )
        parser.add_argument(
            "--revision",
            type=int,
            help=_("revision of the library file (it holds the latest only)"),
        )
        parser.add_argument("--pareto", action="store_true", help=_("show the cost-vs-index curve"))
        parser.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["framework"] or not options["levels"]:
            raise CommandError(
                _("Give --framework, --levels FILE and --target (or --pareto)."),
                returncode=USAGE_ERROR,
            )
        if options["target"] is None and not options["pareto"]:
            raise CommandError(
                _("Give --target, or --pareto for the cost-vs-index curve."),
                returncode=USAGE_ERROR,
            )
        try:
            library = library_file_for(options["framework"], options["revision"])
            framework = scoring_framework(library.document)
            values = parse_values(framework, read_value_file(options["levels"]))
            target = None
            if options["target"] is not None:
                target = parse_target(framework, options["target"])
            costs = _costs(framework, options["costs"])
            year = options["year"]
            plan = None
            if target is not None:
                plan = optimal_plan(framework, values, target=target, costs=costs, year=year)
            front = None
            if options["pareto"]:
                front = pareto_front(framework, values, costs=costs, year=year)
        except (UnknownFramework, ValueFileError) as error:
            raise CommandError(_message(error), returncode=USAGE_ERROR) from error
        except ScoringInputError as error:
            raise CommandError(describe_scoring_error(error), returncode=USAGE_ERROR) from error
        except PlanningInputError as error:
            raise CommandError(describe_planning_error(error), returncode=USAGE_ERROR) from error

        if options["json"]:
            data: dict[str, Any] = {
                "framework": framework.id,
                "revision": library.document.revision,
            }
            if plan is not None:
                data.update(plan_as_json(plan))
            else:
                before = score(framework, values, year=year)
                data.update(
                    {
                        "year": year,
                        "predicate_basis": before.predicate_basis.value,
                        "index_before": str(before.index),
                        "cost_unit": costs.cost_unit,
                    }
                )
            data["costs_file"] = options["costs"]
            if front is not None:
                data["pareto"] = front_as_json(front)
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            title = _("%(title)s, revision %(revision)s") % {
                "title": library.document.short_title,
                "revision": library.document.revision,
            }
            sections = []
            if plan is not None:
                sections.append(plan_as_table(plan, framework, title=title))
            if front is not None:
                curve = _("Cost against index")
                sections.append(front_as_table(front, title=curve if plan else f"{title}\n{curve}"))
            sections.append(_costs_note(options["costs"]))
            self.stdout.write("\n\n".join(sections))


def _costs(framework: ScoringFramework, path: str | None) -> CostTable:
    return effective_costs(framework, None if path is None else read_json_object(path))


def _costs_note(path: str | None) -> str:
    if path is None:
        return _("Costs: the library's default effort points (project defaults, not official).")
    return _("Costs: %(path)s, over the library's defaults.") % {"path": path}


def _message(error: Exception) -> str:
    if isinstance(error, UnknownFramework):
        return describe_unknown_framework(error.args[0])
    return str(error)
