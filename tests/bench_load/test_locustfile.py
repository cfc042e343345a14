"""The load test's scenario (bench/locustfile.py) names real addresses; it is never run here."""

import subprocess
import sys
from pathlib import Path

from django.urls import Resolver404, resolve

from bench import load_steps
from tests.timeouts import slow_work_timeout

ROOT = Path(__file__).resolve().parents[2]


def test_every_step_of_the_load_test_names_an_address_of_the_url_map():
    for step in load_steps.STEPS:
        path = step.url(evaluation=1, number=1)
        try:
            resolve(path)
        except Resolver404:  # pragma: no cover - the assertion below says which
            raise AssertionError(f"{step.name}: {path} is no address of the site") from None


def test_the_locustfile_imports_and_uses_only_the_listed_steps(tmp_path):
    targets = tmp_path / "targets.json"
    targets.write_text('{"password": "", "pic": [], "reviewer": [], "leader": [], "api": []}')
    script = (
        "import bench.locustfile as f, bench.load_steps as s, sys; "
        "used = {v for v in vars(f).values() if isinstance(v, type) and issubclass(v, f._Served)}; "
        "print(sorted(c.__name__ for c in used if not c.abstract))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={"SPBE_LOAD_TARGETS": str(targets), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=slow_work_timeout(),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['ApiClient', 'Leader', 'Pic', 'Reviewer']"
    source = (ROOT / "bench" / "locustfile.py").read_text()
    assert 'self.client.get("/' not in source and 'self.client.post("/' not in source
