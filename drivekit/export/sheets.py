"""Blank paper signature sheets: petition text, consent wording, numbered lines, sheet number and QR code."""

from __future__ import annotations

from typing import Any

from drivekit.export import fonts
from drivekit.export.layout import MARGIN
from drivekit.i18n import _
from drivekit.progress import NullProgress, Progress

LINES = 12
COLUMNS = (("No.", 26), ("Name", 150), ("Postcode and town", 120), ("Email (optional)", 110),
           ("Contact me", 60), ("Signature", 0))


def sheet_code(campaign_id: str, number: int) -> str:
    """What the QR code holds: enough to find the campaign and the sheet when it comes back."""
    return f"drivekit-sheet:{campaign_id}:{number}"


def write_sheets(path: str, petition: dict[str, Any], first: int, pages: int, progress: Progress | None = None) -> None:
    from drivekit.export.layout import page_size
    from drivekit.export.pdfdoc import new_canvas

    progress = progress or NullProgress()
    progress.start(pages, _("Writing sheets"))
    pw, ph = page_size(True)
    c = new_canvas(path, (pw, ph), f"Signature sheets — {petition['title']}", petition["organisation"],
                   "Blank signature sheets")
    for number in range(first, first + pages):
        _sheet(c, petition, number, pw, ph)
        c.showPage()
        progress.advance(1)
    c.save()


def _sheet(c, petition: dict[str, Any], number: int, pw: float, ph: float) -> None:  # type: ignore[no-untyped-def]
    from drivekit.export.qr import draw_qr

    qr = 64.0
    text_w = pw - 2 * MARGIN - qr - 90
    y = ph - MARGIN
    c.setFillGray(0.35)
    fonts.draw(c, MARGIN, y - 8, petition["organisation"].upper(), fonts.SANS, 8)
    c.setFillGray(0)
    y -= 12
    for line in fonts.wrap(petition["title"], text_w, fonts.BOLD, 14)[:2]:
        fonts.draw(c, MARGIN, y - 14, line, fonts.BOLD, 14)
        y -= 17
    body = fonts.wrap(" ".join(petition["text"].split()), text_w, fonts.SANS, 8.5)
    for line in body[:7]:
        fonts.draw(c, MARGIN, y - 9, line, fonts.SANS, 8.5)
        y -= 10.5
    if len(body) > 7:
        fonts.draw(c, MARGIN, y - 9, "(The full text is available from the collector.)", fonts.SANS, 8)
        y -= 10.5
    consent = petition.get("consent_text") or ""
    contact = "Tick “Contact me” only if you agree to be contacted about this campaign."
    notice = (f"By signing you agree: {consent} " if consent else "") + contact
    if notice:
        y -= 3
        c.setFillGray(0.25)
        for line in fonts.wrap(notice, text_w, fonts.SANS, 7.5)[:4]:
            fonts.draw(c, MARGIN, y - 8, line, fonts.SANS, 7.5)
            y -= 9.5
        c.setFillGray(0)
    # sheet number and QR code, top right
    draw_qr(c, sheet_code(petition["id"], number), pw - MARGIN - qr, ph - MARGIN - qr, qr)
    c.setFont(fonts.BOLD, 16)
    c.drawRightString(pw - MARGIN - qr - 8, ph - MARGIN - 18, f"Sheet {number}")
    # the numbered lines
    top = min(y - 8, ph - MARGIN - qr - 8)
    bottom = MARGIN + 14
    row_h = (top - bottom - 16) / LINES
    widths: list[float] = [w for _, w in COLUMNS]
    widths[-1] = pw - 2 * MARGIN - sum(widths)
    c.setFillGray(0.9)
    c.rect(MARGIN, top - 16, pw - 2 * MARGIN, 16, stroke=0, fill=1)
    c.setFillGray(0)
    x = MARGIN
    c.setFont(fonts.BOLD, 8)
    for (label, _field), w in zip(COLUMNS, widths, strict=False):
        c.drawString(x + 3, top - 11, label)
        x += w
    c.setLineWidth(0.5)
    c.setStrokeGray(0.5)
    for i in range(LINES + 1):
        y = top - 16 - i * row_h
        c.line(MARGIN, y, pw - MARGIN, y)
    x = MARGIN
    for w in widths[:-1]:
        x += w
        c.line(x, top - 16, x, top - 16 - LINES * row_h)
    c.setFont(fonts.SANS, 9)
    box_x = MARGIN + sum(widths[:4]) + (widths[4] - 10) / 2
    for i in range(LINES):
        y = top - 16 - (i + 1) * row_h
        c.drawString(MARGIN + 6, y + row_h / 2 - 3, str(i + 1))
        c.rect(box_x, y + row_h / 2 - 5, 10, 10, stroke=1, fill=0)
    c.setFont(fonts.SANS, 7)
    c.setFillGray(0.4)
    fonts.draw(c, MARGIN, MARGIN, f"{petition['title']} — sheet {number}. Please return this sheet to the organisers.",
               fonts.SANS, 7)
    c.setFillGray(0)
