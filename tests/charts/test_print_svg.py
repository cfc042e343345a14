"""The PDF's copy of a chart: fewer nodes, the same drawing."""

from __future__ import annotations

from decimal import Decimal

from spbe.charts.comparison import comparison_bars
from spbe.charts.curve import CurveLabels, CurvePoint, cost_curve
from spbe.charts.data import Role, Series, SeriesComparison
from spbe.charts.print_svg import print_svg
from tests.charts.svg import SVG, parse, title, words

DRAWN = {f"{SVG}{tag}" for tag in ("path", "text", "use", "rect", "circle", "line", "polyline")}


def bars():
    values = [Decimal(v) for v in ("3.50", "2.70", "1.36", "3.74")]
    data = SeriesComparison(
        labels=["Kebijakan Internal", "Tata Kelola", "Manajemen", "Layanan"],
        series=[Series("Mandiri", values, Role.SELF)],
        target=Decimal("3.00"),
        target_label="Target indeks",
    )
    return comparison_bars(data, title="Indeks per domain")


def curve():
    points = [
        CurvePoint(cost=Decimal(c), index=Decimal(i))
        for c, i in ((0, "2.1"), (5, "2.6"), (9, "3.0"))
    ]
    labels = CurveLabels(curve="Rencana termurah", cost_axis="Biaya", target="Target")
    return cost_curve(points, title="Biaya per indeks", target=Decimal("2.8"), labels=labels)  # fmt: skip


def paint(svg: str) -> list[tuple[str, dict[str, str]]]:
    """Every drawn element in order, with its attributes and its ``style`` as attributes."""
    drawn = []
    for element in parse(svg).iter():
        if element.tag in DRAWN:
            attributes = {k: v for k, v in element.attrib.items() if k != "style"}
            for declaration in element.get("style", "").split(";"):
                name, _, value = declaration.partition(":")
                if name.strip():
                    attributes[name.strip()] = value.strip()
            drawn.append((element.tag, attributes))
    return drawn


def test_every_element_is_drawn_in_the_same_order_with_the_same_paint():
    for chart in (bars(), curve()):
        svg = chart.svg()
        assert paint(print_svg(svg)) == paint(svg)


def test_no_group_without_attributes_is_left_and_the_clipped_groups_stay():
    svg = curve().svg()
    printed = parse(print_svg(svg))
    groups = list(printed.iter(f"{SVG}g"))
    assert all(group.attrib for group in groups)
    clipped = [g for g in parse(svg).iter(f"{SVG}g") if "clip-path" in g.attrib]
    assert clipped
    assert [g.get("clip-path") for g in groups] == [g.get("clip-path") for g in clipped]


def test_no_style_is_left_and_the_style_sheet_becomes_the_roots_attributes():
    printed = print_svg(bars().svg())
    root = parse(printed)
    assert "<style" not in printed
    assert not any("style" in element.attrib for element in root.iter())
    assert (root.get("stroke-linejoin"), root.get("stroke-linecap")) == ("round", "butt")


def test_the_title_and_every_word_stay():
    svg = bars().svg()
    printed = print_svg(svg)
    assert title(printed) == "Indeks per domain"
    assert words(printed) == words(svg)
    assert printed.startswith("<svg ") and 'xmlns="http://www.w3.org/2000/svg"' in printed
