"""Evidence items (butir) in the catalogue: loaded per revision, once, from the library file."""

import pytest

from spbe.catalog.models import CatalogItem, FrameworkRevision, Indicator
from spbe.catalog.selectors import current_revision, revision_has_items, revision_items
from spbe.catalog.services import LoadStatus, catalog_load
from tests.catalog.library import library_copy

pytestmark = pytest.mark.django_db


def pemdi_items():
    return CatalogItem.objects.filter(indicator__revision=current_revision("pemdi-2026"))


def test_a_revision_with_items_holds_every_item_of_its_file_with_level_and_position():
    assert pemdi_items().count() == 232
    item = pemdi_items().get(code="I3-L2-01")
    assert (item.indicator.number, item.level, item.position) == (3, 2, 1)
    assert [i.code for i in pemdi_items().filter(indicator__number=9, level=1)] == [
        "I9-L1-01",
        "I9-L1-02",
    ]


def test_a_level_the_source_lists_no_items_for_is_marked_on_its_indicator():
    revision = current_revision("pemdi-2026")
    assert Indicator.objects.get(revision=revision, number=9).levels_without_items == [3]
    assert not pemdi_items().filter(indicator__number=9, level=3).exists()
    assert Indicator.objects.get(revision=revision, number=1).levels_without_items == []


def test_spbe_2020_has_no_items_and_says_so():
    revision = current_revision("spbe-2020")
    assert not revision_has_items(revision)
    assert not revision_items(revision).exists()
    assert revision_has_items(current_revision("pemdi-2026"))


def test_loading_again_adds_no_item():
    before = list(pemdi_items().values_list("pk", "code", "text"))
    outcomes = catalog_load()
    assert {outcome.status for outcome in outcomes} == {LoadStatus.UNCHANGED}
    assert list(pemdi_items().values_list("pk", "code", "text")) == before


def test_a_revision_loaded_before_items_were_kept_gets_them_on_the_next_load():
    revision = current_revision("pemdi-2026")
    pemdi_items().delete()
    Indicator.objects.filter(revision=revision).update(levels_without_items=[])
    outcomes = {outcome.framework: outcome for outcome in catalog_load()}
    assert outcomes["pemdi-2026"].status is LoadStatus.UNCHANGED
    assert "232" in outcomes["pemdi-2026"].message
    assert pemdi_items().count() == 232
    assert Indicator.objects.get(revision=revision, number=9).levels_without_items == [3]


def test_a_replaced_revision_holds_the_items_of_its_new_file(tmp_path):
    def edit(data):
        data["indicators"][0]["items_by_level"]["1"]["items"][0]["text"] = "Butir yang diubah."

    [outcome] = catalog_load(paths=[library_copy(tmp_path, "pemdi-2026", edit)])
    assert outcome.status is LoadStatus.REPLACED
    assert pemdi_items().get(code="I1-L1-01").text == "Butir yang diubah."
    assert pemdi_items().count() == 232
    assert FrameworkRevision.objects.filter(framework__code="pemdi-2026").count() == 1
