"""Purging a campaign from the app: two plain questions (three before its date), then the work off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from drivekit.errors import KnownError
from drivekit.ui.background import run_in_background

if TYPE_CHECKING:
    from drivekit.services import Services
    from drivekit.services.retention import PurgeResult


class PurgeFlow(QObject):
    """Asks, then purges in the background; `on_done(result)` after a purge that went through."""

    def __init__(self, parent: QWidget, services: Services, on_done: Callable[[PurgeResult], None] | None = None):
        super().__init__(parent)
        self._parent = parent
        self._services = services
        self._on_done = on_done

    def run(self, campaign_id: str) -> bool:
        """Returns whether the purge was started (False: refused, or the user said no)."""
        parent, title = self._parent, self.tr("Purge campaign")
        try:
            st = self._services.retention.status(campaign_id)
        except KnownError as err:
            QMessageBox.warning(parent, title, str(err))
            return False
        early = not st.due
        if early:
            when = (self.tr("Its retention date, {0}, has not passed yet.").format(st.retention_until.isoformat())
                    if st.retention_until else self.tr("It has no retention date."))
            answer = QMessageBox.question(parent, title,
                                          self.tr("{0} Purge “{1}” anyway, before its time?").format(when, st.title),
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        answer = QMessageBox.warning(
            parent, title,
            self.tr("Erase for good the names, contact details, comments and drawn signatures kept in “{1}” "
                    "(signatures concerned: {0})? Only counts by day, event and postcode area are kept. "
                    "This cannot be undone.")
            .format(st.personal, st.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        run_in_background(lambda _progress: self._services.retention.purge(campaign_id, early=early),
                          self._on_purge_succeeded, self._on_purge_failed)
        return True

    def _on_purge_succeeded(self, result: PurgeResult) -> None:
        QMessageBox.information(self._parent, self.tr("Purge campaign"),
                                self.tr("“{0}” was purged (signatures anonymised: {1}); the counts are kept.")
                                .format(result.title, result.anonymised))
        if self._on_done is not None:
            self._on_done(result)

    def _on_purge_failed(self, err: BaseException) -> None:
        QMessageBox.warning(self._parent, self.tr("Purge campaign"), str(err) if isinstance(err, KnownError)
                            else self.tr("The purge failed; nothing was changed. Details are in the log file."))
