"""What an agency export holds: its tables, in the order they are written and read back.

Each table is one model and the rows of it that belong to the agency. A row refers to another
row by what stays true in any installation (``references``): a row of an earlier table by its
number in the export, a user by username, the catalogue by its codes, stored bytes by SHA-256.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db import models

from spbe.api.models import ApiToken
from spbe.audit.models import AuditEvent
from spbe.discussions.models import Comment
from spbe.evaluations.models import (
    Assessment,
    AssessorResult,
    Evaluation,
    EvaluationItem,
    EvaluationStage,
    ExternalIndexValue,
    Transition,
)
from spbe.evidence.models import (
    Document,
    DocumentVersion,
    EvidenceLink,
    ExternalIndexProof,
    PageText,
)
from spbe.organizations.models import Agency, Unit
from spbe.planning.models import Action, PlanCosts
from spbe.reports.models import ReportSettings


@dataclass(frozen=True)
class Table:
    name: str
    model: type[models.Model]
    rows: Callable[[Agency], models.QuerySet]
    # Added to format 1 after it was published: an export written before has no file of it,
    # which the import reads as no rows (a table added so stays readable by older readers,
    # which ignore it).
    optional: bool = False


def table(
    name: str, model: type[models.Model], agency_path: str, *, optional: bool = False
) -> Table:
    return Table(
        name,
        model,
        lambda agency: model._default_manager.filter(**{agency_path: agency}),
        optional=optional,
    )


# Users come between units and evaluations (``people``); stored files before documents.
UNITS = table("units", Unit, "agency")
TABLES: tuple[Table, ...] = (
    table("evaluations", Evaluation, "agency"),
    table("evaluation_stages", EvaluationStage, "evaluation__agency"),
    table("assessments", Assessment, "evaluation__agency"),
    table("evaluation_items", EvaluationItem, "evaluation__agency"),
    table("assessor_results", AssessorResult, "assessment__evaluation__agency"),
    table("external_index_values", ExternalIndexValue, "assessment__evaluation__agency"),
    table("transitions", Transition, "evaluation__agency"),
    table("comments", Comment, "evaluation__agency", optional=True),
    table("documents", Document, "agency"),
    table("document_versions", DocumentVersion, "document__agency"),
    table("page_texts", PageText, "version__document__agency"),
    table("evidence_links", EvidenceLink, "assessment__evaluation__agency"),
    table("external_index_proofs", ExternalIndexProof, "document__agency"),
    table("plan_costs", PlanCosts, "evaluation__agency"),
    table("actions", Action, "evaluation__agency"),
    table("report_settings", ReportSettings, "agency"),
    table("api_tokens", ApiToken, "user__membership__agency"),
    table("audit_events", AuditEvent, "agency"),
)
TABLE_OF_MODEL = {t.model._meta.label_lower: t for t in (UNITS, *TABLES)}
