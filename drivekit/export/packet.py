"""The delivery packet PDF, drawn in one streaming pass: rows are laid out page by page as they arrive.

Everything that depends on the whole list (count, period, areas, fingerprint, "of Y") is drawn into
form XObjects defined after the last row, so no page or row needs to stay in memory.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import IO, Any

from drivekit.export import fonts
from drivekit.export.cover import CoverFacts, define_cover_summary, draw_cover_pages
from drivekit.export.drawing import DrawingPainter
from drivekit.export.layout import (
    FONT_SIZE,
    LEADING,
    MARGIN,
    PAD,
    SIG_BOX,
    columns,
    define_page_count,
    draw_footer,
    draw_header_row,
    page_size,
    postcode_area,
)
from drivekit.export.model import ListDigest, PacketHeader, PacketOptions, PacketRow
from drivekit.i18n import _
from drivekit.progress import NullProgress, Progress

PROGRESS_STEP = 500
# What drawing the top of a list page changes in the canvas besides its operators.
_TOP_STATE = ("_fontname", "_fontsize", "_leading", "_fillColorObj")


class PacketWriter:
    """Streams rows into a reportlab canvas with its own page-break arithmetic."""

    def __init__(self, path: str, header: PacketHeader, options: PacketOptions, list_sink: IO[bytes] | None = None) -> None:
        from drivekit.export.pdfdoc import new_canvas

        self.header, self.options = header, options
        self.pw, self.ph = page_size(options.landscape)
        self.c = new_canvas(path, (self.pw, self.ph), header.title, header.organisation,
                            f"Delivery packet for {header.target_name}" if header.target_name else "Delivery packet")
        self.cols = columns(options.landscape, options.signature_images, options.full_address)
        self.col = {col.key: col for col in self.cols}
        self.avail = {col.key: col.width - 2 * PAD for col in self.cols}  # room for text in each column
        self.digest = ListDigest(list_sink)
        self.painter = DrawingPainter(self.c)
        self.lines = fonts.LineWriter(self.c)
        self.page = 0
        self.count = 0
        self.first: date | None = None
        self.last: date | None = None
        self.areas: Counter[str] = Counter()
        self.events: Counter[str] = Counter()
        target = f" — {header.target_name}" if header.target_name else ""
        # Leaves room for "Page X of Y" on the right of the footer.
        self.footer_text = fonts.fit(f"{header.title}{target}", self.pw - 2 * MARGIN - 110, fonts.SANS, 7)
        self.bottom = MARGIN + 4
        self.y = 0.0
        self.text: Any = None
        self.rules: list[float] = []
        # The running header and the column titles are the same on every list page (each page starts from
        # the same graphics state): laid out once, their operators are then repeated, with the canvas state
        # they leave (a 100,000-signature packet has 2,800 list pages).
        self.top: tuple[list[str], dict[str, Any], float] | None = None

    # pages ---------------------------------------------------------------------------------
    def _end_page(self) -> None:
        self._flush()
        draw_footer(self.c, self.page, self.pw, self.footer_text)
        self.c.showPage()

    def _flush(self) -> None:
        """Put the page's collected row text and row rules on the page."""
        c = self.c
        if self.rules:
            c.setStrokeGray(0.8)
            c.setLineWidth(0.3)
            x0, x1 = self.cols[0].x, self.cols[-1].x + self.cols[-1].width
            c.lines([(x0, y, x1, y) for y in self.rules])
            c.setStrokeGray(0)
            self.rules = []
        if self.text is not None:
            c.drawText(self.text)
            self.text = None

    def _new_list_page(self) -> None:
        if self.page:
            self._end_page()
        self.page += 1
        c = self.c
        if self.top is not None:  # the same operators and the same canvas state as laying it out again
            code, state, self.y = self.top
            c._code.extend(code)
            for name, value in state.items():
                setattr(c, name, value)
            return
        start = len(c._code)
        c.setFillGray(0.35)
        fonts.draw(c, MARGIN, self.ph - MARGIN + 8, f"Signatures — {self.footer_text}", fonts.SANS, 7)
        c.setFillGray(0)
        self.y = draw_header_row(c, self.cols, self.ph - MARGIN)
        self.top = (c._code[start:], {name: getattr(c, name) for name in _TOP_STATE}, self.y)

    def write(self, rows: Iterable[PacketRow], progress: Progress | None = None, total: int = 0) -> None:
        progress = progress or NullProgress()
        progress.start(total, _("Writing the packet"))
        self.page = draw_cover_pages(self.c, self.header, self.pw, self.ph, self.footer_text)
        self._new_list_page()
        pending = 0
        for row in rows:
            self._row(row)
            pending += 1
            if pending == PROGRESS_STEP:
                progress.advance(pending)
                pending = 0
        if pending:
            progress.advance(pending)
        if self.count == 0:
            self._flush()
            c = self.c
            c.setFont(fonts.SANS, 10)
            c.drawString(MARGIN + PAD, self.y - 18, "No signatures for this target.")

    def finish(self) -> int:
        """Fill in the forms that needed the whole list and save; returns the number of pages."""
        self._end_page()
        define_page_count(self.c, self.page)
        facts = CoverFacts(count=self.count, first=self.first, last=self.last, areas=self.areas,
                           events=self.events, fingerprint=self.digest.hexdigest(), pages=self.page)
        define_cover_summary(self.c, self.header, facts, self.pw, self.ph)
        self.c.save()
        return self.page

    # rows ----------------------------------------------------------------------------------
    def _row(self, row: PacketRow) -> None:
        self.count += 1
        n = self.count
        opts = self.options
        self.digest.add(n, row, opts.full_address)
        day = row.signed_at.date()
        if self.first is None or day < self.first:
            self.first = day
        if self.last is None or day > self.last:
            self.last = day
        self.areas[postcode_area(row.postcode, row.country)] += 1
        if row.event_id:
            self.events[row.event_id] += 1
        avail = self.avail
        cells = {
            "number": [str(n)],
            "name": fonts.wrap(row.name, avail["name"], fonts.SANS, FONT_SIZE),
            "place": fonts.wrap(row.place(opts.full_address), avail["place"], fonts.SANS, FONT_SIZE),
            "date": [day.isoformat()],
            # most signers leave no comment: wrap("") is []
            "comment": fonts.wrap(row.comment, avail["comment"], fonts.SANS, FONT_SIZE) if row.comment else [],
        }
        lines = max(map(len, cells.values()))
        min_h = SIG_BOX[1] + 2 * PAD if opts.signature_images and row.drawing else 0.0
        height = max(lines * LEADING + 2 * PAD, min_h)
        if self.y - height < self.bottom:
            body = self.ph - 2 * MARGIN - LEADING - 2 * PAD - 4
            if height <= body or self.y < self.ph - MARGIN - 2 * LEADING - 2 * PAD:
                self._new_list_page()
        if self.y - height >= self.bottom:
            self._draw_cells(cells, 0, lines, height, row)
            return
        # A row taller than a page (a very long comment) continues on the next pages.
        start, first_part = 0, True
        while start < lines:
            fit = max(1, int((self.y - self.bottom - 2 * PAD) // LEADING))
            part = {k: v[start:start + fit] for k, v in cells.items()}
            if not first_part:
                part["number"] = [f"{n} (cont.)"] if start < lines else []
            h = max(len(v) for v in part.values()) * LEADING + 2 * PAD
            self._draw_cells(part, 0, fit, max(h, min_h if first_part else 0), row if first_part else None)
            start += fit
            first_part = False
            if start < lines:
                self._new_list_page()

    def _draw_cells(self, cells: dict[str, list[str]], start: int, count: int, height: float, row: PacketRow | None) -> None:
        if self.text is None:
            self.text = self.c.beginText()
        t = self.text
        top = self.y
        draw = self.lines.draw
        for key, lines in cells.items():
            col = self.col[key]
            y = top - PAD - FONT_SIZE + 0.5
            for line in lines[start:start + count]:
                if fonts.is_rtl(line):
                    draw(t, col.x + col.width - PAD, y, line, fonts.SANS, FONT_SIZE, align="right")
                else:
                    draw(t, col.x + PAD, y, line, fonts.SANS, FONT_SIZE)
                y -= LEADING
        if row is not None and self.options.signature_images and row.drawing:
            col = self.col["signature"]
            self.painter.draw(row.drawing, row.drawing_format, col.x + PAD, top - PAD - SIG_BOX[1], SIG_BOX[0], SIG_BOX[1])
        self.y = top - height
        self.rules.append(self.y)


def write_packet(path: str, header: PacketHeader, rows: Iterable[PacketRow], options: PacketOptions,
                 progress: Progress | None = None, total: int = 0, list_sink: IO[bytes] | None = None) -> dict[str, Any]:
    """Write the packet to `path`; returns count, pages, fingerprint and how many distinct images were stored."""
    writer = PacketWriter(path, header, options, list_sink)
    writer.write(rows, progress, total)
    pages = writer.finish()
    return {"count": writer.count, "pages": pages, "fingerprint": writer.digest.hexdigest(),
            "distinct_images": writer.painter.distinct_images}
