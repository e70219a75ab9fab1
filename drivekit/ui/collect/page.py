"""The Collect page: a volunteer types signatures at a rally, keyboard only, one after another."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from drivekit.domain.drawing import FORMAT as STROKES_FORMAT
from drivekit.errors import KnownError, ValidationError
from drivekit.services.records import CampaignInfo, SavedSignature
from drivekit.ui.collect.dialogs import NewEventDialog
from drivekit.ui.collect.form import SignerForm
from drivekit.ui.erasure import finish_purge_later
from drivekit.ui.settings import UiSettings
from drivekit.ui.widgets.field_message import ReservedLabel
from drivekit.ui.widgets.layout import ReflowRow
from drivekit.ui.widgets.message_line import MessageLine

if TYPE_CHECKING:
    from drivekit.services import Services

log = logging.getLogger(__name__)


class CollectPage(QWidget):
    """Event and volunteer chosen once; then type, Enter, type, Enter. "Saved" only after the commit."""

    status_changed = Signal(str, int)  # event name, signatures today (at this event)
    signature_saved = Signal(object)  # SavedSignature
    kiosk_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None, settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self._campaign: CampaignInfo | None = None
        self._last: tuple[SavedSignature, str] | None = None
        self._banner_until = ""  # "edit": gone once the next signer is typed; "fixed": once no error is left
        self.today = 0

        self.event_combo = self._chooser(self.tr("Event"))
        self.new_event_button = QPushButton(self.tr("New event…"), self)
        self.volunteer_combo = self._chooser(self.tr("Volunteer"))
        self.new_volunteer_button = QPushButton(self.tr("New volunteer…"), self)
        self.kiosk_button = QPushButton(self.tr("Kiosk mode…"), self)
        self.kiosk_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.kiosk_button.setToolTip(self.tr("Let signers type their own signatures (Ctrl+K)"))
        event_label = QLabel(self.tr("&Event:"), self)
        event_label.setBuddy(self.event_combo)
        volunteer_label = QLabel(self.tr("&Volunteer:"), self)
        volunteer_label.setBuddy(self.volunteer_combo)
        top = ReflowRow(self)  # the volunteer goes under the event when one line is too narrow
        top.add_group(event_label, (self.event_combo, 3), self.new_event_button)
        top.add_group(volunteer_label, (self.volunteer_combo, 2), self.new_volunteer_button)

        self.banner = ReservedLabel(self)  # as high as its longest news, so nothing moves when it changes
        self.banner.setObjectName("savedBanner")
        self.banner.setAccessibleName(self.tr("Last action"))
        self.banner.reserve([
            self.tr("Saved — {0} today. {1} may have signed already; a coordinator will check.").format(
                1234, "Maria Fernanda Featherstonehaugh-Villanueva"),
            self.tr("Not saved because of an internal error; the details are in the log file."),
            self.tr("Not saved yet: please correct the marked fields."),
            self.tr("The last signature was withdrawn and its details erased."),
            self.tr("Type a signature, then press Enter on the last field or Ctrl+S.")], bold=True)
        self._set_banner("", "")

        self.form = SignerForm(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.form)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        self.form.field_focused.connect(lambda w: self.form.bring_into_view(scroll, w))

        # A wrong field is marked in place; this line names it and says why (as in the kiosk and the
        # dialogs). It speaks in the banner's place above the Save button, in the banner's error colours,
        # and the banner's news waits behind it; the place is as high as the longest of either, so nothing
        # moves when they change (a longer message than any kept room for takes room from the form's view).
        # Without "Other marked fields need checking too": with large text at 1024×600 it made the line three
        # lines high instead of two (the banner's height), for a sentence the marks already say; once a field
        # is fixed, the line goes on to the next marked one.
        self.message_line = MessageLine(self.form.flow, {n: self.form.label_text(n) for n in self.form.inputs},
                                        self, say_others=False)
        self.message_line.setObjectName("savedBanner")
        self.message_line.setProperty("kind", "error")
        news = QGridLayout()
        news.setContentsMargins(0, 0, 0, 0)
        news.addWidget(self.banner, 0, 0)
        news.addWidget(self.message_line, 0, 0)

        self.save_button = QPushButton(self.tr("Save signature (Ctrl+S)"), self)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(False)
        self.undo_button = QPushButton(self.tr("Undo last (Ctrl+Z)"), self)
        self.undo_button.setEnabled(False)
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bottom = ReflowRow(self)
        bottom.add_group(self.undo_button, self.kiosk_button)
        bottom.add_stretch()
        bottom.add_group(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(news)  # beside the Save button, as in the kiosk and the dialogs; growing, it moves no field
        layout.addWidget(bottom)
        QWidget.setTabOrder(self.form.order[-1], self.save_button)

        save = QShortcut(QKeySequence.StandardKey.Save, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        # Ctrl+Z from a button or the pad; in the fields the form handles it (typing is undone first)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_last)
        self.form.submit_requested.connect(self.save)
        self.form.edited.connect(self._on_form_edited)
        self.form.undo_requested.connect(self.undo_last)
        self.form.flow.message_changed.connect(self._on_flow_message_changed)
        self.form.messages_reserved.connect(self._on_form_messages_reserved)
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self.undo_last)
        self.new_event_button.clicked.connect(self._on_new_event_clicked)
        self.new_volunteer_button.clicked.connect(self._on_new_volunteer_clicked)
        self.kiosk_button.clicked.connect(self.kiosk_requested)
        self.event_combo.currentIndexChanged.connect(self._on_event_combo_changed)
        self.volunteer_combo.currentIndexChanged.connect(self._on_volunteer_combo_changed)
        self.setEnabled(False)

    def _chooser(self, name: str) -> QComboBox:
        """A combo that shares the row's width instead of growing with long event names."""
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return combo

    # -- page protocol ----------------------------------------------------------------------
    def set_campaign(self, campaign_id: str | None) -> None:
        self._last = None
        self.undo_button.setEnabled(False)
        self._set_banner("", "")
        if not campaign_id:
            self._campaign = None
            self.setEnabled(False)
            return
        self._campaign = self._services.campaigns.get(campaign_id)
        self.setEnabled(True)
        self.form.set_campaign(self._campaign)
        self._load_choices()
        self.refresh()

    def refresh(self) -> None:
        if self._campaign is None:
            return
        self._update_count()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._campaign is not None:
            self.form.focus_first()

    # -- choices ----------------------------------------------------------------------------
    @property
    def campaign(self) -> CampaignInfo | None:
        return self._campaign

    def event_id(self) -> str | None:
        return self.event_combo.currentData() or None

    def event_name(self) -> str:
        return self.event_combo.currentText() if self.event_id() else ""

    def volunteer_id(self) -> str | None:
        return self.volunteer_combo.currentData() or None

    def _load_choices(self, event_id: str | None = None, volunteer_id: str | None = None) -> None:
        assert self._campaign is not None
        cid = self._campaign.id
        campaign = self._services.campaigns.get(cid)
        if event_id is None and self._settings is not None:
            event_id = self._settings.event_for(cid)
        if volunteer_id is None and self._settings is not None:
            volunteer_id = self._settings.volunteer_for(cid)
        for combo in (self.event_combo, self.volunteer_combo):
            combo.blockSignals(True)
            combo.clear()
        self.event_combo.addItem(self.tr("No event"), "")
        for e in campaign.events:
            label = f"{e.name} ({e.date.isoformat()})" if e.date else e.name
            self.event_combo.addItem(label, e.id)
        self.volunteer_combo.addItem(self.tr("Not given"), "")
        for v in self._services.campaigns.volunteers(cid):
            self.volunteer_combo.addItem(v.name, v.id)
        if not event_id:  # nothing remembered: today's event, when there is exactly one
            todays = [e.id for e in campaign.events if e.date == date.today()]
            event_id = todays[0] if len(todays) == 1 else ""
        self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(event_id)))
        self.volunteer_combo.setCurrentIndex(max(0, self.volunteer_combo.findData(volunteer_id or "")))
        for combo in (self.event_combo, self.volunteer_combo):
            combo.blockSignals(False)

    def _on_event_combo_changed(self, _index: int) -> None:
        if self._campaign is not None and self._settings is not None:
            self._settings.set_event_for(self._campaign.id, self.event_id() or "")
        self._update_count()

    def _on_volunteer_combo_changed(self, _index: int) -> None:
        if self._campaign is not None and self._settings is not None:
            self._settings.set_volunteer_for(self._campaign.id, self.volunteer_id() or "")

    def _on_new_event_clicked(self) -> None:
        if self._campaign is None:
            return
        dialog = NewEventDialog(self)
        if dialog.exec() != NewEventDialog.DialogCode.Accepted:
            return
        name, day, location = dialog.values()
        try:
            event = self._services.campaigns.add_event(self._campaign.id, name, day, location)
        except KnownError as err:
            QMessageBox.warning(self, self.tr("New event"), str(err))
            return
        self._load_choices(event_id=event.id, volunteer_id=self.volunteer_id())
        self._on_event_combo_changed(self.event_combo.currentIndex())
        self.form.focus_first()

    def _on_new_volunteer_clicked(self) -> None:
        if self._campaign is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("New volunteer"), self.tr("Volunteer's name:"))
        if not ok or not name.strip():
            return
        try:
            volunteer = self._services.campaigns.add_volunteer(self._campaign.id, name)
        except KnownError as err:
            QMessageBox.warning(self, self.tr("New volunteer"), str(err))
            return
        self._load_choices(event_id=self.event_id(), volunteer_id=volunteer.id)
        self._on_volunteer_combo_changed(self.volunteer_combo.currentIndex())
        self.form.focus_first()

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> SavedSignature | None:
        """Save the form; on success clear it and put the cursor back in the first field at once."""
        if self._campaign is None:
            return None
        signer = self.form.values()
        drawing = self.form.drawing()
        try:
            saved = self._services.signatures.save(
                self._campaign.id, signer, event_id=self.event_id(), volunteer_id=self.volunteer_id(),
                source="volunteer", drawing=drawing, drawing_format=STROKES_FORMAT if drawing else None)
        except ValidationError as err:
            others = self.form.show_errors(err.errors)  # the marked fields' messages are said by the line
            self.message_line.speak_of_first()  # of the field the cursor went to
            text = " ".join(others) or self.tr("Not saved yet: please correct the marked fields.")
            self._set_banner("error", text, until="fixed")  # said once no field is marked (a refusal of its own)
            return None
        except KnownError as err:
            self._set_banner("error", self.tr("Not saved: {0}").format(str(err)))
            return None
        except Exception:  # a bug: the typed signature stays on screen, the traceback goes to the log
            log.exception("saving a signature failed")
            self._set_banner("error", self.tr("Not saved because of an internal error; the details are in the log file."))
            return None
        name = " ".join(p for p in (signer.first_name.strip(), signer.last_name.strip()) if p)
        self.form.clear()
        self.form.focus_first()
        self._last = (saved, name)
        self.undo_button.setEnabled(True)
        self._update_count(emit=False)
        if saved.status == "possible_duplicate":
            text = self.tr("Saved — {0} today. {1} may have signed already; a coordinator will check.")
            self._set_banner("duplicate", text.format(self.today, name), until="edit")
        elif self.event_id():
            self._set_banner("ok", self.tr("Saved — {0} today at this event").format(self.today), until="edit")
        else:
            self._set_banner("ok", self.tr("Saved — {0} today").format(self.today), until="edit")
        self.status_changed.emit(self.event_name(), self.today)
        self.signature_saved.emit(saved)
        return saved

    def _update_count(self, emit: bool = True) -> None:
        if self._campaign is None:
            return
        self.today = self._services.signatures.count_today(self._campaign.id, self.event_id())
        if emit:
            self.status_changed.emit(self.event_name(), self.today)

    def _set_banner(self, kind: str, text: str, until: str = "") -> None:
        """`until` says when the banner goes away by itself: on the next "edit", or once "fixed"."""
        self._banner_until = until
        self.banner.setProperty("kind", kind)
        self.banner.setText(text or self.tr("Type a signature, then press Enter on the last field or Ctrl+S."))
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)

    def _on_flow_message_changed(self, _name: str) -> None:
        """While the line speaks of a wrong field, the banner's news waits behind it."""
        self.banner.setVisible(not self.message_line.field())

    def _on_form_messages_reserved(self) -> None:
        """Room in the line for the longest usual message of any field (another country: other messages)."""
        possible = {name: self.form.possible_messages(name) for name in self.form.messages}
        self.message_line.reserve_for(possible, bold=True)  # the error colours are bold

    def _on_form_edited(self) -> None:
        """A "Saved" note goes once the next signer is typed; "please correct" once nothing is marked."""
        if self._banner_until == "edit" and self.form.is_touched():
            self._set_banner("", "")
        elif self._banner_until == "fixed" and not self.form.has_errors():
            self._set_banner("", "")

    # -- undo -------------------------------------------------------------------------------
    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def undo_last(self) -> bool:
        """Withdraw the signature saved last (after a confirmation), e.g. when it was typed by mistake."""
        if self._last is None:
            self._set_banner("error", self.tr("There is no signature to undo."), until="edit")
            return False
        saved, name = self._last
        text = self.tr("Withdraw the signature of {0} that was just saved? Their details will be erased.").format(
            name or self.tr("this signer"))
        if not self._confirm(self.tr("Undo the last signature"), text):
            self.form.focus_first()
            return False
        signatures = self._services.signatures
        try:
            # Erased from the file, its search index and its WAL before this returns; the backups made
            # before (0.3 s each at 1,000,000 signatures) are erased of it next, off the volunteer's path.
            signatures.withdraw(saved.uuid, "Undone by the volunteer right after saving.", purge_later=True)
        except KnownError as err:
            self._set_banner("error", str(err))
            return False
        finish_purge_later(signatures, self, lambda text: self._set_banner("error", text))
        self._last = None
        self.undo_button.setEnabled(False)
        self._update_count()
        self._set_banner("undo", self.tr("The last signature was withdrawn and its details erased."), until="edit")
        self.form.focus_first()
        return True

