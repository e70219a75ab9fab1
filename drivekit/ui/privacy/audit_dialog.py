"""Privacy > Audit log: what was exported, imported, corrected, withdrawn, purged, and where."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from drivekit.errors import KnownError
from drivekit.ui.widgets.layout import LinesTextEdit, snug

if TYPE_CHECKING:
    from drivekit.services import Services
    from drivekit.services.audit import AuditRecord

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
LIMIT = 5000  # newest entries shown; `drivekit audit` lists them all


def action_label(action: str) -> str:
    """The audit action in words; actions this version does not name are shown as recorded."""
    labels = {
        "signature.withdrawn": QCoreApplication.translate("AuditTableModel", "Signature withdrawn"),
        "signature.edited": QCoreApplication.translate("AuditTableModel", "Signature corrected"),
        "signature.reviewed": QCoreApplication.translate("AuditTableModel", "Duplicate reviewed"),
        "signature.review_undone": QCoreApplication.translate("AuditTableModel", "Duplicate decision undone"),
        "signatures.imported": QCoreApplication.translate("AuditTableModel", "Signatures imported (CSV)"),
        "sync.imported": QCoreApplication.translate("AuditTableModel", "Sync bundle imported"),
        "sync.exported": QCoreApplication.translate("AuditTableModel", "Sync bundle exported"),
        "packet.exported": QCoreApplication.translate("AuditTableModel", "Delivery packet exported"),
        "csv.exported": QCoreApplication.translate("AuditTableModel", "CSV file exported"),
        "osdi.exported": QCoreApplication.translate("AuditTableModel", "OSDI file exported"),
        "sheets.printed": QCoreApplication.translate("AuditTableModel", "Blank sheets printed"),
        "campaign.created": QCoreApplication.translate("AuditTableModel", "Campaign created"),
        "campaign.exported": QCoreApplication.translate("AuditTableModel", "Campaign file exported"),
        "campaign.installed": QCoreApplication.translate("AuditTableModel", "Campaign file installed"),
        "campaign.updated": QCoreApplication.translate("AuditTableModel", "Campaign file updated"),
        "campaign.purged": QCoreApplication.translate("AuditTableModel", "Campaign purged"),
        "campaign.retention_set": QCoreApplication.translate("AuditTableModel", "Retention date set"),
        "campaign.sealed_set": QCoreApplication.translate("AuditTableModel", "Sealed collection changed"),
        "kiosk.unlocked": QCoreApplication.translate("AuditTableModel", "Kiosk unlocked"),
        "kiosk.unlock_refused": QCoreApplication.translate("AuditTableModel", "Kiosk unlock refused (wrong PIN)"),
        "kiosk.pin_set": QCoreApplication.translate("AuditTableModel", "Kiosk PIN set"),
        "database.restored": QCoreApplication.translate("AuditTableModel", "Database restored from a backup"),
        "device.enrolled": QCoreApplication.translate("AuditTableModel", "Laptop enrolled"),
        "device.revoked": QCoreApplication.translate("AuditTableModel", "Laptop revoked"),
        "device.renamed": QCoreApplication.translate("AuditTableModel", "Laptop renamed"),
        "demo.created": QCoreApplication.translate("AuditTableModel", "Demo campaign created"),
        "demo.signers_added": QCoreApplication.translate("AuditTableModel", "Demo signatures added"),
        "event.created": QCoreApplication.translate("AuditTableModel", "Event created"),
        "target.added": QCoreApplication.translate("AuditTableModel", "Target added"),
        "report.exported": QCoreApplication.translate("AuditTableModel", "Progress report exported"),
        "signatures.import_batch": QCoreApplication.translate("AuditTableModel", "Part of a CSV file imported"),
    }
    return labels.get(action, action)


class AuditTableModel(QAbstractTableModel):
    """The audit entries (plain records from AuditService), newest first."""

    COL_WHEN, COL_DEVICE, COL_WHAT, COL_DETAILS = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRecord] = []

    def set_records(self, records: list[AuditRecord]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def record(self, row: int) -> AuditRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("When (UTC)"), self.tr("Device"), self.tr("What"), self.tr("Details")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == RECORD_ROLE:
            return r
        if role == SORT_ROLE:
            return [r.at, r.device_name, r.action, r.summary][col]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.COL_WHEN:
                return r.at.strftime("%Y-%m-%d %H:%M:%S")
            if col == self.COL_DEVICE:
                return r.device_name or (r.device_id or "")[:8]
            if col == self.COL_WHAT:
                return action_label(r.action)
            return r.summary
        return None


class DetailsPane(LinesTextEdit):
    """Read-only text that keeps room for a few lines at any text size, and scrolls beyond them."""

    MIN_LINES = 4  # most entries have at most four details; a sync import has eight and scrolls
    HINT_LINES = 5


class AuditLogDialog(QDialog):
    """The log of this database, for the campaign shown or for everything."""

    def __init__(self, services: Services, campaign_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._campaign_id = campaign_id
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(860, 480)
        self.model = AuditTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log entries"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # the arrows go through the entries; Tab goes on to their details
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.only_campaign = QCheckBox(self.tr("Only this &campaign"), self)
        self.only_campaign.setChecked(campaign_id is not None)
        snug(self.only_campaign)
        self.only_campaign.setEnabled(campaign_id is not None)
        self.only_campaign.toggled.connect(self._on_only_campaign_toggled)
        self.note = QLabel(self.tr("The log records what was done, when and on which device, never who signed."), self)
        self.note.setWordWrap(True)
        # A cell cuts long details short (with large text even at 1280 px), so the selected entry's details
        # are spelled out here, one per line and wrapped: the arrow keys in the table choose the entry, and
        # Tab (or Alt+D) reaches the text to scroll through it.
        self.details = DetailsPane(self)
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.details.setAccessibleName(self.tr("Details of the selected entry"))
        details_label = QLabel(self.tr("&Details of the selected entry:"), self)
        details_label.setBuddy(self.details)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.only_campaign)
        layout.addWidget(self.table, 3)
        layout.addWidget(details_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.model.modelReset.connect(self._show_details)
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        cid = self._campaign_id if self.only_campaign.isChecked() else None
        try:
            records = self._services.audit.entries(cid, LIMIT)
        except KnownError as err:
            self.message.setText(str(err))
            return
        self.model.set_records(records)
        self.message.setText(self.tr("%Ln entries, newest first.", "", len(records)) if records
                             else self.tr("Nothing has been recorded yet."))
        if records:
            self.table.selectRow(0)
        self._show_details()

    def _show_details(self) -> None:
        """The current entry's details, one `name: value` a line (the cell shows them on one line)."""
        row = self.table.currentIndex().row()
        record = self.model.record(row) if row >= 0 else None
        if record is None:
            self.details.setPlainText("")
        elif record.details:
            self.details.setPlainText("\n".join(record.detail_lines()))
        else:
            self.details.setPlainText(self.tr("No details were recorded for this entry."))

    def _on_table_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details()

    def _on_only_campaign_toggled(self, _checked: bool) -> None:
        self.reload()
