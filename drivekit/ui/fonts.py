"""Names in every script drawn with letters, not boxes: the fonts bundled for the PDFs also serve the GUI.

Laptops rarely have fonts for Hangul, Devanagari, Thai, Ethiopic... installed, so Qt drew those names
as empty boxes. `install_fallback_fonts` registers the bundled fonts with Qt and makes them the
fallbacks of the application's font family, so every widget (labels, tables, fields) falls back to
them letter by letter. It costs 45-95 ms of the GUI thread (fontconfig reading 10 MB of fonts, most of it
the CJK font; measured on a loaded 2-core machine), so `run_gui` calls it through `install_after_first_paint`:
the window shows and fills first, then the fonts load.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from drivekit.assets import resource_path

log = logging.getLogger(__name__)

# Tried in this order for a letter the application's own font lacks. Chinese and Japanese first (Droid),
# then Korean (Nanum), then one Noto font per script; emoji last (monochrome, only where the system has none).
FALLBACK_FILES = (
    "DroidSansFallbackFull.ttf", "NanumGothic.ttf",
    "NotoSansDevanagari-Regular.ttf", "NotoSansBengali-Regular.ttf", "NotoSansGurmukhi-Regular.ttf",
    "NotoSansGujarati-Regular.ttf", "NotoSansTamil-Regular.ttf", "NotoSansTelugu-Regular.ttf",
    "NotoSansKannada-Regular.ttf", "NotoSansMalayalam-Regular.ttf", "NotoSansSinhala-Regular.ttf",
    "NotoSansThai-Regular.ttf", "NotoSansLao-Regular.ttf", "NotoSansKhmer-Regular.ttf",
    "NotoSansMyanmar-Regular.ttf", "NotoSansEthiopic-Regular.ttf", "NotoSansArmenian-Regular.ttf",
    "NotoSansGeorgian-Regular.ttf", "NotoEmoji-Regular.ttf",
)

# After the first paint, how long the fonts wait: the first page fills in first (its data arrives within
# this time on a laptop) and the start-up benchmark's marks are not held up.
AFTER_PAINT_MS = 300

_installed: list[str] = []


def fallback_families() -> list[str]:
    """The families registered by `install_fallback_fonts` (empty before it ran)."""
    return list(_installed)


def install_fallback_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts (once per process) and make them the fallbacks of the GUI's font;
    widgets already laid out measure their text again. Returns the fallback families."""
    if _installed:
        return list(_installed)
    started = time.perf_counter()
    families: list[str] = []
    for file in FALLBACK_FILES:
        path = resource_path("fonts", file)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt could not load the font %s", path)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    font = app.font()
    # Both the family asked for ("Sans Serif", "Segoe UI") and the one it resolved to ("DejaVu Sans"):
    # Qt looks up fallbacks under the first, a widget whose style sheet names the second uses that.
    for family in dict.fromkeys((font.family(), QFontInfo(font).family())):
        QFont.insertSubstitutions(family, [f for f in families if f not in QFont.substitutes(family)])
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
