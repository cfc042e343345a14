"""Reading the library files shipped with the package."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from spbe.library.schema import FrameworkDocument

LIBRARY_DIR = Path(__file__).parent / "frameworks"


@dataclass(frozen=True)
class LibraryFile:
    path: Path
    document: FrameworkDocument
    sha256: str


def canonical_json(data: object) -> str:
    """The form whose hash identifies a revision: sorted keys, no insignificant spaces."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def read_library_file(path: Path) -> LibraryFile:
    """Parse and validate one file; raises ``pydantic.ValidationError`` or ``ValueError``."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    document = FrameworkDocument.model_validate(raw)
    digest = hashlib.sha256(canonical_json(raw).encode("utf-8")).hexdigest()
    return LibraryFile(path=path, document=document, sha256=digest)


def library_paths(directory: Path = LIBRARY_DIR) -> list[Path]:
    return sorted(directory.glob("*.json"))
