"""A PDF is laid out in a child process with a time and a memory limit: the report's HTML
becomes the PDF, and a layout that overruns either limit is stopped with a message."""

import pytest
from django.utils.translation import gettext

from spbe.core.errors import ActionRefused
from spbe.reports import pdf
from spbe.reports.pdf import html_to_pdf
from spbe.reports.pdf_layout import LayoutChild, LayoutFailed, layout_pdf_isolated
from tests.timeouts import slow_work_timeout

HTML = "<html><body><h1>Laporan</h1><p>Halo, dunia.</p></body></html>"


def test_the_child_lays_out_the_html_as_the_process_would(settings):
    settings.SPBE_REPORT_ISOLATED = True
    settings.SPBE_REPORT_TIMEOUT = slow_work_timeout()
    pdf = html_to_pdf(HTML)
    assert pdf.startswith(b"%PDF")
    assert b"%%EOF" in pdf[-32:]


def test_a_layout_over_the_time_limit_is_stopped_with_a_message(settings):
    settings.SPBE_REPORT_ISOLATED = True
    settings.SPBE_REPORT_TIMEOUT = 0.001  # the child cannot even start in a millisecond
    with pytest.raises(ActionRefused) as refusal:
        html_to_pdf(HTML)
    assert refusal.value.message == gettext(
        "The PDF took longer than %(seconds)s seconds to lay out and was stopped. Shorten "
        "the longest texts of the evaluation (notes, justifications) and ask again."
    ) % {"seconds": 0.001}


def test_a_layout_over_the_memory_limit_is_stopped():
    with pytest.raises(LayoutFailed) as failed:
        layout_pdf_isolated(HTML, timeout=slow_work_timeout(), memory_mb=16)
    assert failed.value.reason in ("memory", "crashed")


def test_a_child_started_ahead_of_html_that_never_comes_is_killed():
    with pytest.raises(RuntimeError), LayoutChild(memory_mb=512) as child:
        raise RuntimeError("the template failed")
    assert child.process.poll() is not None


def test_the_layout_child_starts_before_the_html_is_made(settings, monkeypatch):
    # So that it loads WeasyPrint while this process still draws the charts.
    settings.SPBE_REPORT_ISOLATED = True
    settings.SPBE_REPORT_TIMEOUT = slow_work_timeout()
    events = []

    class Recorded(LayoutChild):
        def __init__(self, *, memory_mb: int) -> None:
            super().__init__(memory_mb=memory_mb)
            events.append("child started")

    def make_html() -> str:
        events.append("HTML made")
        return HTML

    monkeypatch.setattr(pdf, "LayoutChild", Recorded)
    assert pdf.layout_pdf(make_html).startswith(b"%PDF")
    assert events == ["child started", "HTML made"]
