"""The organiser's tools on the Sync page: write the campaign file a new laptop starts from, and the
question asked before revoking a laptop (it cannot be undone)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from drivekit.services import Services
    from drivekit.ui.sync.sync_page import SyncPage


def revoke_question(parent: QWidget | None, name: str, fingerprint: str, files: int) -> QMessageBox:
    """The question before a revocation; the safe answer (keep the laptop) is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("RevokeQuestion", "Revoke this laptop?"))
    box.setText(QCoreApplication.translate("RevokeQuestion", "Revoke “{0}” (fingerprint {1})?").format(name, fingerprint))
    before = (QCoreApplication.translate("RevokeQuestion", "It has not sent any sync file yet.") if not files else
              QCoreApplication.translate("RevokeQuestion", "The sync file it sent before stays.") if files == 1 else
              QCoreApplication.translate("RevokeQuestion", "The {0} sync files it sent before stay.").format(files))
    box.setInformativeText(" ".join((QCoreApplication.translate(
        "RevokeQuestion", "Do this when a laptop is lost or stolen: every sync file it writes from now on is refused."),
        before, QCoreApplication.translate("RevokeQuestion", "This cannot be undone."))))
    revoke = box.addButton(QCoreApplication.translate("RevokeQuestion", "Revoke"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("RevokeQuestion", "Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.revoke_button = revoke  # type: ignore[attr-defined]
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box


def confirm_revoke(parent: QWidget | None, name: str, fingerprint: str, files: int) -> bool:
    box = revoke_question(parent, name, fingerprint, files)
    box.exec()
    return box.clickedButton() is box.revoke_button  # type: ignore[attr-defined]


class OrganiserTools(QGroupBox):
    """"Campaign file for laptops": signed with the organiser key, it sets a new laptop up (and updates the
    others with new events and the signatures withdrawn at the organiser)."""

    def __init__(self, services: Services, page: SyncPage) -> None:
        super().__init__()
        self.setTitle(self.tr("Campaign file for laptops"))
        self._services = services
        self._page = page
        explain = QLabel(self.tr("A new laptop starts from this file (on the laptop: Import a campaign file). Write "
                                 "a new one after adding events or withdrawing signatures, for every laptop."))
        explain.setWordWrap(True)
        self.write_button = QPushButton(self.tr("Write a campaign file…"))
        self.write_button.clicked.connect(self._on_write_button_clicked)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setVisible(False)  # until a file is written
        row = QHBoxLayout()
        row.addWidget(self.write_button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(explain)
        box.addLayout(row)
        box.addWidget(self.result_label)

    def set_enabled(self, on: bool) -> None:
        self.write_button.setEnabled(on)

    def _on_write_button_clicked(self) -> None:
        page = self._page
        campaign_id = page.campaign_id
        if campaign_id is None:
            return
        key = page.choose_key()
        if key is None:
            page.show_status(self.tr("A campaign file is signed with the organiser key: choose the key file first "
                                     "(Organiser key…). None yet? On the command line: drivekit keys organiser -o FOLDER"))
            return
        ok, passphrase = page.key_passphrase()
        if not ok:
            return
        title = self._services.campaigns.get(campaign_id).title
        slug = re.sub(r"[^\w]+", "-", title, flags=re.UNICODE).strip("-").lower()[:40] or "campaign"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Write the campaign file"), f"{slug}.dkc",
                                              self.tr("DriveKit campaign files (*.dkc)"))
        if not path:
            return
        services = self._services

        def work(_progress: Any) -> Any:
            # The save dialog has asked before replacing a file: the service may replace it.
            return services.sync.export_campaign(campaign_id, Path(path), key, passphrase, force=True)

        page.start(work, self._on_written)

    def _on_written(self, result: dict[str, Any]) -> None:
        self._page.finish()
        text = self.tr("Wrote {0} (revision {1}), signed with organiser key {2}.").format(
            Path(result["file"]).name, result["revision"], result["organiser"])
        if result["withdrawn"]:
            text += " " + self.tr("It carries %Ln signatures withdrawn here: each laptop erases them too.", "",
                                  result["withdrawn"])
        self.result_label.setText(text)
        self.result_label.setVisible(True)
