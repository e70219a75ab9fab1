"""The audit log's details can be read whole, by keyboard, on a small laptop and with large text.

The Details column sits last and is cut short ("seed=1, …", "bundle=4f1c…, device=…") as soon as the
text is large, even at 1280 px; a tooltip alone needs a mouse. The selected entry's details are spelled
out below the table, wrapped, and reached with the arrow keys and Tab.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

from drivekit.storage.audit import audit
from drivekit.ui.privacy.audit_dialog import AuditLogDialog
from drivekit.ui.resources import apply_style, load_translations

SCREENS = {"1024x600": QSize(1024, 600), "1280x800": QSize(1280, 800)}
FRAME = QSize(10, 40)  # a window manager's borders and title bar
LONG = {"bundle": "4f1c2a9e-0b7d-4c1e-9a55-7d3e2b8c6f01", "file": "stall-laptop-2-2026-12-03-saturday-market.dkbundle",
        "device": "9b0e7c4d-5a21-4f6e-8d3c-2e1f0a9b8c7d", "new": 412, "present": 17, "corrections": 3,
        "withdrawals": 2, "possible_duplicates": 5}


@pytest.fixture(params=["en", "fr", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:  # type: ignore[no-untyped-def]
    before = QLocale()
    translators = load_translations(qapp, request.param)
    assert request.param == "en" or translators
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture(params=[False, True], ids=["normal", "large"])
def large(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[bool]:  # type: ignore[no-untyped-def]
    apply_style(qapp, request.param)
    yield request.param
    apply_style(qapp, False)


def _shown_words(widget: QWidget) -> str:
    """The text a person can read in `widget` without a mouse: every line of it inside its viewport,
    or reachable by scrolling a focusable area."""
    return widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_selected_entrys_details_are_readable_whole_by_keyboard(qapp, qtbot, services, campaign,  # type: ignore[no-untyped-def]
                                                                    language, large, screen) -> None:
    with services.db.session() as s:
        audit(s, "sync.imported", campaign.id, **LONG)
    services.retention.set_retention(campaign.id, None)  # a newer entry with short details, on top
    dialog = AuditLogDialog(services, campaign.id)
    qtbot.addWidget(dialog)
    usable = SCREENS[screen] - FRAME
    dialog.resize(dialog.size().boundedTo(usable))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= usable.width() and dialog.height() <= usable.height()

    # The arrow key in the table chooses the sync import; its details then show whole somewhere in the dialog
    assert dialog.focusWidget() is dialog.table
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.table.currentIndex().row() == 1
    pane = _details_widget(dialog)
    assert pane is not None, f"no part of the dialog shows the whole details ({language}, large={large}, {screen})"
    text = _shown_words(pane)
    for key, value in LONG.items():
        assert key in text and str(value) in text, f"{key}={value} is not in {text!r}"

    # Wrapped, never cut at the right; what does not fit in height scrolls, and the keyboard gets there
    if isinstance(pane, QAbstractScrollArea):
        assert pane.horizontalScrollBar().maximum() == 0, "the details run off to the right"
        assert pane.viewport().height() >= 3 * pane.fontMetrics().lineSpacing(), "fewer than three lines show"
    widget = dialog.table
    for _ in range(6):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = dialog.focusWidget()
        if widget is pane:
            break
    assert widget is pane, "Tab never reaches the details"

    # Up again: the pane follows the table
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    assert "bundle" not in _shown_words(pane)


def _details_widget(dialog: AuditLogDialog) -> QWidget | None:
    """The widget outside the table that shows the bundle's id, the longest of the details."""
    for widget in dialog.findChildren(QWidget):
        if widget is dialog.table or dialog.table.isAncestorOf(widget) or not widget.isVisible():
            continue
        if isinstance(widget, QLabel) or hasattr(widget, "toPlainText"):
            if LONG["bundle"] in _shown_words(widget):
                return widget
    return None
