"""The form of a token (``api.tokens``): a recognisable prefix, a long secret, a hash."""

from __future__ import annotations

import hashlib

from spbe.api.tokens import PREFIX_LENGTH, new_token, prefix_of, token_digest


def test_a_new_token_starts_with_spbe_and_its_prefix_and_carries_a_long_secret():
    made = new_token()
    assert made.text.startswith(f"spbe_{made.prefix}_")
    assert len(made.prefix) == PREFIX_LENGTH
    secret = made.text.split("_", 2)[2]
    assert len(secret) >= 40


def test_only_the_sha256_of_the_whole_token_is_kept():
    made = new_token()
    assert made.digest == hashlib.sha256(made.text.encode()).hexdigest() == token_digest(made.text)
    assert made.text not in made.digest


def test_two_tokens_never_share_a_prefix_or_secret():
    tokens = [new_token() for _ in range(200)]
    assert len({t.text for t in tokens}) == 200
    assert len({t.prefix for t in tokens}) == 200


def test_the_prefix_avoids_characters_that_are_misread():
    prefixes = "".join(new_token().prefix for _ in range(200))
    assert not set(prefixes) & set("0o1l")


def test_the_prefix_is_read_only_from_something_shaped_like_a_token():
    made = new_token()
    assert prefix_of(made.text) == made.prefix
    for text in (
        "",
        "spbe_",
        "spbe_abc_x",
        f"spbe_{made.prefix}",
        f"spbe_{made.prefix}_",
        "Bearer x",
    ):
        assert prefix_of(text) is None, text
    assert prefix_of(f"github_{made.prefix}_secret") is None
