"""The QR codes read back from paper: many different payloads, drawn as printed, all decode."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
import zxingcpp
from PIL import Image
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from counsellor_app.documents.flowables import draw_qr

NAMES = ["DIALLO Mamadou Aliou", "العلوي فاطمة الزهراء", "NGUEMA-OBIANG Jean-Baptiste", "O'Neil Ü"]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_codes_of_varied_payloads_decode_from_a_150_dpi_picture(tmp_path: Path) -> None:
    """The mask is fixed for speed (flowables.QR_MASK); this checks it costs no readability."""
    payloads = [
        f"CNS1|RABAG-K{n:02d}-26-D{n * 7919 % 100000:05d}|softskills_certificate|2026-11-"
        f"{n % 28 + 1:02d}|RABAG-K{n:02d}-26-{n:05d}|{quote(NAMES[n % 4])}|k{n:07d}|"
        + "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[n % 32]
        * (100 + n)
        for n in range(24)
    ]
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for index, payload in enumerate(payloads):
        row, column = divmod(index, 4)
        draw_qr(canvas, payload, 20 * mm + column * 45 * mm, 250 * mm - row * 45 * mm, 22 * mm)
    canvas.save()
    (tmp_path / "codes.pdf").write_bytes(buffer.getvalue())
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", str(tmp_path / "codes.pdf"), str(tmp_path / "p")],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("p*.png")))
    assert sorted(r.text for r in zxingcpp.read_barcodes(image)) == sorted(payloads)
