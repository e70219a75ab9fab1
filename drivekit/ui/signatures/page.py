"""The Signatures page: find, correct and withdraw signatures, and review possible duplicates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from drivekit.errors import KnownError
from drivekit.services.records import SignatureRecord
from drivekit.ui.background import run_in_background
from drivekit.ui.erasure import finish_purge_later
from drivekit.ui.signatures.edit_dialog import SignatureEditDialog
from drivekit.ui.signatures.labels import statuses
from drivekit.ui.signatures.review_view import DuplicateReviewView
from drivekit.ui.signatures.table_model import SignatureTableModel
from drivekit.ui.signatures.table_view import SignatureTableView
from drivekit.ui.signatures.withdraw_dialog import WithdrawDialog
from drivekit.ui.widgets.layout import ReflowRow

if TYPE_CHECKING:
    from drivekit.services import Services

SEARCH_DELAY_MS = 150


class SignaturesPage(QWidget):
    """Every signature of the campaign in one table that stays fast with a million rows."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._campaign_id: str | None = None
        self._keep_selection: int | None = None
        self._to_top = False  # a new search or filter: show its results from the first row
        self._review_stale = False
        self.edit_dialog: SignatureEditDialog | None = None
        self.withdraw_dialog: WithdrawDialog | None = None
        self.model = SignatureTableModel(services, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)

        layout = QVBoxLayout(self)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.filters = self._build_filters()
        body.addWidget(self.filters)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_table_tab(), self.tr("&All signatures"))
        self.review = DuplicateReviewView(services, self)
        self.tabs.addTab(self.review, self.tr("&Duplicates to review"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        body.addWidget(self.tabs, 1)
        # A laptop in sealed collection holds its signers encrypted to the organiser: a note, no names.
        self.sealed_note = QLabel(self)
        self.sealed_note.setWordWrap(True)
        self.sealed_note.setAccessibleName(self.tr("Sealed collection"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.body)
        self.stack.addWidget(self.sealed_note)
        layout.addWidget(self.stack, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Result"))
        layout.addWidget(self.message)

        self.model.ids_loaded.connect(self._on_model_ids_loaded)
        self.model.first_page_shown.connect(self._on_model_first_page_shown)
        self.model.modelReset.connect(self._update_buttons)
        self.model.loading_changed.connect(self._on_model_loading_changed)
        self.model.load_failed.connect(self._on_model_load_failed)
        self.review.reviewed.connect(self._on_review_reviewed)
        self.review.pending_changed.connect(self._on_review_pending_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self._on_find_shortcut_activated)
        # The other tab, the same keys in every language (Alt+letter differs), wherever the focus is on
        # the page: the table would take Ctrl+Tab and Ctrl+PgDown as moves of its own cursor otherwise.
        for key, step, wrap in (("Ctrl+Tab", 1, True), ("Ctrl+PgDown", 1, False), ("Ctrl+Shift+Tab", -1, True),
                                ("Ctrl+PgUp", -1, False)):
            shortcut = QShortcut(QKeySequence(key), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step, wrap=wrap: self._switch_tab(step, wrap))
        self._update_buttons()

    # -- building ---------------------------------------------------------------------------------
    @staticmethod
    def _keep_readable(combo: QComboBox, widest_default: str) -> None:
        """Never squeeze a filter below its "All …" text in this language; long names show in the list."""
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(max(10, len(widest_default)))
        combo.view().setMinimumWidth(combo.fontMetrics().averageCharWidth() * 20)

    def _build_filters(self) -> ReflowRow:
        row = ReflowRow(self)  # on a small screen or in French, the filters wrap under the search box
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names, postcodes, cities"))
        self.search.setAccessibleName(self.tr("Search signatures"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 20)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        for key, slot in ((Qt.Key.Key_Down, self._on_search_return_pressed), (Qt.Key.Key_Escape, self.search.clear)):
            QShortcut(QKeySequence(key), self.search, slot).setContext(Qt.ShortcutContext.WidgetShortcut)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self.event_combo = QComboBox(self)
        self.event_combo.setAccessibleName(self.tr("Event"))
        self._keep_readable(self.event_combo, self.tr("All events"))
        self.event_combo.currentIndexChanged.connect(self._on_filter_changed)
        event_label = QLabel(self.tr("E&vent:"), self)
        event_label.setBuddy(self.event_combo)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("All statuses"), None)
        for code, label in statuses():
            self.status_combo.addItem(label, code)
        self._keep_readable(self.status_combo, self.tr("All statuses"))
        self.status_combo.currentIndexChanged.connect(self._on_filter_changed)
        status_label = QLabel(self.tr("S&tatus:"), self)
        status_label.setBuddy(self.status_combo)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Loading"))
        self.busy.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        policy = self.busy.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the search box must not jump on every keystroke
        self.busy.setSizePolicy(policy)
        self.busy.hide()
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of signatures shown"))
        row.add_group(search_label, (self.search, 3))
        row.add_group(event_label, (self.event_combo, 1))
        row.add_group(status_label, (self.status_combo, 1))
        row.add_group(self.busy, self.count_label)
        return row

    def _build_table_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.table = SignatureTableView(self.model, tab)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.edit_action, self.withdraw_action = self.table.edit_action, self.table.withdraw_action
        self.edit_action.triggered.connect(self.edit_current)
        self.withdraw_action.triggered.connect(self.withdraw_current)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit…"), tab)
        self.edit_button.setToolTip(self.tr("Correct the selected signer's details (Enter)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"), tab)
        self.withdraw_button.setToolTip(self.tr("Withdraw the selected signature and erase the signer's data (Delete)"))
        self.withdraw_button.clicked.connect(self.withdraw_current)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return tab

    # -- page interface -----------------------------------------------------------------------------
    def _show_sealed_note(self) -> bool:
        """On a laptop collecting sealed, the note instead of the table; True when shown."""
        cid = self._campaign_id
        if not cid or not self._services.campaigns.sealed_here(cid):
            self.stack.setCurrentWidget(self.body)
            return False
        count = self._services.campaigns.get(cid).signatures
        self.sealed_note.setText(self.tr(
            "This laptop collects sealed signatures: each signer's details are encrypted to the organiser's "
            "key, so they cannot be shown or printed here. The organiser sees them after importing this "
            "laptop's sync bundle.\n\nSignatures collected on this laptop: {0}").format(count))
        self.stack.setCurrentWidget(self.sealed_note)
        return True

    def set_campaign(self, campaign_id: str | None) -> None:
        """Show this campaign's signatures, with the filters cleared."""
        self._campaign_id = campaign_id
        if self._show_sealed_note():
            self.model.set_query(None)  # nothing of another campaign stays behind the note
            self.review.set_campaign(None, load=False)
            return
        self.table.refit()
        self.message.clear()
        for widget in (self.search, self.event_combo, self.status_combo):
            widget.blockSignals(True)
        self.search.clear()
        self.status_combo.setCurrentIndex(0)
        self._fill_events()
        for widget in (self.search, self.event_combo, self.status_combo):
            widget.blockSignals(False)
        self._keep_selection = None
        self._to_top = True
        self._run_query()
        self._review_stale = True  # loaded once the table is, so the two queries do not compete
        self.review.set_campaign(campaign_id, load=False)

    def refresh(self) -> None:
        """Data may have changed elsewhere: query again, keeping filters and the selected signature."""
        if self._show_sealed_note():
            return
        self._remember_selection()
        current_event = self.event_combo.currentData()
        self.event_combo.blockSignals(True)
        self._fill_events(current_event)
        self.event_combo.blockSignals(False)
        self.model.invalidate()
        self._run_query()
        self.review.refresh()

    def _fill_events(self, keep: str | None = None) -> None:
        self.event_combo.clear()
        self.event_combo.addItem(self.tr("All events"), None)
        if self._campaign_id is None:
            return
        try:
            events = self._services.signatures.events(self._campaign_id)
        except KnownError as err:
            self.message.setText(str(err))
            return
        for event in events:
            when = event.date.isoformat() if event.date else ""
            self.event_combo.addItem(self.tr("{0} ({1})").format(event.name, when) if when else event.name, event.id)
        self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(keep)) if keep else 0)

    # -- querying -----------------------------------------------------------------------------------
    def _run_query(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self._campaign_id, self.search.text(), self.status_combo.currentData(),
                             self.event_combo.currentData())

    def _on_search_text_changed(self, _text: str) -> None:
        self.model.drop_pending()  # an answer for the old text must not replace the rows any more
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self._run_new_query()

    def _on_filter_changed(self, _index: int) -> None:
        self._run_new_query()

    def _run_new_query(self) -> None:
        """Other words or filters: the results start at their first row, whatever was selected before
        (keeping it would leave the list scrolled to the middle, as if nothing but it matched)."""
        self._keep_selection = None
        self._to_top = True
        self._run_query()

    def _on_search_return_pressed(self) -> None:
        """From the search box straight to the results, first row selected."""
        if self._search_timer.isActive():  # typed faster than the debounce: search now
            self._run_new_query()
        elif self.model.rowCount() and self.current_record() is None:
            self.table.selectRow(0)
        self.table.setFocus()

    def _on_find_shortcut_activated(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def _on_model_loading_changed(self, loading: bool) -> None:
        self.busy.setVisible(loading)
        if loading and not self.model.rowCount():
            self.count_label.setText(self.tr("Loading…"))

    def _scroll_to_top_once_shown(self) -> None:
        if self._to_top:
            self.table.scrollToTop()

    def _on_model_ids_loaded(self, count: int) -> None:
        self._show_count(count)
        self.table.fit_columns()
        if self._review_stale:
            self._review_stale = False
            self.review.refresh()
        self._scroll_to_top_once_shown()
        self._to_top = False
        self._restore_selection()
        self._update_buttons()

    def _show_count(self, count: int) -> None:
        if count:
            self.count_label.setText(self.tr("%Ln signatures", "", count))
        elif self.model.searched:
            self.count_label.setText(self.tr("No signatures match"))
        else:
            self.count_label.setText(self.tr("No signatures yet"))

    def _on_model_first_page_shown(self, _count: int) -> None:
        self.table.fit_columns()
        self._scroll_to_top_once_shown()

    def _on_model_load_failed(self, message: str) -> None:
        self.busy.hide()
        self.count_label.setText(self.tr("Not loaded"))
        self.message.setText(message)
        if self._review_stale:
            self._review_stale = False
            self.review.refresh()

    def _on_header_sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column in SignatureTableModel.SORT_KEYS:
            self._remember_selection()

    # -- selection ----------------------------------------------------------------------------------
    def current_record(self) -> SignatureRecord | None:
        return self.table.current_record()

    def select_signature(self, signature_id: int) -> bool:
        return self.table.select_signature(signature_id)

    def _remember_selection(self) -> None:
        rec = self.current_record()
        if rec is not None:
            self._keep_selection = rec.id

    def _restore_selection(self) -> None:
        if self._keep_selection is not None:
            self.select_signature(self._keep_selection)
            self._keep_selection = None

    def _on_table_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        changeable = self._changeable_record() is not None
        for widget in (self.edit_button, self.withdraw_button, self.edit_action, self.withdraw_action):
            widget.setEnabled(changeable)

    # -- editing ------------------------------------------------------------------------------------
    def _on_table_double_clicked(self, _index: object) -> None:
        self.edit_current()

    def _changeable_record(self) -> SignatureRecord | None:
        """The selected signature, unless there is none or its data was already erased."""
        rec = self.current_record()
        return None if rec is None or rec.status == "withdrawn" else rec

    def edit_current(self) -> None:
        rec = self._changeable_record()
        if rec is None:
            return
        try:
            rec = self._services.signatures.get(str(rec.id))  # the latest details, not the cached row
        except KnownError as err:
            self.message.setText(str(err))
            return
        self.edit_dialog = SignatureEditDialog(self._services, rec, self)
        self._open(self.edit_dialog, self._on_edit_dialog_finished)

    def _open(self, dialog: QDialog, on_finished: Any) -> None:
        """Window-modal, not blocking: the event loop (and background results) keep running."""
        dialog.finished.connect(on_finished)
        dialog.open()

    def _take_dialog(self, name: str) -> Any:
        """The dialog that just finished, detached from the page; None if it was already handled."""
        dialog = getattr(self, name)
        setattr(self, name, None)
        if dialog is not None:
            dialog.deleteLater()
            self.table.setFocus()
        return dialog

    def _on_edit_dialog_finished(self, result: int) -> None:
        dialog = self._take_dialog("edit_dialog")
        if dialog is None:
            return
        if result == QDialog.DialogCode.Accepted and dialog.saved is not None:
            who = dialog.saved.full_name or self.tr("this signer")
            self._show_changed(dialog.saved.id, self.tr("The signature of {0} was saved.").format(who))

    def _show_changed(self, signature_id: int, message: str) -> None:
        """After a change in the database: say what happened, show fresh rows, keep the selection."""
        self.message.setText(message)
        self._keep_selection = signature_id
        self.model.invalidate()
        self._run_query()
        self.review.refresh()

    # -- withdrawing --------------------------------------------------------------------------------
    def withdraw_current(self) -> None:
        rec = self._changeable_record()
        if rec is None:
            return
        self.withdraw_dialog = WithdrawDialog(rec, self)
        self.withdraw_dialog.setProperty("signature_id", rec.id)
        self._open(self.withdraw_dialog, self._on_withdraw_dialog_finished)

    def _on_withdraw_dialog_finished(self, result: int) -> None:
        dialog = self._take_dialog("withdraw_dialog")
        if dialog is None:
            return
        if result != QDialog.DialogCode.Accepted:  # Enter, Escape or the keep button: say so, plainly
            self.message.setText(self.tr("Nothing was withdrawn: the signature of {0} is kept.").format(dialog.who))
            return
        signature_id, reason = int(dialog.property("signature_id")), dialog.reason.text()
        self.withdraw_button.setEnabled(False)
        self.message.setText(self.tr("Withdrawing…"))
        query, signatures = self.model.query(), self._services.signatures

        def work(_progress: object) -> tuple[SignatureRecord, Any]:
            # Erased from the database, its search index and its WAL, and recorded for restores;
            # the backups made before are erased right after the table is shown again.
            rec = signatures.withdraw(str(signature_id), reason, purge_later=True)
            return rec, signatures.withdrawn_tail(**query)  # a few ids, not the whole list again

        run_in_background(work, on_success=lambda result: self._on_withdraw_succeeded(*result),
                          on_error=self._on_action_failed)

    def _on_withdraw_succeeded(self, rec: SignatureRecord, tail: Any) -> None:
        """The search and the place in the list stay: the row below takes the withdrawn one's place
        (it left the results, or went to the withdrawn end) and is selected, ready for the next."""
        signatures = self._services.signatures
        if not shiboken6.isValid(self):  # the page was closed while the erasure ran
            finish_purge_later(signatures)
            return
        message = self.tr("The signature was withdrawn; the signer's data was erased.")
        row = self.model.row_of(rec.id)
        if self.model.withdrawn(rec.id, tail):
            self.message.setText(message)
            self._show_count(self.model.rowCount())
            count = self.model.rowCount()
            if count:
                self.table.selectRow(min(row, count - 1))
            self._update_buttons()
            # Painted now, before the review queue's query and the rest of the erasure start:
            # their Python work on worker threads would otherwise slow the paint down.
            self.table.viewport().repaint()
            self.review.refresh()
        else:
            self._show_changed(rec.id, message)
        finish_purge_later(signatures, self, self.message.setText)

    def _on_action_failed(self, err: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.message.setText(str(err) if isinstance(err, KnownError) else self.tr("That did not work; see the log."))
        self._update_buttons()

    # -- review queue -------------------------------------------------------------------------------
    def _on_review_reviewed(self, _signature_id: int) -> None:
        """A verdict changes statuses, not which rows exist: repaint them, and query again only when
        the table is filtered by status (debounced, so a quick run of verdicts costs one query)."""
        self.model.invalidate()
        if self.status_combo.currentData():
            self._search_timer.start()

    def _switch_tab(self, step: int, wrap: bool) -> None:
        """The next or previous tab; Ctrl+Tab goes round, Ctrl+PgDown stops at the last (as Qt's own tabs do)."""
        index = self.tabs.currentIndex() + step
        if wrap:
            index %= self.tabs.count()
        if 0 <= index < self.tabs.count() and self.stack.currentWidget() is self.body:
            self.tabs.setCurrentIndex(index)

    def _on_tabs_current_changed(self, index: int) -> None:
        """Put the focus where the keys work: the table, or the verdict buttons (S, D, N)."""
        (self.review.focus_target() if self.tabs.widget(index) is self.review else self.table).setFocus()

    def _on_review_pending_changed(self, count: int) -> None:
        shown = self.review.count_text()
        title = self.tr("&Duplicates to review ({0})").format(shown) if count else self.tr("&Duplicates to review")
        self.tabs.setTabText(1, title)
