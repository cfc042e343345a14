"""The gunicorn configuration in deploy/ gives gunicorn valid settings: the workers from the CPU
count, a timeout above gunicorn's default 30 s, and the application loaded before the fork."""

from __future__ import annotations

import os
import runpy
from pathlib import Path
from typing import Any

import pytest
from gunicorn.config import Config

CONFIG = Path(__file__).parents[1] / "deploy" / "gunicorn.conf.py"


def loaded(monkeypatch: pytest.MonkeyPatch, **env: str) -> Config:
    """gunicorn's Config with every setting of the file applied, as ``gunicorn -c`` does;
    gunicorn refuses a value of the wrong kind here."""
    for name in ("WEB_CONCURRENCY", "SPBE_BIND", "SPBE_WORKER_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    namespace: dict[str, Any] = runpy.run_path(str(CONFIG))
    config = Config()
    applied = {name for name in namespace if name in config.settings}
    for name in applied:
        config.set(name, namespace[name])
    assert {"workers", "timeout", "preload_app", "when_ready", "bind"} <= applied
    return config


def test_it_preloads_the_application_and_waits_longer_than_gunicorns_default(monkeypatch):
    config = loaded(monkeypatch)
    assert config.preload_app is True
    assert config.timeout == 120 > Config().timeout
    assert config.bind == ["127.0.0.1:8000"]


def test_the_workers_come_from_the_cpus_this_process_may_use(monkeypatch):
    cpus = len(os.sched_getaffinity(0))
    assert loaded(monkeypatch).workers == 2 * cpus + 1


def test_the_environment_may_set_the_workers_the_timeout_and_the_address(monkeypatch):
    config = loaded(
        monkeypatch, WEB_CONCURRENCY="3", SPBE_WORKER_TIMEOUT="300", SPBE_BIND="0.0.0.0:9000"
    )
    assert (config.workers, config.timeout, config.bind) == (3, 300, ["0.0.0.0:9000"])


def test_when_ready_imports_the_views_before_the_workers_fork():
    from django.urls import clear_url_caches, get_resolver

    class Server:
        num_workers = 2
        messages: list[str] = []

        class log:  # gunicorn names the attribute so
            @staticmethod
            def info(message: str, *args: object) -> None:
                Server.messages.append(message % args)

    clear_url_caches()
    assert "url_patterns" not in get_resolver().__dict__
    runpy.run_path(str(CONFIG))["when_ready"](Server())
    assert "url_patterns" in get_resolver().__dict__
    assert Server.messages == ["SPBE: the views are loaded; starting 2 workers"]
