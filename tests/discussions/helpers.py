from __future__ import annotations

from typing import Any

from spbe.discussions.services import Posted, comment_post
from spbe.evaluations.models import Assessment, EvaluationItem
from tests.cast import Cast


def indicator(cast: Cast, number: int = 1) -> Assessment:
    return Assessment.objects.select_related("evaluation", "indicator").get(
        evaluation=cast.evaluation, indicator__number=number
    )


def post(
    cast: Cast, user: Any, body: str, number: int = 1, item: EvaluationItem | None = None
) -> Posted:
    return comment_post(
        actor=cast.actor(user), assessment=indicator(cast, number), item=item, body=body
    )


def page(cast: Cast, number: int = 1) -> str:
    return f"/evaluasi/{cast.evaluation.pk}/indikator/{number}/"
