"""One message line for a whole form, where a screen has no room for a line under every field (the kiosk
on a 1024×600 touch screen, the signature dialogs with large text).

The wrong fields are marked in place (a red frame and, in text fields, a warning sign drawn inside the
field: `FieldFlow(marks=True)`), which takes no room; the line names one of them and says why, in the
domain's words ("Email: something is missing after the @…"), and says when others are marked too. Its
room is kept for the longest thing it may say, so nothing moves when a message comes or goes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QWidget

from drivekit.ui.widgets.field_flow import FieldFlow
from drivekit.ui.widgets.field_message import ReservedLabel


class MessageLine(ReservedLabel):
    """Which field is wrong and why, for a form whose fields have no message under them.

    It speaks of the field the cursor is in when that one is wrong, else of the one marked last (what
    the person just left), else of the first marked in the form's order. A note (a refusal that belongs
    to no field: the save failed) shows while no field is wrong.
    """

    def __init__(self, flow: FieldFlow, labels: Mapping[str, str], parent: QWidget | None = None, *,
                 wording: Mapping[str, str] | None = None, say_others: bool = True) -> None:
        super().__init__(parent)
        # "Other marked fields need checking too": where the form scrolls or the eye is far from it (the
        # kiosk); a dialog shows all its fields and their marks at once, and has no line to spare for it.
        self._say_others = say_others
        self.setObjectName("fieldMessage")
        self._flow = flow
        self._labels = dict(labels)  # a field's name as the person reads it above the field
        self._wording = dict(wording or {})  # a field's message said in this screen's own words
        self._focused = ""
        self._latest = ""
        self._note = ""
        self._field = ""  # the field spoken of now ("" for none or a note)
        flow.message_changed.connect(self._on_flow_message_changed)
        flow.focused.connect(self._on_flow_focused)
        self.show_text("")

    # -- what it says -----------------------------------------------------------------------
    def said(self, name: str, message: str, others: bool = False) -> str:
        """`message` for the field `name`, named by its label; and that other fields are marked too."""
        message = self._wording.get(name, message)
        label = self._labels.get(name)
        text = self.tr("{0}: {1}", "a field's name, then what is wrong with it").format(label, message) \
            if label else message
        if others and self._say_others:
            text = self.tr("{0} Other marked fields need checking too.", "{0} is a field's message").format(text)
        return text

    def field(self) -> str:
        """The name of the field it speaks of now, or "" when it speaks of none."""
        return self._field

    def set_note(self, text: str | None) -> None:
        """A message that belongs to no field; shown while no field is wrong, until replaced, cleared or a
        field's message changes."""
        self._note = text or ""
        self.refresh()

    def speak_of_first(self) -> None:
        """Speak of the first wrong field in the form's order (where a failed check put the cursor)."""
        wrong = [name for name in self._flow.names_in_order() if self._flow.showing(name)]
        self._focused = wrong[0] if wrong else ""
        self.refresh()

    def reserve_for(self, possible: Mapping[str, Iterable[str]], notes: Iterable[str] = (), *,
                    bold: bool = False) -> None:
        """Keep room for the longest of `possible` messages (by field name, said as the line says them,
        others marked too) and of the `notes`; `bold` where the style sheet shows the line in bold."""
        texts = [self.said(name, message, others=True) for name, messages in possible.items()
                 for message in (messages if name not in self._wording else [""])]
        self.reserve([*texts, *notes], bold=bold)

    def refresh(self) -> None:
        wrong = [name for name in self._flow.names_in_order() if self._flow.showing(name)]
        if not wrong:
            self._field = ""
            self.show_text(self._note)
            return
        for name in (self._focused, self._latest, wrong[0]):
            if name in wrong:
                break
        self._field = name
        self.show_text(self.said(name, self._flow.messages[name].text(), others=len(wrong) > 1))

    # -- following the form -----------------------------------------------------------------
    def _on_flow_message_changed(self, name: str) -> None:
        if self._flow.showing(name):
            self._latest = name
        self._note = ""  # a field checked again: what the last save said is out of date
        self.refresh()

    def _on_flow_focused(self, name: str) -> None:
        self._focused = name
        if self._flow.showing(name):
            self.refresh()
