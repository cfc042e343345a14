"""A flag: something a person should know about a pre-check result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Flag:
    """Something a person should know about the result; ``code`` is stable, ``detail`` holds
    the values a message needs."""

    code: str
    detail: dict[str, Any] = field(default_factory=dict)
