"""Keys of cached template fragments whose HTML is a pure function of what they show.

A page part that takes long to render and changes only when its data does is cached with
Django's ``{% cache %}`` tag under a digest of that data and the active language, so a write
that changes what the part shows gives a new key and nothing has to be invalidated. The data
is plain values and frozen dataclasses, whose ``repr`` writes out every field. A fragment
never holds a CSRF token or anything of the user that is not in its data.
"""

from __future__ import annotations

import hashlib

from django.utils import translation


def fragment_key(kind: str, data: object, *, version: int) -> str:
    """A digest of ``data``'s ``repr``, the fragment's kind, the active language and
    ``version``, which the caller raises when the fragment's markup or wording changes, so
    that a shared cache serves no HTML of the old template after a deployment."""
    text = f"{version}|{kind}|{translation.get_language()}|{data!r}"
    return hashlib.sha256(text.encode()).hexdigest()
