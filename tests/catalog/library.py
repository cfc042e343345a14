"""Edited copies of the library files, and a picture of the catalogue to prove nothing changed."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spbe.catalog.models import Aspect, Domain, Framework, FrameworkRevision, Indicator
from spbe.library.files import LIBRARY_DIR

Edit = Callable[[dict[str, Any]], None]


def library_copy(tmp_path: Path, framework_id: str, change: Edit | None = None) -> Path:
    """A copy of a shipped library file, edited by ``change``, under the same file name."""
    data = json.loads((LIBRARY_DIR / f"{framework_id}.json").read_text(encoding="utf-8"))
    if change:
        change(data)
    path = tmp_path / f"{framework_id}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def bump_revision(data: dict[str, Any]) -> None:
    """Revision 2 of a framework, whose first indicator has a new explanation."""
    data["revision"] = 2
    data["indicators"][0]["explanation"] = "Penjelasan yang diperbarui."


def catalogue_snapshot() -> dict[str, list[tuple[Any, ...]]]:
    """Every catalogue row that a load could touch, with the fields a load writes."""
    return {
        "frameworks": list(Framework.objects.values_list("code", "title", "short_title")),
        "revisions": list(
            FrameworkRevision.objects.order_by("pk").values_list(
                "pk", "framework__code", "number", "sha256", "loaded_at"
            )
        ),
        "domains": list(Domain.objects.order_by("pk").values_list("pk", "name", "weight_text")),
        "aspects": list(Aspect.objects.order_by("pk").values_list("pk", "name", "weight_text")),
        "indicators": list(
            Indicator.objects.order_by("pk").values_list("pk", "name", "explanation", "weight_text")
        ),
    }
