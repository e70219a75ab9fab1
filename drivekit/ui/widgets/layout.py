"""Layout helpers shared by pages: a readable centred column, rows that wrap, pages that scroll up and down.

Every screen must fit a 1024×600 laptop in every language, with large text too: a row of controls
wraps onto a second line instead of pushing the window wider (ReflowRow), and a tall page scrolls
vertically, never sideways (VerticalScrollArea). tests/ui/test_fits_small_screens.py checks it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

WINDOW_FRAME = QSize(10, 40)  # what a window manager's title bar and borders take, about
SMALLEST_SCREEN = QSize(1024, 600)  # a small laptop: every window fits it (tests/ui/test_fits_small_screens.py)


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


def _min_width(widget: QWidget) -> int:
    """The narrowest a layout would make `widget` (what QLayout calls its smart minimum)."""
    policy = widget.sizePolicy().horizontalPolicy()
    shrinks = bool(policy.value & QSizePolicy.PolicyFlag.ShrinkFlag.value)
    hint = widget.minimumSizeHint() if shrinks else widget.sizeHint()
    return max(hint.width(), widget.minimumWidth())


class _RowColumn(QVBoxLayout):
    """The lines of a ReflowRow; a layout that says the row's height for a width (Qt asks a widget's layout,
    not the widget, for that; a plain box of buttons has no answer, and the row was given no height)."""

    def __init__(self, row: ReflowRow) -> None:
        super().__init__(row)
        self._row = row

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        return self._row.heightForWidth(width - margins.left() - margins.right()) + margins.top() + margins.bottom()

    def minimumHeightForWidth(self, width: int) -> int:
        return self.heightForWidth(width)


class ReflowRow(QWidget):
    """Groups of widgets side by side while they fit, wrapped onto further lines when they do not.

    A group (a label with its field, a button) is never split. The row is as narrow as its widest
    group, so a long translation or large text adds a line instead of widening the window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[list[tuple[QWidget, int]]] = []
        self._lines: list[list[int]] = []
        self._column = _RowColumn(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # our hints rule, not today's lines

    def add_group(self, *items: QWidget | tuple[QWidget, int]) -> None:
        """Add widgets that stay on one line together; (widget, stretch) gives a widget extra width."""
        group = [item if isinstance(item, tuple) else (item, 0) for item in items]
        for widget, _ in group:
            widget.setParent(self)
            widget.installEventFilter(self)  # shown or hidden: the lines are packed again
        self._groups.append(group)
        self._lines = []
        self._pack(self.width() if self.width() > 0 else 1 << 20)

    def add_stretch(self) -> None:
        """Empty space that pushes the next groups to the right end of their line."""
        self._groups.append([])
        self._lines = []

    def line_count(self) -> int:
        return len(self._lines)

    def _group_width(self, group: list[tuple[QWidget, int]]) -> int:
        shown = [w for w, _ in group if not w.isHidden() or w.sizePolicy().retainSizeWhenHidden()]
        spacing = max(0, self._spacing())
        return sum(_min_width(w) for w in shown) + spacing * max(0, len(shown) - 1)

    def _spacing(self) -> int:
        spacing = self._column.spacing()
        return spacing if spacing >= 0 else self.style().pixelMetric(self.style().PixelMetric.PM_LayoutHorizontalSpacing)

    def _lines_for(self, width: int) -> list[list[int]]:
        lines: list[list[int]] = []
        used = 0
        gap = max(0, self._spacing()) * 2  # a little air between groups on one line
        stretches: list[int] = []
        for index, group in enumerate(self._groups):
            if not group:  # a stretch goes with the group after it: that group stays right, even wrapped
                stretches.append(index)
                continue
            needed = self._group_width(group)
            if lines and used + gap + needed <= width:
                lines[-1] += [*stretches, index]
                used += gap + needed
            else:
                lines.append([*stretches, index])
                used = needed
            stretches = []
        if lines and stretches:
            lines[-1] += stretches
        return lines

    def _pack(self, width: int) -> None:
        lines = self._lines_for(width)
        if lines == self._lines:
            return
        self._lines = lines
        while self._column.count():
            item = self._column.takeAt(0)
            inner = item.layout() if item is not None else None
            if inner is not None:
                while inner.count():
                    inner.takeAt(0)
                inner.deleteLater()
        for line in lines:
            row = QHBoxLayout()
            stretched = False
            for position, index in enumerate(line):
                if not self._groups[index]:
                    row.addStretch(1)
                    stretched = True
                    continue
                if position:
                    row.addSpacing(max(0, self._spacing()))
                for widget, stretch in self._groups[index]:
                    row.addWidget(widget, stretch)
                    stretched = stretched or stretch > 0
            if not stretched:
                row.addStretch(1)
            self._column.addLayout(row)
        self.updateGeometry()

    def _height_for(self, lines: list[list[int]]) -> int:
        heights = []
        for line in lines:
            shown = [w for index in line for w, _ in self._groups[index]
                     if not w.isHidden() or w.sizePolicy().retainSizeWhenHidden()]
            heights.append(max((max(w.sizeHint().height(), w.minimumSizeHint().height()) for w in shown), default=0))
        spacing = self._column.spacing() if self._column.spacing() >= 0 else 0
        return sum(heights) + spacing * max(0, len(heights) - 1)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """As tall as its lines packed at `width`: layouts ask this with the width they really give."""
        return self._height_for(self._lines_for(width))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest group; as tall as the lines at today's width while shown (a stacked
        page's minimum counts then, resized or not). Never shown, it has no width of its own yet (Qt says
        100 px, a line per group): then as tall as one line, or a tab never opened would make QTabWidget,
        which counts every tab's minimum, far too tall; once shown, layouts ask `heightForWidth`."""
        width = max((self._group_width(g) for g in self._groups), default=0)
        laid_out = self.isVisible() or self.testAttribute(Qt.WidgetAttribute.WA_Resized)
        return QSize(width, self.heightForWidth(max(self.width(), width) if laid_out else self.sizeHint().width()))

    def sizeHint(self) -> QSize:
        spacing = max(0, self._spacing()) * 2
        width = sum(self._group_width(g) for g in self._groups) + spacing * max(0, len(self._groups) - 1)
        return QSize(width, self._height_for(self._lines_for(max(self.width(), width))))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._pack(self.width())
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.updateGeometry()  # the minimum above now counts today's lines

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if "_column" not in vars(self):
            # Python's collector tears a window down attribute by attribute (the row and its column refer to
            # each other) before Qt deletes it; its buttons still report Hide then, with nothing left to pack.
            return False
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide) and self.width() > 0:
            self._lines = []
            self._pack(self.width())
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """Large text or a new style changes every width: pack the lines again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._lines = []
            self._pack(self.width() if self.width() > 0 else 1 << 20)


class PairedForm(QGridLayout):
    """Labels left of their fields, two fields a line (in the order added); a wide field takes a line of its own.
    A form of ten fields is half as tall as a QFormLayout, so it fits a 600-pixel-high screen with large text."""

    def __init__(self) -> None:
        super().__init__()
        self._row, self._column = 0, 0
        self.setColumnStretch(1, 1)
        self.setColumnStretch(3, 1)
        self.setColumnMinimumWidth(2, 0)

    def add(self, label: str, field: QWidget, wide: bool = False, message: QWidget | None = None) -> QLabel:
        """Adds `field` after the last, with its label (whose shortcut goes to it) and, under it, its `message`
        (a hidden message takes no room)."""
        if wide and self._column:
            self._row, self._column = self._row + 1, 0
        caption = QLabel(label)
        caption.setBuddy(field)
        span = 3 if wide else 1
        self.addWidget(caption, 2 * self._row, self._column)
        self.addWidget(field, 2 * self._row, self._column + 1, 1, span)
        if message is not None:
            self.addWidget(message, 2 * self._row + 1, self._column + 1, 1, span)
        if wide or self._column:
            self._row, self._column = self._row + 1, 0
        else:
            self._column = 2
        return caption


class VerticalScrollArea(QScrollArea):
    """A tall page scrolls up and down, never sideways: the page's minimum width stays the area's own.

    The page is given the viewport's width and at least its height; it is made taller only as far as its
    minimum needs (QScrollArea's own resizing would use a wrapped label's preferred height and make every
    table as tall as it likes, so a page scrolls that would fit).
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    @staticmethod
    def _content_min_height(content: QWidget, width: int) -> int:
        layout = content.layout()
        if layout is not None and layout.hasHeightForWidth():
            return max(layout.totalMinimumHeightForWidth(width), content.minimumHeight())
        return content.minimumSizeHint().expandedTo(content.minimumSize()).height()

    def _fit_content(self) -> None:
        content = self.widget()
        if content is None:
            return
        width = self.viewport().width()
        height = max(self.viewport().height(), self._content_min_height(content, width))
        if content.size() != QSize(width, height):
            content.resize(width, height)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        base = super().minimumSizeHint()
        if content is None:
            return base
        inner = content.minimumSizeHint().expandedTo(content.minimumSize())
        width = inner.width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(width, base.width()), base.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_content()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handled = super().eventFilter(watched, event)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content grew wider (large text): so does the area's minimum
            self._fit_content()
        return handled


class ElidedLabel(QLabel):
    """One line of someone's text (a campaign title) that gives way with "…" when space is short; the
    whole text stays in the tooltip and for screen readers."""

    SHORTEST = 12  # characters still shown, so the start of the title is recognised

    def __init__(self, parent: QWidget | None = None, shortest: int = SHORTEST) -> None:
        super().__init__(parent)
        self._shortest = shortest

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        shortest = self.fontMetrics().averageCharWidth() * self._shortest + margins.left() + margins.right()
        return QSize(min(hint.width(), shortest), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), text,
                                  self.foregroundRole())


class LinesTextEdit(QPlainTextEdit):
    """Plain text as tall as a number of lines of the font it is drawn in (large text too): at least
    MIN_LINES, HINT_LINES when there is room; longer text scrolls."""

    MIN_LINES = 3
    HINT_LINES = 3

    def lines_height(self, lines: int) -> int:
        margins = self.contentsMargins()
        return (lines * self.fontMetrics().lineSpacing() + 2 * int(self.document().documentMargin())
                + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.lines_height(self.HINT_LINES))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.lines_height(self.MIN_LINES))


class RowsTableView(QTableView):
    """A table never squeezed below a few readable rows (in a page that scrolls, it is the page that gives).

    Its columns are as wide as their contents and titles; the last one takes the room that is left, but never
    less than its own title. (Qt's stretched last section shrinks below its title when the other columns fill
    the view, and the title is then cut off.)"""

    def __init__(self, rows: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._fitting = False
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(self._on_header_section_resized)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self._fit_last_column()

    def last_column(self) -> int:
        """The logical index of the rightmost column shown, or -1."""
        header = self.horizontalHeader()
        for visual in range(header.count() - 1, -1, -1):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                return logical
        return -1

    def _fit_last_column(self) -> None:
        header, last = self.horizontalHeader(), self.last_column()
        if last < 0 or self._fitting:
            return
        self._fitting = True
        try:
            for logical in range(header.count()):  # a column that was last before a later one came back
                mode = QHeaderView.ResizeMode.Fixed if logical == last else QHeaderView.ResizeMode.ResizeToContents
                if header.sectionResizeMode(logical) != mode:
                    header.setSectionResizeMode(logical, mode)
            others = sum(header.sectionSize(i) for i in range(header.count())
                         if i != last and not header.isSectionHidden(i))
            width = max(self.viewport().width() - others, header.sectionSizeHint(last))
            if header.sectionSize(last) != width:
                header.resizeSection(last, width)
        finally:
            self._fitting = False

    def _on_header_section_resized(self, logical: int, old: int, new: int) -> None:
        if logical != self.last_column():
            self._fit_last_column()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._fit_last_column()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_last_column()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        header = self.horizontalHeader().sizeHint().height() if not self.horizontalHeader().isHidden() else 0
        rows = self.verticalHeader().defaultSectionSize() * self._rows
        scroll_bar = self.horizontalScrollBar().sizeHint().height()
        return QSize(hint.width(), max(hint.height(), header + rows + scroll_bar + 2 * self.frameWidth()))


class _DialogFitter(QObject):
    """Watches one window; see fit_dialog."""

    EVENTS = (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.FontChange,
              QEvent.Type.StyleChange)

    def __init__(self, window: QWidget, least_width: int) -> None:
        super().__init__(window)
        self._least_width = least_width
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.EVENTS and isinstance(watched, QWidget):
            self.fit(watched)
        return False

    def fit(self, window: QWidget) -> None:
        layout = window.layout()
        if layout is None:
            return
        width = max(self._least_width, layout.totalMinimumSize().width())
        if layout.hasHeightForWidth():
            height = layout.totalMinimumHeightForWidth(max(width, window.width()))
            # Too tall for the smallest screen (large text): wider, so the text takes fewer lines
            screen = window.screen()
            room = SMALLEST_SCREEN.boundedTo(screen.availableGeometry().size()) if screen else SMALLEST_SCREEN
            room -= WINDOW_FRAME
            while height > room.height() and max(width, window.width()) + 40 <= room.width():
                width = max(width, window.width()) + 40
                height = layout.totalMinimumHeightForWidth(width)
        else:
            height = layout.totalMinimumSize().height()
        if window.minimumSize() != QSize(width, height):
            window.setMinimumSize(width, height)  # a smaller window grows to it


def fit_dialog(window: QWidget, least_width: int = 0) -> None:
    """Keep a dialog as wide as its contents need (and at least `least_width`) and as tall as its wrapped
    text needs at its width. Qt does neither for a window by itself: a fixed minimum width overrides the
    layout's (large text then squeezes a radio button), and a window ignores heightForWidth, so with large
    text a wrapped explanation is cut off at the bottom."""
    _DialogFitter(window, least_width)


def snug(*widgets: QWidget) -> None:
    """Never wider than their text (tick boxes): in a column, the focus ring goes round the box and its
    words instead of making a bar across the whole window, and a click far right of the words misses."""
    for widget in widgets:
        widget.setSizePolicy(QSizePolicy.Policy.Maximum, widget.sizePolicy().verticalPolicy())
