"""The layout helpers behind "every screen fits 1024×600": wrapping rows, vertical-only scrolling, eliding."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from drivekit.ui.widgets.layout import ElidedLabel, ReflowRow, VerticalScrollArea


def _row(qtbot) -> tuple[ReflowRow, list[QPushButton]]:  # type: ignore[no-untyped-def]
    row = ReflowRow()
    qtbot.addWidget(row)
    buttons = [QPushButton(text) for text in ("Undo the last signature", "Kiosk mode for signers", "Save signature")]
    row.add_group(buttons[0], buttons[1])
    row.add_stretch()
    row.add_group(buttons[2])
    row.show()
    return row, buttons


def test_a_row_wraps_when_narrow_and_joins_again_when_wide(qtbot) -> None:  # type: ignore[no-untyped-def]
    row, (undo, kiosk, save) = _row(qtbot)
    row.resize(row.sizeHint().width() + 50, row.sizeHint().height())
    qtbot.waitUntil(lambda: row.line_count() == 1)
    assert save.geometry().right() > kiosk.geometry().right() and save.y() == undo.y()
    narrow = row.minimumSizeHint().width()
    assert narrow < row.sizeHint().width()
    row.resize(narrow, 200)
    qtbot.waitUntil(lambda: row.line_count() == 2 and save.y() > undo.y())
    assert undo.y() == kiosk.y()  # a group is never split
    assert save.geometry().right() >= undo.geometry().right()  # the stretch keeps Save at the right end
    assert row.minimumSizeHint().height() > undo.height()
    row.resize(row.sizeHint().width() + 50, 200)
    qtbot.waitUntil(lambda: row.line_count() == 1)


def test_vertical_scroll_area_keeps_the_page_width_and_scrolls_height(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = QWidget()
    column = QVBoxLayout(page)
    wide = QPushButton("A button that must stay whole " * 3)
    column.addWidget(wide)
    for i in range(30):
        column.addWidget(QLabel(f"line {i}"))
    area = VerticalScrollArea(page)
    qtbot.addWidget(area)
    area.resize(area.minimumSizeHint().width(), 200)
    area.show()
    qtbot.waitExposed(area)
    assert area.minimumSizeHint().width() >= wide.sizeHint().width()
    assert area.minimumSizeHint().height() < 200
    qtbot.waitUntil(lambda: page.width() == area.viewport().width())
    assert page.height() > area.viewport().height() and area.verticalScrollBar().maximum() > 0


def test_elided_label_gives_way_and_keeps_the_whole_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = ElidedLabel()
    qtbot.addWidget(label)
    title = "Campaign: Keep the Riverside Library open on Sundays and in the school holidays"
    label.setText(title)
    assert label.minimumSizeHint().width() < label.fontMetrics().horizontalAdvance(title)
    assert label.toolTip() == title and label.accessibleName() == title


def test_a_row_in_a_tab_never_shown_does_not_make_the_tabs_tall(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt counts every tab's minimum, shown or not; a row never shown has no width yet (Qt gives it 100 px),
    and packed at that width each group took a line of its own: the hidden tab made the page too tall."""
    from PySide6.QtWidgets import QTabWidget

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("The first tab"), "First")
    hidden = QWidget()
    row = ReflowRow(hidden)
    buttons = [QPushButton(text) for text in ("Same person", "Different people", "Next pair", "Undo")]
    for button in buttons:
        row.add_group(button)
    QVBoxLayout(hidden).addWidget(row)
    tabs.addTab(hidden, "Second")
    tabs.resize(900, 300)
    tabs.show()
    qtbot.waitExposed(tabs)
    one_line = max(b.sizeHint().height() for b in buttons)
    assert tabs.minimumSizeHint().height() < tabs.tabBar().sizeHint().height() + 2 * one_line + 40
    assert row.hasHeightForWidth() and row.heightForWidth(900) == one_line
    assert row.heightForWidth(buttons[1].sizeHint().width()) >= 4 * one_line  # narrow: a line each
    tabs.setCurrentIndex(1)  # shown: the row gets its real width and one line
    qtbot.waitUntil(lambda: row.line_count() == 1 and len({b.y() for b in buttons}) == 1)
