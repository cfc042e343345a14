"""A chart shrinks to a phone's width without losing its drawing: its SVG has a viewBox."""

from matplotlib.figure import Figure

from spbe.charts.chart import Chart
from tests.charts.svg import parse


def test_the_svg_has_a_view_box_of_its_drawn_size_so_that_css_can_scale_it():
    def draw(figure: Figure) -> None:
        figure.text(0.1, 0.5, "Indeks 3,06")

    root = parse(Chart(title="Grafik", width=6.0, height=2.0, draw=draw).svg())
    x, y, width, height = (float(part) for part in root.get("viewBox", "").split())
    assert (x, y) == (0, 0)
    assert width / height == 3.0
