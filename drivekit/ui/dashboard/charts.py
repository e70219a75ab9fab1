"""Bar charts drawn with QPainter (QtCharts would need PySide6-Addons, a download several times the
size of what DriveKit uses from Qt: docs/dashboard.md). They take their colours from the palette and
their sizes from the widget's font, so the large-text theme makes them large and high-contrast too."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QProgressBar, QSizePolicy, QStyle, QStyleOptionProgressBar, QWidget

from drivekit.domain.figures import axis_top


def _count(n: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(int(n))


class ColumnChart(QWidget):
    """Vertical bars over a category axis (days, hours); labels thinned out to fit, never overlapping."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[int] = []
        self._labels: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table beside it carries the numbers

    def set_data(self, labels: Sequence[str], values: Sequence[int]) -> None:
        self._labels, self._values = list(labels), [int(v) for v in values]
        self.update()

    @property
    def values(self) -> list[int]:
        return list(self._values)

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(40 * line, 12 * line)

    def minimumSizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(16 * line, 8 * line)

    def _area(self) -> QRectF:
        """Where the bars go: right of the axis values, above the day labels."""
        fm = QFontMetrics(self.font())
        left = fm.horizontalAdvance(_count(axis_top(max(self._values, default=0)))) + fm.averageCharWidth()
        return QRectF(left, fm.height() / 2, self.width() - left - 4, self.height() - fm.height() * 2.5 - 2)

    def value_labels(self) -> list[tuple[QRectF, str]]:
        """The axis values (0, 1/4 .. top) and where each is drawn: left of the bars, centred on its line."""
        fm = QFontMetrics(self.font())
        area, top = self._area(), axis_top(max(self._values, default=0))
        out = []
        for i in range(5):
            y = area.bottom() - area.height() * i / 4
            text = _count(top * i // 4)
            width = fm.horizontalAdvance(text)
            right = area.left() - fm.averageCharWidth() / 2
            out.append((QRectF(right - width, y - fm.height() / 2, width, fm.height()), text))
        return out

    def day_labels(self) -> list[tuple[QRectF, str]]:
        """The category labels shown (thinned out so they never overlap) and where each is drawn: centred under
        its bar (kept inside the widget), below the axis value "0", which is centred on the bottom line."""
        fm = QFontMetrics(self.font())
        area = self._area()
        n = len(self._values)
        if not n or not self._labels:
            return []
        slot = area.width() / n
        pad = fm.averageCharWidth()
        widest = max((fm.horizontalAdvance(label) for label in self._labels), default=0) + pad * 2
        every = max(1, int(-(-widest // max(slot, 1))))
        out: list[tuple[QRectF, str]] = []
        for i, label in enumerate(self._labels):
            if i % every:
                continue
            x = area.left() + i * slot + slot / 2
            left_edge = max(0.0, min(x - widest / 2, self.width() - widest))
            rect = QRectF(left_edge, area.bottom() + fm.height() / 2 + 1, widest, fm.height())
            if out and rect.left() < out[-1][0].right() - pad:  # the last one, kept inside, ran into its neighbour
                continue
            out.append((rect, label))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pal = self.palette()
        text, grid = pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Mid)
        bar = pal.color(QPalette.ColorRole.Highlight)
        area = self._area()
        if area.width() <= 0 or area.height() <= 0:
            return
        for rect, value in self.value_labels():  # grid lines and their values
            y = rect.center().y()
            p.setPen(QPen(grid, 1))
            p.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            p.setPen(text)
            p.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), value)
        n = len(self._values)
        if not n:
            return
        top = axis_top(max(self._values, default=0))
        slot = area.width() / n
        gap = 1.0 if slot > 3 else 0.0
        for i, v in enumerate(self._values):
            h = area.height() * v / top
            p.fillRect(QRectF(area.left() + i * slot + gap, area.bottom() - h, max(1.0, slot - 2 * gap), h), bar)
        p.setPen(text)
        for rect, label in self.day_labels():
            p.drawText(rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), label)


class BarList(QWidget):
    """Horizontal bars, one line per item (events, volunteers, targets): label, bar, count."""

    def __init__(self, max_rows: int = 10, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, int]] = []
        self._max_rows = max_rows
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_data(self, items: Sequence[tuple[str, int]]) -> None:
        self._items = [(label, int(n)) for label, n in items][:self._max_rows]
        self.updateGeometry()
        self.update()

    @property
    def items(self) -> list[tuple[str, int]]:
        return list(self._items)

    def _row(self) -> int:
        return int(QFontMetrics(self.font()).height() * 1.5)

    def sizeHint(self) -> QSize:
        return QSize(30 * QFontMetrics(self.font()).height(), max(1, len(self._items)) * self._row() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(12 * QFontMetrics(self.font()).height(), self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        text, bar = pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Highlight)
        fm = QFontMetrics(self.font())
        row = self._row()
        top = max((n for _, n in self._items), default=0) or 1
        count_w = fm.horizontalAdvance(_count(top)) + fm.averageCharWidth() * 2
        label_w = int(min(self.width() * 0.4, max((fm.horizontalAdvance(lbl) for lbl, _ in self._items), default=0)
                          + fm.averageCharWidth()))
        room = max(1, self.width() - label_w - count_w)
        for i, (label, n) in enumerate(self._items):
            y = i * row
            p.setPen(text)
            elided = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - fm.averageCharWidth())
            p.drawText(QRectF(0, y, label_w, row), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                       elided)
            w = room * n / top
            if n:
                p.fillRect(QRectF(label_w, y + row * 0.2, max(2.0, w), row * 0.6), QColor(bar))
            p.drawText(QRectF(label_w + w + fm.averageCharWidth() / 2, y, count_w, row),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), _count(n))


class GoalBar(QProgressBar):
    """The progress bar to the goal, with a tick at 25, 50 and 75 % (the milestones). The percentage is
    written at the start of the bar, clear of the ticks: Fusion centres it, and the 50 % tick ran through
    it ("5|8 %") once large text made it as tall as the bar."""

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        option = QStyleOptionProgressBar()
        self.initStyleOption(option)
        text, option.textVisible = option.text, False
        self.style().drawControl(QStyle.ControlElement.CE_ProgressBar, option, p, self)
        if self.isTextVisible() and text:
            contents = self.style().subElementRect(QStyle.SubElement.SE_ProgressBarContents, option, self)
            pad = self.fontMetrics().averageCharWidth()
            p.setPen(self.palette().color(QPalette.ColorRole.Text))  # dark on the blue and on the white, as before
            p.drawText(contents.adjusted(pad, 0, -pad, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                       text)
        p.setPen(QPen(self.palette().color(QPalette.ColorRole.WindowText), 2))
        for m in (25, 50, 75):
            x = int(self.width() * m / 100)
            p.drawLine(x, 0, x, self.height() // 4)
            p.drawLine(x, self.height() - self.height() // 4, x, self.height())
