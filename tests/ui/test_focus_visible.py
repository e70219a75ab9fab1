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


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large-text"])
def test_a_focused_tick_box_has_a_ring_round_its_box_and_words(qtbot, qapp, services, large_text: bool) -> None:  # type: ignore[no-untyped-def]
    """The privacy settings' first tick box with focus: with large text it was a yellow bar across the dialog,
    its square a pale outline on yellow. Now the ring hugs the square and the words, and the square's edge
    stands out from what is around it (3:1, WCAG's contrast for the parts of a control)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    from drivekit.ui.privacy.settings_dialog import CampaignPrivacyDialog
    from drivekit.ui.resources import apply_style

    campaign = services.campaigns.create("Keep the library open", "Text", 500, "Friends", "GB")
    apply_style(qapp, large_text)
    try:
        dialog = CampaignPrivacyDialog(services, campaign.id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        box = dialog.retain
        box.setFocus()
        qtbot.waitUntil(box.hasFocus)
        assert box.width() <= box.sizeHint().width() < dialog.width() * 0.8  # not a bar across the dialog
        assert _focus_pixels(box, FOCUS_COLOUR[large_text]) >= box.width() + box.height()  # the ring is there
        option = QStyleOptionButton()
        box.initStyleOption(option)
        square = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        image = box.grab().toImage()
        outside = image.pixelColor(square.left() - 2, square.center().y())
        edge = min((image.pixelColor(square.left() + dx, square.center().y()) for dx in range(3)),
                   key=lambda c: _luminance(c) if _luminance(outside) > 0.5 else -_luminance(c))
        assert square.left() >= 2, f"the square touches the ring: {square}"
        assert _contrast(edge, outside) >= 3, f"square edge {edge.name()} on {outside.name()}"
    finally:
        apply_style(qapp, False)


def test_tick_boxes_in_a_list_grow_with_large_text(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """Delivery's targets are ticked in a list: with large text their squares stayed the platform's small ones,
    beside 22-pixel tick boxes everywhere else."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QStyleOptionViewItem

    from drivekit.ui.resources import apply_style

    apply_style(qapp, True)
    try:
        view = QListWidget()
        qtbot.addWidget(view)
        item = QListWidgetItem("Councillor Jane Okafor — 2,940 signatures", view)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        view.show()
        qtbot.waitExposed(view)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        option.rect = view.visualItemRect(item)
        square = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
        assert square.height() >= view.fontMetrics().height() * 0.8, square
        assert view.visualItemRect(item).height() >= square.height()  # rows are not squeezed below their squares
    finally:
        apply_style(qapp, False)
