"""The rules of notification delivery: WhatsApp numbers, quiet hours, digests, retries.

Pure Python: no Django imports. Every instant is a parameter, never read from a clock.
"""

from spbe.notify_rules.backoff import LEASE, MAX_ATTEMPTS, retry_delay
from spbe.notify_rules.phone import InvalidPhoneNumber, normalise_whatsapp
from spbe.notify_rules.times import JAKARTA, earliest_whatsapp_send, in_quiet_hours, next_digest

__all__ = [
    "JAKARTA",
    "LEASE",
    "MAX_ATTEMPTS",
    "InvalidPhoneNumber",
    "earliest_whatsapp_send",
    "in_quiet_hours",
    "next_digest",
    "normalise_whatsapp",
    "retry_delay",
]
