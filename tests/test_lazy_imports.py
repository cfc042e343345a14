"""The heavy libraries are imported where they are used, never by starting the product: a
fresh process that runs ``spbe score`` and then loads the web application and its URL
configuration (every view, the API, the admin) has imported none of them (issue 15 § 5, issue
16 § 2). One subprocess makes all the checks, since only a fresh interpreter shows what a start
really imports. The pre-check of an unsigned PDF reads it (pdfminer, pypdf) without importing
pyHanko, which only a file that may hold a signature needs."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.textanalysis.fabricate import text_pdf

HEAVY = (
    "weasyprint",
    "matplotlib",
    "pytesseract",
    "pdfminer",
    "pypdf",
    "openpyxl",
    "docx",
    "pptx",
    "pyhanko",
    "PIL",
    "authlib.integrations",
)

CHILD = """
import contextlib, io, json, sys
heavy = %r
loaded = {}
from spbe.manage import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    main(["spbe", "score", "--framework", "spbe-2020", "-"])
assert "Indeks" in out.getvalue() or "Index" in out.getvalue(), out.getvalue()
loaded["spbe score"] = [name for name in heavy if name in sys.modules]
import spbe.wsgi
from django.urls import get_resolver
assert len(get_resolver().url_patterns) > 5
loaded["the WSGI application and its URL configuration"] = [n for n in heavy if n in sys.modules]
print(json.dumps(loaded))
"""


def test_starting_the_score_command_and_the_web_application_imports_no_heavy_library(tmp_path):
    environment = {**os.environ, "DEBUG": "1", "SPBE_DATA_DIR": str(tmp_path)}
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    values = json.dumps({str(number): 3 for number in range(1, 48)})
    child = subprocess.run(
        [sys.executable, "-c", CHILD % (HEAVY,)],
        input=values,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = json.loads(child.stdout.strip().splitlines()[-1])
    assert loaded == {
        "spbe score": [],
        "the WSGI application and its URL configuration": [],
    }


CHECK_CHILD = """
import contextlib, io, json, sys
from spbe.manage import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    main(["spbe", "evidence", "check", %r, "--framework", "spbe-2020", "--indicator", "1", "--json"])
assert json.loads(out.getvalue())["signatures"] == [], out.getvalue()
print(json.dumps([name for name in ("pyhanko", "authlib.integrations", "openpyxl") if name in sys.modules]))
"""


def test_the_pre_check_of_an_unsigned_pdf_does_not_import_pyhanko(tmp_path):
    environment = {**os.environ, "DEBUG": "1", "SPBE_DATA_DIR": str(tmp_path)}
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    pdf = tmp_path / "perwali.pdf"
    pdf.write_bytes(text_pdf(["PERATURAN WALI KOTA PEMATANGSIANTAR", "Pasal 1"]))
    child = subprocess.run(
        [sys.executable, "-c", CHECK_CHILD % (str(pdf),)],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(child.stdout.strip().splitlines()[-1]) == []
