import json
from pathlib import Path

import pytest

from spbe.catalog.models import FrameworkRevision, Indicator
from spbe.catalog.services import LoadStatus, catalog_load
from spbe.library.files import LIBRARY_DIR

pytestmark = pytest.mark.django_db


def library_copy(tmp_path: Path, framework_id: str, change=None) -> Path:
    data = json.loads((LIBRARY_DIR / f"{framework_id}.json").read_text(encoding="utf-8"))
    if change:
        change(data)
    path = tmp_path / f"{framework_id}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_second_load_changes_nothing(django_assert_max_num_queries):
    before = list(FrameworkRevision.objects.values_list("pk", "sha256", "loaded_at"))
    outcomes = catalog_load()
    assert {outcome.status for outcome in outcomes} == {LoadStatus.UNCHANGED}
    assert list(FrameworkRevision.objects.values_list("pk", "sha256", "loaded_at")) == before


def test_the_catalogue_holds_47_spbe_indicators_with_criteria():
    indicators = Indicator.objects.filter(revision__framework__code="spbe-2020")
    assert indicators.count() == 47
    assert indicators.get(number=1).criteria["5"]


def test_a_file_with_a_new_revision_number_becomes_a_new_revision(tmp_path):
    def bump(data):
        data["revision"] = 2
        data["indicators"][0]["explanation"] = "Penjelasan yang diperbarui."

    [outcome] = catalog_load(paths=[library_copy(tmp_path, "spbe-2020", bump)])
    assert outcome.status is LoadStatus.CREATED
    assert list(
        FrameworkRevision.objects.filter(framework__code="spbe-2020").values_list(
            "number", flat=True
        )
    ) == [2, 1]


def test_a_changed_file_replaces_its_revision_while_no_evaluation_uses_it(tmp_path):
    def edit(data):
        data["indicators"][0]["explanation"] = "Penjelasan yang diperbarui."

    [outcome] = catalog_load(paths=[library_copy(tmp_path, "pemdi-2026", edit)])
    assert outcome.status is LoadStatus.REPLACED
    indicator = Indicator.objects.get(revision__framework__code="pemdi-2026", number=1)
    assert indicator.explanation == "Penjelasan yang diperbarui."
    assert FrameworkRevision.objects.filter(framework__code="pemdi-2026").count() == 1


@pytest.mark.dates
def test_a_changed_file_is_refused_for_a_revision_an_evaluation_uses(tmp_path):
    from tests.cast import make_cast

    make_cast(framework="pemdi-2026")

    def edit(data):
        data["indicators"][0]["weight"] = "5"
        data["indicators"][0]["explanation"] = "Diubah."

    before = Indicator.objects.get(revision__framework__code="pemdi-2026", number=1).explanation
    [outcome] = catalog_load(paths=[library_copy(tmp_path, "pemdi-2026", edit)])
    assert outcome.status is LoadStatus.REFUSED
    assert "revision" in outcome.message
    assert (
        Indicator.objects.get(revision__framework__code="pemdi-2026", number=1).explanation
        == before
    )
