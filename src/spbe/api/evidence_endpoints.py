"""Evidence (bukti dukung): the agency's document library, uploads and new versions, the bytes
of each version, and links to indicators and Pemdi evidence items.

Documents belong to an agency, not to one evaluation: one document proves indicators of many
evaluations. Everything goes through the pages' own selectors (``evidence.selectors``), policy
and services (``evidence.upload_services``, ``evidence.services``, ``evidence.item_services``):
an upload is checked exactly as on the pages (type, size, zip bombs, folder paths in names).
"""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.http import FileResponse, HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import File, Form, Query, Router, Schema, Status, UploadedFile
from pydantic import Field

from spbe.api.auth import AUTH
from spbe.api.evidence_schemas import (
    DocumentDetailOut,
    DocumentIn,
    DocumentOut,
    DocumentPage,
    LinkIn,
    LinkOut,
    PrecheckOut,
    VersionOut,
)
from spbe.api.idempotency import idempotent
from spbe.api.numbers import PlainInt, PlainIntOrNone
from spbe.api.schemas import ErrorOut
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.uploads import guard_upload
from spbe.evaluations.item_selectors import indicator_item
from spbe.evaluations.selectors import assessment_for, evaluation_for
from spbe.evidence.downloads import version_file_response
from spbe.evidence.item_services import item_evidence_link, item_evidence_unlink
from spbe.evidence.models import Document, DocumentVersion, EvidenceLink
from spbe.evidence.policy import can_add_version, can_upload_to, viewable_links
from spbe.evidence.presenters import precheck_for_page
from spbe.evidence.selectors import (
    document_for,
    document_version_for,
    link_for,
    readable,
    readable_versions_of,
    versions_readable_by,
    visible_links,
)
from spbe.evidence.services import evidence_link_add, evidence_link_remove
from spbe.evidence.upload_guards import upload_problem
from spbe.evidence.upload_services import DocumentFacts, document_upload
from spbe.organizations.actors import Actor, actor_for
from spbe.organizations.models import Agency, Unit

router = Router(tags=["evidence"])

WRITE_ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def guards_before_authentication(request: HttpRequest) -> None:
    """Not an authentication: it installs the upload guards (size limit, names with folder
    paths) before any authentication reads the body (a session's CSRF check does), and lets
    the real ones decide."""
    guard_upload(request)


UPLOAD_AUTH = [guards_before_authentication, *AUTH]


class DocumentFilters(Schema):
    evaluation: PlainIntOrNone = Field(
        None, description="linked to an indicator of this evaluation"
    )
    indicator: PlainIntOrNone = Field(None, description="linked to the indicator of this number")
    item: str | None = Field(None, max_length=50, description="linked to this Pemdi item code")
    unit: PlainIntOrNone = Field(None, description="issued by this unit (its id)")
    q: str | None = Field(None, max_length=200, description="words of the title or number")
    limit: PlainInt = Field(50, ge=1, le=200)
    offset: PlainInt = Field(0, ge=0)


# ------------------------------------------------------------------------------ reading


@router.get("/documents", response=DocumentPage, summary="The evidence documents you may read")
def document_list(request: HttpRequest, filters: Query[DocumentFilters]) -> DocumentPage:
    """The agency's library (an external assessor: the documents of evaluations sent to them),
    by title, then id. The link filters read only links to evaluations you may see."""
    actor = actor_for(request.user)
    documents = _filtered(actor, readable(actor), filters)
    documents = documents.select_related("agency", "issuing_unit", "created_by").order_by(
        "title", "pk"
    )
    page = documents.prefetch_related(
        Prefetch("versions", queryset=versions_readable_by(actor).order_by("-number"))
    )[filters.offset : filters.offset + filters.limit]
    return DocumentPage(
        count=documents.count(),
        limit=filters.limit,
        offset=filters.offset,
        items=[document_out(document) for document in page],
    )


@router.get(
    "/documents/{document_id}",
    response={200: DocumentDetailOut, 401: ErrorOut, 404: ErrorOut},
    summary="One document: its versions and its links",
)
def document_detail(request: HttpRequest, document_id: int) -> DocumentDetailOut:
    actor = actor_for(request.user)
    return document_detail_out(actor, document_for(actor, document_id))


@router.get(
    "/documents/{document_id}/versions/{number}/file",
    response={200: None, 401: ErrorOut, 404: ErrorOut},
    url_name="version_file",
    summary="The bytes of one version, as uploaded",
)
def version_file(request: HttpRequest, document_id: int, number: int) -> FileResponse:
    """Served as an attachment with the file's type, to whoever may read the document (the
    page's download rule)."""
    return version_file_response(document_version_for(actor_for(request.user), document_id, number))


# ------------------------------------------------------------------------------ uploading


@router.post(
    "/documents",
    response={201: DocumentDetailOut, **WRITE_ERRORS},
    auth=UPLOAD_AUTH,
    summary="Upload a new document to your agency's library (multipart)",
)
@idempotent
def document_create(
    request: HttpRequest,
    fields: Form[DocumentIn],
    file: File[UploadedFile | None] = None,
) -> Status[DocumentDetailOut]:
    """A PIC OPD or the koordinator of the agency. The file is checked as on the upload page;
    a refusal is 422 and stores nothing. Identical bytes are stored once."""
    actor = actor_for(request.user)
    require(can_upload_to(actor, actor.agency_id or 0))
    agency = Agency.objects.get(pk=actor.agency_id or 0)
    upload = _checked_upload(request, file)
    unit = None
    if fields.unit is not None:
        unit = Unit.objects.filter(agency=agency, pk=fields.unit).first()
        if unit is None:
            raise ActionRefused(_("Choose a unit of your agency."), field="unit")
    facts = DocumentFacts(
        title=fields.title,
        kind=fields.kind,
        number=fields.number,
        year=fields.year,
        issued_on=fields.issued_on,
        expires_on=fields.expires_on,
        issuing_unit=unit,
    )
    version = document_upload(actor=actor, agency=agency, upload=upload, facts=facts)
    return Status(201, document_detail_out(actor, document_for(actor, version.document_id)))


@router.post(
    "/documents/{document_id}/versions",
    response={201: DocumentDetailOut, **WRITE_ERRORS},
    auth=UPLOAD_AUTH,
    summary="Upload a new version of a document (multipart); the old ones are kept",
)
@idempotent
def version_create(
    request: HttpRequest,
    document_id: int,
    file: File[UploadedFile | None] = None,
) -> Status[DocumentDetailOut]:
    """Never replaces a file: each upload is a new version, and bytes identical to the latest
    version are refused (422). Links of evaluations not yet sent follow the new version."""
    actor = actor_for(request.user)
    document = document_for(actor, document_id)
    require(can_add_version(actor, document))
    upload = _checked_upload(request, file)
    document_upload(actor=actor, agency=document.agency, upload=upload, document=document)
    return Status(201, document_detail_out(actor, document_for(actor, document_id)))


def _checked_upload(request: HttpRequest, file: UploadedFile | None) -> UploadedFile:
    """The upload, unless the guards stopped it while the body was read."""
    problem = upload_problem(request)
    if problem:
        raise ActionRefused(problem, field="file")
    if file is None:
        raise ActionRefused(_("No file was received."), field="file")
    return file


# ------------------------------------------------------------------------------ linking


@router.post(
    "/documents/{document_id}/links",
    response={201: LinkOut, **WRITE_ERRORS},
    summary="Link the document to an indicator, or to a Pemdi evidence item by its code",
)
@idempotent
def link_create(request: HttpRequest, document_id: int, body: LinkIn) -> Status[LinkOut]:
    """The PIC of the indicator's lead or supporting unit while it is open; for an item, the
    item's stage rule decides (as on the indicator page)."""
    actor = actor_for(request.user)
    document = document_for(actor, document_id)
    evaluation = evaluation_for(actor, body.evaluation_id)
    assessment = assessment_for(actor, evaluation, body.indicator)
    if body.item is None:
        link = evidence_link_add(
            actor=actor, assessment=assessment, document=document, level=body.level, note=body.note
        )
    else:
        if body.level is not None:
            raise ActionRefused(
                _("Leave out the level: an evidence item's link proves the item's own level."),
                field="level",
            )
        link = item_evidence_link(
            actor=actor,
            item=indicator_item(assessment, body.item),
            document=document,
            note=body.note,
            today=timezone.localdate(),
        )
    return Status(201, link_out(link_for(actor, link.pk)))


@router.delete(
    "/links/{link_id}",
    response={204: None, **WRITE_ERRORS},
    summary="Unlink a document from its indicator or item (the document stays in the library)",
)
def link_delete(request: HttpRequest, link_id: int) -> Status[None]:
    actor = actor_for(request.user)
    link = link_for(actor, link_id)
    if link.item_id is None:
        evidence_link_remove(actor=actor, link=link)
    else:
        item_evidence_unlink(actor=actor, link=link, today=timezone.localdate())
    return Status(204, None)


# ------------------------------------------------------------------------------ answers


def _filtered(actor: Actor, documents: QuerySet[Document], filters: DocumentFilters) -> QuerySet:
    if filters.unit is not None:
        documents = documents.filter(issuing_unit_id=filters.unit)
    if filters.q:
        for word in filters.q.split():
            documents = documents.filter(Q(title__icontains=word) | Q(number__icontains=word))
    link_filter = Q()
    if filters.evaluation is not None:
        link_filter &= Q(assessment__evaluation_id=filters.evaluation)
    if filters.indicator is not None:
        link_filter &= Q(assessment__indicator__number=filters.indicator)
    if filters.item:
        link_filter &= Q(item__code=filters.item)
    if link_filter:
        linked = EvidenceLink.objects.filter(viewable_links(actor)).filter(link_filter)
        documents = documents.filter(pk__in=linked.values("document_id"))
    return documents


def document_out(document: Document) -> DocumentOut:
    versions = list(document.versions.all())
    return DocumentOut(**_document_fields(document, versions))


def document_detail_out(actor: Actor, document: Document) -> DocumentDetailOut:
    versions = list(
        readable_versions_of(actor, document).select_related("uploaded_by", "stored_file")
    )
    links = (
        visible_links(actor, document)
        .select_related("item", "created_by", "precheck_version")
        .order_by("pk")
    )
    return DocumentDetailOut(
        **_document_fields(document, versions),
        versions=[version_out(version) for version in versions],
        links=[link_out(link) for link in links],
    )


def _document_fields(document: Document, versions: list[DocumentVersion]) -> dict[str, Any]:
    return {
        "id": document.pk,
        "agency": document.agency.name,
        "agency_slug": document.agency.slug,
        "title": document.title,
        "kind": document.kind,
        "number": document.number,
        "year": document.year,
        "issued_on": document.issued_on,
        "expires_on": document.expires_on,
        "unit_id": document.issuing_unit_id,
        "unit": document.issuing_unit.name if document.issuing_unit else None,
        "url": document.url,
        "created_by": _username(document.created_by),
        "created_at": document.created_at,
        "latest_version": max((version.number for version in versions), default=None),
    }


def version_out(version: DocumentVersion) -> VersionOut:
    stored = version.stored_file
    return VersionOut(
        number=version.number,
        file_name=version.original_name,
        size=stored.size,
        sha256=stored.sha256,
        file_kind=stored.kind,
        uploaded_by=_username(version.uploaded_by),
        uploaded_at=version.uploaded_at,
        text_status=version.text_status,
        page_count=version.page_count,
        download=reverse(
            "api:version_file",
            kwargs={"document_id": version.document_id, "number": version.number},
        ),
    )


def link_out(link: EvidenceLink) -> LinkOut:
    assessment = link.assessment
    claimed = assessment.claimed_level
    shown = precheck_for_page(link, None if claimed is None else int(claimed))
    return LinkOut(
        id=link.pk,
        document_id=link.document_id,
        evaluation_id=assessment.evaluation_id,
        indicator=assessment.indicator.number,
        item=link.item.code if link.item else None,
        level=link.level,
        note=link.note,
        version=link.version.number if link.version else None,
        created_by=_username(link.created_by),
        created_at=link.created_at,
        precheck=PrecheckOut(
            checked=shown is not None,
            version=link.precheck_version.number if link.precheck_version else None,
            status=shown["status"] if shown else None,
            supported_level=shown.get("supported_level") if shown else None,
            highest_automatic_level=shown.get("highest_automatic_level") if shown else None,
            shown_level=shown["shown_level"] if shown else None,
            missing=shown["missing"] if shown else [],
            flags=shown["flag_messages"] if shown else [],
        ),
    )


def _username(user: object) -> str | None:
    return user.get_username() if user is not None else None  # type: ignore[attr-defined]
