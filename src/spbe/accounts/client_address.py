"""The address of the client that made a request, behind trusted reverse proxies or not."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from django.conf import settings
from django.http import HttpRequest

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def trusted_networks(entries: Iterable[str]) -> list[Network]:
    """The networks of ``SPBE_TRUSTED_PROXIES`` entries: addresses ("10.0.0.5") or CIDRs."""
    return [ipaddress.ip_network(entry.strip(), strict=False) for entry in entries if entry.strip()]


def _is_trusted(address: str, networks: list[Network]) -> bool:
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(parsed in network for network in networks)


def address_behind(remote: str, forwarded_for: str, networks: list[Network]) -> str:
    """The client's address: ``remote`` unless it is a trusted proxy.

    From a trusted proxy, ``X-Forwarded-For`` is read from the right, skipping further trusted
    proxies; the first untrusted address is the client (entries to its left could be forged).
    """
    if not _is_trusted(remote, networks):
        return remote
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _is_trusted(hop, networks):
            return hop
    return hops[0] if hops else remote


def client_address(request: HttpRequest) -> str:
    """The address of the request's client (``SPBE_TRUSTED_PROXIES`` in the settings)."""
    return address_behind(
        request.META.get("REMOTE_ADDR", ""),
        request.META.get("HTTP_X_FORWARDED_FOR", ""),
        trusted_networks(getattr(settings, "SPBE_TRUSTED_PROXIES", [])),
    )
