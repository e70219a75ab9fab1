"""Privacy > Campaign privacy settings: the retention date and sealed collection of one campaign."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from drivekit.errors import KnownError
from drivekit.ui.widgets.layout import fit_dialog, snug

if TYPE_CHECKING:
    from drivekit.services import Services


class CampaignPrivacyDialog(QDialog):
    def __init__(self, services: Services, campaign_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._campaign_id = campaign_id
        info = services.campaigns.get(campaign_id)
        self._info = info
        self.setWindowTitle(self.tr("Privacy settings of “{0}”").format(info.title))
        fit_dialog(self, 480)

        self.retain = QCheckBox(self.tr("&Keep signers' details only until:"), self)
        self.retain_date = QDateEdit(self)
        self.retain_date.setCalendarPopup(True)
        self.retain_date.setDisplayFormat("yyyy-MM-dd")
        self.retain_date.setAccessibleName(self.tr("Retention date"))
        start = info.retention_until or datetime.now(timezone.utc).date() + timedelta(days=365)
        self.retain_date.setDate(QDate(start.year, start.month, start.day))
        self.retain.setChecked(info.retention_until is not None)
        self.retain_date.setEnabled(info.retention_until is not None)
        self.retain.toggled.connect(self.retain_date.setEnabled)
        retain_help = QLabel(self.tr("After this day DriveKit reminds you to purge the campaign: names, contact "
                                     "details and comments are erased; counts by day, event and postcode area "
                                     "are kept."), self)
        retain_help.setWordWrap(True)

        self.sealed = QCheckBox(self.tr("&Sealed collection on laptops"), self)
        self.sealed.setChecked(info.sealed)
        if info.sealed_here:  # a laptop: the organiser decides, it cannot be turned off here
            self.sealed.setEnabled(False)
        sealed_help = QLabel(self.tr("Laptops that install this campaign's next campaign file store each new "
                                     "signer encrypted to the organiser's key: they can count and export sync "
                                     "bundles, but cannot show or print the signers. A stolen laptop reveals "
                                     "only counts."), self)
        sealed_help.setWordWrap(True)

        snug(self.retain, self.sealed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.retain, self.retain_date, retain_help, self.sealed, sealed_help, buttons):
            layout.addWidget(widget)

    def retention_date(self) -> date | None:
        if not self.retain.isChecked():
            return None
        d = self.retain_date.date()
        return date(d.year(), d.month(), d.day())

    def accept(self) -> None:
        try:
            if self.sealed.isEnabled() and self.sealed.isChecked() != self._info.sealed:
                self._services.campaigns.set_sealed(self._campaign_id, self.sealed.isChecked())
            if self.retention_date() != self._info.retention_until:
                self._services.retention.set_retention(self._campaign_id, self.retention_date())
        except KnownError as err:
            QMessageBox.warning(self, self.windowTitle(), str(err))
            return
        super().accept()
