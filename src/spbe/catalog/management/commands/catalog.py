"""``spbe catalog load | list | show``: the framework library and the catalogue in the database.

``load`` and ``list`` work on the database; ``show`` reads the library files alone, so it runs
on a fresh checkout with no secret and no database (see ``spbe.manage``).
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from pydantic import ValidationError

from spbe.catalog.error_wording import describe_unknown_framework
from spbe.catalog.selectors import frameworks_with_revisions
from spbe.catalog.services import LoadStatus, catalog_load, revision_usage_count
from spbe.library.files import LibraryFile, UnknownFramework, library_file_for
from spbe.library.schema import FrameworkDocument

# xgettext does not look inside f-strings: these labels, used in them below, are marked
# here so that they reach the translation catalogue.
_LABELS_IN_F_STRINGS = (
    gettext_noop("Framework"),
    gettext_noop("Rev."),
    gettext_noop("Date"),
    gettext_noop("Indicators"),
    gettext_noop("In use"),
    gettext_noop("Title"),
    gettext_noop("Revision"),
    gettext_noop("Values"),
    gettext_noop("whole levels"),
    gettext_noop("fractions allowed"),
    gettext_noop("Levels"),
    gettext_noop("Predicates"),
    gettext_noop("Domain"),
    gettext_noop("Aspect"),
    gettext_noop("Indicator"),
    gettext_noop("Weight"),
    gettext_noop("Question"),
    gettext_noop("Criteria per level"),
    gettext_noop("Level"),
    gettext_noop("Explanation"),
    gettext_noop("Evidence hints"),
    gettext_noop("Sources"),
    gettext_noop("Quality flags"),
)


WIDTH = 100


class Command(BaseCommand):
    # System checks import every view (charts, PDF, slides) and add seconds to each run;
    # `spbe check` runs them on demand, and `spbe migrate` / `runserver` still do.
    requires_system_checks: list[str] = []

    help = _("Load, list and show the framework catalogue.")

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="action", required=True)
        load = commands.add_parser("load", help=_("load the library files into the database"))
        load.add_argument("files", nargs="*", type=Path, help=_("library files (default: all)"))
        commands.add_parser("list", help=_("list the loaded frameworks and revisions"))
        show = commands.add_parser(
            "show", help=_("show a framework or one indicator, from the library files")
        )
        show.add_argument("framework")
        show.add_argument("--indicator", type=int)
        show.add_argument("--revision", type=int)

    def handle(self, *args: Any, **options: Any) -> None:
        getattr(self, f"handle_{options['action']}")(**options)

    def handle_load(self, *, files: list[Path], **options: Any) -> None:
        try:
            outcomes = catalog_load(paths=files or None)
        except ValidationError as error:
            raise CommandError(
                _("A library file is invalid:\n%(errors)s") % {"errors": error}
            ) from error
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        for outcome in outcomes:
            line = f"{outcome.framework} r{outcome.revision}: {outcome.message}"
            style = self.style.ERROR if outcome.status is LoadStatus.REFUSED else self.style.SUCCESS
            self.stdout.write(style(line))
        if any(outcome.status is LoadStatus.REFUSED for outcome in outcomes):
            raise CommandError(_("Some files were refused; nothing of them was loaded."))

    def handle_list(self, **options: Any) -> None:
        frameworks = list(frameworks_with_revisions())
        if not frameworks:
            self.stdout.write(_("The catalogue is empty. Run `spbe catalog load`."))
            return
        header = f"{_('Framework'):<12} {_('Rev.'):>4}  {_('Date'):<10}  {_('Indicators'):>9}  {_('In use'):>6}  {_('Title')}"
        self.stdout.write(header)
        for framework in frameworks:
            latest = max(revision.number for revision in framework.revisions.all())
            for revision in framework.revisions.all():
                count = len(revision.document["indicators"])
                marker = "*" if revision.number == latest else " "
                self.stdout.write(
                    f"{framework.code:<12} {revision.number:>3}{marker}  {revision.revision_date}  "
                    f"{count:>9}  {revision_usage_count(revision):>6}  {framework.short_title}"
                )
        self.stdout.write(_("* = latest revision, used for new evaluations"))

    def handle_show(
        self, *, framework: str, indicator: int | None, revision: int | None, **options: Any
    ) -> None:
        try:
            library = library_file_for(framework, revision)
        except UnknownFramework as error:
            raise CommandError(describe_unknown_framework(error.args[0])) from error
        document = library.document
        if indicator is None:
            self.stdout.write(framework_text(library))
            return
        try:
            item = document.indicator(indicator)
        except KeyError as error:
            raise CommandError(
                _("Indicator %(indicator)s does not exist in %(framework)s (1–%(last)s).")
                % {"indicator": indicator, "framework": framework, "last": len(document.indicators)}
            ) from error
        self.stdout.write(indicator_text(document, item))


def framework_text(library: LibraryFile) -> str:
    doc = library.document
    lines = [
        f"{doc.title}",
        f"{doc.regulation.name}",
        f"{_('Revision')} {doc.revision} ({doc.revision_date}), SHA-256 {library.sha256[:16]}…",
        "",
        f"{_('Values')}: {doc.value_range.min}–{doc.value_range.max}"
        + (
            f" ({_('whole levels')})"
            if doc.value_range.integer_only
            else f" ({_('fractions allowed')})"
        ),
        f"{_('Levels')}: " + ", ".join(f"{lv.level} {lv.name or '—'}" for lv in doc.levels),
        f"{_('Predicates')}: "
        + (
            "; ".join(f"{p.name} {p.as_written}" for p in doc.predicates)
            or _("none in this library")
        ),
        "",
    ]
    aspects_by_domain: dict[int | None, list] = {}
    for aspect in doc.aspects:
        aspects_by_domain.setdefault(aspect.domain, []).append(aspect)
    groups: list[tuple[int | None, str]] = [
        (d.number, f"{_('Domain')} {d.number}. {d.name} ({d.weight}%)") for d in doc.domains
    ] or [(None, "")]
    for domain_number, heading in groups:
        if heading:
            lines.append(heading)
        for aspect in aspects_by_domain.get(domain_number, []):
            lines.append(f"  {_('Aspect')} {aspect.number}. {aspect.name} ({aspect.weight}%)")
            for item in doc.indicators:
                if item.aspect == aspect.number:
                    lines.append(f"    {item.code:>3}. {item.name} ({item.weight}%)")
    return "\n".join(lines)


def indicator_text(doc: FrameworkDocument, item: Any) -> str:
    aspect = next(a for a in doc.aspects if a.number == item.aspect)
    domain = next((d for d in doc.domains if d.number == aspect.domain), None)
    lines = [f"{_('Indicator')} {item.code}. {item.name}", ""]
    if domain:
        lines.append(f"{_('Domain')}: {domain.number}. {domain.name}")
    lines += [
        f"{_('Aspect')}: {aspect.number}. {aspect.name}",
        f"{_('Weight')}: {item.weight}%",
    ]
    if item.question:
        lines += ["", f"{_('Question')}:", *_wrap(item.question)]
    lines += ["", f"{_('Criteria per level')}:"]
    level_names = {level.level: level.name for level in doc.levels}
    for level, text in sorted(item.criteria.items(), key=lambda pair: int(pair[0])):
        name = level_names.get(int(level)) or ""
        lines.append(f"  {_('Level')} {level} {name}".rstrip() + ":")
        lines += _wrap(text, indent="    ")
    if item.explanation:
        lines += ["", f"{_('Explanation')}:", *_wrap(item.explanation)]
    hints = item.evidence
    if hints.general or hints.per_level:
        lines += ["", f"{_('Evidence hints')}:"]
        if hints.general:
            lines += _wrap(hints.general)
        for level, text in sorted(hints.per_level.items()):
            lines.append(f"  {_('Level')} {level}:")
            lines += _wrap(text, indent="    ")
    lines += ["", f"{_('Sources')}:"]
    for label, source in (
        (_("criteria"), item.sources.criteria),
        (_("explanation"), item.sources.explanation),
        (_("evidence"), item.sources.evidence),
    ):
        if source:
            lines += _wrap(f"{label}: {source}")
    if item.quality_flags:
        lines += ["", f"{_('Quality flags')}:"]
        for flag in item.quality_flags:
            lines += _wrap(f"- {flag}")
    return "\n".join(lines)


def _wrap(text: str, indent: str = "  ") -> list[str]:
    lines = []
    for paragraph in text.splitlines() or [""]:
        lines += textwrap.wrap(
            paragraph, WIDTH, initial_indent=indent, subsequent_indent=indent
        ) or [""]
    return lines
