"""Loaded with ``-p tests.testenv`` before Django starts: the environment tests run in.

Real deployments fail at start without SECRET_KEY; tests get a fixed one. DEBUG=1 here only
selects plain static-file storage (no collectstatic); Django's test runner still runs every
test with ``settings.DEBUG = False``.
"""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key-0123456789-abcdefghijklmnop")
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("SPBE_DATA_DIR", tempfile.mkdtemp(prefix="spbe-test-data-"))
# Reports are laid out in-process: a child per PDF would cost every report test a start-up.
# tests/reports/test_pdf_layout.py runs the child with its limits.
os.environ.setdefault("SPBE_REPORT_ISOLATED", "0")
