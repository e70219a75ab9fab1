"""The main window's sidebar: as wide as its longest page name, in this language and text size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget


class NavigationList(QListWidget):
    """Page names are never cut short ("Signatu…"): the list takes the width its words need, and gives
    it back when large text is turned off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.model().rowsInserted.connect(self._on_model_rows_inserted)

    def needed_width(self) -> int:
        """The widest item (text, padding of the style sheet) plus the frame, and a little air."""
        self.ensurePolished()  # the style sheet's padding counts
        widest = max((self.sizeHintForIndex(self.model().index(row, 0)).width() for row in range(self.count())),
                     default=0)
        return widest + 2 * self.frameWidth() + 2 * self.spacing() + 8

    def fit_to_contents(self) -> None:
        self.setFixedWidth(self.needed_width())

    def _on_model_rows_inserted(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        self.fit_to_contents()

    def showEvent(self, event: QShowEvent) -> None:
        self.fit_to_contents()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_to_contents()
