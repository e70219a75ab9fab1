"""Shows a drawn signature ("strokes-json" vector strokes or "png" bytes) as a pixmap.

Small on purpose: the signature pad's own renderer replaces it when the pages are merged.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap


def drawing_pixmap(data: bytes, fmt: str, width: int, height: int) -> QPixmap | None:
    """The drawing scaled into width x height, or None when it cannot be read."""
    if fmt == "png":
        pixmap = QPixmap()
        if not pixmap.loadFromData(data, "PNG"):
            return None
        return pixmap.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if fmt == "strokes-json":
        return _strokes_pixmap(data, width, height)
    return None


def _strokes_pixmap(data: bytes, width: int, height: int) -> QPixmap | None:
    try:
        doc = json.loads(data.decode("utf-8"))
        src_w, src_h = float(doc.get("width") or 1000), float(doc.get("height") or 300)
        strokes = [[(float(x), float(y)) for x, y, *_ in stroke] for stroke in doc.get("strokes", [])]
    except (ValueError, TypeError, AttributeError, UnicodeDecodeError):
        return None
    if src_w <= 0 or src_h <= 0:
        return None
    scale = min(width / src_w, height / src_h)
    pixmap = QPixmap(max(1, int(src_w * scale)), max(1, int(src_h * scale)))
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#1a1a1a"), max(1.5, 3 * scale), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    for stroke in strokes:
        if not stroke:
            continue
        path = QPainterPath(QPointF(stroke[0][0] * scale, stroke[0][1] * scale))
        for x, y in stroke[1:]:
            path.lineTo(x * scale, y * scale)
        if len(stroke) == 1:
            painter.drawPoint(path.currentPosition())
        else:
            painter.drawPath(path)
    painter.end()
    return pixmap
