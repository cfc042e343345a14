"""The UI speaks Bahasa Indonesia: every string of the code has an Indonesian translation."""

import os
import shutil
import sys
from pathlib import Path

import polib

from tests.timeouts import run

PACKAGE = Path(__file__).parents[1] / "src" / "spbe"
CATALOG = PACKAGE / "locale" / "id" / "LC_MESSAGES"


def test_every_message_in_the_code_is_translated_to_indonesian(tmp_path):
    # Extract from a copy, so the test never rewrites the committed catalogue.
    copy = tmp_path / "spbe"
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
    catalog = polib.pofile(str(copy / "locale" / "id" / "LC_MESSAGES" / "django.po"))
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
