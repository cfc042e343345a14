"""The Pemdi baseline as its page shows it: each Pemdi indicator with the SPBE indicators (by
name, with our level) it is estimated from, and, for the folded "Sumber" section, where the
correspondence comes from and how its uncertain readings were read.

The mapping file keeps the source's own words and the catalogue's research notes (in
English, with the other regency's figures and emoji); none of them is shown to the reader.
The page writes the readings in its own words (``baseline_wording``) and links the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from spbe.planner.baseline import BaselineItem, PemdiBaseline
from spbe.planning.baseline_wording import reading_note
from spbe.scoring import ScoringFramework

# "github:owner/name@commit path/in/repo, …" as the mapping file names its source.
_GITHUB_SOURCE = re.compile(
    r"github:(?P<repo>[\w.-]+/[\w.-]+)@(?P<commit>[0-9a-f]+)\s+(?P<path>[^\s,]+)"
)


@dataclass(frozen=True)
class BaselineSource:
    number: int
    name: str
    value: Decimal


@dataclass(frozen=True)
class BaselineRow:
    item: BaselineItem
    sources: tuple[BaselineSource, ...]
    reading: str  # how an uncertain part of the source was read, in the page's language


@dataclass(frozen=True)
class SourceLink:
    """The file the correspondence was taken from: its repository, version and path."""

    repository: str
    commit: str
    path: str

    @property
    def url(self) -> str:
        return f"https://github.com/{self.repository}/blob/{self.commit}/{self.path}"


def baseline_rows(baseline: PemdiBaseline, spbe: ScoringFramework) -> list[BaselineRow]:
    names = {indicator.number: indicator.name for indicator in spbe.indicators}
    return [
        BaselineRow(
            item=item,
            sources=tuple(
                BaselineSource(number, names.get(number, ""), value)
                for number, value in zip(item.spbe_indicators, item.spbe_values, strict=False)
            ),
            reading=reading_note(item.code),
        )
        for item in baseline.items
    ]


def source_link(source: str) -> SourceLink | None:
    """The repository file named in the mapping's ``source``, or None if it names none."""
    match = _GITHUB_SOURCE.search(source)
    if match is None:
        return None
    return SourceLink(match["repo"], match["commit"], match["path"])
