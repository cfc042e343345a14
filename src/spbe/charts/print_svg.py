"""A chart's SVG in the fewest nodes that draw it the same, for the PDF's layout engine.

Matplotlib wraps each element of a chart in two or three ``<g>`` without attributes and writes
every element's paint as a ``style`` attribute. A browser pays nothing for either; WeasyPrint,
which draws the PDF's charts in Python, cascades every node and parses every ``style`` with
its CSS tokenizer, and the five charts of a report were about half of writing its 24 pages
(issue 16 § 2). The drawing does not change: a group without attributes has no effect on what
it holds, and a declaration moved from ``style`` to the attribute of the same name keeps its
value, since nothing else in the file sets it (the one style sheet, which sets the line joins
and caps of every element, becomes the same two attributes on the root, inherited by every
element that does not set its own).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
XLINK_NAMESPACE = "http://www.w3.org/1999/xlink"
_SVG = f"{{{SVG_NAMESPACE}}}"
_XLINK = f"{{{XLINK_NAMESPACE}}}"
_SHEET_PREFIX = ".spbe-chart *{"


def print_svg(svg: str) -> str:
    """``svg`` (a chart of ``spbe.charts``) without its empty groups, its paint as attributes."""
    root = ET.fromstring(svg)
    for name, value in _take_sheet(root):
        root.set(name, value)
    _flatten(root)
    for element in root.iter():
        style = element.attrib.pop("style", None)
        if style:
            for name, value in _declarations(style):
                element.set(name, value)
    _spell_namespaces(root)
    return ET.tostring(root, encoding="unicode")


def _spell_namespaces(root: ET.Element) -> None:
    """Write the names as matplotlib does (``svg``, ``xlink:href``) rather than leave the
    prefixes to ElementTree's registry, which is shared by the whole process."""
    for element in root.iter():
        element.tag = element.tag.removeprefix(_SVG)
        for name in [name for name in element.attrib if name.startswith(_XLINK)]:
            element.set(f"xlink:{name.removeprefix(_XLINK)}", element.attrib.pop(name))
    root.set("xmlns", SVG_NAMESPACE)
    root.set("xmlns:xlink", XLINK_NAMESPACE)


def _take_sheet(root: ET.Element) -> list[tuple[str, str]]:
    """Remove the chart's style sheet (``chart._SCOPED_STYLE``) and return its declarations."""
    for defs in root.findall(f"{_SVG}defs"):
        for sheet in defs.findall(f"{_SVG}style"):
            text = (sheet.text or "").strip()
            if text.startswith(_SHEET_PREFIX) and text.endswith("}"):
                defs.remove(sheet)
                if not len(defs):
                    root.remove(defs)
                return _declarations(text[len(_SHEET_PREFIX) : -1])
    return []


def _flatten(element: ET.Element) -> None:
    """Replace every ``<g>`` without attributes below ``element`` by what it holds."""
    children: list[ET.Element] = []
    for child in element:
        _flatten(child)
        if child.tag == f"{_SVG}g" and not child.attrib:
            children.extend(child)
        else:
            children.append(child)
    element[:] = children


def _declarations(css: str) -> list[tuple[str, str]]:
    pairs = []
    for declaration in css.split(";"):
        name, colon, value = declaration.partition(":")
        if colon and name.strip():
            pairs.append((name.strip(), value.strip()))
    return pairs
