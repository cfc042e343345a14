"""The UI speaks Bahasa Indonesia: every string of the code has an Indonesian translation,
and no English reaches an Indonesian page from elsewhere: the dependencies' admin, the data
files, the command line's tables."""

import csv
import os
import re
import shutil
import sys
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from tests.page_text import page_text
from tests.timeouts import run

PACKAGE = Path(__file__).parents[1] / "src" / "spbe"
CATALOG = PACKAGE / "locale" / "id" / "LC_MESSAGES"
PUBLISHED = PACKAGE / "library" / "published" / "spbe-results.csv"
EXAMPLES = Path(__file__).parents[1] / "examples"

# Words that are English and never Indonesian: a page piece with one is untranslated text.
ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "with",
        "without",
        "for",
        "from",
        "is",
        "are",
        "not",
        "this",
        "that",
        "your",
        "which",
        "only",
        "been",
        "select",
        "option",
        "task",
        "tasks",
        "result",
        "results",
        "notification",
        "notifications",
        "created",
        "read",
        "recipient",
        "delivery",
        "deliveries",
        "attempts",
        "sent",
        "effort",
        "points",
        "formerly",
        "stated",
        "official",
        "backend",
        "database",
        "logout",
        "filter",
    ]
)
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{[^}]*\}")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> polib.POFile:
    """The catalogue as ``makemessages`` would write it from the code, extracted from a copy
    so that the committed one is never rewritten; once per module."""
    copy = tmp_path_factory.mktemp("catalogue") / "spbe"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "static"))
    result = run(
        [
            sys.executable,
            "-m",
            "django",
            "makemessages",
            "-l",
            "id",
            "--no-obsolete",
            "--add-location=file",
        ],
        cwd=copy,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "spbe.settings"},
    )
    assert result.returncode == 0, result.stderr
    return polib.pofile(str(copy / "locale" / "id" / "LC_MESSAGES" / "django.po"))


def test_every_message_in_the_code_is_translated_to_indonesian(extracted):
    catalog = extracted
    untranslated = [entry.msgid for entry in catalog.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalog.fuzzy_entries()]
    assert untranslated == [], f"{len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    assert fuzzy == [], f"{len(fuzzy)} fuzzy, e.g. {fuzzy[:5]}"


def test_the_compiled_catalogue_matches_its_source():
    source = {
        entry.msgid: entry.msgstr or entry.msgstr_plural
        for entry in polib.pofile(str(CATALOG / "django.po"))
        if entry.translated()
    }
    compiled = {
        entry.msgid: entry.msgstr or entry.msgstr_plural
        for entry in polib.mofile(str(CATALOG / "django.mo"))
        if entry.msgid
    }
    assert compiled == source, "run: cd src/spbe && spbe compilemessages -l id"


def test_pages_speak_indonesian_by_default_and_english_on_request(client, db):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user(username="budi", password="kata-sandi-uji")
    client.login(username="budi", password="kata-sandi-uji")
    indonesian = client.get("/evaluasi/", HTTP_ACCEPT_LANGUAGE="en-US")
    assert "Evaluasi" in indonesian.content.decode()
    client.cookies["django_language"] = "en"
    english = client.get("/evaluasi/")
    assert "Evaluations" in english.content.decode()


def english_in(pieces: list[str], pending: list[str]) -> list[str]:
    """The pieces with an English word that no message waiting for its translation explains.

    ``pending`` are the code's messages not yet translated: the test above names them, so a
    piece showing one of them is not counted twice.
    """
    fragments = [
        fragment.strip().lower()
        for msgid in pending
        for fragment in PLACEHOLDER.split(msgid)
        if len(fragment.strip()) >= 3
    ]
    found = []
    for piece in pieces:
        lowered = piece.lower()
        words = {word for word in re.findall(r"[a-z]+", lowered) if word in ENGLISH}
        for fragment in fragments:
            if fragment in lowered:
                words -= set(re.findall(r"[a-z]+", fragment))
        if words:
            found.append(piece)
    return found


def pending_messages(catalog: polib.POFile) -> list[str]:
    return [entry.msgid for entry in catalog if not entry.translated() and not entry.obsolete]


def test_the_english_check_finds_english_and_spares_pending_messages():
    pieces = ["Pilih Task Result untuk melihat", "Hasil tugas", "Created at", "Sedang (as stated)"]
    assert english_in(pieces, []) == [
        "Pilih Task Result untuk melihat",
        "Created at",
        "Sedang (as stated)",
    ]
    assert english_in(pieces, ["Task Result", "created at"]) == ["Sedang (as stated)"]


@pytest.mark.django_db
def test_the_admin_speaks_indonesian_also_where_its_words_come_from_dependencies(client, extracted):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_superuser(username="admin", password="kata-sandi-uji")
    client.login(username="admin", password="kata-sandi-uji")
    client.cookies["django_language"] = "id"
    pending = pending_messages(extracted)
    found = {}
    for url in (
        reverse("admin:index"),
        reverse("admin:django_tasks_database_dbtaskresult_changelist"),
        reverse("admin:notifications_notification_changelist"),
        reverse("admin:catalog_indicator_changelist"),
        reverse("admin:accounts_user_changelist"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        english = english_in(page_text(response.content.decode()), pending)
        if english:
            found[url] = english[:5]
    assert found == {}


def test_the_published_results_name_agencies_and_predicates_in_indonesian():
    with PUBLISHED.open(encoding="utf-8", newline="") as handle:
        shown = [(row["instansi"], row["predicate"]) for row in csv.DictReader(handle)]
    assert english_in([text for row in shown for text in row if text], []) == []


def test_the_plan_commands_table_speaks_indonesian(extracted):
    out = StringIO()
    with translation.override("id"):
        call_command(
            "plan",
            "--framework=spbe-2020",
            f"--levels={EXAMPLES / 'pematangsiantar-2024.csv'}",
            "--target=3.2",
            stdout=out,
        )
    assert english_in(out.getvalue().splitlines(), pending_messages(extracted)) == []
