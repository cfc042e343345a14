"""The heavy libraries are imported where they are used, never by starting the product: a
fresh process that runs ``spbe score`` and then loads the web application and its URL
configuration (every view, the API, the admin) has imported none of them (issue 15 § 5, issue
16 § 2). One subprocess makes all the checks, since only a fresh interpreter shows what a start
really imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys

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
