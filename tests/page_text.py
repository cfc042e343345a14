"""What a person reads on a rendered page: its text and the values of its visible fields.

Scripts, styles and attributes are left out (a URL, a CSS width or a chart's coordinates are
not read); the value of a text field and a textarea's content are kept, because they are
shown. Each piece comes as one string, so a check can name where it found a problem.
"""

from __future__ import annotations

from html.parser import HTMLParser

HIDDEN_INPUTS = {"hidden", "submit", "button", "checkbox", "radio", "file", "date", "number"}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skipping += 1
        elif tag == "input":
            fields = dict(attrs)
            if (fields.get("type") or "text") not in HIDDEN_INPUTS and fields.get("value"):
                self.pieces.append(fields["value"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping and data.strip():
            self.pieces.append(" ".join(data.split()))


def page_text(html: str) -> list[str]:
    """The pieces of text a reader sees on ``html``, in order."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.pieces
