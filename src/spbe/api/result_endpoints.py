"""External and assessor results: read them, and import the national portal's results.

Reading goes through the pages' selectors: the indicators with their external value
(``evaluation_assessments``), the assessors' results (``assessor_selectors.assessor_results``)
and, for Pemdi, the other agencies' indices (``item_selectors.external_index_rows``). The
import goes through the import service of the page and of ``spbe pemdi import-results``
(``result_import``): the same formats, the same rights (``item_policy.can_import_results``),
all rows or none.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Router, Status
from ninja.errors import ValidationError as NinjaValidationError
from pydantic import BaseModel, ValidationError

from spbe.api.errors import error_body
from spbe.api.idempotency import idempotent
from spbe.api.result_rows import Upload, rows_as_csv, table_as_csv
from spbe.api.result_schemas import (
    AssessorResultOut,
    ExternalImportIn,
    ExternalImportOut,
    ExternalIndexOut,
    ExternalOut,
    IndicatorResultOut,
    ResultChangeOut,
    ResultsImportIn,
    ResultsImportOut,
    ResultsOut,
)
from spbe.api.schemas import ErrorOut
from spbe.evaluations.assessor_selectors import assessor_results, pemdi_evaluation_for
from spbe.evaluations.external_services import ImportRefused, external_results_import
from spbe.evaluations.item_selectors import ExternalIndexRow, external_index_rows
from spbe.evaluations.models import AssessorResult
from spbe.evaluations.result_import import MAX_UPLOAD_BYTES, results_import, results_preview
from spbe.evaluations.selectors import evaluation_assessments, evaluation_for
from spbe.organizations.actors import actor_for

router = Router(tags=["results"])
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut}
TRUE = ("1", "true", "yes", "on")


@router.get(
    "/evaluations/{evaluation_id}/results",
    response={200: ResultsOut, **ERRORS},
    summary="External and assessor results, and the external indices (Pemdi)",
)
def evaluation_results(request: HttpRequest, evaluation_id: int) -> ResultsOut:
    evaluation = evaluation_for(actor_for(request.user), evaluation_id)
    results = assessor_results(evaluation)
    return ResultsOut(
        evaluation_id=evaluation.pk,
        framework=evaluation.revision.framework.code,
        indicators=[
            IndicatorResultOut(
                number=assessment.indicator.number,
                code=assessment.indicator.code,
                name=assessment.indicator.name,
                external=ExternalOut(
                    value=assessment.external_value, note=assessment.external_note
                ),
                assessor=_assessor(results.get(assessment.indicator.number)),
            )
            for assessment in evaluation_assessments(evaluation)
        ],
        external_indices=[_index(row) for row in external_index_rows(evaluation)],
    )


def _assessor(result: AssessorResult | None) -> AssessorResultOut | None:
    if result is None:
        return None
    return AssessorResultOut(
        value=result.value,
        note=result.note,
        recommendation=result.recommendation,
        evidence_uploaded=result.evidence_uploaded,
        confirmed_at_interview=result.confirmed_at_interview,
        approved=result.approved,
        version=result.version,
        updated_at=result.updated_at,
        updated_by=result.updated_by.get_username() if result.updated_by else None,
    )


def _index(row: ExternalIndexRow) -> ExternalIndexOut:
    reading = row.estimate.external
    return ExternalIndexOut(
        indicator=row.indicator,
        index=row.index.name,
        use=row.index.use.value,
        scale_minimum=Decimal(row.index.scale_minimum.numerator)
        / row.index.scale_minimum.denominator,
        scale_maximum=Decimal(row.index.scale_maximum.numerator)
        / row.index.scale_maximum.denominator,
        value=row.entered.value if row.entered else None,
        year=row.entered.year if row.entered else None,
        source=row.entered.source if row.entered else "",
        version=row.entered.version if row.entered else 0,
        pending=row.pending,
        outdated=row.outdated,
        level=reading.level if reading else None,
    )


def inline_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema with its nested models written in place (no ``$defs``), for a
    body this endpoint reads itself, so that the document shows it."""
    schema = model.model_json_schema()
    definitions = schema.pop("$defs", {})

    def resolved(node: Any) -> Any:
        if isinstance(node, dict):
            reference = node.get("$ref", "")
            if reference.startswith("#/$defs/"):
                return resolved(definitions[reference.removeprefix("#/$defs/")])
            return {key: resolved(value) for key, value in node.items()}
        if isinstance(node, list):
            return [resolved(value) for value in node]
        return node

    resolved_schema: dict[str, Any] = resolved(schema)
    return resolved_schema


def import_body(model: type[BaseModel], *, dry_run: bool) -> dict[str, Any]:
    """The request body of an import: the rows as JSON, or the file as multipart."""
    form: dict[str, Any] = {"file": {"type": "string", "format": "binary"}}
    if dry_run:
        form["dry_run"] = {"type": "boolean", "default": False}
    return {
        "required": True,
        "content": {
            "application/json": {"schema": inline_schema(model)},
            "multipart/form-data": {
                "schema": {"type": "object", "properties": form, "required": ["file"]}
            },
        },
    }


@router.post(
    "/evaluations/{evaluation_id}/results/import",
    response={200: ResultsImportOut, **ERRORS, 422: ErrorOut},
    summary="Import the national portal's results (Pemdi): item verdicts or indicator values",
    openapi_extra={"requestBody": import_body(ResultsImportIn, dry_run=True)},
)
@idempotent
def evaluation_results_import(request: HttpRequest, evaluation_id: int) -> Any:
    """A CSV or XLSX file (multipart, field ``file``) or the same rows as JSON; all rows or
    none. ``dry_run`` lists the changes and writes nothing."""
    actor = actor_for(request.user)
    evaluation = pemdi_evaluation_for(actor, evaluation_id)
    upload = _upload(request, _portal_rows)
    if isinstance(upload, dict):
        return Status(422, upload)
    run = results_preview if upload.dry_run else results_import
    try:
        plan = run(
            actor=actor, evaluation=evaluation, content=upload.content, today=timezone.localdate()
        )
    except ImportRefused as refused:
        return Status(422, _row_errors(refused, upload))
    return ResultsImportOut(
        kind=plan.kind.value,
        applied=not upload.dry_run and bool(plan.changes),
        rows=plan.rows,
        unchanged=plan.unchanged,
        changes=[
            ResultChangeOut(
                row=upload.row(change.line),
                subject=change.subject,
                field=change.field,
                old=change.old,
                new=change.new,
            )
            for change in plan.changes
        ],
    )


@router.post(
    "/evaluations/{evaluation_id}/results/external/import",
    response={200: ExternalImportOut, **ERRORS, 422: ErrorOut},
    summary="Record the external evaluation's value per indicator",
    openapi_extra={"requestBody": import_body(ExternalImportIn, dry_run=False)},
)
@idempotent
def evaluation_external_import(request: HttpRequest, evaluation_id: int) -> Any:
    """The page's file (rows ``indicator, value[, note]``, a header optional; multipart, field
    ``file``) or the same rows as JSON; all rows or none."""
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, evaluation_id)
    upload = _upload(request, _external_rows)
    if isinstance(upload, dict):
        return Status(422, upload)
    try:
        count = external_results_import(actor=actor, evaluation=evaluation, content=upload.content)
    except ImportRefused as refused:
        return Status(422, _row_errors(refused, upload))
    return ExternalImportOut(recorded=count)


def _external_rows(content: bytes) -> Upload:
    body = ExternalImportIn.model_validate_json(content or b"{}")
    return table_as_csv(body.rows, ["indicator", "value", "note"], dry_run=False)


def _portal_rows(content: bytes) -> Upload:
    return rows_as_csv(ResultsImportIn.model_validate_json(content or b"{}"))


def _row_errors(refused: ImportRefused, upload: Upload) -> dict[str, Any]:
    fields: dict[str, list[str]] = {}
    for error in refused.errors:
        fields.setdefault(upload.place(error.line, error.column), []).append(error.message)
    return error_body(refused.message, "invalid", fields)


def _upload(request: HttpRequest, json_rows: Callable[[bytes], Upload]) -> Upload | dict[str, Any]:
    """The file or the JSON rows as the import service reads them; an error body if neither."""
    if request.content_type == "multipart/form-data":
        file = request.FILES.get("file")
        if file is None:
            message = _("Choose a CSV or XLSX file.")
            return error_body(message, "invalid", {"file": [message]})
        if file.size is not None and file.size > MAX_UPLOAD_BYTES:
            message = _("The file is larger than 1 MB; a result file is a few kilobytes.")
            return error_body(message, "invalid", {"file": [message]})
        return Upload.of_file(
            file.read(), dry_run=request.POST.get("dry_run", "").strip().lower() in TRUE
        )
    try:
        return json_rows(request.body)
    except ValidationError as invalid:
        raise NinjaValidationError([dict(error) for error in invalid.errors()]) from invalid
