#!/usr/bin/env python3
"""Check that inspecting and hashing a 50 MB PDF upload does not read it into memory.

    uv run python bench/upload_memory_bench.py [--megabytes 50]

Writes a PDF of about ``--megabytes`` MB to a temporary file, page by page (each page one
incompressible JPEG, like a colour scan), then runs ``inspect_upload`` and ``sha256_of`` on
the open file, as the upload view does with Django's temporary upload file, and reports
time and peak Python memory (tracemalloc) for each. It then does the same with the PDF's
cross-reference offset broken, which makes pypdf rebuild the table by scanning the file.
Results go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from spbe.textanalysis import DEFAULT_MAX_BYTES, inspect_upload, sha256_of


def noise_jpeg(seed: int, side: int = 1400) -> bytes:
    """A grey JPEG of random pixels: about 1 MB that no compressor can shrink."""
    pixels = random.Random(seed).randbytes(side * side)
    buffer = io.BytesIO()
    Image.frombytes("L", (side, side), pixels).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def write_pdf(path: Path, megabytes: int) -> int:
    """Write a PDF of ``megabytes`` MB page by page; return its page count."""
    offsets: list[int] = []
    with path.open("wb") as out:

        def obj(number: int, body: bytes) -> None:
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")

        out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        pages: list[int] = []
        number = 3
        while out.tell() < megabytes * 1_000_000 - 1_100_000:
            jpeg = noise_jpeg(number)
            image, content, page = number, number + 1, number + 2
            obj(image, b"<< /Type /XObject /Subtype /Image /Width 1400 /Height 1400 "
                b"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode "
                b"/Length %d >>\nstream\n" % len(jpeg) + jpeg + b"\nendstream")  # fmt: skip
            draw = b"q 595 0 0 595 0 123 cm /Im0 Do Q"
            obj(content, b"<< /Length %d >>\nstream\n%s\nendstream" % (len(draw), draw))
            obj(page, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                b"/Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
                % (image, content))  # fmt: skip
            pages.append(page)
            number += 3
        kids = b" ".join(b"%d 0 R" % page for page in pages)
        obj(1, b"<< /Type /Catalog /Pages 2 0 R >>")
        obj(2, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)))
        # Objects were written out of order; the table lists them by number.
        by_number = dict(zip([*range(3, number), 1, 2], offsets, strict=True))
        table = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % number)
        out.writelines(b"%010d 00000 n \n" % by_number[n] for n in range(1, number))
        out.write(
            b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (number, table)
        )
    return len(pages)


def traced(step: Callable[[], object]) -> tuple[object, float, float]:
    """Run ``step``; return its result, seconds taken and peak traced memory in MiB."""
    tracemalloc.start()
    started = time.perf_counter()
    result = step()
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return result, elapsed, peak


def report(label: str, handle: BinaryIO, size: int) -> None:
    def inspect() -> object:
        return inspect_upload("lampiran.pdf", handle, size=size, max_bytes=DEFAULT_MAX_BYTES)

    checked, seconds, peak = traced(inspect)
    print(f"{label:28} inspect_upload {seconds:6.2f} s, peak {peak:6.1f} MiB -> {checked}")
    digest, seconds, peak = traced(lambda: sha256_of(handle))
    print(f"{label:28} sha256_of      {seconds:6.2f} s, peak {peak:6.1f} MiB -> {digest}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="spbe-upload-bench-") as directory:
        path = Path(directory) / "lampiran.pdf"
        pages = write_pdf(path, args.megabytes)
        size = path.stat().st_size
        print(f"PDF: {size:,} bytes, {pages} pages (limit {DEFAULT_MAX_BYTES:,} bytes)")
        with path.open("rb") as handle:
            report("intact cross-reference", handle, size)
        with path.open("r+b") as handle:
            handle.seek(-12, os.SEEK_END)
            handle.write(b"1\n%%EOF\n    ")  # startxref now points at the wrong place
        with path.open("rb") as handle:
            report("broken cross-reference", handle, size)


if __name__ == "__main__":
    main()
