"""Short secrets kept encrypted in the database (a TOTP secret), readable only with the key.

A value is sealed with Fernet (AES-128-CBC with an HMAC-SHA256, from ``cryptography``) under
the installation's field key: ``SPBE_FIELD_KEY`` (or ``SPBE_FIELD_KEY_FILE``) if set, else a key
derived from ``SECRET_KEY``. A copy of the database alone (a leaked dump, a stolen backup disk)
then holds no secret a thief can use; the key lives in the environment, not in the database.

Rotation: the new key goes in ``SPBE_FIELD_KEY``, the old one in ``SPBE_FIELD_OLD_KEYS``
(comma-separated; the key derived from ``SECRET_KEY`` is named by writing ``SECRET_KEY`` there;
while no ``SPBE_FIELD_KEY`` is set, the keys of ``SECRET_KEY_FALLBACKS`` open too), then ``spbe two_factor_rekey`` seals every
value again under the new key; after that the old key can go (docs/security.md).
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

# Written before the key material, so that a key derived from SECRET_KEY is never the bytes any
# other use of SECRET_KEY derives (Django's signing salts its own uses the same way).
_PURPOSE = b"spbe.core.sealed_text\x00"


class SealBroken(Exception):
    """A sealed value that none of the installation's field keys opens."""


def _fernet(material: str) -> Fernet:
    digest = hashlib.sha256(_PURPOSE + material.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def _current_material() -> str:
    return settings.SPBE_FIELD_KEY or settings.SECRET_KEY


def _old_materials() -> list[str]:
    named = [
        settings.SECRET_KEY if key == "SECRET_KEY" else key for key in settings.SPBE_FIELD_OLD_KEYS
    ]
    # SECRET_KEY_FALLBACKS (Django's own rotation of SECRET_KEY) matter while the field key is
    # derived from SECRET_KEY; a dedicated field key names its predecessors itself.
    fallbacks = [] if settings.SPBE_FIELD_KEY else getattr(settings, "SECRET_KEY_FALLBACKS", [])
    return [*named, *fallbacks]


def _keys() -> MultiFernet:
    """The current key first (it seals), then every older one (they only open)."""
    current = _current_material()
    materials = [current, *(m for m in _old_materials() if m and m != current)]
    return MultiFernet([_fernet(material) for material in dict.fromkeys(materials)])


def seal(text: str) -> str:
    """The text encrypted under the current field key, as ASCII for a CharField."""
    return _keys().encrypt(text.encode()).decode("ascii")


def unseal(token: str) -> str:
    """The text of a sealed value; raises :class:`SealBroken` if no field key opens it."""
    try:
        return _keys().decrypt(token.encode("ascii")).decode()
    except (InvalidToken, UnicodeError) as error:
        raise SealBroken("no field key of this installation opens the value") from error


def reseal(token: str) -> str:
    """The same text sealed under the current key (for rotation); :class:`SealBroken` if no
    field key opens it."""
    try:
        return _keys().rotate(token.encode("ascii")).decode("ascii")
    except (InvalidToken, UnicodeError) as error:
        raise SealBroken("no field key of this installation opens the value") from error
