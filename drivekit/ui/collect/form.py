"""The signer form shared by the Collect page and kiosk mode: fields, checks as you go, consent."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from drivekit.domain.signer_fields import SIGNER_FIELDS, TEXT_FIELDS, required_set
from drivekit.domain.validation import Rules, SignerInput, check_name, validate_field
from drivekit.services.records import CampaignInfo
from drivekit.ui.collect.countries import CountryCombo
from drivekit.ui.widgets.field_flow import FieldFlow
from drivekit.ui.widgets.field_message import FieldMessage, possible_messages
from drivekit.ui.widgets.layout import snug
from drivekit.ui.widgets.signature_pad import SignaturePad

# (field, row, column, column span) in a two-column grid
LAYOUT = (
    ("first_name", 0, 0, 1), ("last_name", 0, 1, 1), ("email", 1, 0, 1), ("phone", 1, 1, 1),
    ("address", 2, 0, 2), ("postcode", 3, 0, 1), ("city", 3, 1, 1), ("region", 4, 0, 1), ("country", 4, 1, 1),
    ("comment", 5, 0, 2),
)


# fields whose check depends on the chosen country
COUNTRY_DEPENDENT = ("postcode", "phone")


class SignerForm(QWidget):
    """Every signer field; Enter moves on, Enter on a consent box asks to save; nothing typed is lost.

    Keyboard flow: Enter in a text field moves to the next one (the comment is one line, so Enter
    there moves on to the consent box, which every signature needs); Enter on either consent box,
    the form's last row, asks to save. Checks: a field is marked when it is left with a wrong value,
    never for an empty field merely tabbed through; on save every wrong field is marked. A marked
    field is checked again as it is edited, and its mark goes as soon as the value is right.

    A wrong field is marked in place (a red frame and a warning sign inside it, which take no room);
    the messages themselves are said by one `MessageLine` that the surrounding page or kiosk keeps
    room for. A line under each field would have to keep its room too: with large text on a 1024×600
    screen that blank room left two rows of fields in view.
    """

    submit_requested = Signal()
    undo_requested = Signal()
    edited = Signal()
    field_focused = Signal(QWidget)  # so a surrounding scroll area can bring the field into view
    messages_reserved = Signal()  # the messages it may show changed (campaign or country): measure their room again

    def __init__(self, parent: QWidget | None = None, *, kiosk: bool = False, with_pad: bool = True) -> None:
        super().__init__(parent)
        self._kiosk = kiosk
        self._rules = Rules()
        self._country = "GB"
        self._reserved_for = ""  # the country chosen when the messages' room was last measured
        labels = {
            "first_name": self.tr("First name"), "last_name": self.tr("Last name"), "email": self.tr("Email"),
            "phone": self.tr("Phone"), "address": self.tr("Address"), "postcode": self.tr("Postcode"),
            "city": self.tr("Town or city"), "region": self.tr("Region"), "country": self.tr("Country"),
            "comment": self.tr("Comment"),
        }
        self._label_text = labels
        self.inputs: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.messages: dict[str, FieldMessage] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        # between a field and the next row's labels (with the grid's spacing, 10 px); the kiosk's touch
        # fields have their own room (kiosk/touch.py), measured to fit a 1024×600 screen without it
        row_gap = 0 if kiosk else 6
        for name, row, col, span in LAYOUT:
            widget: QWidget = CountryCombo(self) if name == "country" else QLineEdit(self)
            widget.setObjectName(f"field_{name}")
            widget.setAccessibleName(labels[name])
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            label = QLabel(labels[name], self)
            label.setBuddy(widget)
            label.setWordWrap(True)
            message = FieldMessage(self, inline=False)  # holds the message; the page's line says it
            # label and field on two grid rows, so fields side by side stay aligned; then a gap
            grid.addWidget(label, row * 3, col, 1, span, Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(widget, row * 3 + 1, col, 1, span)
            if row_gap:
                grid.setRowMinimumHeight(row * 3 + 2, row_gap)
            self.inputs[name], self.labels[name], self.messages[name] = widget, label, message
            widget.installEventFilter(self)
        self.inputs["email"].setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)  # type: ignore[attr-defined]
        self.inputs["phone"].setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)  # type: ignore[attr-defined]
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.consent_text = QLabel(self)
        self.consent_text.setObjectName("consentText")
        self.consent_text.setWordWrap(True)
        self.consent_text.setTextFormat(Qt.TextFormat.PlainText)
        self.consent = QCheckBox(self.tr("I agree to the statement above (required)"), self)
        self.consent.setObjectName("field_petition_consent")
        self.consent.setAccessibleName(self.tr("Agree to the petition statement, required"))
        self.consent_message = FieldMessage(self, inline=False)
        self.contact = QCheckBox(self.tr("Keep me informed about this campaign (optional)"), self)
        self.contact.setObjectName("field_contact_consent")
        self.contact.setAccessibleName(self.tr("Keep me informed, optional"))
        for box in (self.consent, self.contact):
            box.installEventFilter(self)
        if not kiosk:  # the kiosk's boxes stay wide touch targets
            snug(self.consent, self.contact)
        self.contact.toggled.connect(self.edited)
        self.messages["petition_consent"] = self.consent_message

        self.pad = SignaturePad(self) if with_pad else None
        if self.pad is not None:
            self.pad.changed.connect(self.edited)

        # Three sections: the signer's details, the agreement (consent) and the pad. The Collect page
        # shows them one above the other; the kiosk lays them out as two steps (ui/kiosk/window.py).
        self.details = QWidget(self)
        self.details.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        self.agreement = QWidget(self)
        agreement = QVBoxLayout(self.agreement)
        agreement.setContentsMargins(0, 0, 0, 0)
        agreement.addWidget(self.consent_text)
        agreement.addWidget(self.consent)
        agreement.addWidget(self.contact)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details)
        layout.addSpacing(8)
        layout.addWidget(self.agreement)
        if self.pad is not None:
            layout.addSpacing(6)
            layout.addWidget(self.pad)
        self.order: list[QWidget] = [self.inputs[n] for n, *_ in LAYOUT] + [self.consent, self.contact]
        for first, second in zip(self.order, self.order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        # the keyboard rules every form shares: Enter moves on, the consent row (the last) saves
        self.flow = FieldFlow(self, {**self.inputs, "petition_consent": self.consent}, self.messages,
                              self.check_field, order=self.order, last_row=(self.consent, self.contact),
                              marks=True)
        self.flow.left = self._on_field_left
        self.flow.recheck = self._recheck
        self.flow.submit_requested.connect(self.submit_requested)
        self.flow.edited.connect(self.edited)

    # -- campaign ---------------------------------------------------------------------------
    def set_campaign(self, campaign: CampaignInfo) -> None:
        self._rules = Rules(default_country=campaign.country, required=required_set(campaign.required_fields))
        self._country = campaign.country
        self.consent_text.setText(campaign.consent_wording)
        self.flow.descriptions["petition_consent"] = campaign.consent_wording  # read out with the tick box
        required = required_set(campaign.required_fields)
        for name, text in self._label_text.items():
            needed = name in required
            self.labels[name].setText(self.tr("{0} (required)").format(text) if needed else text)
        self.inputs["country"].set_default(campaign.country)  # type: ignore[attr-defined]
        self.clear()
        self._reserve_messages()

    def _reserve_messages(self) -> None:
        """Tell the message line to measure its room again: the postcode's and phone's messages name the country."""
        self._reserved_for = self.text("country")
        self.messages_reserved.emit()

    def possible_messages(self, name: str) -> list[str]:
        """The messages the field `name` usually shows, for the campaign's country and the one chosen (a
        postcode's message names the country)."""
        countries = {self._country, self.text("country") or self._country}
        return [m for c in sorted(countries) for m in possible_messages(name, self._rules, c)]

    def label_text(self, name: str) -> str:
        """The field's name as its label says it (without "required")."""
        return self._label_text[name]

    # -- values -----------------------------------------------------------------------------
    def text(self, name: str) -> str:
        widget = self.inputs[name]
        if isinstance(widget, CountryCombo):
            return widget.code()
        return widget.text()  # type: ignore[attr-defined]

    def values(self) -> SignerInput:
        return SignerInput(**{n: self.text(n) for n in SIGNER_FIELDS},
                           petition_consent=self.consent.isChecked(), contact_consent=self.contact.isChecked())

    def drawing(self) -> bytes | None:
        return self.pad.drawing() if self.pad is not None else None

    def is_touched(self) -> bool:
        """True once anything was typed, ticked or drawn (the kiosk clears such a form when left idle)."""
        return (any(self.text(n).strip() for n in TEXT_FIELDS) or not self.inputs["country"].is_default()  # type: ignore[attr-defined]
                or self.consent.isChecked() or self.contact.isChecked()
                or (self.pad is not None and not self.pad.is_empty()))

    def clear(self) -> None:
        for name in TEXT_FIELDS:
            self.inputs[name].setText("")  # type: ignore[attr-defined]  # setText also resets undo history
        self.inputs["country"].reset()  # type: ignore[attr-defined]
        self.consent.setChecked(False)
        self.contact.setChecked(False)
        if self.pad is not None:
            self.pad.clear()
        self.clear_errors()

    def bring_into_view(self, area: QScrollArea, widget: QWidget) -> None:
        """Scroll `area` so the field with the cursor shows whole, with its label (or, for the consent box,
        the wording) above it and a glimpse of the next row below. Qt's own ensureWidgetVisible looks only at
        a text field's cursor: a field half out of view stayed half out, its label hidden (seen after a
        refused save at 1280×800 with large text: two red fields and no names)."""
        holder = area.widget()
        if holder is None or not holder.isAncestorOf(widget):
            return
        above = next((self.labels[n] for n, w in self.inputs.items() if w is widget), None)
        if widget is self.consent:
            above = self.consent_text
        bar, height = area.verticalScrollBar(), area.viewport().height()
        bottom = widget.mapTo(holder, QPoint(0, widget.height())).y()
        top = (above or widget).mapTo(holder, QPoint(0, 0)).y() - 12
        if bottom - top > height:  # no room for the label too: the field itself
            top = widget.mapTo(holder, QPoint(0, 0)).y() - 4
        if top < bar.value():
            bar.setValue(top)
        elif bottom + 60 > bar.value() + height:
            bar.setValue(min(top, bottom + 60 - height))

    def focus_first(self) -> None:
        self.inputs["first_name"].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- messages ---------------------------------------------------------------------------
    def set_message(self, name: str, message: str | None) -> None:
        self.flow.set_message(name, message)

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        """Show each message next to its field and put the cursor in the first bad one; returns the
        messages that belong to no field."""
        return self.flow.show_errors(errors)

    def clear_errors(self) -> None:
        self.flow.clear_errors()

    def check_field(self, name: str) -> str | None:
        """Validate one field as it is left and show the result next to it."""
        if name == "petition_consent":
            message = None if self.consent.isChecked() else self.consent_message.text() or None
        elif name in ("first_name", "last_name"):
            _, _, errors = check_name(self.text("first_name"), self.text("last_name"))
            if name == "last_name":  # "Please enter a name" once both name fields were passed
                self.set_message("first_name", errors.get("first_name"))
            message = errors.get(name)
        elif name == "country":
            message = validate_field("country", self.text("country"), self._rules)
        else:
            country = self.text("country") or self._country
            message = validate_field(name, self.text(name), self._rules, country)
        self.set_message(name, message)
        return message

    # -- keyboard ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        flow = getattr(self, "flow", None)  # set at the end of __init__
        if flow is not None and flow.filter(watched, event):
            return True
        kind = event.type()
        if kind == QEvent.Type.KeyPress and not self._kiosk and event.matches(QKeySequence.StandardKey.Undo):  # type: ignore[attr-defined]
            if not (isinstance(watched, QLineEdit) and watched.isUndoAvailable()):
                self.undo_requested.emit()
                return True
        elif kind == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.field_focused.emit(watched)
        return super().eventFilter(watched, event)

    def has_errors(self) -> bool:
        """True while any field shows an error."""
        return self.flow.has_errors()

    def _showing(self, name: str) -> bool:
        return self.flow.showing(name)

    def _on_field_left(self, name: str) -> None:
        """An empty field passed by Tab stays quiet; one left with a value is checked at once."""
        if name == "petition_consent":
            return  # an unticked box is said on save, not while tabbing past it
        if name in ("first_name", "last_name"):
            typed = self.text("first_name").strip() or self.text("last_name").strip()
            if typed or self._showing("first_name") or self._showing("last_name"):
                self.check_field(name)
        elif name == "country":
            self.check_field(name)
            for other in COUNTRY_DEPENDENT:  # a postcode typed before the country was chosen
                if self.text(other).strip() or self._showing(other):
                    self.check_field(other)
        elif self.text(name).strip() or self._showing(name):
            self.check_field(name)

    def _recheck(self, name: str) -> None:
        """While a field shows an error, check it again on every edit, so fixing it clears it at once."""
        if name in ("first_name", "last_name"):
            if self._showing("first_name") or self._showing("last_name"):
                self.check_field("last_name")
        elif name == "country":
            if self.text("country") != self._reserved_for:
                self._reserve_messages()
            for other in (name, *COUNTRY_DEPENDENT):
                if self._showing(other):
                    self.check_field(other)
        elif self._showing(name):
            self.check_field(name)
