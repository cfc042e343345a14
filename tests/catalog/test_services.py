"""Loading the framework library (``catalog_load``) and counting who uses a revision.

Loading is idempotent; a new revision number becomes a new revision; a changed file replaces
its revision only while no evaluation uses it; a refused or invalid file changes nothing.
"""

from __future__ import annotations

import pytest
from django.utils import translation
from pydantic import ValidationError

from spbe.catalog.models import Aspect, Domain, Framework, FrameworkRevision, Indicator
from spbe.catalog.services import LoadStatus, catalog_load, revision_usage_count
from spbe.library.files import LIBRARY_DIR, read_library_file
from tests.cast import make_cast
from tests.catalog.library import bump_revision, catalogue_snapshot, library_copy

pytestmark = pytest.mark.django_db

# The library holds one revision of each framework, its latest.
PEMDI_REVISION = read_library_file(LIBRARY_DIR / "pemdi-2026.json").document.revision


def revision_numbers(code: str) -> list[int]:
    return list(
        FrameworkRevision.objects.filter(framework__code=code).values_list("number", flat=True)
    )


def edit_first_explanation(data):
    data["indicators"][0]["explanation"] = "Penjelasan yang diperbarui."


# ------------------------------------------------------------------------------ unchanged files


def test_a_second_load_changes_nothing():
    before = catalogue_snapshot()
    outcomes = catalog_load()
    assert {outcome.status for outcome in outcomes} == {LoadStatus.UNCHANGED}
    assert catalogue_snapshot() == before


def test_every_library_file_gets_one_outcome_in_file_order():
    outcomes = catalog_load()
    assert [(o.framework, o.revision) for o in outcomes] == [
        ("pemdi-2026", PEMDI_REVISION),
        ("spbe-2018", 1),
        ("spbe-2020", 1),
    ]


def test_only_the_given_files_are_loaded_in_the_order_given():
    paths = [LIBRARY_DIR / "spbe-2020.json", LIBRARY_DIR / "pemdi-2026.json"]
    outcomes = catalog_load(paths=paths)
    assert [(o.framework, o.status) for o in outcomes] == [
        ("spbe-2020", LoadStatus.UNCHANGED),
        ("pemdi-2026", LoadStatus.UNCHANGED),
    ]


def test_an_empty_list_of_files_loads_nothing():
    before = catalogue_snapshot()
    assert catalog_load(paths=[]) == []
    assert catalogue_snapshot() == before


def test_the_catalogue_holds_47_spbe_indicators_with_criteria():
    indicators = Indicator.objects.filter(revision__framework__code="spbe-2020")
    assert indicators.count() == 47
    assert indicators.get(number=1).criteria["5"]


def test_the_loaded_revision_carries_the_files_hash_date_and_document():
    library_file = read_library_file(LIBRARY_DIR / "spbe-2020.json")
    revision = FrameworkRevision.objects.get(framework__code="spbe-2020", number=1)
    assert revision.sha256 == library_file.sha256
    assert revision.revision_date == library_file.document.revision_date
    assert revision.document == library_file.document.model_dump(mode="json")
    assert revision.framework.title == library_file.document.title


def test_domains_aspects_and_indicators_are_stored_with_their_weights():
    revision = FrameworkRevision.objects.get(framework__code="spbe-2020", number=1)
    assert revision.domains.count() == 4
    assert revision.aspects.count() == 8
    assert all(aspect.domain is not None for aspect in revision.aspects.all())
    assert sum(indicator.weight for indicator in revision.indicators.all()) > 0


def test_a_framework_without_domains_stores_aspects_without_a_domain():
    revision = FrameworkRevision.objects.get(framework__code="pemdi-2026")
    assert revision.domains.count() == 0
    assert revision.aspects.count() == 7
    assert not revision.aspects.filter(domain__isnull=False).exists()


# --------------------------------------------------------------------------------- new revisions


def test_a_file_with_a_new_revision_number_becomes_a_new_revision(tmp_path):
    [outcome] = catalog_load(paths=[library_copy(tmp_path, "spbe-2020", bump_revision)])
    assert (outcome.framework, outcome.revision, outcome.status) == (
        "spbe-2020",
        2,
        LoadStatus.CREATED,
    )
    assert revision_numbers("spbe-2020") == [2, 1]


def test_a_new_revision_has_its_own_indicators_and_the_old_keeps_its_own(tmp_path):
    catalog_load(paths=[library_copy(tmp_path, "spbe-2020", bump_revision)])
    old = Indicator.objects.get(revision__framework__code="spbe-2020", revision__number=1, number=1)
    new = Indicator.objects.get(revision__framework__code="spbe-2020", revision__number=2, number=1)
    assert new.pk != old.pk
    assert new.explanation == "Penjelasan yang diperbarui."
    assert old.explanation != new.explanation
    assert Indicator.objects.filter(revision__framework__code="spbe-2020").count() == 2 * 47


def test_loading_the_new_revision_again_changes_nothing(tmp_path):
    path = library_copy(tmp_path, "spbe-2020", bump_revision)
    catalog_load(paths=[path])
    before = catalogue_snapshot()
    [outcome] = catalog_load(paths=[path])
    assert outcome.status is LoadStatus.UNCHANGED
    assert catalogue_snapshot() == before


def test_a_new_revision_takes_the_frameworks_new_title(tmp_path):
    def retitle(data):
        bump_revision(data)
        data["title"] = "Indeks SPBE (judul baru)"

    catalog_load(paths=[library_copy(tmp_path, "spbe-2020", retitle)])
    assert Framework.objects.get(code="spbe-2020").title == "Indeks SPBE (judul baru)"


@pytest.mark.dates
def test_a_new_revision_leaves_the_evaluation_on_the_revision_it_froze(tmp_path, cast):
    catalog_load(paths=[library_copy(tmp_path, "spbe-2020", bump_revision)])
    cast.evaluation.refresh_from_db()
    assert cast.evaluation.revision.number == 1
    assert {a.indicator.revision_id for a in cast.evaluation.assessments.all()} == {
        cast.evaluation.revision_id
    }


# ----------------------------------------------------------------------- replaced revisions


def test_a_changed_file_replaces_its_revision_while_no_evaluation_uses_it(tmp_path):
    [outcome] = catalog_load(paths=[library_copy(tmp_path, "pemdi-2026", edit_first_explanation)])
    assert outcome.status is LoadStatus.REPLACED
    indicator = Indicator.objects.get(revision__framework__code="pemdi-2026", number=1)
    assert indicator.explanation == "Penjelasan yang diperbarui."
    assert revision_numbers("pemdi-2026") == [PEMDI_REVISION]


def test_a_replaced_revision_keeps_its_row_and_takes_the_new_hash(tmp_path):
    before = FrameworkRevision.objects.get(framework__code="pemdi-2026")
    path = library_copy(tmp_path, "pemdi-2026", edit_first_explanation)
    catalog_load(paths=[path])
    after = FrameworkRevision.objects.get(framework__code="pemdi-2026")
    assert after.pk == before.pk
    assert after.sha256 == read_library_file(path).sha256 != before.sha256
    assert after.document["indicators"][0]["explanation"] == "Penjelasan yang diperbarui."


def test_a_replaced_revision_keeps_no_row_of_its_old_content(tmp_path):
    def rename_aspect(data):
        data["aspects"][0]["name"] = "Aspek yang diganti namanya"

    revision = FrameworkRevision.objects.get(framework__code="pemdi-2026")
    old_aspects = set(revision.aspects.values_list("pk", flat=True))
    old_name = revision.aspects.get(number=1).name
    catalog_load(paths=[library_copy(tmp_path, "pemdi-2026", rename_aspect)])
    assert revision.aspects.count() == 7
    assert not Aspect.objects.filter(pk__in=old_aspects).exists()
    assert not revision.aspects.filter(name=old_name).exists()
    assert revision.aspects.get(number=1).name == "Aspek yang diganti namanya"
    assert (
        revision.indicators.count() == Indicator.objects.filter(aspect__revision=revision).count()
    )


# ------------------------------------------------------------------------ refused and invalid


@pytest.fixture
def pemdi_in_use(db):
    """The Pemdi revision frozen by the cast's evaluation."""
    return make_cast(framework="pemdi-2026").evaluation


def refuse_edit(data):
    data["indicators"][0]["explanation"] = "Diubah."
    data["title"] = "Judul yang tidak boleh masuk"


@pytest.mark.dates
def test_a_changed_file_is_refused_for_a_revision_an_evaluation_uses(tmp_path, pemdi_in_use):
    before = catalogue_snapshot()
    [outcome] = catalog_load(paths=[library_copy(tmp_path, "pemdi-2026", refuse_edit)])
    assert (outcome.framework, outcome.revision, outcome.status) == (
        "pemdi-2026",
        PEMDI_REVISION,
        LoadStatus.REFUSED,
    )
    assert catalogue_snapshot() == before


@pytest.mark.dates
def test_a_refusal_leaves_the_frameworks_title_as_it_was(tmp_path, pemdi_in_use):
    title = Framework.objects.get(code="pemdi-2026").title
    catalog_load(paths=[library_copy(tmp_path, "pemdi-2026", refuse_edit)])
    assert Framework.objects.get(code="pemdi-2026").title == title


@pytest.mark.dates
def test_the_refusal_names_the_file_the_revision_and_how_many_evaluations_use_it(
    tmp_path, pemdi_in_use
):
    with translation.override("en"):
        [outcome] = catalog_load(paths=[library_copy(tmp_path, "pemdi-2026", refuse_edit)])
    assert "pemdi-2026.json" in outcome.message
    assert f"revision {PEMDI_REVISION} of pemdi-2026" in outcome.message
    assert "1 evaluation(s)" in outcome.message
    assert '"revision" number' in outcome.message


@pytest.mark.dates
def test_a_refused_file_does_not_stop_the_files_after_it(tmp_path, pemdi_in_use):
    refused = library_copy(tmp_path, "pemdi-2026", refuse_edit)
    bumped = library_copy(tmp_path, "spbe-2020", bump_revision)
    outcomes = catalog_load(paths=[refused, bumped])
    assert [o.status for o in outcomes] == [LoadStatus.REFUSED, LoadStatus.CREATED]
    assert revision_numbers("spbe-2020") == [2, 1]


@pytest.mark.dates
def test_a_revision_in_use_still_takes_a_new_revision_number(tmp_path, pemdi_in_use):
    def bump_and_edit(data):
        refuse_edit(data)
        data["revision"] = PEMDI_REVISION + 1

    [outcome] = catalog_load(paths=[library_copy(tmp_path, "pemdi-2026", bump_and_edit)])
    assert outcome.status is LoadStatus.CREATED
    assert revision_numbers("pemdi-2026") == [PEMDI_REVISION + 1, PEMDI_REVISION]
    pemdi_in_use.refresh_from_db()
    assert pemdi_in_use.revision.number == PEMDI_REVISION


def test_an_invalid_file_raises_and_loads_nothing(tmp_path):
    def break_numbering(data):
        data["revision"] = 0

    before = catalogue_snapshot()
    with pytest.raises(ValidationError, match="revision"):
        catalog_load(paths=[library_copy(tmp_path, "spbe-2020", break_numbering)])
    assert catalogue_snapshot() == before


def test_an_invalid_file_loads_nothing_not_even_the_valid_files_before_it(tmp_path):
    def break_numbering(data):
        data["revision"] = 0

    valid = library_copy(tmp_path, "spbe-2020", bump_revision)
    invalid = library_copy(tmp_path, "pemdi-2026", break_numbering)
    before = catalogue_snapshot()
    with pytest.raises(ValidationError):
        catalog_load(paths=[valid, invalid])
    assert catalogue_snapshot() == before
    assert revision_numbers("spbe-2020") == [1]


def test_a_file_that_is_not_json_raises_and_loads_nothing(tmp_path):
    path = tmp_path / "spbe-2020.json"
    path.write_text('{"id": "spbe-2020", ', encoding="utf-8")
    before = catalogue_snapshot()
    with pytest.raises(ValueError):
        catalog_load(paths=[path])
    assert catalogue_snapshot() == before


def test_a_missing_file_raises_and_loads_nothing(tmp_path):
    before = catalogue_snapshot()
    with pytest.raises(FileNotFoundError):
        catalog_load(paths=[tmp_path / "spbe-2099.json"])
    assert catalogue_snapshot() == before


# ------------------------------------------------------------------------ revision_usage_count


def test_a_revision_no_evaluation_uses_has_no_users():
    revision = FrameworkRevision.objects.get(framework__code="spbe-2018")
    assert revision_usage_count(revision) == 0


@pytest.mark.dates
def test_every_evaluation_that_froze_a_revision_counts_as_a_user(cast):
    revision = cast.evaluation.revision
    assert revision_usage_count(revision) == 1
    make_cast(prefix="second-")
    assert revision_usage_count(revision) == 2
    assert revision_usage_count(FrameworkRevision.objects.get(framework__code="pemdi-2026")) == 0


def test_catalogue_rows_do_not_count_as_users_of_their_revision():
    revision = FrameworkRevision.objects.get(framework__code="spbe-2020")
    assert Domain.objects.filter(revision=revision).exists()
    assert revision_usage_count(revision) == 0
