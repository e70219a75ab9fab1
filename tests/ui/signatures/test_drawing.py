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


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("fmt", ["strokes-json", "png"])
def test_the_drawing_preview_is_paper_to_its_frame(qtbot, qapp, services: Services, campaign, fmt: str,  # type: ignore[no-untyped-def]
                                                   large: bool) -> None:
    """The preview's frame spans the form, wider than the 10:3 drawing: a grey strip of dialog background beside
    the white paper looked like a second, empty box. The whole frame is the signer's paper."""
    from drivekit.ui.resources import apply_style

    apply_style(qapp, large)
    try:
        data = STROKES if fmt == "strokes-json" else _png()
        saved = services.signatures.save(campaign.id, SignerInput(first_name="Ines", last_name="Varga",
                                                                  petition_consent=True),
                                         drawing=data, drawing_format=fmt)
        dialog = SignatureEditDialog(services, services.signatures.get(str(saved.id)))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        view = next(w for w in dialog.findChildren(QLabel) if w.accessibleName() == "Drawn signature")
        inside = view.contentsRect()
        assert inside.width() > view.pixmap().width() + 20, "the frame is no wider than the drawing here"
        image = view.grab().toImage()
        not_paper = [(x, y) for x in (inside.left(), inside.left() + 1, inside.right() - 1, inside.right())
                     for y in range(inside.top(), inside.bottom() + 1)
                     if QColor(image.pixel(x, y)).lightness() < 250]
        assert not not_paper, f"{len(not_paper)} pixels at the frame's sides are not paper, e.g. {not_paper[:3]}"
    finally:
        apply_style(qapp, False)
