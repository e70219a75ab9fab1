"""The Privacy menu of the main window: settings, purge, audit log."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMenu

from drivekit.ui.privacy.audit_dialog import AuditLogDialog
from drivekit.ui.privacy.purge import PurgeFlow
from drivekit.ui.privacy.settings_dialog import CampaignPrivacyDialog

if TYPE_CHECKING:
    from drivekit.services import Services


class PrivacyMenu(QObject):
    """Builds the menu on `window`, or fills `menu` (the window shows it, disabled, while the database
    opens); `changed` says the campaign's data or settings changed."""

    changed = Signal()

    def __init__(self, window: QMainWindow, services: Services, campaign_id: Callable[[], str | None],
                 menu: QMenu | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._campaign_id = campaign_id
        if menu is None:
            menu = window.menuBar().addMenu(self.tr("&Privacy"))
        menu.setEnabled(True)
        self.settings_action = menu.addAction(self.tr("Campaign privacy &settings…"), self.open_settings)
        self.purge_action = menu.addAction(self.tr("&Purge campaign…"), self.purge)
        menu.addSeparator()
        self.audit_action = menu.addAction(self.tr("&Audit log…"), self.open_audit_log)
        self.menu = menu

    def set_campaign(self, campaign_id: str | None) -> None:
        for action in (self.settings_action, self.purge_action):
            action.setEnabled(bool(campaign_id))

    def open_settings(self) -> CampaignPrivacyDialog | None:
        cid = self._campaign_id()
        if not cid:
            return None
        dialog = CampaignPrivacyDialog(self._services, cid, self._window)
        dialog.accepted.connect(self.changed.emit)
        dialog.open()
        return dialog

    def purge(self, campaign_id: str | None = None) -> bool:
        cid = campaign_id or self._campaign_id()
        if not cid:
            return False
        return PurgeFlow(self._window, self._services, lambda _result: self.changed.emit()).run(cid)

    def open_audit_log(self) -> AuditLogDialog:
        dialog = AuditLogDialog(self._services, self._campaign_id(), self._window)
        dialog.open()
        return dialog
