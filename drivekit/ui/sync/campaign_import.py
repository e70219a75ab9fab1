"""First-run entry: install a campaign from the organiser's campaign file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from drivekit.errors import KnownError

if TYPE_CHECKING:
    from drivekit.services import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("CampaignImport", text)


def import_campaign_file(parent: QWidget | None, services: Services) -> str | None:
    """Ask for a campaign file and install it; returns the campaign id, or None if nothing was installed."""
    path, _ = QFileDialog.getOpenFileName(parent, _tr("Import a campaign file"), "",
                                          _tr("DriveKit campaign files (*.dkc);;All files (*)"))
    if not path:
        return None
    try:
        result = services.sync.import_campaign(Path(path))
    except KnownError as err:
        QMessageBox.warning(parent, _tr("Campaign file refused"), str(err))
        return None
    messages = {"installed": _tr("Installed “{0}”. Organiser key: {1}"),
                "updated": _tr("Updated “{0}”. Organiser key: {1}"),
                "up to date": _tr("“{0}” is already up to date. Organiser key: {1}")}
    QMessageBox.information(parent, _tr("Campaign file"),
                            messages[result.outcome].format(result.title, result.organiser_fingerprint))
    return str(result.campaign_id)
