"""A pad where a signer draws a signature with a mouse, pen or finger, kept as strokes-json."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from drivekit.domain import drawing

Stroke = list[tuple[float, float]]


def _paint_strokes(painter: QPainter, strokes: Sequence[Sequence[Sequence[float]]], target: QRectF,
                   color: QColor, width: float) -> None:
    sx, sy = target.width() / drawing.WIDTH, target.height() / drawing.HEIGHT
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    for stroke in strokes:
        if not stroke:
            continue
        points = [QPointF(target.left() + x * sx, target.top() + y * sy) for x, y in stroke]
        if len(points) == 1:
            painter.drawPoint(points[0])
            continue
        path = QPainterPath(points[0])
        for p in points[1:]:
            path.lineTo(p)
        painter.drawPath(path)


def render_strokes_to_qimage(data: bytes | Sequence[Sequence[Sequence[float]]], width: int = 500, height: int = 150,
                             color: QColor | None = None, background: QColor | None = None) -> QImage:
    """An image of a strokes-json drawing (bytes, or already-parsed strokes) for display."""
    strokes = drawing.parse_strokes(data) if isinstance(data, (bytes, str)) else data
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(background if background is not None else QColor(Qt.GlobalColor.transparent))
    painter = QPainter(image)
    _paint_strokes(painter, strokes, QRectF(0, 0, width, height), color or QColor("#101010"),
                   max(1.5, width / 250))
    painter.end()
    return image


class SignatureCanvas(QWidget):
    """The drawing surface: maps mouse, tablet and touch input into the 1000 x 300 strokes box."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard users skip it; it is optional
        self.setMinimumSize(240, 72)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.CursorShape.CrossCursor)

    # -- geometry ---------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return self.sizePolicy().hasHeightForWidth()  # the kiosk turns it off to give the pad the free height

    def heightForWidth(self, width: int) -> int:
        return max(72, min(220, width * drawing.HEIGHT // drawing.WIDTH))

    def sizeHint(self) -> QSize:
        return QSize(500, 150)

    def _box(self) -> QRectF:
        """The widest 10:3 rectangle centred in the widget."""
        w, h = float(self.width()), float(self.height())
        if w * drawing.HEIGHT > h * drawing.WIDTH:
            bw, bh = h * drawing.WIDTH / drawing.HEIGHT, h
        else:
            bw, bh = w, w * drawing.HEIGHT / drawing.WIDTH
        return QRectF((w - bw) / 2, (h - bh) / 2, bw, bh)

    def _to_box(self, pos: QPointF) -> tuple[float, float]:
        box = self._box()
        x = (pos.x() - box.left()) * drawing.WIDTH / max(box.width(), 1)
        y = (pos.y() - box.top()) * drawing.HEIGHT / max(box.height(), 1)
        return (min(max(x, 0.0), drawing.WIDTH), min(max(y, 0.0), drawing.HEIGHT))

    # -- strokes ----------------------------------------------------------------------------
    def strokes(self) -> list[Stroke]:
        return [list(s) for s in self._strokes]

    def is_empty(self) -> bool:
        return not self._strokes

    def clear(self) -> None:
        if self._strokes:
            self._strokes = []
            self.update()
            self.changed.emit()

    def _begin(self, pos: QPointF) -> None:
        self._drawing = True
        self._strokes.append([self._to_box(pos)])
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._drawing and self._strokes:
            point = self._to_box(pos)
            if point != self._strokes[-1][-1]:
                self._strokes[-1].append(point)
                self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    # -- input ------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self._end()

    def tabletEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()  # no synthesised mouse events: one stroke per pen stroke

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            points = event.points()
            if points:
                pos = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(pos)
                else:
                    self._extend(pos)
                if kind == QEvent.Type.TouchEnd:
                    self._end()
            event.accept()
            return True
        if kind == QEvent.Type.TouchCancel:
            self._end()
            return True
        return super().event(event)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        box = self._box()
        if box.toRect() != self.rect():  # only the 10:3 box takes strokes: the rest must not look like paper
            painter.fillRect(self.rect(), self.palette().window())
        painter.fillRect(box, self.palette().base())
        edge = QColor(self.palette().text().color())
        edge.setAlpha(150)  # clear on the plain and the high-contrast theme alike
        painter.setPen(QPen(edge, 1))
        painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setPen(QPen(self.palette().mid().color(), 1, Qt.PenStyle.DashLine))
        baseline = box.top() + box.height() * 0.78
        painter.drawLine(QPointF(box.left() + 12, baseline), QPointF(box.right() - 12, baseline))
        _paint_strokes(painter, self._strokes, box, self.palette().text().color(), max(2.0, box.width() / 300))
        painter.end()


class SignaturePad(QWidget):
    """The canvas with a caption and a Clear button; `drawing()` gives strokes-json bytes or None."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = SignatureCanvas(self)
        self.canvas.setAccessibleName(self.tr("Signature drawing area"))
        self.canvas.setAccessibleDescription(self.tr("Optional. Draw a signature with a mouse, pen or finger."))
        self.caption = QLabel(self.tr("Signature (optional): draw with a mouse, pen or finger"), self)
        self.caption.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Clear drawing"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the drawn signature"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.canvas.clear)
        self.canvas.changed.connect(self.changed)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.canvas)
        self.setMaximumWidth(760)  # keeps a signature's proportions on wide screens

    def drawing(self) -> bytes | None:
        if self.canvas.is_empty():
            return None
        return drawing.encode_strokes(self.canvas.strokes())

    def is_empty(self) -> bool:
        return self.canvas.is_empty()

    def clear(self) -> None:
        self.canvas.clear()
