"""Reading the catalogue. The catalogue is public reference data: no user scoping is needed."""

from __future__ import annotations

from django.db.models import Count, QuerySet

from spbe.catalog.models import (
    Aspect,
    CatalogItem,
    Domain,
    Framework,
    FrameworkRevision,
    Indicator,
)
from spbe.library.convert import scoring_framework
from spbe.library.files import UnknownFramework  # the same for the database and the files
from spbe.library.schema import FrameworkDocument
from spbe.scoring.model import ScoringFramework

# Parsed documents per (revision id, content hash): a revision's content never changes while
# its hash is the same, so the cache cannot go stale.
_documents: dict[tuple[int, str], tuple[FrameworkDocument, ScoringFramework]] = {}


def frameworks_with_revisions() -> QuerySet[Framework]:
    # Explicitly ordered: Django drops Meta.ordering from a query with an aggregate, and
    # PostgreSQL then returns the groups in any order.
    return (
        Framework.objects.prefetch_related("revisions")
        .annotate(revision_count=Count("revisions"))
        .order_by("code")
    )


def current_revision(code: str) -> FrameworkRevision:
    """The highest loaded revision of a framework; new evaluations freeze this one."""
    revision = (
        FrameworkRevision.objects.select_related("framework")
        .filter(framework__code=code)
        .order_by("-number")
        .first()
    )
    if revision is None:
        raise UnknownFramework(code)
    return revision


def revision_by_number(code: str, number: int) -> FrameworkRevision:
    try:
        return FrameworkRevision.objects.select_related("framework").get(
            framework__code=code, number=number
        )
    except FrameworkRevision.DoesNotExist as error:
        raise UnknownFramework(f"{code} r{number}") from error


def revision_document(revision: FrameworkRevision) -> FrameworkDocument:
    return _parsed(revision)[0]


def revision_scoring_framework(revision: FrameworkRevision) -> ScoringFramework:
    """The scoring engine's view of a revision (cached per content hash)."""
    return _parsed(revision)[1]


def revision_indicators(revision: FrameworkRevision) -> QuerySet[Indicator]:
    return revision.indicators.select_related("aspect", "aspect__domain").order_by("number")


def revision_domains(revision: FrameworkRevision) -> QuerySet[Domain]:
    return revision.domains.order_by("number")


def revision_aspects(revision: FrameworkRevision) -> QuerySet[Aspect]:
    return revision.aspects.select_related("domain").order_by("number")


def revision_has_items(revision: FrameworkRevision) -> bool:
    """Whether the revision values its indicators by evidence items (Pemdi 2026; not SPBE)."""
    return revision_scoring_framework(revision).item_rule is not None


def revision_items(revision: FrameworkRevision) -> QuerySet[CatalogItem]:
    """The revision's evidence items, by indicator, level and position (none for SPBE 2020)."""
    return CatalogItem.objects.filter(indicator__revision=revision).select_related("indicator")


def _parsed(revision: FrameworkRevision) -> tuple[FrameworkDocument, ScoringFramework]:
    key = (revision.pk, revision.sha256)
    if key not in _documents:
        document = FrameworkDocument.model_validate(revision.document)
        _documents[key] = (document, scoring_framework(document))
    return _documents[key]
