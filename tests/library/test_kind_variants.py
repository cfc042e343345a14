"""The variants of a Pemdi criterion per kind of agency, read from the module's own text."""

from spbe.library.files import LIBRARY_DIR, read_library_file
from spbe.library.kind_variants import AgencyGroup, group_of_agency_kind, split_kind_variants

TEXT = "\n".join(
    [
        "Langkah-langkah nyata telah dilaksanakan.",
        "Telah memanfaatkan Arsitektur Pemdi.",
        "Instansi Pusat: Fungsi utama telah disusun.",
        "Dilakukan koordinasi antar unit dan antar sektor.",
        "Pemerintah Provinsi: Menyusun Arsitektur Pemerintah Digital.",
        "Pemerintah Kabupaten dan Pemerintah Kota: Menyusun Arsitektur di lingkungannya.",
    ]
)


def test_the_lines_before_the_first_variant_hold_for_every_agency():
    split = split_kind_variants(TEXT)
    assert split.common == (
        "Langkah-langkah nyata telah dilaksanakan.",
        "Telah memanfaatkan Arsitektur Pemdi.",
    )


def test_a_line_without_a_kinds_name_belongs_to_the_variant_above_it():
    central = split_kind_variants(TEXT).variant_for(AgencyGroup.CENTRAL)
    assert central is not None
    assert central.lines == (
        "Fungsi utama telah disusun.",
        "Dilakukan koordinasi antar unit dan antar sektor.",
    )


def test_a_city_and_a_regency_read_the_kabupaten_kota_variant():
    assert group_of_agency_kind("kota") is AgencyGroup.REGENCY_OR_CITY
    assert group_of_agency_kind("kabupaten") is AgencyGroup.REGENCY_OR_CITY
    split = split_kind_variants(TEXT)
    own = split.variant_for(group_of_agency_kind("kota"))
    assert own is not None and own.text == "Menyusun Arsitektur di lingkungannya."
    assert [v.group for v in split.others_than(own.group)] == [
        AgencyGroup.CENTRAL,
        AgencyGroup.PROVINCE,
    ]


def test_the_short_spelling_kab_kota_is_read_too():
    split = split_kind_variants("Pemerintah Kab/Kota: Menyusun arsitektur.")
    assert [(v.group, v.text) for v in split.variants] == [
        (AgencyGroup.REGENCY_OR_CITY, "Menyusun arsitektur.")
    ]


def test_a_text_without_variants_is_all_common():
    split = split_kind_variants("Kebijakan internal telah ditetapkan.\nDan diterapkan.")
    assert split.variants == ()
    assert split.common_text == "Kebijakan internal telah ditetapkan.\nDan diterapkan."


def test_an_unknown_kind_has_no_variant_of_its_own_and_sees_every_variant_folded():
    split = split_kind_variants(TEXT)
    assert split.variant_for(group_of_agency_kind("desa")) is None
    assert len(split.others_than(None)) == 3


def test_pemdi_i1_levels_3_and_4_have_one_variant_per_kind_and_spbe_2020_none():
    pemdi = read_library_file(LIBRARY_DIR / "pemdi-2026.json").document
    i1 = next(i for i in pemdi.indicators if i.number == 1)
    for level in ("3", "4"):
        groups = [v.group for v in split_kind_variants(i1.criteria[level]).variants]
        assert groups == list(AgencyGroup)
    spbe = read_library_file(LIBRARY_DIR / "spbe-2020.json").document
    assert not any(
        split_kind_variants(text).variants
        for indicator in spbe.indicators
        for text in indicator.criteria.values()
    )
