"""The four kinds of agency the national evaluation ranks separately."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """Instansi Pusat, Pemerintah Provinsi, Pemerintah Kabupaten, Pemerintah Kota."""

    PUSAT = "pusat"
    PROVINSI = "provinsi"
    KABUPATEN = "kabupaten"
    KOTA = "kota"

    @property
    def is_regional(self) -> bool:
        """A regional government (Pemerintah Daerah), as opposed to a central agency."""
        return self is not Kind.PUSAT

    @property
    def is_municipal(self) -> bool:
        """A kabupaten or a kota: ranked among the others of its province."""
        return self in (Kind.KABUPATEN, Kind.KOTA)
