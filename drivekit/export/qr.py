"""QR codes drawn as plain filled squares: no text state, so no font (reportlab's widget renderer sets Helvetica)."""

from __future__ import annotations

from typing import Any


def draw_qr(c: Any, data: str, x: float, y: float, size: float) -> None:
    """A QR code (error correction M, quiet zone of 2 modules) filling the square (x, y, size, size)."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=2)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()
    n = len(matrix)
    module = size / n
    path = c.beginPath()
    for row, cells in enumerate(matrix):
        col = 0
        while col < n:
            if not cells[col]:
                col += 1
                continue
            start = col
            while col < n and cells[col]:
                col += 1
            # one rectangle per horizontal run of dark modules keeps the path short
            path.rect(x + start * module, y + size - (row + 1) * module, (col - start) * module, module)
    c.saveState()
    c.setFillGray(1)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.setFillGray(0)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()
