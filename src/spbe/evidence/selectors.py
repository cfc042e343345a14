"""Reading evidence, scoped to what the user may see (404 otherwise), and searching it."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from django.db import connection
from django.db.models import Count, Q, QuerySet
from django.http import Http404

from spbe.evaluations.policy import can_read_agency
from spbe.evidence.models import Document, DocumentVersion, EvidenceLink, PageText
from spbe.evidence.policy import readable_documents, readable_versions, viewable_links
from spbe.organizations.actors import Actor

SNIPPET_RADIUS = 90


def agency_documents(actor: Actor, agency_id: int) -> QuerySet[Document]:
    """The agency's evidence library, for those who read the agency (404 for anyone else)."""
    if not can_read_agency(actor, agency_id):
        raise Http404
    return (
        Document.objects.filter(agency_id=agency_id)
        .select_related("issuing_unit")
        .prefetch_related("versions")
        .annotate(link_count=Count("links", distinct=True))
        .order_by("title", "pk")
    )


def readable(actor: Actor) -> QuerySet[Document]:
    """The documents ``actor`` may read (``policy.can_read_document``)."""
    return Document.objects.filter(readable_documents(actor)).distinct()


def document_for(actor: Actor, pk: int) -> Document:
    document = readable(actor).select_related("agency", "issuing_unit").filter(pk=pk).first()
    if document is None:
        raise Http404
    return document


def versions_readable_by(actor: Actor) -> QuerySet[DocumentVersion]:
    """The versions ``actor`` may read (``policy.can_read_version``)."""
    return DocumentVersion.objects.filter(
        pk__in=DocumentVersion.objects.filter(readable_versions(actor)).values("pk")
    )


def readable_versions_of(actor: Actor, document: Document) -> QuerySet[DocumentVersion]:
    """The versions of ``document`` that ``actor`` may read, newest first: all of them for the
    agency's readers, only those pinned to evaluations sent to them for an external assessor."""
    return versions_readable_by(actor).filter(document=document).order_by("-number")


def version_for(actor: Actor, pk: int) -> DocumentVersion:
    version = (
        versions_readable_by(actor).select_related("document", "stored_file").filter(pk=pk).first()
    )
    if version is None:
        raise Http404
    return version


def document_version_for(actor: Actor, document_id: int, number: int) -> DocumentVersion:
    """Version ``number`` of a document ``actor`` may read (404 otherwise): the API's address
    of a file, under the same rule as the page's download (``version_for``)."""
    version = (
        versions_readable_by(actor)
        .select_related("document", "stored_file")
        .filter(document_id=document_id, number=number)
        .first()
    )
    if version is None:
        raise Http404
    return version


def link_for(actor: Actor, pk: int) -> EvidenceLink:
    """A link from an indicator to a document whose evaluation ``actor`` may view (404
    otherwise)."""
    link = (
        EvidenceLink.objects.filter(viewable_links(actor), pk=pk)
        .select_related(
            "document__agency",
            "assessment__indicator",
            "assessment__evaluation",
            "item",
            "version",
            "precheck_version",
            "created_by",
        )
        .first()
    )
    if link is None:
        raise Http404
    return link


@dataclass(frozen=True)
class SearchHit:
    document: Document
    version_number: int | None
    page: int | None
    snippet: str


def search(actor: Actor, agency_id: int, query: str, *, limit: int = 50) -> list[SearchHit]:
    """Documents of the agency whose title, number or text match every word of ``query``.

    Text matches name the page. PostgreSQL uses its full-text search (the ``simple``
    configuration: Indonesian has no stemmer there); SQLite matches the words as substrings.
    """
    words = [word for word in re.findall(r"\w+", query.lower()) if len(word) > 1]
    if not words:
        return []
    documents = agency_documents(actor, agency_id)
    hits: list[SearchHit] = []
    metadata = Q()
    for word in words:
        metadata &= Q(title__icontains=word) | Q(number__icontains=word)
    for document in documents.filter(metadata)[:limit]:
        hits.append(SearchHit(document, None, None, document.title))
    pages = _matching_pages(words, query).filter(version__document__agency_id=agency_id)
    for page in pages.select_related("version__document")[:limit]:
        hits.append(
            SearchHit(
                page.version.document, page.version.number, page.number, _snippet(page.text, words)
            )
        )
    return hits[:limit]


def _matching_pages(words: list[str], query: str) -> QuerySet[PageText]:
    pages = PageText.objects.all()
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVector

        return pages.annotate(search=SearchVector("text", config="simple")).filter(
            search=SearchQuery(" ".join(words), config="simple")
        )
    for word in words:
        pages = pages.filter(text__icontains=word)
    return pages


def _snippet(text: str, words: list[str]) -> str:
    lowered = text.lower()
    position = min((lowered.find(word) for word in words if word in lowered), default=0)
    start = max(0, position - SNIPPET_RADIUS)
    excerpt = " ".join(text[start : position + SNIPPET_RADIUS * 2].split())
    return ("…" if start else "") + excerpt + "…"


def visible_links(actor: Actor, document: Document) -> QuerySet[EvidenceLink]:
    """The document's links to evaluations this user may see (never another assessor's)."""
    return document.links.filter(viewable_links(actor)).select_related(
        "assessment__indicator", "assessment__evaluation", "version"
    )


def page_texts(version_ids: set[int]) -> dict[int, list[tuple[int, str]]]:
    """The number and text of every page of these versions, in page order (one query). The
    caller has already decided that the versions may be read (they are of links it shows)."""
    pages: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for version_id, number, text in (
        PageText.objects.filter(version_id__in=version_ids)
        .order_by("version_id", "number")
        .values_list("version_id", "number", "text")
    ):
        pages[version_id].append((number, text))
    return pages
