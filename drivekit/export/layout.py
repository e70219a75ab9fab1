"""Page geometry and the pieces every packet page shares: the running header, the footer, page count."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from drivekit.export import fonts

MARGIN = 36.0
FONT_SIZE = 8.5
LEADING = 10.5
PAD = 3.0
SIG_BOX = (84.0, 26.0)
PAGE_COUNT_FORM = "dk-page-count"


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    x: float
    width: float


def page_size(landscape: bool) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4, landscape as turn

    size: tuple[float, float] = turn(A4) if landscape else A4
    return size


def columns(landscape: bool, signature_images: bool, full_address: bool) -> list[Column]:
    """The list's columns: number, name, place, date, comment, [signature]; comment takes what is left."""
    pw, _ = page_size(landscape)
    usable = pw - 2 * MARGIN
    fixed = {"number": 36.0, "date": 58.0}
    fixed["name"] = 170.0 if landscape else 118.0
    fixed["place"] = (200.0 if full_address else 150.0) if landscape else (140.0 if full_address else 108.0)
    if signature_images:
        fixed["signature"] = SIG_BOX[0] + 2 * PAD
    fixed["comment"] = usable - sum(fixed.values())
    labels = {"number": "No.", "name": "Name", "place": "Address" if full_address else "Postcode, city",
              "date": "Date", "comment": "Comment", "signature": "Signature"}
    order = ["number", "name", "place", "date", "comment"] + (["signature"] if signature_images else [])
    out, x = [], MARGIN
    for key in order:
        out.append(Column(key, labels[key], x, fixed[key]))
        x += fixed[key]
    return out


def draw_footer(c, page: int, pw: float, left_text: str) -> None:  # type: ignore[no-untyped-def]
    """'Page X of Y': Y is a form filled in once the last page is known, so pages stream out."""
    c.setFillGray(0.35)
    fonts.draw(c, MARGIN, MARGIN - 18, left_text, fonts.SANS, 7)
    label = f"Page {page} of "
    right = pw - MARGIN - 24
    c.setFont(fonts.SANS, 7)
    c.drawRightString(right, MARGIN - 18, label)
    c.saveState()
    c.translate(right, MARGIN - 18)
    c.doForm(PAGE_COUNT_FORM)
    c.restoreState()
    c.setFillGray(0)


def define_page_count(c, pages: int) -> None:  # type: ignore[no-untyped-def]
    c.beginForm(PAGE_COUNT_FORM, 0, -4, 60, 12)
    c.setFillGray(0.35)
    c.setFont(fonts.SANS, 7)
    c.drawString(0, 0, str(pages))
    c.endForm()


def draw_header_row(c, cols: list[Column], top: float) -> float:  # type: ignore[no-untyped-def]
    """The column titles, repeated on every list page; returns the y below them."""
    h = LEADING + 2 * PAD
    c.setFillGray(0.88)
    c.rect(cols[0].x, top - h, cols[-1].x + cols[-1].width - cols[0].x, h, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont(fonts.BOLD, FONT_SIZE)
    for col in cols:
        c.drawString(col.x + PAD, top - PAD - FONT_SIZE + 0.5, col.label)
    return top - h


@lru_cache(maxsize=4096)  # a drive's postcodes repeat (neighbours sign together)
def postcode_area(postcode: str, country: str) -> str:
    """The area a postcode belongs to, for the cover's summary: UK letters ('SW'), else its first two characters."""
    bare = "".join(ch for ch in (postcode or "").upper() if ch.isalnum())
    if not bare:
        return "(none)"
    if (country or "").upper() in ("GB", "UK", "IM", "JE", "GG"):
        letters = ""
        for ch in bare:
            if not ch.isalpha():
                break
            letters += ch
        return letters[:2] or bare[:2]
    return bare[:2]
