"""Drawn signatures in a PDF cell: vector strokes as paths, PNG images stored once however often used."""

from __future__ import annotations

import hashlib
from typing import Any

from drivekit.domain.drawing import HEIGHT, WIDTH, parse_strokes
from drivekit.errors import BadFile

STROKES = "strokes-json"
PNG = "png"


class DrawingPainter:
    """Draws signatures into boxes; PNGs become one image XObject per distinct picture."""

    def __init__(self, canvas: Any) -> None:
        self._canvas = canvas
        self._images: dict[bytes, Any] = {}
        self._seen: set[bytes] = set()
        self.distinct_images = 0

    def draw(self, data: bytes, fmt: str | None, x: float, y: float, w: float, h: float) -> bool:
        """Fit the drawing into the box (x, y, w, h) keeping its proportions; False if it cannot be read."""
        try:
            if fmt == PNG:
                self._draw_png(data, x, y, w, h)
            else:
                self._draw_strokes(data, x, y, w, h)
        except (BadFile, ValueError, TypeError, KeyError, IndexError, OSError):
            return False
        return True

    def _fit(self, sw: float, sh: float, x: float, y: float, w: float, h: float) -> tuple[float, float, float]:
        scale = min(w / sw, h / sh)
        return scale, x + (w - sw * scale) / 2, y + (h - sh * scale) / 2

    def _draw_strokes(self, data: bytes, x: float, y: float, w: float, h: float) -> None:
        sw, sh, strokes = float(WIDTH), float(HEIGHT), parse_strokes(data)
        scale, ox, oy = self._fit(sw, sh, x, y, w, h)
        c = self._canvas
        path = c.beginPath()
        for stroke in strokes:
            if not stroke:
                continue
            px, py = stroke[0]
            path.moveTo(ox + px * scale, oy + (sh - py) * scale)
            for px, py in stroke[1:]:
                path.lineTo(ox + px * scale, oy + (sh - py) * scale)
        c.saveState()
        c.setLineWidth(0.6)
        c.setLineCap(1)
        c.setLineJoin(1)
        c.drawPath(path, stroke=1, fill=0)
        c.restoreState()

    def _draw_png(self, data: bytes, x: float, y: float, w: float, h: float) -> None:
        # reportlab names each image XObject by a digest of its pixels and stores it once per document;
        # keeping recent readers avoids decoding the same picture again.
        key = hashlib.sha256(data).digest()
        reader = self._images.pop(key, None)
        if reader is None:
            from io import BytesIO

            from reportlab.lib.utils import ImageReader

            reader = ImageReader(BytesIO(data))
            if key not in self._seen:
                self._seen.add(key)
                self.distinct_images += 1
        self._images[key] = reader
        if len(self._images) > 64:
            self._images.pop(next(iter(self._images)))
        iw, ih = reader.getSize()
        scale, ox, oy = self._fit(iw, ih, x, y, w, h)
        self._canvas.drawImage(reader, ox, oy, iw * scale, ih * scale, mask="auto")
