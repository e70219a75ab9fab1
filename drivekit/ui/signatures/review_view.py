"""The duplicate review queue: each possible duplicate beside the earlier signature it seems to repeat."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from drivekit.errors import KnownError
from drivekit.services.records import SignatureRecord
from drivekit.ui.background import run_in_background
from drivekit.ui.signatures.labels import local_time, source_label
from drivekit.ui.widgets.layout import ReflowRow

if TYPE_CHECKING:
    from drivekit.services import Services

DIFF_STYLE = "background-color: #ffe8a3; color: #1a1a1a; font-weight: bold; padding: 2px;"
SAME_STYLE = "padding: 2px;"


class DuplicateReviewView(QWidget):
    """One pair at a time; "Same person" marks a duplicate, "Different people" makes it valid."""

    reviewed = Signal(int)
    pending_changed = Signal(int)
    BATCH = 500  # pairs loaded at a time; the next batch comes when these are done

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._campaign_id: str | None = None
        self._pairs: list[tuple[SignatureRecord, SignatureRecord]] = []
        self._index = 0
        self._generation = 0
        self._more = False
        self._undo: list[int] = []  # signatures decided in this session, last first to undo
        self._show_next: int | None = None  # after an undo: the pair to show again
        self.loading = False
        # One-letter keys, translatable so that they can match the words of another language.
        self._keys = (self.tr("S", "key for Same person"), self.tr("D", "key for Different people"),
                      self.tr("N", "key for Next pair"))
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)  # one set of margins, the pair panel's (not two nested)
        outer.addWidget(self.stack)
        self.empty_label = QLabel(self.tr("No possible duplicates left to review."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self._build_pair_panel())
        for key, slot in ((self._keys[0], self._on_same_triggered), (self._keys[1], self._on_different_triggered),
                          (self._keys[2], self._on_skip_triggered)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo)

    def _build_pair_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        self.position_label = QLabel(panel)
        self.position_label.setWordWrap(True)
        self.position_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.position_label)
        hint = QLabel(self.tr("The signature on the left may repeat the earlier one on the right. "
                              "Highlighted fields differ."), panel)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setHorizontalSpacing(16)
        grid_box = QWidget(panel)
        grid_box.setLayout(self.grid)
        scroll = QScrollArea(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_box)
        layout.addWidget(scroll, 1)
        self.error_label = QLabel(panel)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        # The decisions on one line while they fit; on a 1024-pixel laptop in French with large text,
        # Undo (or more) goes onto a second line instead of making the window wider than the screen.
        self.decisions = ReflowRow(panel)
        self.same_button = QPushButton(self.tr("&Same person"), panel)
        self.same_button.setToolTip(self.tr("Count this signature as a duplicate (key: {0})").format(self._keys[0]))
        self.different_button = QPushButton(self.tr("&Different people"), panel)
        self.different_button.setToolTip(self.tr("Count both signatures (key: {0})").format(self._keys[1]))
        self.skip_button = QPushButton(self.tr("&Next pair"), panel)
        self.skip_button.setToolTip(self.tr("Decide later (key: {0})").format(self._keys[2]))
        self.same_button.clicked.connect(self._on_same_triggered)
        self.different_button.clicked.connect(self._on_different_triggered)
        self.skip_button.clicked.connect(self._on_skip_triggered)
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.setToolTip(self.tr("Put back the marks as they were before the last decision (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)
        for button in (self.same_button, self.different_button, self.skip_button):
            self.decisions.add_group(button)
        self.decisions.add_stretch()
        self.decisions.add_group(self.undo_button)
        layout.addWidget(self.decisions)
        keys = QLabel(self.tr("Keys: {0} same person, {1} different people, {2} next pair.").format(*self._keys), panel)
        keys.setWordWrap(True)
        layout.addWidget(keys)
        return panel

    # -- loading ----------------------------------------------------------------------------------
    def set_campaign(self, campaign_id: str | None, load: bool = True) -> None:
        if campaign_id != self._campaign_id:
            self._undo.clear()
            self.undo_button.setEnabled(False)
        self._campaign_id = campaign_id
        self._pairs, self._index = [], 0
        if load:
            self.refresh()
        else:
            self._generation += 1
            self.loading = campaign_id is not None  # until the page asks for the pairs
            self.empty_label.setText(self.tr("Loading…"))
            self.stack.setCurrentIndex(0)

    def refresh(self) -> None:
        self._generation += 1
        generation, campaign_id = self._generation, self._campaign_id
        if campaign_id is None:
            self._on_pairs_ready(generation, [])
            return
        self.loading = True
        run_in_background(lambda _p: self._services.signatures.duplicate_pairs(campaign_id, limit=self.BATCH),
                          on_success=lambda pairs: self._on_pairs_ready(generation, pairs),
                          on_error=lambda err: self._on_pairs_failed(generation, err))

    def _on_pairs_ready(self, generation: int, pairs: list[tuple[SignatureRecord, SignatureRecord]]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.loading = False
        self._more = len(pairs) >= self.BATCH
        self._pairs = list(pairs)
        self._index = min(self._index, max(0, len(self._pairs) - 1))
        if self._show_next is not None:
            self._index = next((i for i, p in enumerate(self._pairs) if p[0].id == self._show_next), self._index)
            self._show_next = None
        self.pending_changed.emit(len(self._pairs))
        self._show_current()

    def _on_pairs_failed(self, generation: int, err: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.loading = False
        self.empty_label.setText(str(err) if isinstance(err, KnownError)
                                 else self.tr("The review queue could not be loaded."))
        self.stack.setCurrentIndex(0)

    def focus_target(self) -> QWidget:
        return self.same_button if self.stack.currentIndex() == 1 else self.empty_label

    def count_text(self) -> str:
        """How many pairs wait, "500+" when more wait beyond the loaded batch."""
        return self.tr("{0}+").format(len(self._pairs)) if self._more else str(len(self._pairs))

    @property
    def pending(self) -> int:
        return len(self._pairs)

    def current_pair(self) -> tuple[SignatureRecord, SignatureRecord] | None:
        return self._pairs[self._index] if 0 <= self._index < len(self._pairs) else None

    # -- showing one pair -------------------------------------------------------------------------
    def _rows(self, rec: SignatureRecord) -> list[tuple[str, str]]:
        return [
            (self.tr("First name"), rec.first_name or ""), (self.tr("Last name"), rec.last_name or ""),
            (self.tr("Email"), rec.email or ""), (self.tr("Phone"), rec.phone or ""),
            (self.tr("Address"), rec.address or ""), (self.tr("Postcode"), rec.postcode or ""),
            (self.tr("City"), rec.city or ""), (self.tr("Country"), rec.country or ""),
            (self.tr("Signed at"), local_time(rec.signed_at)), (self.tr("Event"), rec.event_name or ""),
            (self.tr("Source"), source_label(rec.source)), (self.tr("Comment"), rec.comment or ""),
        ]

    def _show_current(self) -> None:
        pair = self.current_pair()
        if pair is None:
            self.empty_label.setText(self.tr("No possible duplicates left to review."))
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        dup, original = pair
        self.position_label.setText(self.tr("Pair {0} of {1}").format(self._index + 1, self.count_text()))
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self._add_cell(0, 1, self.tr("Possible duplicate"), header=True)
        self._add_cell(0, 2, self.tr("Earlier signature"), header=True)
        for row, ((name, left), (_, right)) in enumerate(zip(self._rows(dup), self._rows(original), strict=False), start=1):
            differs = left != right
            self._add_cell(row, 0, name, header=True)
            self._add_cell(row, 1, left, differs=differs, field=name)
            self._add_cell(row, 2, right, differs=differs, field=name)
        self.grid.setRowStretch(self.grid.rowCount(), 1)
        self.same_button.setFocus()

    def _add_cell(self, row: int, col: int, text: str, header: bool = False, differs: bool = False,
                  field: str = "") -> None:
        label = QLabel(text or "—", self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if header:
            label.setStyleSheet("font-weight: bold; padding: 2px;")
        else:
            label.setStyleSheet(DIFF_STYLE if differs else SAME_STYLE)
            label.setProperty("differs", differs)
            label.setAccessibleName(field)
            label.setAccessibleDescription(self.tr("differs") if differs else self.tr("same"))
        self.grid.addWidget(label, row, col)

    # -- deciding ---------------------------------------------------------------------------------
    def _on_same_triggered(self) -> None:
        self.decide(True)

    def _on_different_triggered(self) -> None:
        self.decide(False)

    def undo(self) -> None:
        """Put back the marks of the last decision of this session, and show that pair again."""
        if not self._undo or self.loading:
            return
        signature_id = self._undo.pop()
        self.undo_button.setEnabled(bool(self._undo))
        self.error_label.hide()
        try:
            self._services.signatures.undo_review(str(signature_id))
        except KnownError as err:
            self.error_label.setText(str(err))
            self.error_label.show()
            self.stack.setCurrentIndex(1)
            return
        self._show_next = signature_id
        self.reviewed.emit(signature_id)
        self.refresh()

    def _on_skip_triggered(self) -> None:
        if self._pairs:
            self.error_label.hide()
            self._index = (self._index + 1) % len(self._pairs)
            self._show_current()

    def decide(self, same_person: bool) -> None:
        """Record the verdict on the shown pair and move on to the next one."""
        pair = self.current_pair()
        if pair is None or self.loading:
            return
        self.error_label.hide()
        try:
            self._services.signatures.review(str(pair[0].id), same_person)
        except KnownError as err:
            self.error_label.setText(str(err))
            self.error_label.show()
            self.refresh()
            return
        del self._pairs[self._index]
        self._undo.append(pair[0].id)
        self.undo_button.setEnabled(True)
        self.reviewed.emit(pair[0].id)
        if not self._pairs:
            self.pending_changed.emit(0)
            self._show_current()
            self.refresh()  # more may wait beyond the loaded batch, or the verdict flagged others
            return
        self._index %= len(self._pairs)
        self.pending_changed.emit(len(self._pairs))
        self._show_current()
