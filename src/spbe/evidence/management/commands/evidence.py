"""``spbe evidence check FILE``: the automatic pre-check of one evidence document.

It reads the document, the rules and the framework from files, never the database.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from pydantic import ValidationError

from spbe.catalog.error_wording import describe_unknown_framework
from spbe.evidence.precheck_wording import result_as_text
from spbe.evidence.signature_services import configured_trust_roots
from spbe.library.files import UnknownFramework, library_file_for
from spbe.precheck import Reference, precheck_pages, result_as_json
from spbe.precheck.rules import RulesFile, read_rules_file
from spbe.precheck.signature import digital_signature
from spbe.textanalysis import (
    DEFAULT_MAX_BYTES,
    AnalysisError,
    ExtractedText,
    extract_pages,
    inspect_upload,
)
from spbe.textanalysis.signature_report import may_be_signed, report_as_json

USAGE_ERROR = 2


class Command(BaseCommand):
    # System checks import every view (charts, PDF, slides) and add seconds to each run;
    # `spbe check` runs them on demand, and `spbe migrate` / `runserver` still do.
    requires_system_checks: list[str] = []

    help = _("Automatic checks of evidence documents (bukti dukung).")

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="action", required=True)
        check = commands.add_parser(
            "check",
            help=_(
                "read a document and report, per criterion, what is found and what is "
                "missing, and the highest level the document supports"
            ),
        )
        check.add_argument("file", type=Path, help=_("PDF, DOCX, PNG or JPEG file"))
        check.add_argument("--framework", required=True, help=_("e.g. spbe-2020 or pemdi-2026"))
        check.add_argument("--indicator", required=True, type=int, help=_("indicator number"))
        check.add_argument("--agency", help=_("the evaluated agency, e.g. Kota Pematangsiantar"))
        check.add_argument(
            "--level", type=int, help=_("the claimed level: report its criteria and those below")
        )
        check.add_argument(
            "--on",
            dest="reference_day",
            type=datetime.date.fromisoformat,
            metavar="YYYY-MM-DD",
            help=_(
                "the evaluation's reference day (e.g. its deadline): warn of outdated, "
                "ended or expired evidence against it"
            ),
        )
        check.add_argument(
            "--valid-until",
            dest="expires_on",
            type=datetime.date.fromisoformat,
            metavar="YYYY-MM-DD",
            help=_("the evidence's expiry, if any"),
        )
        check.add_argument(
            "--item", help=_("a Pemdi evidence item, e.g. I9-L1-01: check against its rule")
        )
        check.add_argument(
            "--rules",
            dest="rules_path",
            type=Path,
            help=_(
                "a rules file to use instead of the shipped one (to try a new or corrected rule)"
            ),
        )
        check.add_argument(
            "--json", dest="as_json", action="store_true", help=_("print JSON instead of text")
        )

    def handle(self, *args: Any, **options: Any) -> None:
        getattr(self, f"handle_{options['action']}")(**options)

    def handle_check(
        self,
        *,
        file: Path,
        framework: str,
        indicator: int,
        agency: str | None,
        level: int | None,
        as_json: bool,
        reference_day: datetime.date | None = None,
        expires_on: datetime.date | None = None,
        item: str | None = None,
        rules_path: Path | None = None,
        **options: Any,
    ) -> None:
        name = _indicator_name(framework, indicator)
        if level is not None and not 1 <= level <= 5:
            raise CommandError(
                _("--level must be between 1 and 5, not %(level)s.") % {"level": level},
                returncode=USAGE_ERROR,
            )
        rules = _rules(rules_path, framework) if rules_path else None
        extracted, kind = _extract(file)
        signatures = _signatures(file) if kind == "pdf" else []
        reference = Reference(day=reference_day, expires_on=expires_on) if reference_day else None
        result = precheck_pages(
            [page.text for page in extracted.pages],
            framework=framework,
            indicator=indicator,
            agency=agency,
            claimed_level=level,
            ocr=extracted.ocr_used,
            signature=digital_signature(signatures),
            reference=reference,
            item=item,
            rules=rules,
        )
        if as_json:
            data = {**result_as_json(result), "signatures": signatures}
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            title = _("%(framework)s indicator %(number)s: %(name)s") % {
                "framework": framework,
                "number": indicator,
                "name": name,
            }
            self.stdout.write(result_as_text(result, title=title, signatures=signatures))


def _indicator_name(framework: str, indicator: int) -> str:
    """The indicator's name from the framework library; refuses unknown ones."""
    try:
        document = library_file_for(framework).document
    except UnknownFramework as error:
        raise CommandError(
            describe_unknown_framework(framework),
            returncode=USAGE_ERROR,
        ) from error
    try:
        return document.indicator(indicator).name
    except KeyError as error:
        raise CommandError(
            _("%(framework)s has no indicator %(number)s (it has 1 to %(last)s).")
            % {"framework": framework, "number": indicator, "last": len(document.indicators)},
            returncode=USAGE_ERROR,
        ) from error


def _extract(path: Path) -> tuple[ExtractedText, str]:
    """The document's text, page by page, and its kind; unreadable or unsupported files exit
    with 2."""
    try:
        with path.open("rb") as stream:
            size = path.stat().st_size
            checked = inspect_upload(path.name, stream, size=size, max_bytes=DEFAULT_MAX_BYTES)
        return extract_pages(path, checked.kind), checked.kind
    except OSError as error:
        raise CommandError(
            _("File %(path)s cannot be read: %(problem)s")
            % {"path": path, "problem": error.strerror or error},
            returncode=USAGE_ERROR,
        ) from error
    except AnalysisError as error:
        raise CommandError(
            _("File %(path)s cannot be checked: %(problem)s") % {"path": path, "problem": error},
            returncode=USAGE_ERROR,
        ) from error


def _rules(path: Path, framework: str) -> RulesFile:
    """A rules file a person is writing; a file that cannot be read or is not valid exits
    with 2 and says why (pydantic's message names the field)."""
    try:
        rules = read_rules_file(path)
    except OSError as error:
        raise CommandError(
            _("File %(path)s cannot be read: %(problem)s")
            % {"path": path, "problem": error.strerror or error},
            returncode=USAGE_ERROR,
        ) from error
    except (ValueError, ValidationError) as error:
        raise CommandError(
            _("The rules file %(path)s is not valid: %(problem)s")
            % {"path": path, "problem": error},
            returncode=USAGE_ERROR,
        ) from error
    if rules.framework != framework:
        raise CommandError(
            _("The rules file %(path)s is for %(rules)s, not %(framework)s.")
            % {"path": path, "rules": rules.framework, "framework": framework},
            returncode=USAGE_ERROR,
        )
    return rules


def _signatures(path: Path) -> list[dict[str, Any]]:
    """The file's digital signatures, checked against ``SPBE_TRUST_ROOTS`` when it is set."""
    data = path.read_bytes()
    if not may_be_signed(data):
        return []
    # Imported only for a file that may be signed: pyHanko's import alone takes about a second,
    # which every other run of the command would pay.
    from spbe.textanalysis.signatures import verify_signatures

    reports = verify_signatures(data, trust_roots=configured_trust_roots())
    return [report_as_json(report) for report in reports]
