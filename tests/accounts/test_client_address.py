"""The client's address behind trusted reverse proxies."""

from spbe.accounts.client_address import address_behind, trusted_networks

PROXIES = trusted_networks(["10.0.0.0/8", "192.168.1.5"])


def test_without_trusted_proxies_the_peer_is_the_client():
    assert address_behind("203.0.113.9", "198.51.100.1", []) == "203.0.113.9"


def test_an_untrusted_peer_cannot_name_another_address():
    assert address_behind("203.0.113.9", "10.0.0.1", PROXIES) == "203.0.113.9"


def test_the_rightmost_untrusted_hop_is_the_client_so_a_forged_left_entry_is_ignored():
    assert address_behind("192.168.1.5", "1.2.3.4, 203.0.113.9, 10.0.0.3", PROXIES) == "203.0.113.9"


def test_a_trusted_peer_without_the_header_is_the_client():
    assert address_behind("10.0.0.2", "", PROXIES) == "10.0.0.2"
