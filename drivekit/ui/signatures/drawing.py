"""Shows a drawn signature ("strokes-json" vector strokes or "png" bytes) as a pixmap."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap

from drivekit.domain.drawing import HEIGHT, WIDTH
from drivekit.errors import BadFile
from drivekit.ui.widgets.signature_pad import render_strokes_to_qimage


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
    scale = min(width / WIDTH, height / HEIGHT)
    try:
        image = render_strokes_to_qimage(data, max(1, int(WIDTH * scale)), max(1, int(HEIGHT * scale)),
                                         background=QColor("white"))
    except BadFile:
        return None
    return QPixmap.fromImage(image)
