"""How passwords are stored: Argon2id at OWASP's recommended minimum.

Django's default, PBKDF2-SHA256 at 1,500,000 iterations (Django 6.1), costs about 0.5 s of CPU
a sign-in; at 50 people signing in within a minute on two cores that alone fills a core. OWASP's
Password Storage Cheat Sheet ranks Argon2id first and gives as its minimum 19 MiB of memory,
2 iterations and 1 degree of parallelism: about 25 ms of CPU here, and memory-hard, so a
guessing attacker pays in memory as well as in time (PBKDF2 is cheap to run on a GPU).
Django's own Argon2 parameters (100 MiB, 2 iterations, 8 lanes) cost about 0.26 s of CPU.

Stored PBKDF2 hashes keep working: PBKDF2 stays in ``PASSWORD_HASHERS`` after this one, and
Django re-hashes a password with this hasher on its next successful sign-in (a stored Argon2
hash with other parameters is re-hashed too).
"""

from __future__ import annotations

from django.contrib.auth.hashers import Argon2PasswordHasher


class OwaspArgon2idPasswordHasher(Argon2PasswordHasher):
    """Argon2id with 19 MiB of memory, 2 passes and 1 lane (OWASP's recommended minimum)."""

    time_cost = 2
    memory_cost = 19 * 1024  # KiB
    parallelism = 1
