"""What a keyboard test asks again and again: where the keys go now, and which messages are on screen."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from drivekit.ui.widgets.field_message import FieldMessage


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def shown(messages: Mapping[str, QLabel]) -> dict[str, str]:
    """The messages a person can see, by field: under the field, or (a form with one message line) the
    field marked, its message said in the line."""
    return {name: label.text() for name, label in messages.items()
            if label.isVisible() or (isinstance(label, FieldMessage) and not label.inline and label.text())}
