#!/usr/bin/env python3
"""An SPBE API client, end to end, with plain httpx (examples/api/README.md).

1. sign in with a token (``GET /me``) and pick the evaluation;
2. upload a PDF as evidence (``POST /documents``, with an ``Idempotency-Key``);
3. link it to a Pemdi evidence item or an indicator (``POST /documents/{id}/links``), chosen
   before the upload so that a wrong one uploads nothing;
4. read the dashboard scores (``GET /evaluations/{id}/scores``);
5. ask for a report, poll its job, download the file (``POST /evaluations/{id}/reports``).

    export SPBE_API_TOKEN=spbe_...
    python examples/api/client.py --base-url http://127.0.0.1:8000 --pdf perwali.pdf

Every refusal of the API is printed as it comes (``detail``, ``code``, ``fields``) and ends the
script with status 1; a wrong argument ends it with status 2.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

API = "/api/v1"
# Where an item or an indicator may still take evidence (the API has the last word).
OPEN_ITEM_STATUSES = ("revisi", "belum", "draf")
OPEN_CLAIM_STATES = ("belum_diisi", "draf", "dikembalikan")
Json = dict[str, Any]  # an object of the API's answers


class ApiError(Exception):
    """An answer the script did not expect, told as the API told it."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        try:
            body = response.json()
        except ValueError:
            body = {"detail": response.text[:200], "code": "", "fields": {}}
        request = response.request
        lines = [
            f"{request.method} {request.url.path} answered {response.status_code}: "
            f"{body.get('detail', '')} (code: {body.get('code', '')})"
        ]
        for field, problems in (body.get("fields") or {}).items():
            lines.append(f"  {field}: {'; '.join(problems)}")
        super().__init__("\n".join(lines))


def expect(response: httpx.Response, *statuses: int) -> Any:
    """The answer's JSON if its status is one of ``statuses``; otherwise ``ApiError``."""
    if response.status_code not in statuses:
        raise ApiError(response)
    return response.json()


def say(text: str) -> None:
    print(text, flush=True)


# ------------------------------------------------------------------------------ 1. sign in


def sign_in(client: httpx.Client, evaluation_id: int | None) -> tuple[Json, Json]:
    """Who the token acts as, and the evaluation to work on: the one asked for, or the newest
    the token's user may see (the list is ordered newest year first)."""
    me = expect(client.get("/me"), 200)
    say(f"Signed in as {me['username']} ({', '.join(me['roles']) or 'no role'}) of {me['agency']}.")
    if evaluation_id is None:
        page = expect(client.get("/evaluations", params={"limit": 1}), 200)
        if not page["items"]:
            raise SystemExit("No evaluation is visible to this token's user.")
        evaluation = page["items"][0]
    else:
        evaluation = expect(client.get(f"/evaluations/{evaluation_id}"), 200)
    say(
        f"Evaluation {evaluation['id']}: {evaluation['agency']} {evaluation['year']}, "
        f"{evaluation['framework']} ({evaluation['state']})."
    )
    return me, evaluation


# ------------------------------------------------------------------------------ 2. upload


def upload_pdf(client: httpx.Client, pdf: Path, title: str) -> Json:
    """Upload the PDF to the agency's library. The Idempotency-Key makes a retry after a lost
    answer safe: the server answers it with the first answer and stores nothing twice."""
    key = str(uuid.uuid4())
    content = pdf.read_bytes()
    for attempt in (1, 2, 3):
        try:
            response = client.post(
                "/documents",
                headers={"Idempotency-Key": key},
                data={"title": title, "kind": "lainnya"},
                files={"file": (pdf.name, content, "application/pdf")},
            )
            break
        except httpx.TransportError as problem:
            if attempt == 3:
                raise
            say(f"Upload attempt {attempt} failed ({problem}); retrying with the same key.")
            time.sleep(2)
    document = expect(response, 201)
    version = document["versions"][0]
    replayed = " (replayed)" if response.headers.get("Idempotent-Replayed") else ""
    say(
        f"Uploaded {version['file_name']} ({version['size']} bytes) as document "
        f"{document['id']}, version {version['number']}{replayed}."
    )
    return document


# ------------------------------------------------------------------------------ 3. link


def link_target(
    client: httpx.Client,
    me: Json,
    evaluation: Json,
    *,
    item: str | None,
    indicator: int | None,
    level: int | None,
) -> Json:
    """The link's body: the item or indicator asked for, or else the first one open to the
    caller (an item in revisi or not yet submitted, an indicator of the caller's own unit)."""
    base = {"evaluation_id": evaluation["id"]}
    if item:
        found = expect(client.get(f"/evaluations/{evaluation['id']}/items/{item}"), 200)
        return {**base, "indicator": found["indicator_number"], "item": found["code"]}
    if indicator is not None:
        return {**base, "indicator": indicator, "level": level}
    mine = _own_unit_rule(me)
    items = expect(client.get(f"/evaluations/{evaluation['id']}/items", params={"limit": 200}), 200)
    for status in OPEN_ITEM_STATUSES:
        for row in items["items"]:
            if row["status"] == status and mine(row["lead_unit"]):
                return {**base, "indicator": row["indicator_number"], "item": row["code"]}
    claims = expect(
        client.get(f"/evaluations/{evaluation['id']}/claims", params={"limit": 200}), 200
    )
    for row in claims["items"]:
        if row["state"] in OPEN_CLAIM_STATES and mine(row["lead_unit"]):
            return {**base, "indicator": row["indicator_number"], "level": level}
    raise SystemExit("Found no item or indicator open to you: name one with --item or --indicator.")


def _own_unit_rule(me: Json) -> Callable[[Json | None], bool]:
    """A koordinator answers for every unit; a PIC for its own unit's indicators."""
    if "koordinator" in me["roles"]:
        return lambda unit: True
    return lambda unit: unit is not None and unit["name"] == me["unit"]


def link_document(client: httpx.Client, document: Json, body: Json) -> Json:
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    link = expect(
        client.post(f"/documents/{document['id']}/links", json=body, headers=headers), 201
    )
    what = f"item {link['item']}" if link["item"] else "the claim"
    level = f", level {link['level']}" if link["level"] is not None else ""
    say(f"Linked document {document['id']} to {what} of indicator {link['indicator']}{level}.")
    return link


# ------------------------------------------------------------------------------ 4. scores


def read_scores(client: httpx.Client, evaluation: Json) -> Json:
    """The dashboard's figures: each kind of index, as the scoring engine computes it."""
    scores = expect(client.get(f"/evaluations/{evaluation['id']}/scores"), 200)
    say(f"Scores (official: {scores['official']}):")
    for index in scores["indices"]:
        if index["available"]:
            say(
                f"  {index['kind']}: {index['index']} {index['predicate']}, "
                f"{index['filled']}/{index['total']} indicators filled"
            )
        else:
            say(f"  {index['kind']}: not available yet")
    return scores


# ------------------------------------------------------------------------------ 5. report


def download_report(
    client: httpx.Client,
    evaluation: Json,
    *,
    fmt: str,
    out: Path,
    attempts: int,
    interval: float,
) -> Json:
    """Ask for the report (202 with the job and its ``Location``), poll the job a bounded
    number of times, then save its file."""
    response = client.post(f"/evaluations/{evaluation['id']}/reports", json={"format": fmt})
    job = expect(response, 202)
    location = _absolute(client, response.headers["Location"])
    say(f"Report job {job['id']} asked ({fmt}); polling {location}.")
    for attempt in range(1, attempts + 2):
        if job["status"] == "done":
            break
        if job["status"] == "failed":
            raise SystemExit(f"The report job failed: {job['error']}")
        if job["stuck"]:
            raise SystemExit("The report job is stuck (is the worker running?): ask again.")
        if attempt > attempts:
            raise SystemExit(f"The report was not ready after {attempts} polls; try again later.")
        say(f"  poll {attempt}/{attempts}: {job['status']}")
        time.sleep(interval)
        job = expect(client.get(location), 200)
    with client.stream("GET", _absolute(client, job["file_url"])) as download:
        if download.status_code != 200:
            download.read()
            raise ApiError(download)
        with out.open("wb") as target:
            for chunk in download.iter_bytes():
                target.write(chunk)
    say(f"Saved the report to {out} ({out.stat().st_size} bytes).")
    return job


def _absolute(client: httpx.Client, path: str) -> str:
    """The API answers with paths from the server's root (``/api/v1/reports/7``)."""
    return str(client.base_url.join(path))


# ------------------------------------------------------------------------------ the script


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000", help="the server")
    parser.add_argument(
        "--token",
        default=os.environ.get("SPBE_API_TOKEN"),
        help="a read and write token spbe_... (default: $SPBE_API_TOKEN)",
    )
    parser.add_argument("--evaluation", type=int, help="default: the newest you may see")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--item", help="a Pemdi evidence item's code, e.g. I1-L2-04")
    target.add_argument("--indicator", type=int, help="an indicator's number")
    parser.add_argument("--level", type=int, help="the level the document proves (indicators)")
    parser.add_argument("--pdf", type=Path, required=True, help="the PDF to upload")
    parser.add_argument("--title", help="the document's title (default: the file's name)")
    parser.add_argument("--format", default="pdf", choices=["pdf", "docx", "xlsx", "pptx"])
    parser.add_argument("--out", type=Path, default=Path("report.pdf"))
    parser.add_argument("--attempts", type=int, default=30, help="polls of the report job")
    parser.add_argument("--interval", type=float, default=2.0, help="seconds between polls")
    args = parser.parse_args(argv)
    if not args.token:
        parser.error("give --token or set SPBE_API_TOKEN")
    if not args.pdf.is_file():
        parser.error(f"no such file: {args.pdf}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    headers = {"Authorization": f"Bearer {args.token}", "Accept": "application/json"}
    base_url = args.base_url.rstrip("/") + API
    try:
        with httpx.Client(base_url=base_url, headers=headers, timeout=60) as client:
            me, evaluation = sign_in(client, args.evaluation)
            # Where the link goes is found first, so that a wrong --item uploads nothing.
            body = link_target(
                client, me, evaluation, item=args.item, indicator=args.indicator, level=args.level
            )
            document = upload_pdf(client, args.pdf, args.title or args.pdf.stem)
            link_document(client, document, body)
            read_scores(client, evaluation)
            download_report(
                client,
                evaluation,
                fmt=args.format,
                out=args.out,
                attempts=args.attempts,
                interval=args.interval,
            )
    except ApiError as error:
        print(f"Refused: {error}", file=sys.stderr)
        return 1
    except httpx.HTTPError as error:
        print(f"Could not reach {base_url}: {error}", file=sys.stderr)
        return 1
    except SystemExit as stop:
        if isinstance(stop.code, str):
            print(stop.code, file=sys.stderr)
            return 1
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main())
