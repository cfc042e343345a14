"""The load test: PICs saving claims and uploading evidence, internal assessors verifying claims,
leaders opening dashboards and reports, and API clients reading with a token.

Run by bench/run-load, which builds the synthetic agencies and writes the targets file
(bench/load_data.py) this reads from ``SPBE_LOAD_TARGETS``. Each simulated person takes the
next identity of their role, so no two edit the same claim. A refusal (4xx) or an error (5xx)
counts as a failure; the load test's goal is none.

``SPBE_LOAD_THINK`` is the pause between a person's steps, ``LOW-HIGH`` seconds: ``1-3`` (the
default, the profile the issue's goals were first measured on: someone clicking through as
fast as they read a heading) or ``5-15`` (the "reading" profile of bench/run-load: someone who
reads the page they opened before the next click).
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from locust import FastHttpUser, between, task

from bench import load_steps as steps
from spbe.demo.scale_pdf import small_pdf

TARGETS = json.loads(Path(os.environ.get("SPBE_LOAD_TARGETS", "load-targets.json")).read_text())
# The servers to share the people between (bench/run-load starts two); each person keeps one.
HOSTS = itertools.cycle(os.environ.get("SPBE_LOAD_HOSTS", "http://127.0.0.1:8000").split())
_NEXT = {role: itertools.count() for role in ("pic", "reviewer", "leader", "api")}
_UPLOADS = itertools.count(1)
THINK_LOW, THINK_HIGH = (float(s) for s in os.environ.get("SPBE_LOAD_THINK", "1-3").split("-"))
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
VERSION = re.compile(r'name="version" value="(\d+)"')


def _identity(role: str) -> dict[str, Any]:
    rows = TARGETS[role]
    return rows[next(_NEXT[role]) % len(rows)]


class _Served(FastHttpUser):
    abstract = True
    wait_time = between(THINK_LOW, THINK_HIGH)

    def __init__(self, environment: Any) -> None:
        self.host = next(HOSTS)
        super().__init__(environment)


class _Person(_Served):
    abstract = True
    role = ""

    def on_start(self) -> None:
        self.me = _identity(self.role)
        self.numbers = list(self.me["numbers"])
        page = self.client.get(steps.LOGIN.path, name=steps.LOGIN.name)
        self.client.post(
            steps.LOGIN.path,
            data={
                "username": self.me["username"],
                "password": TARGETS["password"],
                "csrfmiddlewaretoken": _token(page.text),
            },
            headers={"Referer": self.host + steps.LOGIN.path},
            name=steps.LOGIN.name,
        )

    def get(self, step: steps.Step, **parts: Any) -> Any:
        return self.client.get(step.url(**parts), name=step.name)

    def post(self, step: steps.Step, page: str | None, data: dict[str, Any], **parts: Any) -> Any:
        url = step.url(**parts)
        # geventhttpclient encodes a dict without doseq, so a list (the criteria met) would be
        # sent as its repr; the body is encoded here instead.
        body = urlencode({**data, "csrfmiddlewaretoken": _token(page)}, doseq=True)
        return self.client.post(
            url,
            data=body,
            headers={
                "Referer": self.host + url,
                "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
            },
            name=step.name,
        )


class Pic(_Person):
    """A unit's PIC: opens their indicators, saves a draft claim, now and then uploads a file."""

    role = "pic"
    weight = 4

    @task(3)
    def save_claim(self) -> None:
        evaluation, number = self.me["evaluation"], random.choice(self.numbers)
        page = self.get(steps.INDICATOR, evaluation=evaluation, number=number).text
        level = random.randint(1, 3)
        self.post(
            steps.SAVE_CLAIM,
            page,
            {
                "action": "claim",
                "version": _version(page),
                "claimed_level": str(level),
                "criteria_met": [str(n) for n in range(1, level + 1)],
                "justification": "Uji beban: klaim disimpan sebagai draf.",
            },
            evaluation=evaluation,
            number=number,
        )

    @task(1)
    def upload_evidence(self) -> None:
        evaluation, number = self.me["evaluation"], random.choice(self.numbers)
        page = self.get(steps.INDICATOR, evaluation=evaluation, number=number).text
        serial = next(_UPLOADS)
        content = small_pdf([f"Laporan uji beban {self.me['username']}", f"Nomor {serial}"])
        url = steps.UPLOAD.url(evaluation=evaluation, number=number)
        self.client.post(
            url,
            data={
                "csrfmiddlewaretoken": _token(page),
                "title": f"Laporan uji beban {serial}",
                "kind": "laporan",
                "level": "1",
            },
            files={"file": (f"laporan-{serial}.pdf", content, "application/pdf")},
            headers={"Referer": self.host + url},
            name=steps.UPLOAD.name,
        )

    @task(1)
    def my_indicators(self) -> None:
        self.get(steps.MY_INDICATORS)


class Reviewer(_Person):
    """An internal assessor: opens the evaluation, verifies the next claim waiting."""

    role = "reviewer"
    weight = 1

    @task
    def verify(self) -> None:
        evaluation = self.me["evaluation"]
        self.get(steps.EVALUATION, evaluation=evaluation)
        if not self.numbers:
            return
        number = self.numbers.pop()
        page = self.get(steps.INDICATOR, evaluation=evaluation, number=number).text
        self.post(
            steps.VERIFY,
            page,
            {
                "action": "verify",
                "version": _version(page),
                "verified_level": "2",
                "verification_reason": "Uji beban: diverifikasi pada level 2.",
            },
            evaluation=evaluation,
            number=number,
        )


class Leader(_Person):
    """A Pimpinan: the home page, the dashboard, the reports panel, the national ranking, and
    now and then a workbook to download (made by the task workers)."""

    role = "leader"
    weight = 2

    @task(3)
    def dashboard(self) -> None:
        self.get(steps.HOME)
        self.get(steps.DASHBOARD, evaluation=self.me["evaluation"])

    @task(2)
    def reports(self) -> None:
        self.get(steps.REPORTS, evaluation=self.me["evaluation"])

    @task(1)
    def ranking(self) -> None:
        self.get(steps.RANKING)

    @task(1)
    def request_report(self) -> None:
        evaluation = self.me["evaluation"]
        page = self.get(steps.REPORTS, evaluation=evaluation).text
        self.post(
            steps.REQUEST_REPORT,
            page,
            {"format": random.choice(("xlsx", "pdf"))},
            evaluation=evaluation,
        )


class ApiClient(_Served):
    """Another system reading the agency's evaluations, scores, claims and documents."""

    weight = 2

    def on_start(self) -> None:
        self.me = _identity("api")
        self.headers = {"Authorization": f"Bearer {self.me['token']}"}

    def get(self, step: steps.Step, **parts: Any) -> None:
        self.client.get(step.url(**parts), headers=self.headers, name=step.name)

    @task
    def read(self) -> None:
        evaluation = self.me["evaluation"]
        self.get(steps.API_EVALUATIONS)
        self.get(steps.API_SCORES, evaluation=evaluation)
        self.get(steps.API_CLAIMS, evaluation=evaluation)
        self.get(steps.API_DOCUMENTS)


def _token(page: str | None) -> str:
    # A page that timed out has no text; the post then fails as a refusal, and is counted.
    found = CSRF.search(page or "")
    return found.group(1) if found else ""


def _version(page: str | None) -> str:
    found = VERSION.search(page or "")
    return found.group(1) if found else ""
