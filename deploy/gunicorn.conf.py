"""gunicorn's settings for SPBE: ``uv run gunicorn -c deploy/gunicorn.conf.py spbe.wsgi``.

Every value can still be changed on the command line or in ``GUNICORN_CMD_ARGS``; the ones
here come from the hardening of issue 15: the first request in a worker used to import every
view, about 10 s of CPU on a loaded machine, and gunicorn's default 30 s timeout killed every
worker on its first request, so the site served only 500s.
"""

from __future__ import annotations

import os
from typing import Any


def _cpus() -> int:
    """The CPUs this process may run on (a container's limit), not the machine's."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity
        return os.cpu_count() or 1


bind = os.environ.get("SPBE_BIND", "127.0.0.1:8000")
# Sync workers: the usual 2 × CPUs + 1, or WEB_CONCURRENCY when the host says otherwise (each
# worker holds the whole application, 150-250 MB once reports have been rendered).
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * _cpus() + 1)
# Load the application (and, in when_ready below, every view) once in the master, before the
# workers fork: a worker starts ready, and a restarted worker costs nothing to start.
preload_app = True
# A request may render a report in the request when no task worker runs (SPBE_TASKS=immediate)
# and a first request may still import a heavy library; 120 s leaves room for both on a busy
# machine, while a worker stuck for good is still replaced.
timeout = int(os.environ.get("SPBE_WORKER_TIMEOUT") or 120)
graceful_timeout = 30
# Recycle a worker now and then, so memory a rendering library keeps is given back; the jitter
# keeps the workers from restarting all at once.
max_requests = 1000
max_requests_jitter = 100
# The workers' heartbeat files on tmpfs: on a slow or full disk gunicorn would think them dead.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
accesslog = "-"
errorlog = "-"


def when_ready(server: Any) -> None:
    """Import the URL configuration, and with it every view, in the master before the workers
    fork (gunicorn calls this after loading the preloaded application)."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - reading it imports the views
    server.log.info("SPBE: the views are loaded; starting %s workers", server.num_workers)
