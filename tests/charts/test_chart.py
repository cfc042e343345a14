"""A drawn chart's SVG and PNG: inlinable, named for assistive technology, and reproducible."""

from __future__ import annotations

import threading

import pytest
from matplotlib.figure import Figure

from spbe.charts.chart import Chart, _clean_svg
from tests.charts.svg import SVG, parse, texts, title

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def words_chart(*lines: str, name: str = "Grafik uji") -> Chart:
    def draw(figure: Figure) -> None:
        for n, line in enumerate(lines):
            figure.text(0.1, 0.9 - 0.1 * n, line)

    return Chart(title=name, width=3.0, height=2.0, draw=draw)


def test_the_svg_is_one_svg_element_named_by_the_title():
    svg = words_chart("Halo").svg()
    root = parse(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("aria-label") == "Grafik uji"
    assert title(svg) == "Grafik uji"


def test_the_svg_starts_with_the_element_not_a_prologue():
    svg = words_chart("Halo").svg()
    assert svg.startswith('<svg class="spbe-chart" role="img"')
    assert "<?xml" not in svg and "<!DOCTYPE" not in svg


def test_the_title_is_the_first_child_of_the_svg():
    root = parse(words_chart("Halo").svg())
    assert root[0].tag == f"{SVG}title"


def test_text_stays_text():
    assert "Indeks SPBE 3,50" in texts(words_chart("Indeks SPBE 3,50").svg())


def test_the_svg_carries_no_creation_date_or_tool_version():
    svg = words_chart("Halo").svg()
    assert "<dc:date>" not in svg
    assert "Matplotlib v" not in svg


def test_the_style_is_scoped_to_the_chart():
    svg = words_chart("Halo").svg()
    assert ".spbe-chart *{" in svg
    assert '<style type="text/css">*{' not in svg


def test_groups_carry_no_numbered_ids_that_two_charts_on_a_page_would_repeat():
    svg = words_chart("Halo").svg()
    assert 'id="figure_1"' not in svg
    assert "<g id=" not in svg


@pytest.mark.parametrize("name", ['Tata Kelola & "Manajemen" <2024>', "Kebijakan'Internal"])
def test_a_title_with_markup_characters_is_escaped_in_the_label_and_the_title(name):
    svg = words_chart("Halo", name=name).svg()
    root = parse(svg)
    assert root.get("aria-label") == name
    assert title(svg) == name


def test_an_empty_title_still_gives_valid_svg():
    svg = words_chart("Halo", name="").svg()
    assert parse(svg).get("aria-label") == ""


def test_the_same_chart_gives_the_same_svg_byte_for_byte():
    chart = words_chart("Halo", "Dunia")
    assert chart.svg() == chart.svg()


def test_two_charts_with_the_same_title_and_drawing_are_identical():
    assert words_chart("Halo").svg() == words_chart("Halo").svg()


def test_a_chart_that_draws_nothing_still_renders():
    svg = Chart(title="Kosong", width=2.0, height=1.0, draw=lambda figure: None).svg()
    assert title(svg) == "Kosong"
    assert texts(svg) == []


def test_the_png_is_a_png_whose_size_follows_the_dpi():
    chart = words_chart("Halo")
    small, large = chart.png(dpi=50), chart.png(dpi=100)
    assert small.startswith(PNG_SIGNATURE) and large.startswith(PNG_SIGNATURE)
    width = int.from_bytes(small[16:20], "big")
    height = int.from_bytes(small[20:24], "big")
    assert (width, height) == (150, 100)
    assert int.from_bytes(large[16:20], "big") == 300


def test_the_png_is_reproducible():
    chart = words_chart("Halo")
    assert chart.png(dpi=40) == chart.png(dpi=40)


def test_each_rendering_draws_a_fresh_figure():
    figures: list[Figure] = []
    chart = Chart(title="x", width=1.0, height=1.0, draw=figures.append)
    chart.svg()
    chart.png(dpi=20)
    assert len(figures) == 2 and figures[0] is not figures[1]


def test_a_drawing_error_reaches_the_caller_and_releases_the_style_lock():
    def fail(figure: Figure) -> None:
        raise RuntimeError("tidak bisa menggambar")

    with pytest.raises(RuntimeError, match="tidak bisa"):
        Chart(title="x", width=1.0, height=1.0, draw=fail).svg()
    # A lock left held would make this wait forever; the test's own timeout would fail it.
    assert words_chart("Halo").svg()


def test_renderings_in_several_threads_do_not_mix_their_text():
    charts = [words_chart(f"Baris {n}", name=f"Grafik {n}") for n in range(4)]
    alone = [chart.svg() for chart in charts]
    together: list[str] = [""] * 4

    def render(n: int) -> None:
        together[n] = charts[n].svg()

    threads = [threading.Thread(target=render, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert together == alone


def test_cleaning_names_the_svg_and_keeps_its_content():
    raw = (
        '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "x" "y">\n'
        '<svg xmlns="http://www.w3.org/2000/svg" width="10"><g id="figure_1"><text>a</text></g></svg>'
    )
    cleaned = _clean_svg(raw, "Judul")
    assert cleaned.startswith('<svg class="spbe-chart" role="img" aria-label="Judul" xmlns=')
    assert "<text>a</text></svg>" in cleaned
    assert title(cleaned) == "Judul"


def test_cleaning_unwraps_groups_that_carry_nothing_and_keeps_those_that_do():
    raw = (
        '<svg xmlns="http://www.w3.org/2000/svg">\n<g id="figure_1">\n <g id="patch_1">\n'
        '  <path d="M 0 0"/>\n </g>\n <g clip-path="url(#p1)">\n  <g>\n   <text>a</text>\n'
        "  </g>\n </g>\n</g>\n</svg>"
    )
    cleaned = _clean_svg(raw, "Judul")
    root = parse(cleaned)
    assert [child.tag for child in root] == [f"{SVG}title", f"{SVG}path", f"{SVG}g"]
    (kept,) = root.iter(f"{SVG}g")
    assert kept.get("clip-path") == "url(#p1)"
    assert [child.text for child in kept] == ["a"]
