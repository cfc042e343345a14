"""Reading the catalogue: frameworks, the current revision, a revision's content and indicators."""

from __future__ import annotations

import pytest

from spbe.catalog.models import FrameworkRevision
from spbe.catalog.selectors import (
    current_revision,
    frameworks_with_revisions,
    revision_by_number,
    revision_document,
    revision_indicators,
    revision_scoring_framework,
)
from spbe.catalog.services import catalog_load
from spbe.library.files import UnknownFramework
from tests.catalog.library import bump_revision, library_copy

pytestmark = pytest.mark.django_db


def spbe_2020_r1() -> FrameworkRevision:
    return FrameworkRevision.objects.get(framework__code="spbe-2020", number=1)


# -------------------------------------------------------------------- frameworks_with_revisions


def test_every_loaded_framework_is_listed_by_code_with_its_revision_count():
    listed = [(f.code, f.revision_count) for f in frameworks_with_revisions()]
    assert listed == [("pemdi-2026", 1), ("spbe-2018", 1), ("spbe-2020", 1)]


def test_a_new_revision_raises_its_frameworks_count_only(tmp_path):
    catalog_load(paths=[library_copy(tmp_path, "spbe-2020", bump_revision)])
    counts = {f.code: f.revision_count for f in frameworks_with_revisions()}
    assert counts == {"pemdi-2026": 1, "spbe-2018": 1, "spbe-2020": 2}


def test_the_framework_list_and_its_revisions_take_two_queries_however_many_revisions(
    tmp_path, django_assert_num_queries
):
    catalog_load(paths=[library_copy(tmp_path, "spbe-2020", bump_revision)])
    with django_assert_num_queries(2):
        revisions = {
            f.code: [r.number for r in f.revisions.all()] for f in frameworks_with_revisions()
        }
    assert revisions["spbe-2020"] == [2, 1]


# ------------------------------------------------------------------------------ current_revision


def test_the_current_revision_is_the_only_one_while_there_is_one():
    revision = current_revision("spbe-2020")
    assert revision == spbe_2020_r1()
    assert revision.framework.code == "spbe-2020"


def test_the_current_revision_is_the_highest_number(tmp_path):
    catalog_load(paths=[library_copy(tmp_path, "spbe-2020", bump_revision)])
    assert current_revision("spbe-2020").number == 2
    assert current_revision("spbe-2018").number == 1


def test_the_current_revision_comes_with_its_framework_in_one_query(django_assert_num_queries):
    with django_assert_num_queries(1):
        assert current_revision("spbe-2018").framework.short_title


def test_an_unknown_framework_has_no_current_revision():
    with pytest.raises(UnknownFramework) as error:
        current_revision("spbe-2099")
    assert error.value.args == ("spbe-2099",)


# ---------------------------------------------------------------------------- revision_by_number


def test_a_revision_is_found_by_its_framework_and_number(tmp_path):
    catalog_load(paths=[library_copy(tmp_path, "spbe-2020", bump_revision)])
    assert revision_by_number("spbe-2020", 1) == spbe_2020_r1()
    assert revision_by_number("spbe-2020", 2).number == 2


def test_an_unknown_revision_number_names_the_framework_and_the_number():
    with pytest.raises(UnknownFramework) as error:
        revision_by_number("spbe-2020", 9)
    assert error.value.args == ("spbe-2020 r9",)


def test_a_revision_number_of_another_framework_is_not_found(tmp_path):
    catalog_load(paths=[library_copy(tmp_path, "spbe-2020", bump_revision)])
    with pytest.raises(UnknownFramework):
        revision_by_number("spbe-2018", 2)


# ------------------------------------------------------------------ documents and scoring views


def test_a_revisions_document_is_the_library_document_it_was_loaded_from():
    document = revision_document(spbe_2020_r1())
    assert (document.id, document.revision) == ("spbe-2020", 1)
    assert len(document.indicators) == 47
    assert document.indicator(1).criteria == spbe_2020_r1().indicators.get(number=1).criteria


def test_the_scoring_view_of_a_revision_equals_the_one_built_from_the_library_file(spbe_2020):
    framework = revision_scoring_framework(spbe_2020_r1())
    assert framework.indicators == spbe_2020.indicators
    assert framework.aspects == spbe_2020.aspects
    assert framework.domains == spbe_2020.domains
    assert framework.predicates == spbe_2020.predicates


def test_a_revision_is_parsed_once_and_read_from_the_cache_after():
    first = revision_scoring_framework(spbe_2020_r1())
    # A fresh row of the same revision with the same content hash: the same parsed object.
    assert revision_scoring_framework(spbe_2020_r1()) is first
    assert revision_document(spbe_2020_r1()) is revision_document(spbe_2020_r1())


def test_a_replaced_revision_is_parsed_again_from_its_new_content(tmp_path):
    revision = FrameworkRevision.objects.get(framework__code="pemdi-2026")
    before = revision_scoring_framework(revision)

    def rename(data):
        data["indicators"][0]["name"] = "Nama indikator yang diganti"

    catalog_load(paths=[library_copy(tmp_path, "pemdi-2026", rename)])
    revision.refresh_from_db()
    after = revision_scoring_framework(revision)
    assert after is not before
    assert after.indicators[0].name == "Nama indikator yang diganti"
    assert before.indicators[0].name != "Nama indikator yang diganti"


def test_two_revisions_of_one_framework_have_their_own_scoring_views(tmp_path):
    def rename(data):
        bump_revision(data)
        data["indicators"][0]["name"] = "Nama di revisi kedua"

    catalog_load(paths=[library_copy(tmp_path, "spbe-2020", rename)])
    old = revision_scoring_framework(revision_by_number("spbe-2020", 1))
    new = revision_scoring_framework(revision_by_number("spbe-2020", 2))
    assert (old.revision, new.revision) == (1, 2)
    assert new.indicators[0].name == "Nama di revisi kedua" != old.indicators[0].name


# ------------------------------------------------------------------------ revision_indicators


def test_a_revisions_indicators_come_in_number_order():
    numbers = [indicator.number for indicator in revision_indicators(spbe_2020_r1())]
    assert numbers == list(range(1, 48))


def test_a_revisions_indicators_are_its_own_only(tmp_path):
    catalog_load(paths=[library_copy(tmp_path, "spbe-2020", bump_revision)])
    revision = spbe_2020_r1()
    assert {i.revision_id for i in revision_indicators(revision)} == {revision.pk}


def test_the_indicators_with_their_aspects_and_domains_take_one_query(django_assert_num_queries):
    revision = spbe_2020_r1()
    with django_assert_num_queries(1):
        domains = {i.aspect.domain.name for i in revision_indicators(revision) if i.aspect.domain}
    assert len(domains) == 4
