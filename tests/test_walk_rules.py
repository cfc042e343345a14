"""The rules of the browser walk (tests/browser/walk.py), checked without a browser: which links
it follows, and which dotted numbers it lets pass on an Indonesian page."""

from tests.browser.walk import shown_decimal_points, walked_route


def test_the_walk_follows_pages_of_the_site_once_per_pattern_and_no_download():
    assert walked_route("/evaluasi/1/indikator/5/") == "evaluations:indicator"
    assert walked_route("/evaluasi/1/indikator/6/?dasar=self") == "evaluations:indicator"
    assert walked_route("/evaluasi/1/laporan/3/unduh/") is None
    assert walked_route("/bukti/versi/2/unduh/") is None
    assert walked_route("/admin/") is None
    assert walked_route("/api/v1/docs") is None
    assert walked_route("https://jdih.example.go.id/perwali") is None
    assert walked_route("#bagian") is None


def test_the_walk_reports_a_dead_link_by_its_address():
    assert walked_route("/tidak-ada/") == "/tidak-ada/"


def test_a_decimal_point_is_found_but_not_in_a_code_an_address_a_file_or_a_version():
    pieces = [
        "Indeks 3.06",
        "bobot 1,3%",
        "Butir I1-L2-02",
        "https://jdih.example.go.id/perwali-12.2023",
        "perwali-12.2023.pdf",
        "v1.2.3",
        "7 Des. 2026, 7.57",
        "12.500 baris",
    ]
    assert shown_decimal_points(pieces) == ["Indeks 3.06"]
