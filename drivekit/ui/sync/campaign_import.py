"""First-run entry: install a campaign from the organiser's campaign file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from drivekit.errors import KnownError

if TYPE_CHECKING:
    from drivekit.services import Services


def import_campaign_file(parent: QWidget | None, services: Services) -> str | None:
    """Ask for a campaign file and install it; returns the campaign id, or None if nothing was installed."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("CampaignImport", "Import a campaign file"), "",
        QCoreApplication.translate("CampaignImport", "DriveKit campaign files (*.dkc);;All files (*)"))
    if not path:
        return None
    try:
        result = services.sync.import_campaign(Path(path))
    except KnownError as err:
        QMessageBox.warning(parent, QCoreApplication.translate("CampaignImport", "Campaign file refused"), str(err))
        return None
    messages = {
        "installed": QCoreApplication.translate("CampaignImport", "Installed “{0}”. Organiser key: {1}"),
        "updated": QCoreApplication.translate("CampaignImport", "Updated “{0}”. Organiser key: {1}"),
        "up to date": QCoreApplication.translate("CampaignImport", "“{0}” is already up to date. Organiser key: {1}"),
    }
    text = messages[result.outcome].format(result.title, result.organiser_fingerprint)
    if result.erased:  # signatures withdrawn at the organiser, in the ids the campaign file carries
        text += "\n\n" + QCoreApplication.translate(
            "CampaignImport", "Signatures withdrawn at the organiser, erased here too: {0}").format(result.erased)
    QMessageBox.information(parent, QCoreApplication.translate("CampaignImport", "Campaign file"), text)
    return str(result.campaign_id)
