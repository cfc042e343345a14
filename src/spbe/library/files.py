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


class UnknownFramework(LookupError):
    """No framework (or no revision of it) has this id: ``args[0]`` is ``"id"`` or ``"id rN"``."""


def library_file_for(
    framework_id: str, revision: int | None = None, directory: Path = LIBRARY_DIR
) -> LibraryFile:
    """The library file of a framework, found by its id (the file's name).

    The library holds one revision of each framework, its latest; ``revision``, when given, must
    be that one. Older revisions live only in an installation's database, next to the
    evaluations that froze them.
    """
    path = directory / f"{framework_id}.json"
    if path not in library_paths(directory):
        raise UnknownFramework(framework_id)
    library_file = read_library_file(path)
    if revision is not None and revision != library_file.document.revision:
        raise UnknownFramework(f"{framework_id} r{revision}")
    return library_file
