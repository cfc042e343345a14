"""How the Pemdi baseline page explains the uncertain readings of its one source.

The mapping file records, in English for the catalogue's maintainers, where its reading of the
source's SPBE names is uncertain. These are the same readings written for the page's reader,
without the source regency's figures. A Pemdi indicator not named here was read plainly.
"""

from __future__ import annotations

from django.utils.translation import gettext as _


def reading_note(pemdi_code: str) -> str:
    """How the source's words for ``pemdi_code`` were read, or "" if they were plain."""
    notes = {
        "I1": _(
            "The source's “Kebijakan Tim Koord” is read as SPBE indicator 10, the internal "
            "policy on the Tim Koordinasi SPBE."
        ),
        "I5": _(
            "The source's “Kebijakan Manajemen Data” is read as SPBE indicator 3, the internal "
            "policy on data management, not indicator 23, its implementation."
        ),
        "I15": _(
            "The source also counts its own business process mapping work, which is not an "
            "SPBE indicator; only indicator 14 is used here."
        ),
        "I17": _("The source takes the whole SPBE services domain, indicators 32 to 47."),
        "I19": _(
            "The source names the complaints service (indicator 42) and the public services; "
            "read as indicators 42 to 47. It may mean the sector services 45 to 47 only."
        ),
        "I20": _(
            "The source names the public services, read as indicators 42 to 47; it does not "
            "say what its second component is."
        ),
    }
    return notes.get(pemdi_code, "")


# The agency whose own planning the mapping was taken from (the mapping file's ``status``).
SOURCE_AGENCY = "Kabupaten Aceh Tengah"
