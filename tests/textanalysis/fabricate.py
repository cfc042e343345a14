"""Fabricated evidence files for the analysis tests and benchmarks.

Everything is generated on the fly (Pillow, reportlab, python-docx, openpyxl, zipfile), so no
binary fixtures live in the repository and every hostile file is visibly made the way it is.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

LETTER = """PERATURAN WALI KOTA PEMATANGSIANTAR
NOMOR 12 TAHUN 2023
TENTANG
ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK

DENGAN RAHMAT TUHAN YANG MAHA ESA
WALI KOTA PEMATANGSIANTAR,

Menimbang : a. bahwa untuk meningkatkan keterpaduan dan efisiensi
sistem pemerintahan berbasis elektronik perlu disusun Arsitektur
SPBE Pemerintah Daerah;
b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a,
perlu menetapkan Peraturan Wali Kota tentang Arsitektur Sistem
Pemerintahan Berbasis Elektronik.

Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan
Daerah sebagaimana telah beberapa kali diubah;
2. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem
Pemerintahan Berbasis Elektronik.

MEMUTUSKAN:
Menetapkan : PERATURAN WALI KOTA TENTANG ARSITEKTUR SISTEM
PEMERINTAHAN BERBASIS ELEKTRONIK.

Pasal 1
Dalam Peraturan Wali Kota ini yang dimaksud dengan:
1. Daerah adalah Kota Pematangsiantar.
2. Wali Kota adalah Wali Kota Pematangsiantar.
3. Perangkat Daerah adalah unsur pembantu Wali Kota dalam
penyelenggaraan urusan pemerintahan yang menjadi kewenangan Daerah.
4. Arsitektur SPBE adalah kerangka dasar yang mendeskripsikan
integrasi proses bisnis, data dan informasi, infrastruktur SPBE,
aplikasi SPBE, dan keamanan SPBE.

Pasal 2
Arsitektur SPBE Pemerintah Daerah disusun untuk jangka waktu lima
tahun dan dievaluasi setiap tahun oleh Tim Koordinasi SPBE.

Ditetapkan di Pematangsiantar
pada tanggal 14 Maret 2023
WALI KOTA PEMATANGSIANTAR,
"""

SHORT_LETTER = "\n".join(LETTER.splitlines()[:4] + LETTER.splitlines()[10:15])
A4_INCHES = (8.27, 11.69)


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for candidate in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    ):
        if Path(candidate).exists():
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default(size)


def scanned_page(
    text: str = LETTER, *, dpi: int = 200, skew: float = 1.5, noise: float = 18.0, seed: int = 1
) -> Image.Image:
    """An A4 page of ``text`` as a cheap office scanner would produce it: grey, noisy, skewed."""
    width, height = round(A4_INCHES[0] * dpi), round(A4_INCHES[1] * dpi)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    typeface = font(round(11 / 72 * dpi))
    line_height = round(17 / 72 * dpi)
    x, y = round(dpi * 1.0), round(dpi * 0.9)
    for line in text.splitlines():
        draw.text((x, y), line, fill=25, font=typeface)
        y += line_height
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    page = page.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
    grain = Image.effect_noise(page.size, noise)
    page = Image.blend(page, grain, 0.25).point(lambda v: min(255, v + 40))
    rng = random.Random(seed)
    pixels = page.load()
    assert pixels is not None
    for _ in range(width * height // 400):
        pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 90, 255))
    return page


def image_bytes(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def scanned_pdf(pages: list[Image.Image], *, dpi: int = 200) -> bytes:
    """Wrap page images in a PDF the way scanners do: one JPEG per page, no text layer."""
    first, *rest = [page.convert("L") for page in pages]
    return image_bytes(first, "PDF", resolution=dpi, save_all=True, append_images=rest, quality=80)


def text_pdf(pages: list[str], **encrypt: str) -> bytes:
    """A born-digital PDF with one page per string (reportlab), optionally encrypted."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    document = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    for text in pages:
        y = 800.0
        for line in text.splitlines():
            document.drawString(72, y, line)
            y -= 16
        document.showPage()
    document.save()
    if not encrypt:
        return buffer.getvalue()
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(buffer))
    writer.encrypt(**encrypt)  # type: ignore[arg-type]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def placed_pdf(blocks: list[tuple[float, float, list[str]]]) -> bytes:
    """A born-digital A4 page of text blocks, each ``(x, top, lines)`` in points from the
    page's left and bottom edges, 14 points between lines: columns, tables, signature blocks."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    document = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    for x, top, lines in blocks:
        for number, line in enumerate(lines):
            document.drawString(x, top - 14 * number, line)
    document.showPage()
    document.save()
    return buffer.getvalue()


def image_pdf(image: Image.Image, *, dpi: int, text: str = "", full_page: bool = True) -> bytes:
    """An A4 PDF showing ``image`` (full page, or as a small logo at ``dpi``) under ``text``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    document = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    width, height = A4 if full_page else (image.width / dpi * 72, image.height / dpi * 72)
    document.drawImage(ImageReader(image), 0, A4[1] - height, width=width, height=height)
    y = 60.0
    for line in text.splitlines():
        document.drawString(72, y, line)
        y -= 14
    document.showPage()
    document.save()
    return buffer.getvalue()


def docx_bytes(pages: list[list[str]], *, table: list[list[str]] | None = None) -> bytes:
    """A DOCX whose pages (lists of paragraphs) are separated by explicit page breaks."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    document = Document()
    for number, paragraphs in enumerate(pages):
        if number:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes(sheets: dict[str, list[list[object]]]) -> bytes:
    """An XLSX with one worksheet per entry, rows as given."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def zip_bytes(entries: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def zip_bomb_docx(uncompressed_mb: int) -> bytes:
    """A DOCX-shaped zip with an entry of ``uncompressed_mb`` MB of zeros (about 1000:1)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/padding.bin", "w", force_zip64=True) as entry:
            block = bytes(1024 * 1024)
            for _ in range(uncompressed_mb):
                entry.write(block)
    return buffer.getvalue()
