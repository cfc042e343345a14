"""Reading the charts' SVG back in the chart tests: its title, its text and its shapes."""

from __future__ import annotations

import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    """The SVG as XML; fails the test if it is not well formed."""
    return ET.fromstring(svg)


def title(svg: str) -> str | None:
    element = parse(svg).find(f"{SVG}title")
    return None if element is None else element.text


def texts(svg: str) -> list[str]:
    """Every text element's content, in drawing order."""
    return [element.text or "" for element in parse(svg).iter(f"{SVG}text")]


def words(svg: str) -> str:
    """All text of the chart on one line, so that a wrapped label reads as one phrase."""
    return " ".join(" ".join(texts(svg)).split())
