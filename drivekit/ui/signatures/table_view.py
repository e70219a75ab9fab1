"""The signatures table widget: fixed row height, sortable header, Enter/Delete actions, fitted columns."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from drivekit.services.records import SignatureRecord
from drivekit.ui.signatures.table_model import SignatureTableModel


class SignatureTableView(QTableView):
    """Shows a SignatureTableModel; its actions serve the keys (Enter, Delete) and the right-click menu."""

    def __init__(self, model: SignatureTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._fitted = False
        self.setAccessibleName(self.tr("Signatures"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # a million rows need no per-row sizes
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(0)  # fit columns to the visible rows only, never the whole table
        header.setStretchLastSection(True)
        header.setSortIndicator(SignatureTableModel.COL_ID, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.edit_action = QAction(self.tr("Edit…"), self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.withdraw_action = QAction(self.tr("Withdraw…"), self)
        self.withdraw_action.setShortcuts(QKeySequence.StandardKey.Delete)
        for action in (self.edit_action, self.withdraw_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.addAction(action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _on_header_sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column not in SignatureTableModel.SORT_KEYS:  # keep showing the order the rows really have
            header = self.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self._model.sort_column, self._model.sort_order)
            header.blockSignals(False)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 (Qt's name)
        """Typing in the table does nothing: Qt's type-to-find asks the model for every row's text
        (a million database reads on a big campaign), and letters meant for a dialog that has just
        closed must not move the selection. Searching is the search box's job (Ctrl+F)."""

    def refit(self) -> None:
        """Fit the columns again to the next rows shown (a new campaign)."""
        self._fitted = False

    def fit_columns(self) -> None:
        """Size the columns to the first rows shown, once (then the person's widths stay), and make
        the # column wide enough for the largest running number or sheet/line, even if the first rows had short ones."""
        if not self._fitted and self._model.rowCount():
            self._fitted = True
            self.resizeColumnsToContents()
        header = self.horizontalHeader()
        needed = self.fontMetrics().horizontalAdvance(self._model.widest_place() + "00")
        if header.sectionSize(SignatureTableModel.COL_ID) < needed:
            header.resizeSection(SignatureTableModel.COL_ID, needed)

    def current_record(self) -> SignatureRecord | None:
        rows = self.selectionModel().selectedRows()
        return self._model.record(rows[0].row()) if rows else None

    def select_signature(self, signature_id: int) -> bool:
        row = self._model.row_of(signature_id)
        if row < 0:
            return False
        index = self._model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)
        return True
