"""The suite's workers keep a group together: tests that share an expensive fixture (the
reports rendered in every format, a module's loaded demo) run on one worker, so that the fixture
is built once per run (tests/conftest.py, ``--dist loadgroup`` in scripts/test).

pytest-xdist sends a group to one worker only if the pytest it runs under lets it name the
group in the test's id; pytest 9.2 silently stopped that (pytest-xdist#1386), which doubled the
suite's most expensive set-ups without failing anything. This test fails if it happens again.
"""

import os
import re
import subprocess
import sys
import textwrap

GROUPED = """
    import pytest

    @pytest.mark.xdist_group("shared")
    @pytest.mark.parametrize("n", range(6))
    def test_grouped(n):
        pass
"""


def test_the_tests_of_one_group_run_on_one_worker(tmp_path):
    for name in ("test_first.py", "test_second.py"):
        (tmp_path / name).write_text(textwrap.dedent(GROUPED))
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    # Only xdist: the project's plugins (Django, the browser) have nothing to do here.
    environment = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    finished = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "xdist", "-n", "2", "--dist", "loadgroup", "-v"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr
    workers = re.findall(r"\[(gw\d)\] .*PASSED", finished.stdout)
    assert len(workers) == 12, finished.stdout
    assert len(set(workers)) == 1, finished.stdout
