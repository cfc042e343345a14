"""The worked example of ``docs/evidence-check.md`` ("Adding or correcting a rule"): the
example rules file loads, quotes the library's criteria, and, given to ``spbe evidence
check --rules``, reads a roadmap the agency calls "Rencana Induk SPBE" that the shipped
rules do not recognise."""

from __future__ import annotations

import json
import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils.translation import gettext

from spbe.library.files import LIBRARY_DIR, read_library_file
from spbe.precheck.rules import read_rules_file
from tests.corpus.coverage import AGENCY, PLANS, roadmap
from tests.corpus.render import write_docx

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "evidence-rules"
RULES = EXAMPLE / "spbe-2020-rencana-induk.json"


@pytest.fixture(scope="module")
def rencana_induk(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("example") / "rencana-induk.docx"
    write_docx(roadmap(PLANS, name="Rencana Induk SPBE").paragraphs, path)
    return path


def check(path: Path, *extra: str) -> dict:
    out = StringIO()
    call_command(
        "evidence", "check", str(path), "--framework", "spbe-2020", "--indicator", "12",
        "--agency", AGENCY, "--json", *extra, stdout=out,
    )  # fmt: skip
    return json.loads(out.getvalue())


def test_the_example_rules_file_loads_and_quotes_the_library_verbatim():
    rules = read_rules_file(RULES)
    library = read_library_file(LIBRARY_DIR / "spbe-2020.json").document
    assert rules.status == "draft — needs human review"
    for level in rules.for_indicator(12).levels:
        assert level.criterion == library.indicator(12).criteria[str(level.level)]


def test_the_shipped_rules_do_not_know_a_rencana_induk_and_the_example_does(rencana_induk):
    assert check(rencana_induk)["supported_level"] == 0
    corrected = check(rencana_induk, "--rules", str(RULES))
    assert corrected["supported_level"] == 3
    assert corrected["missing"] == []


def test_a_broken_rules_file_is_refused_with_the_field_that_is_wrong(rencana_induk, tmp_path):
    data = json.loads(RULES.read_text(encoding="utf-8"))
    data["indicators"][0]["levels"][0]["document_kinds"] = ["perwalikota"]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    refusal = gettext("The rules file %(path)s is not valid: %(problem)s").split("%(problem)s")[0]
    with pytest.raises(CommandError, match=re.escape(refusal % {"path": broken})) as raised:
        check(rencana_induk, "--rules", str(broken))
    assert raised.value.returncode == 2
