"""The packet's cover: who it is for, the petition, and a summary box filled in after the last row."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from drivekit.export import fonts
from drivekit.export.layout import MARGIN, draw_footer
from drivekit.export.model import PacketHeader

SUMMARY_FORM = "dk-cover-summary"
BOX_H = 200.0
MAX_AREAS = 18
MAX_EVENTS = 4
SMALL_PRINT = (
    "Only signatures that stand after review are listed, each person once. Withdrawn signatures and confirmed "
    "duplicates are left out; possible duplicates are delivered only after a coordinator has reviewed them. "
    "Email addresses and phone numbers are never included. The fingerprint is the SHA-256 of the list "
    "(number, name, address, postcode, city, date, comment) embedded in this file as signatures.tsv; "
    "`drivekit verify` recomputes it."
)


@dataclass(frozen=True)
class CoverFacts:
    count: int
    first: date | None
    last: date | None
    areas: Counter[str]
    events: Counter[str]
    fingerprint: str
    pages: int


def _paragraphs(c, text: str, x: float, y: float, w: float, size: float, leading: float,  # type: ignore[no-untyped-def]
                bottom: float, new_page, font: str = fonts.SANS) -> float:
    """Draw wrapped paragraphs from y downwards, calling new_page() for more room; returns the y below."""
    for para in text.splitlines() or [""]:
        lines = fonts.wrap(para, w, font, size) or [""]
        for line in lines:
            if y - leading < bottom:
                y = new_page()
            if fonts.is_rtl(line):
                fonts.draw(c, x + w, y - size, line, font, size, align="right")
            else:
                fonts.draw(c, x, y - size, line, font, size)
            y -= leading
        y -= leading * 0.4
    return y


def draw_cover_pages(c, header: PacketHeader, pw: float, ph: float, footer_text: str) -> int:  # type: ignore[no-untyped-def]
    """Draw the cover (and as many pages as the petition text needs); returns the open page's number."""
    page = [1]
    w = pw - 2 * MARGIN
    y = ph - MARGIN
    c.setFillGray(0.35)
    y = _paragraphs(c, header.organisation.upper(), MARGIN, y, w, 9, 12, 0, lambda: 0)
    c.setFillGray(0)
    y = _paragraphs(c, header.title, MARGIN, y - 4, w, 18, 22, 0, lambda: 0, fonts.BOLD)
    if header.target_name:
        who = ", ".join(p for p in (header.target_name, header.target_role, header.target_organisation) if p)
        y = _paragraphs(c, f"To: {who}", MARGIN, y - 2, w, 12, 15, 0, lambda: 0)
        if header.postcode_prefixes:
            c.setFillGray(0.35)
            y = _paragraphs(c, "Postcode areas covered: " + ", ".join(header.postcode_prefixes), MARGIN, y, w, 8.5,
                            11, 0, lambda: 0)
            c.setFillGray(0)
    y -= 6
    c.saveState()
    c.translate(MARGIN, y - BOX_H)
    c.doForm(SUMMARY_FORM)
    c.restoreState()
    y -= BOX_H + 16

    def new_page() -> float:
        draw_footer(c, page[0], pw, footer_text)
        c.showPage()
        page[0] += 1
        return ph - MARGIN

    c.setFont(fonts.BOLD, 11)
    c.drawString(MARGIN, y - 11, "Petition")
    y = _paragraphs(c, header.text, MARGIN, y - 16, w, 10, 13.5, MARGIN + 10, new_page)
    y = _paragraphs(c, _signing_note(header), MARGIN, y - 8, w, 8.5, 11, MARGIN + 10, new_page)
    c.setFillGray(0.4)
    y = _paragraphs(c, SMALL_PRINT, MARGIN, y - 8, w, 7, 9, MARGIN + 10, new_page)
    c.setFillGray(0)
    return page[0]


def _signing_note(header: PacketHeader) -> str:
    """Who signed the packet and the certificate's fingerprint, for the recipient to compare with the published one."""
    from drivekit.export.verification import format_fingerprint

    if not header.certificate_fingerprint:
        return "This copy is not digitally signed."
    return (f"Digitally signed by {header.signed_by}. Signing certificate SHA-256 fingerprint: "
            f"{format_fingerprint(header.certificate_fingerprint)}. Compare it with the fingerprint the "
            "organisation publishes, or run `drivekit verify FILE --fingerprint HEX`.")


def _period(facts: CoverFacts) -> str:
    if facts.first is None or facts.last is None:
        return "No signatures collected yet."
    if facts.first == facts.last:
        return f"Collected on {facts.first.isoformat()}"
    return f"Collected from {facts.first.isoformat()} to {facts.last.isoformat()}"


def define_cover_summary(c, header: PacketHeader, facts: CoverFacts, pw: float, ph: float) -> None:  # type: ignore[no-untyped-def]
    """The summary box on the cover, drawn once the whole list has been streamed."""
    w = pw - 2 * MARGIN
    qr_size = 118.0
    c.beginForm(SUMMARY_FORM, 0, 0, w, BOX_H)
    c.setStrokeGray(0.7)
    c.setFillGray(0.96)
    c.roundRect(0, 0, w, BOX_H, 6, stroke=1, fill=1)
    c.setFillGray(0)
    x, y = 12.0, BOX_H - 12
    left_w = w - qr_size - 36
    c.setFont(fonts.BOLD, 20)
    noun = "valid signature" if facts.count == 1 else "valid signatures"
    c.drawString(x, y - 20, f"{facts.count:,} {noun}")
    y -= 38
    fonts.draw(c, x, y - 9, _period(facts), fonts.SANS, 9)
    y -= 15
    if facts.events:
        names = []
        for event_id, n in facts.events.most_common(MAX_EVENTS):
            name, day = header.events.get(event_id, ("(unknown event)", None))
            names.append(f"{name}{' (' + day.isoformat() + ')' if day else ''}: {n:,}")
        more = len(facts.events) - MAX_EVENTS
        text = "Events: " + "; ".join(names) + (f"; and {more} more" if more > 0 else "")
        for line in fonts.wrap(text, left_w, fonts.SANS, 8.5)[:3]:
            fonts.draw(c, x, y - 8.5, line, fonts.SANS, 8.5)
            y -= 11
    y -= 6
    c.setFont(fonts.BOLD, 9)
    c.drawString(x, y - 9, "By postcode area")
    y -= 14
    per_col = 6
    col_w = left_w / 3
    for i, (area, n) in enumerate(facts.areas.most_common(MAX_AREAS)):
        cx = x + (i // per_col) * col_w
        cy = y - (i % per_col) * 11
        fonts.draw(c, cx, cy - 8.5, area, fonts.SANS, 8.5)
        c.setFont(fonts.SANS, 8.5)
        c.drawRightString(cx + col_w - 14, cy - 8.5, f"{n:,}")
    rest = len(facts.areas) - MAX_AREAS
    if rest > 0:
        others = sum(n for _, n in facts.areas.most_common()[MAX_AREAS:])
        c.setFont(fonts.SANS, 8)
        c.drawString(x, y - per_col * 11 - 9, f"and {rest} other areas: {others:,}")
    _draw_fingerprint(c, facts.fingerprint, w - qr_size - 12, BOX_H - 12 - qr_size, qr_size)
    c.endForm()


def _draw_fingerprint(c, fingerprint: str, x: float, y: float, size: float) -> None:  # type: ignore[no-untyped-def]
    from drivekit.export.qr import draw_qr

    draw_qr(c, f"sha256:{fingerprint}", x, y, size)
    c.setFont(fonts.BOLD, 7)
    c.drawString(x, y - 12, "SHA-256 fingerprint of the list")
    c.setFont(fonts.MONO, 7.5)
    for i in range(4):
        c.drawString(x, y - 24 - i * 9, fingerprint[i * 16:(i + 1) * 16])
