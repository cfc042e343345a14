"""The two parts of the generated corpus (issue 12 § 4): the held-back part is its own set of
documents (other agencies, other texts), covers the forms of § 1, and its truth is derived
like the tuned part's. Its accuracy is measured by ``bench/precheck_accuracy.py``, never
asserted here: the rules are not tuned on it."""

from __future__ import annotations

from tests.corpus.compose import compose
from tests.corpus.heldback import SEED, heldback_specs
from tests.corpus.plan import corpus_specs, truth

TUNED = corpus_specs()
HELD_BACK = heldback_specs()


def sentences(specs) -> set[str]:
    return {p.text for spec in specs for p in compose(spec) if len(p.text) > 60}


def test_the_held_back_part_shares_no_document_or_agency_with_the_tuned_part():
    assert {s.slug for s in HELD_BACK}.isdisjoint({s.slug for s in TUNED})
    assert {s.issuer.code for s in HELD_BACK}.isdisjoint({s.issuer.code for s in TUNED})
    assert all(spec.slug.startswith("heldback-") for spec in HELD_BACK)


def test_the_held_back_texts_are_written_afresh():
    shared = sentences(HELD_BACK) & sentences(TUNED)
    # Only the fixed formulas of UU 12/2011 may recur ("… perlu menetapkan Peraturan …").
    formulas = ("perlu menetapkan", "Menetapkan :", "mulai berlaku")
    own = [text for text in shared if not any(formula in text for formula in formulas)]
    assert not [text for text in own if "SPBE" in text or "Sistem Pemerintahan" in text]


def test_the_held_back_part_has_its_own_seed_and_reproduces():
    assert SEED != 0
    assert [s.number for s in heldback_specs()] == [s.number for s in HELD_BACK]


def test_the_held_back_part_covers_the_forms_and_a_comprehensive_regulation_of_five():
    styles = {spec.style or spec.topic.style for spec in HELD_BACK}
    assert {"heldback_regulation", "heldback_enumerated", "heldback_decree"} <= styles
    omnibus = {s.indicator for s in HELD_BACK if s.topic.style == "heldback_omnibus"}
    assert len(omnibus) >= 5
    markers = {spec.marker for spec in HELD_BACK if spec.marker}
    assert len(markers) >= 4


def test_each_part_expects_every_level_and_some_wrong_objects():
    for specs in (TUNED, HELD_BACK):
        truths = [truth(spec) for spec in specs]
        assert {t.supported_level for t in truths} == {0, 1, 2, 3, 4}
        assert any(t.mismatch for t in truths)
