"""The keyboard rules every form shares (the Collect form, the edit dialog, paper-sheet entry, the
campaign wizard), so a volunteer's hands learn them once:

- Enter in a field moves to the next one; Enter in the last row (a tick box included) saves.
  A multi-line text box keeps Enter for a new line (Tab leaves it).
- A field shows its error when it is left with a wrong value, never when an empty field is merely
  tabbed through; on a failed save every error shows and the focus goes to the first wrong field.
- A shown error is checked again on every edit and goes as soon as the value is right.
- Messages keep their room (widgets/field_message.py), so nothing below moves; or, where a screen has
  no room under every field (the Collect form, the kiosk, the dialogs), one message line names the wrong
  field and says why (widgets/message_line.py) while each wrong field carries a mark that takes no room
  (`marks`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from drivekit.assets import resource_path
from drivekit.ui.widgets.field_message import FieldMessage

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SWITCHES = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)  # not "left"


def is_enter(event: QEvent) -> bool:
    """Return or the keypad's Enter, with no modifier (Ctrl+Enter and Shift+Enter stay the widget's)."""
    return (event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS  # type: ignore[attr-defined]
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)  # type: ignore[attr-defined]


def field_text(widget: QWidget) -> str:
    """What a field holds, as text (empty for a tick box that is not ticked)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else str(widget.currentData() or "")
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton):
        return "x" if widget.isChecked() else ""
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return ""


class FieldFlow(QObject):
    """Enter, leave-and-check and fix-and-clear for the named `fields` of one form.

    `check(name)` validates one field and returns its message (or None); `left(name)` and
    `recheck(name)` may replace the plain rules for forms where one field's check depends on another.
    The form (`parent`) watches the fields' events and hands them over: its `eventFilter` starts with
    `if self.flow.filter(watched, event): return True`. (A filter object of its own would still be
    called while the form's children are being deleted, and crash on half-deleted fields.)
    """

    submit_requested = Signal()
    edited = Signal(str)  # the field's name, after any re-check
    message_changed = Signal(str)  # the field's name, once its message was set or cleared
    focused = Signal(str)  # the field's name, when the cursor comes into it

    def __init__(self, parent: QWidget, fields: Mapping[str, QWidget], messages: Mapping[str, FieldMessage],
                 check: Callable[[str], str | None], *, order: Sequence[QWidget] | None = None,
                 last_row: Sequence[QWidget] = (), descriptions: Mapping[str, str] | None = None,
                 marks: bool = False) -> None:
        super().__init__(parent)
        self.marks = marks  # a warning sign inside each wrong text field (not only a red frame: colour-blind signers)
        self._mark_actions: dict[QLineEdit, QAction] = {}
        self.fields = dict(fields)
        self.messages = dict(messages)
        self.check = check
        self.order = list(order) if order is not None else list(self.fields.values())
        self.last_row = list(last_row) or self.order[-1:]
        self.descriptions = dict(descriptions or {})  # read out by screen readers while there is no error
        self.left: Callable[[str], None] = self._left
        self.recheck: Callable[[str], None] = self._recheck
        self._names = {widget: name for name, widget in self.fields.items()}
        for widget in self.order:
            widget.installEventFilter(parent)
        for name, widget in self.fields.items():
            self._connect_edits(name, widget)

    def _connect_edits(self, name: str, widget: QWidget) -> None:
        def on_edit(*_args: object) -> None:
            self.recheck(name)
            self.edited.emit(name)

        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(on_edit)
        elif isinstance(widget, QComboBox):
            (widget.editTextChanged if widget.isEditable() else widget.currentIndexChanged).connect(on_edit)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(on_edit)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(on_edit)

    def names_in_order(self) -> list[str]:
        """The fields' names in the order the cursor visits them (fields outside that order last)."""
        visited = [self._names[w] for w in self.order if w in self._names]
        return visited + [name for name in self.fields if name not in visited]

    # -- messages ---------------------------------------------------------------------------
    def value(self, name: str) -> str:
        return field_text(self.fields[name])

    def showing(self, name: str) -> bool:
        label = self.messages.get(name)
        return label is not None and bool(label.text())

    def has_errors(self) -> bool:
        """True while any field shows an error."""
        return any(label.text() for label in self.messages.values())

    def set_message(self, name: str, message: str | None) -> None:
        label = self.messages.get(name)
        if label is None:
            return
        label.show_text(message)
        widget = self.fields[name]
        widget.setProperty("invalid", bool(message))
        widget.setAccessibleDescription(message or self.descriptions.get(name, ""))
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.update()  # a tick box is not repainted by polishing: its red frame showed only once scrolled
        if self.marks:
            self._mark(widget, bool(message))
        self.message_changed.emit(name)

    def _mark(self, widget: QWidget, on: bool) -> None:
        """The warning sign at the end of a wrong field's text: drawn inside the field, so it takes no room."""
        edit = widget.lineEdit() if isinstance(widget, QComboBox) else widget
        if not isinstance(edit, QLineEdit):
            return  # a tick box: its red square is the mark
        action = self._mark_actions.get(edit)
        if action is None:
            if not on:
                return
            action = edit.addAction(QIcon(str(resource_path("icons", "warning.svg"))),
                                    QLineEdit.ActionPosition.TrailingPosition)
            action.setObjectName("fieldMark")
            self._mark_actions[edit] = action
        action.setVisible(on)

    def marked(self, name: str) -> bool:
        """True while the field's warning sign shows."""
        widget = self.fields[name]
        edit = widget.lineEdit() if isinstance(widget, QComboBox) else widget
        action = self._mark_actions.get(edit) if isinstance(edit, QLineEdit) else None
        return action is not None and action.isVisible()

    def clear_errors(self) -> None:
        for name in self.messages:
            self.set_message(name, None)

    def show_errors(self, errors: Mapping[str, str]) -> list[str]:
        """Show each message under its field, the cursor in the first wrong one; returns the messages
        that belong to no field here (for the form's own banner)."""
        self.clear_errors()
        for name, message in errors.items():
            self.set_message(name, message)
        for widget in self.order:
            if self._names.get(widget) in errors:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break
        return [message for name, message in errors.items() if name not in self.messages]

    def check_and_show(self, name: str) -> str | None:
        message = self.check(name)
        self.set_message(name, message)
        return message

    # -- the rules --------------------------------------------------------------------------
    def _left(self, name: str) -> None:
        """An empty field passed by Tab stays quiet; one left with a value is checked at once."""
        if self.value(name).strip() or self.showing(name):
            self.check_and_show(name)

    def _recheck(self, name: str) -> None:
        """While a field shows an error, check it again on every edit, so fixing it clears it at once."""
        if self.showing(name):
            self.check_and_show(name)

    def next_after(self, widget: QWidget) -> QWidget | None:
        index = self.order.index(widget) + 1
        while index < len(self.order) and not (self.order[index].isVisibleTo(self.parent())  # type: ignore[arg-type]
                                               and self.order[index].isEnabled()):
            index += 1
        return self.order[index] if index < len(self.order) else None

    def filter(self, watched: QObject, event: QEvent) -> bool:
        """True when the event was used up (Enter); called by the form's eventFilter."""
        if is_enter(event) and isinstance(watched, QWidget) and not isinstance(watched, QPlainTextEdit):
            following = None if watched in self.last_row else self.next_after(watched)
            if following is None:
                self.submit_requested.emit()
            else:
                following.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if event.type() == QEvent.Type.FocusIn and watched in self._names:
            self.focused.emit(self._names[watched])
        if event.type() == QEvent.Type.FocusOut and watched in self._names:
            if event.reason() not in SWITCHES:  # type: ignore[attr-defined]
                self.left(self._names[watched])
        return False
