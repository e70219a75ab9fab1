"""Touch sizes for the kiosk: 9 mm targets, measured on the real screen rather than in pixels."""

from __future__ import annotations

import math

from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPushButton, QWidget

from drivekit.assets import resource_path

TARGET_MM = 9.0  # a comfortable finger target (Android asks 48 dp, about 9 mm; Microsoft 9 mm)
PAD_MIN_MM = (90.0, 30.0)  # a signature pad smaller than this is too cramped for a finger
FALLBACK_DPI = 96.0
FRAME_GROWTH = 2  # a focused or wrong field's frame is a pixel thicker each side: room kept, so nothing moves
_SANE_DPI = (60.0, 600.0)  # outside this, the screen's reported size is wrong (Xvfb, VMs, projectors)


def screen_dpi(screen: QScreen | None) -> float:
    """The screen's physical dots per inch, or its logical DPI (then 96) when it reports nonsense."""
    if screen is None:
        return FALLBACK_DPI
    low, high = _SANE_DPI
    for dpi in (screen.physicalDotsPerInch(), screen.logicalDotsPerInch()):
        if math.isfinite(dpi) and low <= dpi <= high:
            return float(dpi)
    return FALLBACK_DPI


def mm_to_px(mm: float, dpi: float) -> int:
    return math.ceil(mm * dpi / 25.4)


def target_px(dpi: float) -> int:
    return mm_to_px(TARGET_MM, dpi)


def apply_touch_targets(root: QWidget, px: int) -> None:
    """Every field, button and tick box under `root` at least `px` high (tick boxes' squares too)."""
    # Tick boxes' squares and list rows can only be sized in a style sheet; it adds to the app's own.
    # A styled square loses the platform's tick, hence our own, drawn bold for sunlight.
    tick = resource_path("icons", "tick.svg").as_posix()
    arrow = resource_path("icons", "down-arrow.svg").as_posix()
    root.setStyleSheet(
        f"QCheckBox::indicator {{ width: {px - 4}px; height: {px - 4}px; border: 3px solid #202020;"
        f" border-radius: 4px; background: #ffffff; }}\n"
        f"QCheckBox::indicator:checked {{ image: url('{tick}'); }}\n"
        f"QCheckBox::indicator:focus {{ border: 3px solid #0040ff; }}\n"
        f"QCheckBox[invalid=\"true\"]::indicator {{ border: 3px solid #b00020; }}\n"
        # A tick box's frame is always there, only its colour changes: focus or a message moves nothing.
        "QCheckBox { border: 3px solid transparent; border-radius: 3px; }\n"
        "QCheckBox:focus { border: 3px solid #1a5fb4; }\n"
        "QCheckBox[invalid=\"true\"], QCheckBox[invalid=\"true\"]:focus { border: 3px solid #b00020; }\n"
        f"QComboBox::drop-down {{ subcontrol-origin: border; subcontrol-position: center right;"
        f" width: {px}px; border-left: 1px solid #808080; }}\n"
        f"QComboBox::down-arrow {{ image: url('{arrow}'); width: {px // 2}px; height: {px // 2}px; }}\n"
        f"QComboBox QAbstractItemView::item {{ min-height: {px}px; }}\n"
        f"QScrollBar:vertical {{ width: {px * 2 // 3}px; }}\n")
    fields: list[QWidget] = [*root.findChildren(QComboBox), *root.findChildren(QAbstractButton)]
    fields += [e for e in root.findChildren(QLineEdit) if not isinstance(e.parent(), QComboBox)]  # the combo's own
    for field in fields:
        # An explicit minimum replaces the one Qt derives from the size hint: keep the larger, or a
        # crowded screen squeezes a big button below its text.
        field.ensurePolished()
        hint = field.sizeHint().height()
        if not isinstance(field, QAbstractButton):
            hint += FRAME_GROWTH
        field.setMinimumHeight(max(px, field.minimumHeight(), hint))
        if isinstance(field, QPushButton):
            field.setMinimumWidth(max(px * 2, field.minimumWidth()))
