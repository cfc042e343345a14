"""What the API says of evidence (bukti dukung): documents of the agency's library, their
versions, and their links to indicators and evidence items."""

from __future__ import annotations

import datetime

from ninja import Schema
from pydantic import Field

from spbe.api.numbers import PlainInt, PlainIntOrNone
from spbe.api.parameters import Day
from spbe.evidence.models import DocumentKind


class VersionOut(Schema):
    number: int
    file_name: str
    size: int
    sha256: str
    file_kind: str  # pdf, docx, xlsx, png, jpeg
    uploaded_by: str | None
    uploaded_at: datetime.datetime
    text_status: str  # menunggu, berjalan, selesai, gagal
    page_count: int | None
    download: str  # the address of the bytes


class PrecheckOut(Schema):
    """The automatic pre-check of the link, as the indicator page summarises it."""

    checked: bool  # False while the text is being read: no result yet
    version: int | None  # the version it was run on
    status: str | None
    supported_level: int | None
    highest_automatic_level: int | None
    shown_level: int | None  # the claimed level (or the link's), the level the summary reads
    missing: list[str]  # the elements not found up to that level
    flags: list[str]


class LinkOut(Schema):
    id: int
    document_id: int
    evaluation_id: PlainInt
    indicator: int
    item: str | None  # the code of the Pemdi evidence item (butir), if the link names one
    level: int | None
    note: str
    version: int | None  # the version the link offers
    created_by: str | None
    created_at: datetime.datetime
    precheck: PrecheckOut


class DocumentOut(Schema):
    id: int
    agency: str
    agency_slug: str
    title: str
    kind: str
    number: str
    year: int | None
    issued_on: datetime.date | None
    expires_on: datetime.date | None  # optional expiry; the pre-check warns after it
    unit_id: int | None  # the issuing unit
    unit: str | None
    url: str
    created_by: str | None
    created_at: datetime.datetime
    latest_version: int | None


class DocumentDetailOut(DocumentOut):
    versions: list[VersionOut]  # newest first
    links: list[LinkOut]  # only those to evaluations the caller may see


class DocumentPage(Schema):
    count: int
    limit: int
    offset: int
    items: list[DocumentOut]


class DocumentIn(Schema):
    """The form fields of an upload, beside the file. The title is required; it is checked
    with the file, after the size and name checks that are made as the body is read."""

    title: str = Field("", max_length=300)
    kind: DocumentKind = DocumentKind.OTHER
    number: str = Field("", max_length=60)
    year: PlainIntOrNone = Field(None, ge=1945, le=2100)
    issued_on: Day | None = None
    expires_on: Day | None = Field(None, description="optional: valid until this day")
    unit: PlainIntOrNone = Field(None, description="the issuing unit: a unit id of your agency")


class LinkIn(Schema):
    evaluation_id: PlainInt
    indicator: PlainInt = Field(description="the indicator's number in the evaluation")
    item: str | None = Field(
        None, max_length=50, description="a Pemdi evidence item's code; it sets the level"
    )
    level: PlainIntOrNone = Field(None, description="the level the document proves")
    note: str = Field("", max_length=300, description="e.g. a page reference")
