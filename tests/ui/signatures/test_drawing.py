"""A drawn signature shows in the edit dialog, whether strokes or PNG; a damaged one says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from drivekit.domain.drawing import encode_strokes
from drivekit.domain.validation import SignerInput
from drivekit.services import Services
from drivekit.ui.signatures.drawing import drawing_pixmap
from drivekit.ui.signatures.edit_dialog import SignatureEditDialog

from .conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

STROKES = encode_strokes([[[100, 200], [300, 50], [500, 250]], [[600, 150], [900, 160]]])


def _png() -> bytes:
    image = QImage(200, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def test_strokes_render_dark_ink_on_white(qtbot) -> None:  # type: ignore[no-untyped-def]
    pixmap = drawing_pixmap(STROKES, "strokes-json", 300, 90)
    assert pixmap is not None and pixmap.width() == 300 and pixmap.height() == 90
    image = pixmap.toImage()
    dark = sum(1 for x in range(0, 300, 2) for y in range(0, 90, 2) if QColor(image.pixel(x, y)).lightness() < 100)
    assert dark > 20
    assert QColor(image.pixel(5, 5)).lightness() > 240
    assert drawing_pixmap(b"{not json", "strokes-json", 300, 90) is None
    assert drawing_pixmap(b"not a png", "png", 300, 90) is None


@pytest.mark.parametrize("fmt", ["strokes-json", "png"])
def test_edit_dialog_shows_the_drawing(qtbot, services: Services, campaign, fmt: str) -> None:  # type: ignore[no-untyped-def]
    data = STROKES if fmt == "strokes-json" else _png()
    saved = services.signatures.save(campaign.id, SignerInput(first_name="Ines", last_name="Varga", petition_consent=True),
                                     drawing=data, drawing_format=fmt)
    dialog = SignatureEditDialog(services, services.signatures.get(str(saved.id)))
    qtbot.addWidget(dialog)
    views = [w for w in dialog.findChildren(QLabel) if w.accessibleName() == "Drawn signature"]
    assert len(views) == 1 and not views[0].pixmap().isNull()
