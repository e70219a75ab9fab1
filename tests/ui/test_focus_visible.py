"""Focus is always visible: in both themes a focused line edit, combo box, tick box and button is
drawn with the theme's focus colour, so a volunteer typing at a stall always sees where keys go."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from drivekit.ui.resources import stylesheet

FOCUS_COLOUR = {False: QColor("#1a5fb4"), True: QColor("#0040ff")}  # base.qss, large_text.qss


def _focus_pixels(widget: QWidget, colour: QColor) -> int:
    image = widget.grab().toImage()
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixelColor(x, y).rgb() == colour.rgb())


@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large-text"])
def test_focused_widgets_are_framed_in_the_focus_colour(qtbot, large_text: bool) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet(stylesheet(large_text))
    combo = QComboBox(window)
    combo.addItems(["France", "Spain"])
    widgets = [QLineEdit(window), combo, QCheckBox("I agree", window), QPushButton("Save", window)]
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    colour = FOCUS_COLOUR[large_text]
    for widget in widgets:
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        focused = _focus_pixels(widget, colour)
        widgets[0 if widget is not widgets[0] else 1].setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        unfocused = _focus_pixels(widget, colour)
        # a frame: at least the widget's width and height in the focus colour, none without focus
        assert focused >= widget.width() + widget.height(), type(widget).__name__
        assert unfocused == 0, type(widget).__name__
