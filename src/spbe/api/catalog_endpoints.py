"""The framework catalogue: frameworks and their revisions (public within the installation)."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router

from spbe.api.schemas import FrameworkOut, RevisionOut
from spbe.catalog.selectors import frameworks_with_revisions

router = Router(tags=["catalogue"])


@router.get("/frameworks", response=list[FrameworkOut], summary="The frameworks and revisions")
def framework_list(request: HttpRequest) -> list[FrameworkOut]:
    return [
        FrameworkOut(
            code=framework.code,
            title=framework.title,
            short_title=framework.short_title,
            revisions=[
                RevisionOut(number=revision.number, revision_date=revision.revision_date)
                for revision in framework.revisions.all()
            ],
        )
        for framework in frameworks_with_revisions()
    ]
