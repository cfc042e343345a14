"""Importing published results (idempotent, all or nothing) and linking agencies to them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.matching import Candidate, Certainty, Matcher
from spbe.benchmarks.models import AgencyLink, MatchStatus, PublishedResultRow
from spbe.benchmarks.policy import can_confirm_published_name
from spbe.benchmarks.published import PublishedFile, PublishedResult, read_published
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.organizations.actors import Actor
from spbe.organizations.models import Agency

PACKAGED_RESULTS = Path(__file__).parents[1] / "library" / "published" / "spbe-results.csv"
FIELDS = (
    "agency_name",
    "kind",
    "province",
    "d1",
    "d2",
    "d3",
    "d4",
    "index",
    "predicate",
    "source",
    "source_row",
)


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int
    unchanged: int
    warnings: tuple[str, ...]


class ImportRejected(ActionRefused):
    def __init__(self, parsed: PublishedFile) -> None:
        super().__init__(
            _("Nothing was imported: %(count)s row(s) have errors.") % {"count": len(parsed.errors)}
        )
        self.errors = parsed.errors


def _fields(result: PublishedResult) -> dict[str, object]:
    d1, d2, d3, d4 = result.domains
    return {
        "agency_name": result.agency,
        "kind": result.kind.value,
        "province": result.province or "",
        "d1": d1,
        "d2": d2,
        "d3": d3,
        "d4": d4,
        "index": result.index,
        "predicate": result.predicate or "",
        "source": result.source,
        "source_row": result.row,
    }


@transaction.atomic
def published_results_import(*, path: Path, actor_user: object = None) -> ImportSummary:
    """Validate the whole file, then insert or update every row by (agency, year, framework)."""
    parsed = read_published(path)
    if not parsed.is_valid:
        raise ImportRejected(parsed)
    existing = {
        (row.agency_key, row.year, row.framework): row
        for row in PublishedResultRow.objects.select_for_update()
    }
    updated = unchanged = 0
    new_rows = []
    for result in parsed.require_valid():
        fields = _fields(result)
        row = existing.get((result.agency_key, result.year, result.framework))
        if row is None:
            new_rows.append(
                PublishedResultRow(
                    agency_key=result.agency_key,
                    year=result.year,
                    framework=result.framework,
                    **fields,
                )
            )
        elif any(_differs(getattr(row, name), value) for name, value in fields.items()):
            for name, value in fields.items():
                setattr(row, name, value)
            row.save()
            updated += 1
        else:
            unchanged += 1
    created = len(PublishedResultRow.objects.bulk_create(new_rows))
    if created or updated:
        audit_record(
            actor=actor_user,
            action="benchmarks.import",
            target=None,
            object_ref=("benchmarks.import", path.name),
            summary=f"{path.name}: +{created} ~{updated}",
            data={"created": created, "updated": updated},
        )
    return ImportSummary(created, updated, unchanged, tuple(str(w) for w in parsed.warnings))


def _differs(stored: object, new: object) -> bool:
    if isinstance(new, Decimal) or isinstance(stored, Decimal):
        return (Decimal(str(stored)) if stored is not None else None) != (
            Decimal(str(new)) if new is not None else None
        )
    return stored != new


def _matcher() -> tuple[Matcher, dict[str, str]]:
    names = dict(
        PublishedResultRow.objects.values_list("agency_key", "agency_name")
        .order_by("agency_key", "-year")
        .distinct()
    )
    kinds = dict(PublishedResultRow.objects.values_list("agency_key", "kind").distinct())
    return Matcher(Candidate(key, names[key], Kind(kinds[key])) for key in names), names


@transaction.atomic
def agency_links_refresh() -> int:
    """Suggest a published name for every agency without a confirmed one; exact ones confirm."""
    matcher, _names = _matcher()
    changed = 0
    # Synthetic agencies (spbe demo --scale) are never any published agency.
    for agency in Agency.objects.filter(synthetic=False):
        link = AgencyLink.objects.filter(agency=agency).first()
        if link is not None and link.status == MatchStatus.CONFIRMED:
            continue
        matches = matcher.match(agency.name, Kind(agency.kind))
        best = matches[0] if matches else None
        status = (
            MatchStatus.NONE
            if best is None
            else MatchStatus.CONFIRMED
            if best.certainty is Certainty.EXACT
            else MatchStatus.SUGGESTED
        )
        if status == MatchStatus.CONFIRMED:
            audit_record(
                actor=None,
                action="benchmarks.auto_confirm",
                target=agency,
                agency=agency,
                summary=f"{agency.name} = {best.candidate.name if best else ''}",
                data={
                    "agency_key": str(best.candidate.id) if best else "",
                    "score": best.score if best else None,
                },
            )
        AgencyLink.objects.update_or_create(
            agency=agency,
            defaults={
                "agency_key": str(best.candidate.id) if best else "",
                "published_name": best.candidate.name if best else "",
                "score": Decimal(str(round(best.score, 1))) if best else None,
                "status": status,
                "confirmed_at": timezone.now() if status == MatchStatus.CONFIRMED else None,
            },
        )
        changed += 1
    return changed


@transaction.atomic
def agency_link_confirm(*, actor: Actor, agency: Agency, agency_key: str) -> AgencyLink:
    """A person confirms which published name is the agency (koordinator or admin)."""
    require(can_confirm_published_name(actor, agency.pk))
    row = (
        PublishedResultRow.objects.filter(agency_key=agency_key, kind=agency.kind)
        .order_by("-year")
        .first()
    )
    if row is None:
        raise ActionRefused(
            _("There is no published result of that name and kind."), field="agency_key"
        )
    link, _created = AgencyLink.objects.update_or_create(
        agency=agency,
        defaults={
            "agency_key": agency_key,
            "published_name": row.agency_name,
            "status": MatchStatus.CONFIRMED,
            "confirmed_by": actor.user,
            "confirmed_at": timezone.now(),
        },
    )
    audit_record(
        actor=actor.user,
        action="benchmarks.confirm",
        target=link,
        agency=agency,
        summary=f"{agency.name} = {row.agency_name}",
        data={"agency_key": agency_key},
    )
    return link
