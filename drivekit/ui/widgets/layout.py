"""Layout helpers shared by pages: a readable centred column that still grows with long translations."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


def centred_column(parent: QWidget | None, widgets: list[QWidget | int], max_width: int) -> QWidget:
    """A widget holding `widgets` stacked (ints are spacings), centred and at most `max_width` wide."""
    column = QWidget()
    column.setMaximumWidth(max_width)
    col = QVBoxLayout(column)
    for item in widgets:
        if isinstance(item, int):
            col.addSpacing(item)
        else:
            col.addWidget(item)
    col.addStretch(1)  # extra height goes below, never between the items
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(column, 20)
    row.addStretch(1)
    return holder
