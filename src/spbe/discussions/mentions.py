"""Finding ``@username`` mentions in a comment's text. Pure: no Django."""

from __future__ import annotations

import re

# Django's usernames: letters, digits and @ . + - _. A mention ends before a trailing dot,
# comma or other punctuation, so "@pic-kominfo." names "pic-kominfo". An "@" preceded by a
# word character or a dot is part of an email address (budi@kominfo.go.id), never a mention.
_MENTION = re.compile(r"(?<![\w.@+-])@([\w.+-]*[\w+-]|[\w])", re.UNICODE)


def mentioned_usernames(text: str) -> list[str]:
    """The usernames mentioned with ``@name`` in ``text``, each once, in order of appearance.

    Punctuation after a name is not part of it; email addresses are not mentions. Whether a
    name belongs to anyone is the caller's question: unknown names are simply ignored there.
    """
    seen: dict[str, None] = {}
    for match in _MENTION.finditer(text):
        seen.setdefault(match.group(1), None)
    return list(seen)
