"""The 38 provinces of Indonesia, as the published results spell them, and their other names.

A kabupaten or kota is ranked among the others of its province, so a province spelled two ways
would split one peer group in two; every import therefore maps the spelling to one name.
"""

from __future__ import annotations

import re
import unicodedata

PROVINCES: tuple[str, ...] = (
    "Aceh",
    "Sumatera Utara",
    "Sumatera Barat",
    "Riau",
    "Jambi",
    "Sumatera Selatan",
    "Bengkulu",
    "Lampung",
    "Kepulauan Bangka Belitung",
    "Kepulauan Riau",
    "DKI Jakarta",
    "Jawa Barat",
    "Jawa Tengah",
    "DI Yogyakarta",
    "Jawa Timur",
    "Banten",
    "Bali",
    "Nusa Tenggara Barat",
    "Nusa Tenggara Timur",
    "Kalimantan Barat",
    "Kalimantan Tengah",
    "Kalimantan Selatan",
    "Kalimantan Timur",
    "Kalimantan Utara",
    "Sulawesi Utara",
    "Sulawesi Tengah",
    "Sulawesi Selatan",
    "Sulawesi Tenggara",
    "Gorontalo",
    "Sulawesi Barat",
    "Maluku",
    "Maluku Utara",
    "Papua",
    "Papua Barat",
    "Papua Selatan",
    "Papua Tengah",
    "Papua Pegunungan",
    "Papua Barat Daya",
)

# Other spellings met in reports and news, in the compact form of ``province_key``.
_ALIASES = {
    "daerahistimewayogyakarta": "DI Yogyakarta",
    "diy": "DI Yogyakarta",
    "yogyakarta": "DI Yogyakarta",
    "daerahkhususibukotajakarta": "DKI Jakarta",
    "daerahkhususjakarta": "DKI Jakarta",
    "jakarta": "DKI Jakarta",
    "nanggroeacehdarussalam": "Aceh",
    "bangkabelitung": "Kepulauan Bangka Belitung",
    "babel": "Kepulauan Bangka Belitung",
    "kepri": "Kepulauan Riau",
    "sumut": "Sumatera Utara",
    "sumbar": "Sumatera Barat",
    "sumsel": "Sumatera Selatan",
    "jabar": "Jawa Barat",
    "jateng": "Jawa Tengah",
    "jatim": "Jawa Timur",
    "ntb": "Nusa Tenggara Barat",
    "ntt": "Nusa Tenggara Timur",
}


def province_key(name: str) -> str:
    """Lower case, no accents, no spaces or punctuation: "D.I. Yogyakarta" → "diyogyakarta"."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"^\s*(pemerintah\s+)?(provinsi|prov\.?)\s+", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "", text)


_CANONICAL = {province_key(name): name for name in PROVINCES} | _ALIASES


def canonical_province(name: str) -> str | None:
    """The province's name as in :data:`PROVINCES`, or ``None`` if the spelling is unknown."""
    return _CANONICAL.get(province_key(name))
