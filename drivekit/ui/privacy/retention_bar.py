"""The reminder above the pages once a campaign's retention date has passed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from drivekit.ui.background import run_in_background

if TYPE_CHECKING:
    from drivekit.services import Services
    from drivekit.services.retention import RetentionStatus


class RetentionBar(QFrame):
    """Shown at start-up and when the campaign is chosen, while signers' data outlives its date."""

    purge_requested = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._campaign_id: str | None = None
        self._dismissed: set[str] = set()
        self._generation = 0  # only the latest check is shown
        self.setObjectName("retentionBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.purge_button = QPushButton(self.tr("&Purge now…"), self)
        self.later_button = QPushButton(self.tr("Remind me &later"), self)
        self.purge_button.clicked.connect(self._on_purge_button_clicked)
        self.later_button.clicked.connect(self._on_later_button_clicked)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.purge_button)
        row.addWidget(self.later_button)
        self.hide()

    def set_campaign(self, campaign_id: str | None) -> None:
        self._campaign_id = campaign_id
        self.refresh()

    def refresh(self) -> None:
        """Check the campaign off the GUI thread: counting signers' data reads every signature of it."""
        cid = self._campaign_id
        self._generation += 1
        generation = self._generation
        if not cid or cid in self._dismissed:
            self.hide()
            return
        retention = self._services.retention

        def done(st: RetentionStatus) -> None:
            if generation == self._generation:
                self._show_status(st)

        def failed(_err: BaseException) -> None:
            if generation == self._generation:
                self.hide()

        run_in_background(lambda _progress: retention.status(cid), done, failed)

    def _show_status(self, st: RetentionStatus) -> None:
        if not st.due or st.retention_until is None or st.campaign_id in self._dismissed:
            self.hide()
            return
        self.label.setText(self.tr("The retention date of “{0}” was {1}, but signers' details are still kept "
                                   "(signatures concerned: {2}). Purge the campaign to keep only its counts.")
                           .format(st.title, st.retention_until.isoformat(), st.personal))
        self.show()

    def _on_purge_button_clicked(self) -> None:
        if self._campaign_id:
            self.purge_requested.emit(self._campaign_id)

    def _on_later_button_clicked(self) -> None:
        if self._campaign_id:
            self._dismissed.add(self._campaign_id)  # until DriveKit starts again
        self.hide()
