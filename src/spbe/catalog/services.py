"""Loading the framework library into the database (``spbe catalog load``).

Loading is explicit and idempotent: an unchanged file changes nothing; a file with a new
revision number becomes a new revision; a file whose content changed under an existing
revision number replaces that revision only while no evaluation uses it. A revision whose
file lists evidence items gets them in ``CatalogItem``; a revision loaded before items were
kept in the database gets them on the next load, which otherwise changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from django.db import models, transaction
from django.utils.translation import gettext as _

from spbe.catalog.models import (
    Aspect,
    CatalogItem,
    Domain,
    Framework,
    FrameworkRevision,
    Indicator,
)
from spbe.library.files import LibraryFile, library_paths, read_library_file
from spbe.library.schema import FrameworkDocument


class LoadStatus(StrEnum):
    CREATED = "created"
    UNCHANGED = "unchanged"
    REPLACED = "replaced"
    REFUSED = "refused"


@dataclass(frozen=True)
class LoadOutcome:
    framework: str
    revision: int
    status: LoadStatus
    message: str


class CatalogLoadRefused(Exception):
    """A changed file would rewrite a revision that an evaluation has frozen."""


def catalog_load(*, paths: list[Path] | None = None) -> list[LoadOutcome]:
    """Load every library file (or the given ones); one outcome per file, in order.

    Every file is read and validated before any is loaded, so an invalid file loads nothing.
    """
    library_files = [
        read_library_file(path) for path in (paths if paths is not None else library_paths())
    ]
    outcomes = []
    for library_file in library_files:
        try:
            outcomes.append(_load_one(library_file))
        except CatalogLoadRefused as refusal:
            doc = library_file.document
            outcomes.append(LoadOutcome(doc.id, doc.revision, LoadStatus.REFUSED, str(refusal)))
    return outcomes


@transaction.atomic
def _load_one(library_file: LibraryFile) -> LoadOutcome:
    doc = library_file.document
    framework, _created = Framework.objects.update_or_create(
        code=doc.id, defaults={"title": doc.title, "short_title": doc.short_title}
    )
    existing = (
        FrameworkRevision.objects.select_for_update()
        .filter(framework=framework, number=doc.revision)
        .first()
    )
    if existing is None:
        revision = FrameworkRevision(framework=framework, number=doc.revision)
        _fill(revision, library_file)
        return LoadOutcome(doc.id, doc.revision, LoadStatus.CREATED, _("Loaded as a new revision."))
    if existing.sha256 == library_file.sha256:
        added = _fill_items(existing, doc)
        message = (
            _("Unchanged; its %(count)s evidence items were added to the catalogue.")
            % {"count": added}
            if added
            else _("Unchanged.")
        )
        return LoadOutcome(doc.id, doc.revision, LoadStatus.UNCHANGED, message)
    users = revision_usage_count(existing)
    if users:
        raise CatalogLoadRefused(
            _(
                "The file %(path)s differs from revision %(revision)s of %(framework)s, which "
                "%(count)s evaluation(s) already use. A revision in use is never rewritten: "
                'raise the file\'s "revision" number so that it loads as a new revision.'
            )
            % {
                "path": library_file.path.name,
                "revision": doc.revision,
                "framework": doc.id,
                "count": users,
            }
        )
    existing.domains.all().delete()
    existing.aspects.all().delete()
    _fill(existing, library_file)
    return LoadOutcome(
        doc.id,
        doc.revision,
        LoadStatus.REPLACED,
        _("The file changed and no evaluation uses this revision: it was replaced."),
    )


def revision_usage_count(revision: FrameworkRevision) -> int:
    """How many rows outside the catalogue point at this revision (evaluations, mostly).

    Found by introspection, so the catalogue need not import the apps that build on it.
    """
    total = 0
    for relation in FrameworkRevision._meta.related_objects:
        if relation.related_model._meta.app_label == "catalog":
            continue
        related_model: type[models.Model] = relation.related_model
        total += related_model._default_manager.filter(**{relation.field.name: revision}).count()
    return total


def _fill(revision: FrameworkRevision, library_file: LibraryFile) -> None:
    doc = library_file.document
    revision.revision_date = doc.revision_date
    revision.revision_note = doc.revision_note
    revision.sha256 = library_file.sha256
    revision.document = doc.model_dump(mode="json")
    revision.save()
    domains = {
        d.number: Domain.objects.create(
            revision=revision, number=d.number, name=d.name, weight_text=d.weight
        )
        for d in doc.domains
    }
    aspects = {
        a.number: Aspect.objects.create(
            revision=revision,
            domain=domains.get(a.domain) if a.domain is not None else None,
            number=a.number,
            name=a.name,
            weight_text=a.weight,
        )
        for a in doc.aspects
    }
    Indicator.objects.bulk_create(
        Indicator(
            revision=revision,
            aspect=aspects[i.aspect],
            number=i.number,
            code=i.code,
            name=i.name,
            weight_text=i.weight,
            question=i.question or "",
            explanation=i.explanation or "",
            criteria=i.criteria,
            conditions=i.conditions,
            evidence_hints=i.evidence.model_dump(mode="json"),
            sources=i.sources.model_dump(mode="json"),
            quality_flags=i.quality_flags,
        )
        for i in doc.indicators
    )
    _fill_items(revision, doc)


def _fill_items(revision: FrameworkRevision, doc: FrameworkDocument) -> int:
    """Create the evidence items of a revision that lists them, unless they are there already.

    Returns how many were created. A revision without items (SPBE 2020) gets none.
    """
    with_items = [i for i in doc.indicators if i.items_by_level is not None]
    if not with_items or CatalogItem.objects.filter(indicator__revision=revision).exists():
        return 0
    indicators = {indicator.number: indicator for indicator in revision.indicators.all()}
    items: list[CatalogItem] = []
    for source in with_items:
        indicator = indicators[source.number]
        levels = sorted((source.items_by_level or {}).items(), key=lambda entry: int(entry[0]))
        indicator.levels_without_items = [
            int(key) for key, level in levels if level.items_missing_in_source
        ]
        items += [
            CatalogItem(
                indicator=indicator,
                level=int(key),
                position=position,
                code=item.code,
                text=item.text,
            )
            for key, level in levels
            for position, item in enumerate(level.items, 1)
        ]
    Indicator.objects.bulk_update(list(indicators.values()), ["levels_without_items"])
    CatalogItem.objects.bulk_create(items)
    return len(items)
