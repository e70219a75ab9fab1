"""The signature pad records mouse and touch strokes in its 1000 x 300 box, and renders them back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from drivekit.domain.drawing import encode_strokes, parse_strokes
from drivekit.ui.widgets.signature_pad import SignaturePad, render_strokes_to_qimage


def _pad(qtbot) -> SignaturePad:  # type: ignore[no-untyped-def]
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 200)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def test_two_mouse_strokes_and_clear(qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = _pad(qtbot)
    canvas = pad.canvas
    w, h = canvas.width(), canvas.height()
    for y in (h // 3, 2 * h // 3):
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, y))
        QTest.mouseMove(canvas, QPoint(w // 2, y))
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(w - 5, y))
    strokes = parse_strokes(pad.drawing())
    assert len(strokes) == 2 and strokes[0][0][1] < strokes[1][0][1]
    assert all(0 <= x <= 1000 and 0 <= y <= 300 for stroke in strokes for x, y in stroke)
    with qtbot.waitSignal(pad.changed):
        pad.clear_button.click()
    assert pad.drawing() is None


def test_touch_stroke_is_recorded(qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = _pad(qtbot)
    canvas = pad.canvas
    device = QTest.createTouchDevice()
    h = canvas.height()
    QTest.touchEvent(canvas, device).press(0, QPoint(20, h // 2), canvas).commit()
    QTest.touchEvent(canvas, device).move(0, QPoint(200, h // 2 + 10), canvas).commit()
    QTest.touchEvent(canvas, device).release(0, QPoint(300, h // 2), canvas).commit()
    strokes = parse_strokes(pad.drawing())
    assert len(strokes) == 1 and len(strokes[0]) >= 2


def test_render_strokes_draws_ink_where_the_stroke_is() -> None:
    data = encode_strokes([[(0, 150), (1000, 150)]])
    image = render_strokes_to_qimage(data, 200, 60, background=QColor("white"))
    assert image.width() == 200 and image.height() == 60
    assert image.pixelColor(100, 30).lightness() < 128  # on the line
    assert image.pixelColor(100, 5).lightness() > 200  # far from it


def test_pen_stroke_is_recorded(qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = _pad(qtbot)
    canvas = pad.canvas
    pen = QPointingDevice("pen", 1, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
                          QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 3)
    h = canvas.height()
    for kind, x in ((QEvent.Type.TabletPress, 30), (QEvent.Type.TabletMove, 150), (QEvent.Type.TabletMove, 250),
                    (QEvent.Type.TabletRelease, 250)):
        pos = QPointF(x, h / 2)
        event = QTabletEvent(kind, pen, pos, QPointF(canvas.mapToGlobal(pos.toPoint())), 0.5, 0.0, 0.0, 0.0, 0.0, 0.0,
                             Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
                             Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else Qt.MouseButton.LeftButton)
        QApplication.sendEvent(canvas, event)
    strokes = parse_strokes(pad.drawing())
    assert len(strokes) == 1 and len(strokes[0]) == 3
