"""Names in every script drawn with letters, not boxes: the fonts bundled for the PDFs also serve the GUI.

Laptops rarely have fonts for Hangul, Devanagari, Thai, Ethiopic... installed, so Qt drew those names
as empty boxes. `use_fallback_families` names the bundled fonts after the application font's family
(QFont.setFamilies), and `install_fallback_fonts` registers their files with Qt, so every widget (labels,
tables, fields) falls back to them letter by letter. It costs 45-95 ms of the GUI thread (fontconfig reading 10 MB of fonts, most of it
the CJK font; measured on a loaded 2-core machine), so `run_gui` calls it through `install_after_first_paint`:
the window shows and fills first, then the fonts load.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from drivekit.assets import resource_path

log = logging.getLogger(__name__)

# (file, family), tried in this order for a letter the application's own font lacks. Chinese and Japanese first
# (Droid), then Korean (Nanum), then one Noto font per script; emoji last (monochrome, where the system has none).
FALLBACKS = (
    ("DroidSansFallbackFull.ttf", "Droid Sans Fallback"), ("NanumGothic.ttf", "NanumGothic"),
    *((f"NotoSans{script}-Regular.ttf", f"Noto Sans {script}") for script in (
        "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Tamil", "Telugu", "Kannada", "Malayalam", "Sinhala", "Thai",
        "Lao", "Khmer", "Myanmar", "Ethiopic", "Armenian", "Georgian")),
    ("NotoEmoji-Regular.ttf", "Noto Emoji"),
)

# After the first paint, how long the fonts wait: the first page fills in first (its data arrives within
# this time on a laptop) and the start-up benchmark's marks are not held up.
AFTER_PAINT_MS = 300

_installed: list[str] = []


def fallback_families() -> list[str]:
    """The families registered by `install_fallback_fonts` (empty before it ran)."""
    return list(_installed)


def use_fallback_families(app: QApplication) -> None:
    """Name the bundled families after the application font's own (cheap: no file is read). Qt tries them, in
    order, for a letter the first lacks; until their files are loaded it skips them. Unlike font substitutions,
    this keeps bold text in the application font (a substitute was taken for every bold label)."""
    font = app.font()
    primary = QFontInfo(font).family()
    wanted = [primary, *(family for _, family in FALLBACKS if family != primary)]
    if font.families() != wanted:
        font.setFamilies(wanted)
        app.setFont(font)


def install_fallback_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts (once per process) as fallbacks of the GUI's font; widgets already laid out
    measure their text again. Returns the families registered."""
    if _installed:
        return list(_installed)
    started = time.perf_counter()
    use_fallback_families(app)
    families: list[str] = []
    for file, _family in FALLBACKS:
        path = resource_path("fonts", file)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt could not load the font %s", path)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    _installed.extend(families)
    for widget in app.allWidgets():  # sizes measured with boxes are measured again with letters
        QApplication.sendEvent(widget, QEvent(QEvent.Type.FontChange))
    log.info("fallback fonts for the GUI loaded in %.0f ms: %s", (time.perf_counter() - started) * 1000,
             ", ".join(families))
    return list(_installed)


class _FirstPaint(QObject):
    """Watches the application for its first painted widget, then loads the fonts once the event loop is free."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._app.removeEventFilter(self)
            QTimer.singleShot(AFTER_PAINT_MS, self._install)
        return False

    def _install(self) -> None:
        install_fallback_fonts(self._app)
        self.deleteLater()


def install_after_first_paint(app: QApplication) -> None:
    """Load the fallback fonts just after the first window is painted, so start-up does not wait for them."""
    if not _installed:
        _FirstPaint(app)
